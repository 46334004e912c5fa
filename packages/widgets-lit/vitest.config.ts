import { defaultClientConditions } from "vite";
import { defineConfig } from "vitest/config";

// Unit tests run against source (workspace packages too, through `@jiaolianti/source`) in happy-dom.
export default defineConfig({
  resolve: { conditions: ["@jiaolianti/source", ...defaultClientConditions] },
  // CI shares two cores among every workspace's tests and Chromium: no test asserts wall-clock time, so timeouts are generous.
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ["src/**/*.test.ts"],
    environment: "happy-dom",
    setupFiles: ["./test/litDevMode.ts"],
  },
});
