import vue from "@vitejs/plugin-vue";
import { defaultClientConditions } from "vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith("jlt-") } } })],
  resolve: { conditions: ["@jiaolianti/source", ...defaultClientConditions] },
  test: { include: ["src/**/*.test.ts"], environment: "happy-dom" },
});
