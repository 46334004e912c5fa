import { defineConfig } from "vitest/config";

// Real-browser checks of the built Storybook (Debian's Chromium through playwright-core); run after build-storybook.
export default defineConfig({
  test: {
    include: ["test/**/*.browser.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
