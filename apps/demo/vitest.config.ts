import vue from "@vitejs/plugin-vue";
import { defaultClientConditions } from "vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith("jlt-") } } })],
  resolve: { conditions: ["@jiaolianti/source", ...defaultClientConditions] },
  // CI shares two cores among every workspace's tests and Chromium: no test asserts wall-clock time, so timeouts are generous.
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ["src/**/*.test.ts"],
    environment: "happy-dom",
  },
});
