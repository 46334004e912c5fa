import vue from "@vitejs/plugin-vue";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Unit tests run against source: workspace packages resolve to `src` through the `@jiaolianti/source` condition.
export default defineConfig({
  plugins: [vue()],
  resolve: { conditions: ["@jiaolianti/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@jiaolianti/source", ...defaultServerConditions] } },
  // CI shares two cores among every workspace's tests and Chromium: no test asserts wall-clock time, so timeouts are generous.
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ["src/**/*.test.ts"],
    environment: "happy-dom",
  },
});
