import { Venue, VenueAdmissionEvent } from "@jiaolianti/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { venueAdmissionStandard } from "../frameworks/venueAdmissionStandard.js";
import { AdmissionStandard } from "./AdmissionStandard.js";
import { addMonths } from "./addMonths.js";
import { admitVenue, type VenueApplication } from "./admitVenue.js";

const goodFacts = {
  "legal-entity": true,
  "fire-safety-valid-until": "2027-06-30",
  "liability-insurance-valid-until": "2026-12-31",
  "staff-background-checked": true,
  "emergency-plan": true,
  "serious-incidents-12m": 0,
} as const;
// Education (5 → 100, 5 → 100) = 100; safety (5 → 100, 100 % → 100) = 100; openness (1 → 100, 20 h → 100, 0 min → 100).
const best = {
  "curriculum-resources": 5,
  "educator-staff": 5,
  "safety-inspection": 5,
  "first-aid-trained": 100,
  "free-or-public-benefit": 1,
  "school-open-hours": 20,
  "transit-minutes": 0,
};
const app = (
  facts: Partial<Record<string, unknown>> = {},
  values: Record<string, number | null> = {},
): VenueApplication =>
  ({ venueId: "xh-venue-010", facts: { ...goodFacts, ...facts }, values: { ...best, ...values } }) as VenueApplication;
const date = { date: "2026-03-01" };

describe("admitVenue — decisions", () => {
  test.each([
    ["every gate met, full marks", app(), "admitted", ["meets-standard"], "2027-03-01"],
    [
      // Education 75·.5+60·.5 = 67.5; safety 87.5, 60 → 73.75; openness 100, 60, 60 → 73.3: total ≈ 71 (< 75)
      "score between the thresholds",
      app(
        {},
        {
          "curriculum-resources": 4,
          "educator-staff": 3,
          "safety-inspection": 4.5,
          "first-aid-trained": 60,
          "school-open-hours": 12,
          "transit-minutes": 8,
        },
      ),
      "conditional",
      ["below-admitted"],
      "2026-09-01",
    ],
    [
      // Total ≈ 80 but openness = (0 + 50 + 50)/3 ≈ 33 < floor 50
      "high total with one dimension under the floor",
      app({}, { "free-or-public-benefit": 0, "school-open-hours": 10, "transit-minutes": 10 }),
      "conditional",
      ["dimension-below-floor"],
      "2026-09-01",
    ],
    [
      "score below the conditional threshold",
      app(
        {},
        {
          "curriculum-resources": 2,
          "educator-staff": 1,
          "safety-inspection": 3,
          "first-aid-trained": 20,
          "free-or-public-benefit": 0,
          "school-open-hours": 4,
          "transit-minutes": 15,
        },
      ),
      "rejected",
      ["below-conditional"],
      null,
    ],
    [
      "licence expired before the decision date",
      app({ "fire-safety-valid-until": "2026-02-28" }),
      "rejected",
      ["gate-failed"],
      null,
    ],
    ["no evidence of insurance", app({ "liability-insurance-valid-until": null }), "rejected", ["gate-failed"], null],
    ["a serious incident", app({ "serious-incidents-12m": 1 }), "rejected", ["gate-failed"], null],
    [
      "too little evidence to score (coverage < 0.7)",
      app(
        {},
        { "curriculum-resources": null, "educator-staff": null, "safety-inspection": null, "first-aid-trained": null },
      ),
      "rejected",
      ["insufficient-evidence"],
      null,
    ],
  ] as const)("%s → %s", (_, application, decision, codes, nextReview) => {
    const r = admitVenue(venueAdmissionStandard, application, date);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.decision).toBe(decision);
    expect(r.value.reasons.map((x) => x.code)).toEqual(codes);
    expect(r.value.nextReview).toBe(nextReview);
    expect(VenueAdmissionEvent.safeParse(r.value.event).success).toBe(true);
    expect(r.value.event).toMatchObject({
      status: decision,
      date: "2026-03-01",
      standardVersion: "xuhui-venue-admission@2025.1",
    });
    for (const reason of r.value.reasons) expect(reason.zh.length * reason.en.length).toBeGreaterThan(0);
  });

  test("a gate valid on the decision date itself passes", () => {
    const r = admitVenue(venueAdmissionStandard, app({ "fire-safety-valid-until": "2026-03-01" }), date);
    expect(r.ok && r.value.gates.find((g) => g.gateId === "fire-safety")?.passed).toBe(true);
  });

  test("what to improve lists indicators under 60, weakest first", () => {
    const r = admitVenue(venueAdmissionStandard, app({}, { "educator-staff": 1, "school-open-hours": 10 }), date);
    expect(r.ok && r.value.improve).toEqual([
      { indicatorId: "educator-staff", normalised: 20 },
      { indicatorId: "school-open-hours", normalised: 50 },
    ]);
  });

  test("the event appends to a core Venue's admission history", () => {
    const r = admitVenue(venueAdmissionStandard, app(), date);
    if (!r.ok) return expect.unreachable();
    const venue = Venue.safeParse({
      id: "xh-venue-010",
      status: "active",
      dateLastModified: "2026-03-01T00:00:00Z",
      nameZh: "示例场馆",
      category: "science-technology",
      themes: ["science-technology"],
      location: { lat: 31.19, lng: 121.44, crs: "WGS84" },
      capacity: 100,
      sessions: [],
      openingHours: [],
      closures: [],
      accessibility: [],
      access: { feePolicy: "free", visitMode: "appointment", freeForSchoolGroups: true },
      admissionStatus: r.value.event.status,
      admissionHistory: [{ status: "applied", date: "2026-01-15" }, r.value.event],
    });
    expect(venue.success).toBe(true);
  });
});

