import { CoordinateSystem, type ValidationIssue, VENUE_THEME_CODES } from "@jiaolianti/core";

/** Most schools, venues or candidate sites one call may take. */
export const MAX_CIRCLE_PLACES = 1_000_000;

const CRS = new Set<string>(CoordinateSystem.options);
const THEMES = new Set<string>(VENUE_THEME_CODES);

const locationIssues = (loc: unknown, path: ReadonlyArray<PropertyKey>, out: ValidationIssue[]): void => {
  if (typeof loc !== "object" || loc === null) {
    out.push({ path: [...path, "location"], message: "Expected a location { lat, lng, crs }" });
    return;
  }
  const { lat, lng, crs } = loc as { lat?: unknown; lng?: unknown; crs?: unknown };
  if (typeof lat !== "number" || !Number.isFinite(lat) || lat < -90 || lat > 90)
    out.push({ path: [...path, "location", "lat"], message: "Expected a finite latitude in [-90, 90]" });
  if (typeof lng !== "number" || !Number.isFinite(lng) || lng < -180 || lng > 180)
    out.push({ path: [...path, "location", "lng"], message: "Expected a finite longitude in [-180, 180]" });
  if (typeof crs !== "string" || !CRS.has(crs))
    out.push({ path: [...path, "location", "crs"], message: `Expected one of ${[...CRS].join(", ")}` });
};

/** What a place must carry besides an id and a location. */
export type PlaceKind = "school" | "venue" | "site";

/**
 * Checks an array of places without a schema library (50 000 venues in a few milliseconds): every item an object with
 * a non-empty string `id` and a valid location; schools an `enrolment` array of `{ students }` with non-negative
 * integer counts; venues a `themes` array of known theme codes. Returns every issue with its path.
 */
export const checkCirclePlaces = (items: unknown, name: string, kind: PlaceKind): ValidationIssue[] => {
  if (!Array.isArray(items)) return [{ path: [name], message: "Expected an array" }];
  if (items.length > MAX_CIRCLE_PLACES) return [{ path: [name], message: `At most ${MAX_CIRCLE_PLACES} items` }];
  const out: ValidationIssue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    const path = [name, i];
    if (typeof item !== "object" || item === null) {
      out.push({ path, message: "Expected an object" });
      continue;
    }
    const p = item as { id?: unknown; location?: unknown; enrolment?: unknown; themes?: unknown };
    if (typeof p.id !== "string" || p.id.length === 0)
      out.push({ path: [...path, "id"], message: "Expected a non-empty id" });
    locationIssues(p.location, path, out);
    if (kind === "school") {
      if (!Array.isArray(p.enrolment)) out.push({ path: [...path, "enrolment"], message: "Expected an array" });
      else
        p.enrolment.forEach((e: unknown, g) => {
          const n = (e as { students?: unknown } | null)?.students;
          if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0)
            out.push({ path: [...path, "enrolment", g, "students"], message: "Expected a non-negative integer" });
        });
    }
    if (kind === "venue") {
      if (!Array.isArray(p.themes))
        out.push({ path: [...path, "themes"], message: "Expected an array of theme codes" });
      else
        p.themes.forEach((t: unknown, j) => {
          if (typeof t !== "string" || !THEMES.has(t))
            out.push({ path: [...path, "themes", j], message: "Unknown venue theme code" });
        });
    }
  }
  return out;
};
