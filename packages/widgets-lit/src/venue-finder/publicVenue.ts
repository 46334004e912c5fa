import {
  type CoordinateSystem,
  err,
  type GeoPoint,
  ok,
  type Result,
  VENUE_THEME_CODES,
  type VenueTheme,
} from "@jiaolianti/core";

/**
 * A venue as the widgets accept it from other sites: public facts only (no people), every field checked.
 * A `ReferenceVenue` of `@jiaolianti/core` (e.g. an entry of `xuhuiVenues`) is a valid `PublicVenue`.
 */
export interface PublicVenue {
  /** Stable id, 1–64 characters. */
  readonly id: string;
  /** Chinese name, 1–200 characters; at least one of `nameZh` and `nameEn` is present. */
  readonly nameZh?: string;
  /** English name, 1–200 characters. */
  readonly nameEn?: string;
  /** 1–20 theme codes of `@jiaolianti/core`'s `venueThemes`. */
  readonly themes: ReadonlyArray<VenueTheme>;
  /** Where the venue is, with its coordinate system. */
  readonly location: GeoPoint;
}

/** Why a record was ignored. */
export type IgnoreReason = "not-an-object" | "id" | "duplicate-id" | "name" | "themes" | "location" | "over-limit";

/** A record of the input that was ignored: its index in the input array and why. */
export interface IgnoredRecord {
  readonly index: number;
  readonly reason: IgnoreReason;
}

/** The valid venues of an input array, in input order, and the records that were ignored. */
export interface PublicVenues {
  readonly venues: ReadonlyArray<PublicVenue>;
  /** Every ignored record up to {@link MAX_VENUE_RECORDS}; records beyond it share one `"over-limit"` entry. */
  readonly ignored: ReadonlyArray<IgnoredRecord>;
  /** How many records were ignored in all (records beyond the limit included). */
  readonly ignoredCount: number;
}

/** Longest id, characters: the bound of `ReferenceVenue.id` in `@jiaolianti/core`. */
export const MAX_ID_LENGTH = 64;
/** Longest name, characters: the bound of `ReferenceVenue.nameZh`/`nameEn` in `@jiaolianti/core`. */
export const MAX_NAME_LENGTH = 200;
/** Most themes per venue: the bound of `ReferenceVenue.themes` in `@jiaolianti/core`. */
export const MAX_THEMES = 20;

/**
 * Records read from one input at most; the rest are ignored (`"over-limit"`). Xuhui has 67 reference venues and
 * Shanghai 171 registered museums (end 2024), so 5 000 leaves room for any district while bounding the work a hostile
 * file can cause.
 */
export const MAX_VENUE_RECORDS = 5_000;

/**
 * Coordinate systems, typed against core's `CoordinateSystem` (core's zod enum is not imported at runtime: zod would
 * add ≈ 26 kB gzip to the one-script-tag bundle; see the package README).
 */
const CRS: ReadonlyArray<CoordinateSystem> = ["WGS84", "GCJ02", "BD09"];
const THEMES: ReadonlySet<string> = new Set(VENUE_THEME_CODES);

/** Reads an own property only: inherited (or polluted prototype) values are never trusted. */
const own = (o: object, key: string): unknown =>
  Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;

const isObject = (v: unknown): v is object => typeof v === "object" && v !== null && !Array.isArray(v);

/** A trimmed string of 1–`max` characters, or `undefined`. */
const boundedText = (v: unknown, max: number): string | undefined => {
  if (typeof v !== "string") return undefined;
  const s = v.trim();
  return s.length >= 1 && s.length <= max ? s : undefined;
};

const inRange = (v: unknown, min: number, max: number): v is number =>
  typeof v === "number" && Number.isFinite(v) && v >= min && v <= max;

/**
 * Validates a point: finite `lat` in [−90, 90], `lng` in [−180, 180] and a known `crs` (the rules of core's
 * `GeoPoint`).
 *
 * @example
 * ```ts
 * parseLocation({ lat: 31.19, lng: 121.43, crs: "WGS84" }); // { lat: 31.19, lng: 121.43, crs: "WGS84" }
 * parseLocation({ lat: 91, lng: 121.43, crs: "WGS84" }); // undefined
 * ```
 */
