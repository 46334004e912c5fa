import { type GeoPoint, xuhuiVenues } from "@jiaolianti/core";
import { around } from "geokdbush";
import KDBush from "kdbush";
import { bench, describe } from "vitest";
import { DEFAULT_DETOUR_FACTOR, reachableWithin, WALK_METERS_PER_MINUTE, withinMinutes } from "../src/index.js";

// 500 school sites on a grid over Xuhui, each asking for its 15-minute walking circle among the 67 real venues.
const schools: GeoPoint[] = [];
for (let i = 0; i < 25; i++)
  for (let j = 0; j < 20; j++) schools.push({ lat: 31.12 + i * 0.004, lng: 121.39 + j * 0.0045, crs: "WGS84" });

// Peer: geokdbush (kd-tree + great-circle search) with the same straight-line radius the travel model implies.
const radiusKm = (15 * WALK_METERS_PER_MINUTE) / DEFAULT_DETOUR_FACTOR / 1000;
const index = new KDBush(xuhuiVenues.length);
for (const v of xuhuiVenues) index.add(v.location.lng, v.location.lat);
index.finish();

// Same answers before timing: the peer's radius search and ours must agree on every school.
for (const s of schools) {
  const ours = withinMinutes(s, xuhuiVenues, { minutes: 15 })
    .map((r) => r.place.id)
    .sort();
  const peer = around(index, s.lng, s.lat, Number.POSITIVE_INFINITY, radiusKm)
    .map((i) => xuhuiVenues[i]?.id)
    .sort();
  if (ours.join() !== peer.join()) throw new Error(`disagreement at ${s.lat},${s.lng}: ${ours} vs ${peer}`);
}

describe("15-minute circles: 500 schools × 67 Xuhui venues (walk)", () => {
  bench("reachableWithin (validates every input)", () => {
    for (const s of schools) reachableWithin(s, xuhuiVenues, { minutes: 15 });
  });
  bench("withinMinutes (pre-validated input)", () => {
    for (const s of schools) withinMinutes(s, xuhuiVenues, { minutes: 15 });
  });
  bench("geokdbush around() (peer; index built once)", () => {
    for (const s of schools) around(index, s.lng, s.lat, Number.POSITIVE_INFINITY, radiusKm);
  });
});
