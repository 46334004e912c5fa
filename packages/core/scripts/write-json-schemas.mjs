// Publishes the JSON Schema (2020-12) of every entity as files, for vendors who do not use TypeScript:
// dist/json-schema/<Entity>.schema.json (one per entity kind) and dist/json-schema/index.json (kind → file).
// Runs after tsup, from the built ESM, so the files are exactly what `toJSONSchemas()` returns.
import { mkdirSync, writeFileSync } from "node:fs";
import { toJSONSchemas } from "../dist/esm/index.js";

const dir = new URL("../dist/json-schema/", import.meta.url);
mkdirSync(dir, { recursive: true });
const index = {};
for (const [kind, schema] of Object.entries(toJSONSchemas())) {
  const file = `${kind}.schema.json`;
  writeFileSync(new URL(file, dir), `${JSON.stringify(schema, null, 2)}\n`);
  index[kind] = `./${file}`;
}
writeFileSync(new URL("index.json", dir), `${JSON.stringify(index, null, 2)}\n`);
console.log(`json-schema: ${Object.keys(index).length} entity schemas written to dist/json-schema/`);
