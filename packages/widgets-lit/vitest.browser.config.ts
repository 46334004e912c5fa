import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Real-browser tests (Debian's Chromium through playwright-core) of the BUILT bundle and the built Storybook: run
// after `npm run build` and `npm run build-storybook`. The tests themselves read workspace packages from source.
export default defineConfig({
  resolve: { conditions: ["@jiaolianti/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@jiaolianti/source", ...defaultServerConditions] } },
  test: {
    include: ["test/**/*.browser.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
