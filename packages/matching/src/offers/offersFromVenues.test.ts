import { type Venue, venueAdmissionStatuses } from "@jiaolianti/core";
import { createSampleDistrict, SAMPLE_TERM } from "@jiaolianti/core/sample";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AllocationOffer } from "../allocate/AllocationInput.js";
import { allocate } from "../allocate/allocate.js";
import { offersFromVenues } from "./offersFromVenues.js";

const created = createSampleDistrict({ students: 2_000 });
if (!created.ok) throw new Error(created.error.message);
const district = created.value;

const venue = (over: Partial<Venue> = {}): Venue =>
  ({
    id: "xh-venue-900",
    status: "active",
    dateLastModified: "2026-09-01T08:00:00+08:00",
    nameZh: "测试馆",
    category: "science-technology",
    themes: ["science-technology"],
    location: { lat: 31.19, lng: 121.44, crs: "WGS84" },
    capacity: 100,
    sessions: [
      {
        kind: "weekly",
        id: "xh-venue-900:s-wed",
        capacity: 40,
        grades: [4, 5],
        themes: [],
        slot: { dayOfWeek: 3, start: "13:30", end: "15:30" },
        validFrom: "2026-09-01",
        validUntil: "2027-01-22",
      },
    ],
    openingHours: [{ dayOfWeek: 3, start: "09:00", end: "16:30" }],
    closures: [],
    accessibility: ["step-free-access"],
    access: { feePolicy: "free", visitMode: "appointment", freeForSchoolGroups: true },
    admissionStatus: "admitted",
    admissionHistory: [{ status: "admitted", date: "2025-10-01" }],
    ...over,
  }) as Venue;

const OCT = { from: "2026-10-12", to: "2026-10-25" };

