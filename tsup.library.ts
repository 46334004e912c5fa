import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { defineConfig } from "tsup";

const common = { target: "es2022", platform: "neutral", sourcemap: true } as const;

/** Copies the JSON data modules under `src` next to the unbundled ESM files that import them. */
const copyJson = async () => {
  for (const file of readdirSync("src", { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".json")) continue;
    const target = join("dist/esm", file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join("src", file), target);
  }
};

/**
 * The build of the TypeScript libraries (core, scoring, matching).
 *
 * - ESM keeps one file per source module (`dist/esm/**`): with `sideEffects: false`, a bundler importing one function
 *   drops every module it does not reach (zod schemas and data included), which a single bundled file cannot offer.
 * - CJS is one bundled file per entry (`dist/*.cjs`) for `require` users, where tree-shaking does not apply.
 * - Types are rolled up per entry: `dist/*.d.ts` (ESM) and `dist/*.d.cts` (CJS).
 */
export const libraryConfig = (entry: Record<string, string>) => {
  rmSync("dist", { recursive: true, force: true });
  return defineConfig([
    {
      ...common,
      entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.testing.ts", "!src/**/*.bench.ts", "!src/**/*.d.ts"],
      outDir: "dist/esm",
      format: ["esm"],
      bundle: false,
      // Keep `with { type: "json" }` on the data imports: Node's ESM loader requires it (es2022 would strip it).
      esbuildOptions: (options) => {
        options.supported = { ...options.supported, "import-attributes": true };
      },
      onSuccess: copyJson,
    },
    { ...common, entry, outDir: "dist", format: ["cjs"] },
    {
      entry,
      outDir: "dist",
      format: ["esm", "cjs"],
      dts: { only: true, compilerOptions: { ignoreDeprecations: "6.0", customConditions: [] } },
    },
  ]);
};
