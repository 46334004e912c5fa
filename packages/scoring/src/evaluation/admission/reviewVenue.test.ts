import type { VenueAdmissionEvent } from "@jiaolianti/core";
import { describe, expect, test } from "vitest";
import { venueAdmissionStandard } from "../frameworks/venueAdmissionStandard.js";
import type { VenueApplication } from "./admitVenue.js";
import { reviewVenue } from "./reviewVenue.js";

const facts = {
  "legal-entity": true,
  "fire-safety-valid-until": "2028-06-30",
  "liability-insurance-valid-until": "2027-12-31",
  "staff-background-checked": true,
  "emergency-plan": true,
  "serious-incidents-12m": 0,
};
const strong = {
  "curriculum-resources": 5,
  "educator-staff": 4,
  "safety-inspection": 5,
  "first-aid-trained": 90,
  "free-or-public-benefit": 1,
  "school-open-hours": 16,
  "transit-minutes": 5,
};
// ≈ 71: between the conditional (60) and admitted (75) thresholds
const middling = {
  ...strong,
  "curriculum-resources": 4,
  "educator-staff": 3,
  "safety-inspection": 4.5,
  "first-aid-trained": 60,
  "school-open-hours": 12,
  "transit-minutes": 8,
};
const weak = {
  ...strong,
  "curriculum-resources": 2,
  "educator-staff": 1,
  "safety-inspection": 3,
  "first-aid-trained": 20,
  "free-or-public-benefit": 0,
  "school-open-hours": 4,
  "transit-minutes": 15,
};
const application = (
  f: Record<string, unknown> = {},
  values: Record<string, number | null> = strong,
): VenueApplication => ({ venueId: "xh-venue-020", facts: { ...facts, ...f }, values }) as VenueApplication;
const h = (...statuses: VenueAdmissionEvent["status"][]): VenueAdmissionEvent[] =>
  statuses.map((status, i) => ({ status, date: `202${5 + Math.floor(i / 2)}-${i % 2 === 0 ? "03" : "09"}-01` }));

describe("reviewVenue — re-evaluation and exit rules", () => {
  test.each([
    ["admitted, still strong", h("admitted"), application(), "admitted", "2027-10-01"],
    [
      "admitted, insurance lapsed",
      h("admitted"),
      application({ "liability-insurance-valid-until": "2026-09-30" }),
      "suspended",
      "2027-04-01",
    ],
    ["admitted, serious incident", h("admitted"), application({ "serious-incidents-12m": 1 }), "exited", null],
    ["admitted, lost its legal entity", h("admitted"), application({ "legal-entity": false }), "exited", null],
    [
      "admitted, now middling: first conditional",
      h("admitted"),
      application({}, middling),
      "conditional",
      "2027-04-01",
    ],
    [
      "second conditional in a row is still allowed",
      h("admitted", "conditional"),
      application({}, middling),
      "conditional",
      "2027-04-01",
    ],
    [
      "third conditional in a row exits",
      h("admitted", "conditional", "conditional"),
      application({}, middling),
      "exited",
      null,
    ],
    ["conditional, improved", h("conditional", "conditional"), application(), "admitted", "2027-10-01"],
    ["admitted, score collapsed", h("admitted"), application({}, weak), "exited", null],
    ["suspended, put right", h("admitted", "suspended"), application(), "admitted", "2027-10-01"],
    [
      "admitted, evidence not provided",
      h("admitted"),
      application(
        {},
        {
          ...strong,
          "curriculum-resources": null,
          "educator-staff": null,
          "safety-inspection": null,
          "first-aid-trained": null,
        },
      ),
      "suspended",
      "2027-04-01",
    ],
    ["exited venue re-applies and is admitted", h("admitted", "exited"), application(), "admitted", "2027-10-01"],
    ["rejected venue re-applies, still weak", h("rejected"), application({}, weak), "rejected", null],
  ] as const)("%s → %s", (_, history, app, status, nextReview) => {
    const r = reviewVenue(venueAdmissionStandard, { history, application: app, date: "2026-10-01" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe(status);
    expect(r.value.previous).toBe(history.at(-1)?.status);
    expect(r.value.nextReview).toBe(nextReview);
    expect(r.value.event.status).toBe(status);
    expect(r.value.reasons.length).toBeGreaterThan(0);
  });

  test("consecutive conditional results are counted", () => {
    const r = reviewVenue(venueAdmissionStandard, {
      history: h("admitted", "conditional"),
      application: application({}, middling),
      date: "2026-10-01",
    });
    expect(r.ok && r.value.consecutiveConditional).toBe(2);
  });

  test.each([
    [
      "history out of date order",
      [
        { status: "admitted", date: "2026-05-01" },
        { status: "conditional", date: "2026-01-01" },
      ],
      "2026-10-01",
      "EvaluationError",
    ],
    ["review before the last entry", h("admitted"), "2024-01-01", "EvaluationError"],
    ["empty history", [], "2026-10-01", "ValidationError"],
    ["unknown status", [{ status: "paused", date: "2026-01-01" }], "2026-10-01", "ValidationError"],
  ] as const)("%s → %s", (_, history, date, tag) => {
    const r = reviewVenue(venueAdmissionStandard, {
      history: history as VenueAdmissionEvent[],
      application: application(),
      date,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error._tag).toBe(tag);
  });
});