describe("offersFromVenues", () => {
  it("makes one offer per weekly occurrence in the range, copying the records", () => {
    const r = offersFromVenues([venue()], OCT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.offers).toEqual([
      {
        id: "xh-venue-900:s-wed:2026-10-14",
        kind: "venue-session",
        capacity: 40,
        grades: [4, 5],
        themes: ["science-technology"],
        times: [{ start: "2026-10-14T13:30:00+08:00", end: "2026-10-14T15:30:00+08:00" }],
        location: { lat: 31.19, lng: 121.44, crs: "WGS84" },
        accessibility: ["step-free-access"],
        venueId: "xh-venue-900",
        venueSessionId: "xh-venue-900:s-wed",
      },
      expect.objectContaining({ id: "xh-venue-900:s-wed:2026-10-21" }),
    ]);
    expect(r.value.skipped).toEqual([]);
  });

  it("includes both ends of the range and respects validFrom / validUntil", () => {
    const r = offersFromVenues([venue()], { from: "2026-10-14", to: "2026-10-14" });
    expect(r.ok && r.value.offers.map((o) => o.id)).toEqual(["xh-venue-900:s-wed:2026-10-14"]);
    const late = offersFromVenues([venue()], { from: "2027-01-18", to: "2027-02-28" });
    expect(late.ok && late.value.offers.map((o) => o.id)).toEqual(["xh-venue-900:s-wed:2027-01-20"]);
  });

  it("drops closed days and reports occurrences outside the opening hours", () => {
    const closed = offersFromVenues([venue({ closures: [{ beginDate: "2026-10-20", endDate: "2026-10-22" }] })], OCT);
    expect(closed.ok && closed.value.offers.map((o) => o.id)).toEqual(["xh-venue-900:s-wed:2026-10-14"]);
    const short = offersFromVenues([venue({ openingHours: [{ dayOfWeek: 3, start: "09:00", end: "15:00" }] })], OCT);
    expect(short.ok && short.value.offers).toEqual([]);
    expect(short.ok && short.value.skipped).toEqual([
      expect.objectContaining({
        venueId: "xh-venue-900",
        venueSessionId: "xh-venue-900:s-wed",
        reason: "outside-opening-hours",
        occurrences: 2,
      }),
    ]);
  });

  it("offers a dated session only if it lies inside the range (Shanghai days)", () => {
    const dated = (start: string, end: string) =>
      venue({
        openingHours: [],
        sessions: [
          { kind: "dated", id: "open-day", capacity: 30, grades: [], themes: ["sports"], window: { start, end } },
        ],
      });
    const inRange = offersFromVenues([dated("2026-10-25T01:00:00Z", "2026-10-25T03:00:00Z")], OCT);
    expect(inRange.ok && inRange.value.offers.map((o) => [o.id, o.themes])).toEqual([
      ["xh-venue-900:open-day:2026-10-25", ["sports"]],
    ]);
    // 2026-10-25T17:00Z is 2026-10-26 01:00 in Shanghai: after the range.
    const after = offersFromVenues([dated("2026-10-25T17:00:00Z", "2026-10-25T18:00:00Z")], OCT);
    expect(after.ok && after.value.offers).toEqual([]);
  });

  it("skips venues that are not bookable, records marked for deletion and venues without sessions", () => {
    const r = offersFromVenues(
      [
        venue({
          id: "xh-venue-901" as Venue["id"],
          admissionStatus: "suspended",
          admissionHistory: [{ status: "suspended", date: "2026-01-01" }],
        }),
        venue({ id: "xh-venue-902" as Venue["id"], status: "tobedeleted", sessions: [] }),
        venue({ id: "xh-venue-903" as Venue["id"], sessions: [] }),
        venue({
          id: "xh-venue-904" as Venue["id"],
          admissionStatus: "conditional",
          admissionHistory: [{ status: "conditional", date: "2026-01-01" }],
        }),
      ],
      OCT,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.skipped.map((s) => [s.venueId, s.reason, s.status])).toEqual([
      ["xh-venue-901", "not-bookable", "suspended"],
      ["xh-venue-902", "inactive-record", undefined],
      ["xh-venue-903", "no-sessions", undefined],
    ]);
    expect(r.value.skipped[0]?.messageZh).toContain("暂停");
    expect(new Set(r.value.offers.map((o) => o.venueId))).toEqual(new Set(["xh-venue-904"]));
    const strict = offersFromVenues(
      [venue({ admissionStatus: "conditional", admissionHistory: [{ status: "conditional", date: "2026-01-01" }] })],
      { ...OCT, statuses: ["admitted"] },
    );
    expect(strict.ok && strict.value.skipped.map((s) => s.reason)).toEqual(["not-bookable"]);
  });

  it("adds extra sessions given by venue id", () => {
    const extra = {
      venueId: "xh-venue-900",
      session: {
        kind: "weekly" as const,
        id: "s-fri",
        capacity: 20,
        grades: [],
        themes: [],
        slot: { dayOfWeek: 5, start: "10:00", end: "11:00" },
        validFrom: "2026-09-01",
      },
    };
    const r = offersFromVenues([venue({ openingHours: [] })], [extra], OCT);
    expect(r.ok && r.value.offers.map((o) => o.id)).toEqual([
      "xh-venue-900:s-wed:2026-10-14",
      "xh-venue-900:s-wed:2026-10-21",
      "xh-venue-900:s-fri:2026-10-16",
      "xh-venue-900:s-fri:2026-10-23",
    ]);
    const none = offersFromVenues([venue()], undefined, OCT);
    expect(none.ok && none.value.offers.length).toBe(2);
  });

  it.each([
    ["to before from", [venue()], undefined, { from: "2026-10-12", to: "2026-10-11" }, ["options", "to"]],
    ["more than 366 days", [venue()], undefined, { from: "2026-01-01", to: "2027-01-03" }, ["options", "to"]],
    ["not a date", [venue()], undefined, { from: "2026-13-01", to: "2026-12-01" }, ["options", "from"]],
    ["NaN venue capacity", [venue({ capacity: Number.NaN })], undefined, OCT, ["venues", 0, "capacity"]],
    [
      "NaN session capacity",
      [venue()],
      [
        {
          venueId: "xh-venue-900",
          session: {
            kind: "dated",
            id: "x",
            capacity: Number.NaN,
            grades: [],
            themes: [],
            window: { start: "2026-10-14T09:00:00+08:00", end: "2026-10-14T10:00:00+08:00" },
          },
        },
      ],
      OCT,
      ["sessions", 0, "session", "capacity"],
    ],
    [
      "unknown venue id",
      [venue()],
      [
        {
          venueId: "xh-venue-999",
          session: {
            kind: "dated",
            id: "x",
            capacity: 5,
            grades: [],
            themes: [],
            window: { start: "2026-10-14T09:00:00+08:00", end: "2026-10-14T10:00:00+08:00" },
          },
        },
      ],
      OCT,
      ["sessions", 0, "venueId"],
    ],
    [
      "session capacity above the venue's",
      [venue()],
      [
        {
          venueId: "xh-venue-900",
          session: {
            kind: "dated",
            id: "x",
            capacity: 500,
            grades: [],
            themes: [],
            window: { start: "2026-10-14T09:00:00+08:00", end: "2026-10-14T10:00:00+08:00" },
          },
        },
      ],
      OCT,
      ["sessions", 0, "session", "capacity"],
    ],
    [
      "session id the venue already has",
      [venue()],
      [
        {
          venueId: "xh-venue-900",
          session: {
            kind: "dated",
            id: "xh-venue-900:s-wed",
            capacity: 5,
            grades: [],
            themes: [],
            window: { start: "2026-10-14T09:00:00+08:00", end: "2026-10-14T10:00:00+08:00" },
          },
        },
      ],
      OCT,
      ["sessions", 0, "session", "id"],
    ],
    [
      "offer id too long",
      [
        venue({
          sessions: [
            {
              kind: "dated",
              id: `s-${"x".repeat(45)}`,
              capacity: 5,
              grades: [],
              themes: [],
              window: { start: "2026-10-14T09:00:00+08:00", end: "2026-10-14T10:00:00+08:00" },
            },
          ],
        }),
      ],
      undefined,
      OCT,
      ["venues", 0, "sessions", 0, "id"],
    ],
    ["duplicate venue id", [venue(), venue()], undefined, OCT, ["venues", 1, "id"]],
    ["venues not an array", "nope", undefined, OCT, ["venues"]],
    ["sessions not an array", [venue()], "nope", OCT, ["sessions"]],
    ["unknown option", [venue()], undefined, { ...OCT, tz: "UTC" }, ["options"]],
  ])("rejects %s with a ValidationError at its path", (_, venues, sessions, options, path) => {
    const r = offersFromVenues(venues as never, sessions as never, options as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error.subject).toBe("venue offers");
    expect(r.error.issues.map((i) => i.path)).toContainEqual(path);
  });

  it("rejects a missing options object", () => {
    const r = offersFromVenues([venue()], undefined as never);
    expect(r.ok || r.error.issues[0]?.path).toEqual(["options"]);
  });
});