export const parseLocation = (v: unknown): GeoPoint | undefined => {
  if (!isObject(v)) return undefined;
  const lat = own(v, "lat");
  const lng = own(v, "lng");
  const crs = own(v, "crs");
  if (!inRange(lat, -90, 90) || !inRange(lng, -180, 180)) return undefined;
  const system = CRS.find((c) => c === crs);
  return system ? { lat, lng, crs: system } : undefined;
};

/**
 * Validates one untrusted record as a {@link PublicVenue} and returns a fresh object holding only the checked fields
 * (names trimmed), or the first reason it is invalid.
 *
 * @example
 * ```ts
 * parsePublicVenue({ id: "v1", nameZh: "徐家汇书院", themes: ["arts-culture"], location: { lat: 31.19, lng: 121.43, crs: "WGS84" } }).ok; // true
 * parsePublicVenue({ id: "v1", nameZh: "x", themes: ["<script>"], location: { lat: 31.19, lng: 121.43, crs: "WGS84" } }); // { ok: false, error: "themes" }
 * ```
 */
export const parsePublicVenue = (
  input: unknown,
): Result<PublicVenue, Exclude<IgnoreReason, "duplicate-id" | "over-limit">> => {
  if (!isObject(input)) return err("not-an-object");
  const id = own(input, "id");
  if (typeof id !== "string" || id.length < 1 || id.length > MAX_ID_LENGTH || id.trim() !== id) return err("id");
  const rawZh = own(input, "nameZh");
  const rawEn = own(input, "nameEn");
  const nameZh = boundedText(rawZh, MAX_NAME_LENGTH);
  const nameEn = boundedText(rawEn, MAX_NAME_LENGTH);
  if ((rawZh !== undefined && !nameZh) || (rawEn !== undefined && !nameEn) || (!nameZh && !nameEn)) return err("name");
  const themes = own(input, "themes");
  if (
    !Array.isArray(themes) ||
    themes.length < 1 ||
    themes.length > MAX_THEMES ||
    !themes.every((t) => typeof t === "string" && THEMES.has(t))
  )
    return err("themes");
  const location = parseLocation(own(input, "location"));
  if (!location) return err("location");
  return ok({
    id,
    ...(nameZh ? { nameZh } : {}),
    ...(nameEn ? { nameEn } : {}),
    themes: [...new Set(themes as VenueTheme[])],
    location,
  });
};

/**
 * Validates an untrusted array of venue records: keeps the valid ones (first occurrence of an id wins) and reports
 * every ignored record with its index and reason. Fails only when the input is not an array.
 *
 * @example
 * ```ts
 * import { xuhuiVenues } from "@jiaolianti/core";
 * const r = parsePublicVenues([...xuhuiVenues, { id: "bad", nameZh: "x", themes: ["music"], location: { lat: 91, lng: 0, crs: "WGS84" } }]);
 * if (r.ok) console.log(r.value.venues.length, r.value.ignored); // 67 [{ index: 67, reason: "location" }]
 * ```
 */
export const parsePublicVenues = (input: unknown): Result<PublicVenues, "not-an-array"> => {
  if (!Array.isArray(input)) return err("not-an-array");
  const venues: PublicVenue[] = [];
  const ignored: IgnoredRecord[] = [];
  const seen = new Set<string>();
  const read = Math.min(input.length, MAX_VENUE_RECORDS);
  for (let index = 0; index < read; index++) {
    let parsed: ReturnType<typeof parsePublicVenue>;
    try {
      parsed = parsePublicVenue(input[index]);
    } catch {
      // A script-supplied object whose getter throws is as hostile as a malformed record.
      parsed = err("not-an-object");
    }
    if (!parsed.ok) ignored.push({ index, reason: parsed.error });
    else if (seen.has(parsed.value.id)) ignored.push({ index, reason: "duplicate-id" });
    else {
      seen.add(parsed.value.id);
      venues.push(parsed.value);
    }
  }
  const overLimit = input.length - read;
  if (overLimit > 0) ignored.push({ index: read, reason: "over-limit" });
  return ok({ venues, ignored, ignoredCount: ignored.length - (overLimit > 0 ? 1 : 0) + overLimit });
};
