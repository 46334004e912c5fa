import vue from "@vitejs/plugin-vue";
import { defaultClientConditions, defineConfig } from "vite";

// The demo resolves workspace packages to their built `dist` (what vendors get); tests use the source condition.
export default defineConfig({
  base: "./",
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith("jlt-") } } })],
  resolve: { conditions: [...defaultClientConditions] },
  build: { target: "es2022", sourcemap: true },
  preview: { host: "127.0.0.1" },
});