describe("offersFromVenues on the sample district", () => {
  const term = { from: SAMPLE_TERM.start, to: SAMPLE_TERM.end };
  const result = offersFromVenues(district.venues, term);
  if (!result.ok) throw new Error(result.error.message);
  const { offers, skipped } = result.value;

  it("produces valid AllocationOffers for every bookable venue with sessions", () => {
    expect(offers.length).toBeGreaterThan(100);
    for (const o of offers) expect(AllocationOffer.safeParse(o).success).toBe(true);
    expect(new Set(offers.map((o) => o.id)).size).toBe(offers.length);
    const offered = new Set(offers.map((o) => o.venueId));
    for (const v of district.venues) {
      const bookable = venueAdmissionStatuses[v.admissionStatus].bookable;
      if (!bookable || v.sessions.length === 0) {
        expect(offered.has(v.id)).toBe(false);
        expect(skipped.some((s) => s.venueId === v.id && s.venueSessionId === undefined)).toBe(true);
      }
    }
  });

  it("with statuses [admitted], skips the sample's conditionally admitted venues", () => {
    const strict = offersFromVenues(district.venues, { ...term, statuses: ["admitted"] });
    expect(strict.ok).toBe(true);
    if (!strict.ok) return;
    const conditional = district.venues.filter((v) => v.admissionStatus === "conditional").map((v) => v.id);
    expect(conditional.length).toBeGreaterThan(0);
    expect(strict.value.skipped.filter((s) => s.reason === "not-bookable").map((s) => s.venueId)).toEqual(conditional);
    for (const o of strict.value.offers) expect(conditional).not.toContain(o.venueId);
  });

  it("feeds allocate with the sample's demands", () => {
    const schools = new Map(district.schools.map((s) => [s.id as string, s]));
    const demands = district.demands.map((d) => ({
      ...d,
      origin: (schools.get(d.schoolId) as { location: Venue["location"] }).location,
    }));
    expect(demands.length).toBeGreaterThan(0);
    const r = allocate(demands, offers);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const byId = new Map(offers.map((o) => [o.id, o]));
    for (const p of r.value.placements) expect(byId.has(p.offerId)).toBe(true);
    expect(r.value.placements.length).toBeGreaterThan(0);
  });

  it("property: every offer lies inside the range and inside its venue's opening hours", () => {
    const venues = new Map(district.venues.map((v) => [v.id as string, v]));
    const day = fc.integer({ min: 0, max: 200 });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), (start, length) => {
        const iso = (n: number) => new Date(Date.UTC(2026, 8, 1) + n * 86_400_000).toISOString().slice(0, 10);
        const from = iso(start);
        const to = iso(start + length);
        const r = offersFromVenues(district.venues, { from, to });
        if (!r.ok) return false;
        const lo = Date.parse(`${from}T00:00:00+08:00`);
        const hi = Date.parse(`${to}T00:00:00+08:00`) + 86_400_000;
        return r.value.offers.every((o) => {
          const v = venues.get(o.venueId as string) as Venue;
          return o.times.every((t) => {
            const s = Date.parse(t.start);
            const e = Date.parse(t.end);
            if (s < lo || e > hi) return false;
            const date = new Date(s + 8 * 3_600_000).toISOString().slice(0, 10);
            const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
            return v.openingHours.some(
              (h) =>
                h.dayOfWeek === weekday &&
                Date.parse(`${date}T${h.start}:00+08:00`) <= s &&
                e <= Date.parse(`${date}T${h.end}:00+08:00`),
            );
          });
        });
      }),
      { numRuns: 40 },
    );
  });
});