describe("admitVenue — a failed gate always rejects, whatever the scores", () => {
  const gateIds = [
    "legal-entity",
    "fire-safety",
    "liability-insurance",
    "staff-background-check",
    "emergency-plan",
    "no-serious-incident",
  ];
  const failing: Record<string, [string, unknown]> = {
    "legal-entity": ["legal-entity", false],
    "fire-safety": ["fire-safety-valid-until", "2025-12-31"],
    "liability-insurance": ["liability-insurance-valid-until", null],
    "staff-background-check": ["staff-background-checked", false],
    "emergency-plan": ["emergency-plan", false],
    "no-serious-incident": ["serious-incidents-12m", 2],
  };
  test("property", () => {
    const valuesArb = fc.record({
      "curriculum-resources": fc.double({ min: 1, max: 5, noNaN: true }),
      "educator-staff": fc.integer({ min: 0, max: 10 }),
      "safety-inspection": fc.double({ min: 1, max: 5, noNaN: true }),
      "first-aid-trained": fc.double({ min: 0, max: 100, noNaN: true }),
      "free-or-public-benefit": fc.constantFrom(0, 1),
      "school-open-hours": fc.double({ min: 0, max: 40, noNaN: true }),
      "transit-minutes": fc.double({ min: 0, max: 30, noNaN: true }),
    });
    fc.assert(
      fc.property(valuesArb, fc.subarray(gateIds, { minLength: 1 }), (values, failed) => {
        const facts = Object.fromEntries(failed.map((g) => failing[g] as [string, unknown]));
        const r = admitVenue(venueAdmissionStandard, app(facts, values), date);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.decision).toBe("rejected");
        expect([...r.value.failedGates].sort()).toEqual([...failed].sort());
        expect(r.value.score).not.toBeNull(); // the scores are still shown
      }),
    );
  });
});

describe("admitVenue — errors", () => {
  test.each([
    ["a fact of the wrong type", app({ "legal-entity": "yes" }), date, "EvaluationError", ["facts", "legal-entity"]],
    [
      "a date fact that is not a date",
      app({ "fire-safety-valid-until": "2026-02-30" }),
      date,
      "EvaluationError",
      ["facts", "fire-safety-valid-until"],
    ],
    [
      "an unknown indicator",
      app({}, { "parking-spaces": 3 }),
      date,
      "EvaluationError",
      ["alternatives", 0, "values", "parking-spaces"],
    ],
    [
      "NaN",
      app({}, { "educator-staff": Number.NaN }),
      date,
      "EvaluationError",
      ["alternatives", 0, "values", "educator-staff"],
    ],
    ["no venue id", { ...app(), venueId: "" }, date, "EvaluationError", ["venueId"]],
    ["a bad decision date", app(), { date: "2026-13-01" }, "ValidationError", undefined],
  ] as const)("%s", (_, application, options, tag, path) => {
    const r = admitVenue(venueAdmissionStandard, application as VenueApplication, options);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe(tag);
    if (path && r.error._tag === "EvaluationError") expect(r.error.path).toEqual(path);
  });

  test("a standard whose criteria are relative (min–max) is refused", () => {
    const bad = structuredClone(venueAdmissionStandard) as {
      framework: { dimensions: { indicators: { normalization: unknown }[] }[] };
    };
    (bad.framework.dimensions[0]?.indicators[0] as { normalization: unknown }).normalization = { method: "minmax" };
    const s = AdmissionStandard.safeParse(bad);
    expect(s.success).toBe(false);
    expect(s.error?.issues[0]?.path).toEqual(["framework", "dimensions", 0, "indicators", 0, "normalization"]);
  });

  test("thresholds out of order are refused", () => {
    const s = AdmissionStandard.safeParse({ ...venueAdmissionStandard, thresholds: { admitted: 50, conditional: 70 } });
    expect(s.success).toBe(false);
  });
});

describe("addMonths", () => {
  test.each([
    ["2026-03-01", 12, "2027-03-01"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2026-12-15", 1, "2027-01-15"],
  ] as const)("%s + %i months = %s", (d, m, expected) => {
    expect(addMonths(d, m)).toBe(expected);
  });
});
