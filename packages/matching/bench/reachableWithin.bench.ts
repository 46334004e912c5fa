import { type GeoPoint, xuhuiVenues } from "@jiaolianti/core";
import { bench, describe } from "vitest";
import { reachableWithin } from "../src/index.js";

// 500 school sites on a grid over Xuhui, each asking for its 15-minute walking circle among the 67 real venues.
const schools: GeoPoint[] = [];
for (let i = 0; i < 25; i++)
  for (let j = 0; j < 20; j++) schools.push({ lat: 31.12 + i * 0.004, lng: 121.39 + j * 0.0045, crs: "WGS84" });

describe("15-minute circles: 500 schools × 67 Xuhui venues (walk)", () => {
  bench("reachableWithin (validated, per school)", () => {
    for (const s of schools) reachableWithin(s, xuhuiVenues, { minutes: 15 });
  });
});
