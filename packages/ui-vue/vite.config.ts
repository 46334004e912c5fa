import vue from "@vitejs/plugin-vue";
import { defaultClientConditions, defineConfig } from "vite";
import dts from "vite-plugin-dts";
import pkg from "./package.json" with { type: "json" };

// Library build: one ES module + one stylesheet. Vue and every dependency stay imports for the consumer's bundler.
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies), "zod", "effect"];
const isExternal = (id: string): boolean => external.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig({
  plugins: [
    vue(),
    dts({
      processor: "vue",
      bundleTypes: true,
      tsconfigPath: "./tsconfig.json",
      include: ["src/**/*.ts", "src/**/*.vue"],
      exclude: ["src/**/*.test.ts", "src/**/*.stories.ts", "src/**/examples/**"],
      // Types of @jiaolianti/* come from their built dist (an external import in our d.ts), not from their src.
      compilerOptions: { customConditions: [], types: [] },
    }),
  ],
  // Storybook merges this config: the source condition lets stories run against workspace packages' src.
  resolve: { conditions: ["@jiaolianti/source", ...defaultClientConditions] },
  build: {
    target: "es2022",
    sourcemap: true,
    lib: { entry: "src/index.ts", formats: ["es"], fileName: "index", cssFileName: "style" },
    rolldownOptions: { external: isExternal },
  },
});
