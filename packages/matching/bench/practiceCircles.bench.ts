import {
  EARTH_MEAN_RADIUS_M,
  type GeoPoint,
  haversineMeters,
  VENUE_THEME_CODES,
  xuhuiBoundaries,
} from "@jiaolianti/core";
import { around } from "geokdbush";
import KDBush from "kdbush";
import { bench, describe } from "vitest";
import type { CircleSchool, CircleVenue } from "../src/circle/CirclePlaces.js";
import { practiceCircles } from "../src/circle/practiceCircles.js";
import { DEFAULT_DETOUR_FACTOR, WALK_METERS_PER_MINUTE } from "../src/travel/travelDefaults.js";

// 2 000 schools × 50 000 venues, uniform over the bounding box of Xuhui's OpenStreetMap outline (≈ 9 × 13 km), seeded
// (mulberry32). Each venue carries 1–2 of the 14 themes; each school 600–2 500 students. Budget: 15 minutes' walk.
const SCHOOLS = 2_000;
const VENUES = 50_000;
const MINUTES = 15;
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const random = rng(20260311);

let minLng = 180;
let maxLng = -180;
let minLat = 90;
let maxLat = -90;
const visit = (x: unknown): void => {
  if (Array.isArray(x) && typeof x[0] === "number") {
    const [lng, lat] = x as [number, number];
    minLng = Math.min(minLng, lng);
    maxLng = Math.max(maxLng, lng);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  } else if (Array.isArray(x)) for (const y of x) visit(y);
};
visit(xuhuiBoundaries.district.geometry.coordinates);
const point = (): GeoPoint => ({
  lat: minLat + random() * (maxLat - minLat),
  lng: minLng + random() * (maxLng - minLng),
  crs: "WGS84",
});
const pick = () =>
  VENUE_THEME_CODES[Math.floor(random() * VENUE_THEME_CODES.length)] as (typeof VENUE_THEME_CODES)[number];

const schools: CircleSchool[] = Array.from({ length: SCHOOLS }, (_, i) => ({
  id: `s${i}`,
  location: point(),
  enrolment: [{ students: 600 + Math.floor(random() * 1_901) }],
}));
const venues: CircleVenue[] = Array.from({ length: VENUES }, (_, i) => {
  const a = pick();
  const b = pick();
  return { id: `v${i}`, location: point(), themes: a === b || random() < 0.5 ? [a] : [a, b] };
});

// Peer 1: brute force — core's haversine for every pair, the travel model's test (minutes ≤ 15).
const brute = (s: CircleSchool): number[] => {
  const out: number[] = [];
  for (let j = 0; j < VENUES; j++) {
    const m =
      (haversineMeters(s.location, (venues[j] as CircleVenue).location) * DEFAULT_DETOUR_FACTOR) /
      WALK_METERS_PER_MINUTE;
    if (m <= MINUTES) out.push(j);
  }
  return out;
};

// Peer 2: geokdbush around() on a lng/lat kdbush index built once (not timed), with the same great-circle radius
// (geokdbush's Earth radius is 6 371 km: the radius is scaled so both test the same central angle).
const index = new KDBush(VENUES);
for (const v of venues) index.add(v.location.lng, v.location.lat);
index.finish();
const radiusKm = (((MINUTES * WALK_METERS_PER_MINUTE) / DEFAULT_DETOUR_FACTOR) * 6_371) / EARTH_MEAN_RADIUS_M;
const peer = (s: CircleSchool): number[] =>
  around(index, s.location.lng, s.location.lat, Number.POSITIVE_INFINITY, radiusKm);

const ours = () => {
  const r = practiceCircles(schools, venues, { minutes: MINUTES, mode: "walk" });
  if (!r.ok) throw r.error;
  return r.value;
};

// Same answers before timing: every school's venue set from all three must agree.
const check = ours();
let disagreements = 0;
let pairs = 0;
for (let i = 0; i < SCHOOLS; i++) {
  const s = schools[i] as CircleSchool;
  const a = [...(check.schools[i]?.venueIndices ?? [])].join();
  const b = brute(s).join();
  const c = peer(s)
    .sort((x, y) => x - y)
    .join();
  if (a !== b || a !== c) disagreements++;
  pairs += check.schools[i]?.venueIndices.length ?? 0;
}
if (disagreements > 0) throw new Error(`${disagreements} schools disagree`);
console.log(`checked: 0 disagreements over ${SCHOOLS} schools, ${pairs} school–venue pairs within ${MINUTES} min`);

describe(`15-minute circles: ${SCHOOLS} schools × ${VENUES} venues (walk), answers checked equal`, () => {
  bench("practiceCircles (validation + kd-tree build + search + exact minutes + themes + gaps)", () => {
    ours();
  });
  bench(
    "geokdbush around() per school (peer; lng/lat index built once, untimed)",
    () => {
      for (const s of schools) peer(s);
    },
    { iterations: 5 },
  );
  bench(
    "brute force: core haversineMeters for every pair (peer)",
    () => {
      for (const s of schools) brute(s);
    },
    { iterations: 2, time: 0 },
  );
});
