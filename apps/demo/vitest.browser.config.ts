import { defineConfig } from "vitest/config";

// Real-browser tests of the built demo (Debian's Chromium through playwright-core); run after `vite build`.
export default defineConfig({
  test: { include: ["test/**/*.browser.test.ts"], environment: "node", testTimeout: 60_000, hookTimeout: 60_000 },
});
