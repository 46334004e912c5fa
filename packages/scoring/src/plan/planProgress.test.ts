import { describe, expect, test } from "vitest";
import { planProgress } from "./planProgress.js";

const orange = { tier: "orange", startDate: "2025-10-13", goal: { targetTier: "yellow" } } as const;
const green = { tier: "green", startDate: "2025-10-13", goal: { targetTier: "green" } } as const;

describe("planProgress — the documented rule", () => {
  test.each([
    [
      "exited wins over everything",
      orange,
      [
        { date: "2025-10-20", tier: "red" },
        { date: "2025-10-27", exited: true },
      ],
      "exited",
    ],
    [
      "a more urgent reassessment is declining, whatever the rating",
      orange,
      [{ date: "2025-10-20", tier: "red", goalAttainment: 2 }],
      "declining",
    ],
    ["a less urgent reassessment is progressing", orange, [{ date: "2025-10-20", tier: "yellow" }], "progressing"],
    ["reaching green from orange is progressing", orange, [{ date: "2025-11-20", tier: "green" }], "progressing"],
    [
      "the latest reassessment counts, not an earlier one",
      orange,
      [
        { date: "2025-11-20", tier: "red" },
        { date: "2025-10-20", tier: "yellow" },
      ],
      "declining",
    ],
    [
      "same tier, rating 0 → progressing",
      orange,
      [{ date: "2025-10-20", tier: "orange", goalAttainment: 0 }],
      "progressing",
    ],
    [
      "same tier, rating −1 → no-progress",
      orange,
      [{ date: "2025-10-20", tier: "orange", goalAttainment: -1 }],
      "no-progress",
    ],
    [
      "same tier, rating −2 → declining",
      orange,
      [{ date: "2025-10-20", tier: "orange", goalAttainment: -2 }],
      "declining",
    ],
    ["rating only, +1 → progressing", orange, [{ date: "2025-10-20", goalAttainment: 1 }], "progressing"],
    ["nothing to go on → no-progress", orange, [{ date: "2025-10-20" }], "no-progress"],
    [
      "same-day tie: the later entry in the list is the latest",
      orange,
      [
        { date: "2025-10-20", tier: "yellow" },
        { date: "2025-10-20", tier: "red" },
      ],
      "declining",
    ],
    ["a green plan staying green reached its target", green, [{ date: "2025-11-20", tier: "green" }], "progressing"],
    ["a green plan moving to yellow is declining", green, [{ date: "2025-11-20", tier: "yellow" }], "declining"],
  ] as const)("%s", (_name, plan, observations, status) => {
    const r = planProgress(plan, observations);
    expect(r.ok && r.value.status).toBe(status);
    expect(r.ok && r.value.reason.zh.length).toBeGreaterThan(0);
  });

  test("the basis says what decided it", () => {
    const r = planProgress(orange, [
      { date: "2025-10-20", goalAttainment: -1 },
      { date: "2025-11-24", tier: "yellow" },
    ]);
    expect(r).toMatchObject({
      ok: true,
      value: {
        status: "progressing",
        basis: {
          latestDate: "2025-11-24",
          latestTier: "yellow",
          tierChange: -1,
          targetReached: true,
          goalAttainment: -1,
        },
      },
    });
  });

  test("typed errors: no observations, an observation before the start, malformed input", () => {
    const none = planProgress(orange, []);
    expect(!none.ok && none.error._tag === "PlanError" && none.error.reason).toBe("no-observations");
    const early = planProgress(orange, [{ date: "2025-10-20" }, { date: "2025-10-01" }]);
    expect(!early.ok && early.error._tag === "PlanError" && early.error.path).toEqual([1, "date"]);
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    const bad = planProgress(orange, [{ date: "2025-10-20", goalAttainment: 3 } as any]);
    expect(!bad.ok && bad.error._tag).toBe("ValidationError");
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    const badPlan = planProgress({ tier: "pink", startDate: "2025-10-13", goal: { targetTier: "green" } } as any, [
      { date: "2025-10-20" },
    ]);
    expect(!badPlan.ok && badPlan.error._tag).toBe("ValidationError");
  });
});
