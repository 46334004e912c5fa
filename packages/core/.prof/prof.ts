import Papa from "papaparse";
import { entityExamples } from "/work/main/packages/core/src/model/entityExamples.js";
import { Venue } from "/work/main/packages/core/src/model/venue/Venue.js";
import { importRegistryCsv } from "/work/main/packages/core/src/registry/importRegistryCsv.js";
import { exportRegistryCsv } from "/work/main/packages/core/src/registry/exportRegistryCsv.js";
const base = entityExamples.Venue;
const recs = Array.from({ length: 10000 }, (_, i) => ({ ...base, id: `v-${i}` }));
let t = performance.now();
const csv = exportRegistryCsv("venues", recs);
console.log("export", performance.now() - t, csv.length);
t = performance.now();
Papa.parse(csv, { delimiter: "," });
console.log("papa", performance.now() - t);
t = performance.now();
for (const r of recs) Venue.safeParse(r);
console.log("zod", performance.now() - t);
for (let k = 0; k < 3; k++) {
t = performance.now();
const r = importRegistryCsv("venues", csv);
console.log("import", performance.now() - t, r.ok);
}
