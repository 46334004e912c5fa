import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", sample: "src/sample/index.ts" },
  format: ["esm", "cjs"],
  target: "es2022",
  platform: "neutral",
  sourcemap: true,
  clean: true,
  dts: { compilerOptions: { ignoreDeprecations: "6.0", customConditions: [] } },
});
