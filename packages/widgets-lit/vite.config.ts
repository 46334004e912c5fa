import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig, type UserConfig } from "vite";

const src = (path: string): string => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * `vite build`: the library for bundlers — class modules without side effects (`dist/index.js`) and the define module
 * (`dist/define/venue-finder.js`), one file per source module, Lit and every `@jiaolianti/*` package left external.
 */
const library: UserConfig = {
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: { index: src("index.ts"), "define/venue-finder": src("define/venue-finder.ts") },
      formats: ["es"],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit(-labs)?\//, /^@jiaolianti\//, /^zod(\/|$)/, /^effect(\/|$)/, /^gcoord(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: "src", entryFileNames: "[name].js" },
    },
  },
};

/**
 * `vite build --mode bundle`: `dist/jiaolianti-widgets.js`, the one-script-tag file — every element, Lit and the used
 * parts of `@jiaolianti/core` and `@jiaolianti/matching` inlined, no bare imports, minified. Workspace packages are read
 * from source (`@jiaolianti/source`): their tsup `dist` is one file per package whose module-level code (the venue
 * data, zod schemas) a bundler cannot drop.
 */
const bundle: UserConfig = {
  resolve: { conditions: ["@jiaolianti/source", ...defaultClientConditions] },
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    lib: { entry: src("bundle.ts"), formats: ["es"], fileName: () => "jiaolianti-widgets.js" },
  },
};

export default defineConfig(({ mode }) => (mode === "bundle" ? bundle : library));
