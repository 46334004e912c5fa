import vue from "@vitejs/plugin-vue";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Unit tests run against source: workspace packages resolve to `src` through the `@jiaolianti/source` condition.
export default defineConfig({
  plugins: [vue()],
  resolve: { conditions: ["@jiaolianti/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@jiaolianti/source", ...defaultServerConditions] } },
  test: { include: ["src/**/*.test.ts"], environment: "happy-dom" },
});
