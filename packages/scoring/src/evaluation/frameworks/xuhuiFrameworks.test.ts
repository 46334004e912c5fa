import { xuhuiPlan2025 } from "@jiaolianti/core";
import { describe, expect, test } from "vitest";
import { AdmissionStandard } from "../admission/AdmissionStandard.js";
import { defineFramework } from "../defineFramework.js";
import { evaluate } from "../evaluate.js";
import { IndicatorFramework } from "../IndicatorFramework.js";
import { venueAdmissionStandard } from "./venueAdmissionStandard.js";
import { xuhuiFrameworks } from "./xuhuiFrameworks.js";

const all = Object.values(xuhuiFrameworks);

describe("shipped Xuhui frameworks", () => {
  test("there are seven, keyed by id", () => {
    expect(Object.keys(xuhuiFrameworks)).toEqual([
      "xuhui-three-dimension",
      "xuhui-department-duty",
      "xuhui-venue-effectiveness",
      "xuhui-science-course-selection",
      "xuhui-shuangbai-project",
      "xuhui-innovation-case",
      "xuhui-collaboration-quality",
    ]);
  });

  test.each(all.map((f) => [f.id, f] as const))("%s parses, is frozen and says which defaults are ours", (_, f) => {
    const parsed = IndicatorFramework.safeParse(f);
    expect(parsed.success).toBe(true);
    expect(Object.isFrozen(f)).toBe(true);
    expect(f.defaultsNote).toMatch(/Ours/);
  });

  test.each(all.map((f) => [f.id, f] as const))("%s: every planTargetId names a target of xuhuiPlan2025", (_, f) => {
    const known = new Set(xuhuiPlan2025.targets.map((t) => t.id));
    for (const d of f.dimensions)
      for (const i of d.indicators) if (i.planTargetId) expect(known).toContain(i.planTargetId);
  });

  test.each(all.map((f) => [f.id, f] as const))("%s: AHP judgments are consistent (CR ≤ 0.10)", (_, f) => {
    // Scoring two alternatives that differ on every indicator exercises every weight source.
    const ids = f.dimensions.flatMap((d) => d.indicators.map((i) => i.id));
    const row = (v: number) => Object.fromEntries(ids.map((id) => [id, v]));
    const r = evaluate(f, {
      alternatives: [
        { id: "lo", values: row(1) },
        { id: "hi", values: row(4) },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const provs = [r.value.weights.dimensions, ...Object.values(r.value.weights.indicators)];
    for (const p of provs) if (p.ahp) expect(p.ahp.consistent).toBe(true);
  });

  test("三维评估 uses the plan's three dimensions, in its words", () => {
    const f = xuhuiFrameworks["xuhui-three-dimension"];
    expect(f?.dimensions.map((d) => [d.id, d.nameZh])).toEqual(
      xuhuiPlan2025.safeguards.evaluation.dimensions.map((d) => [d.id, d.nameZh]),
    );
  });

  test("the competition-participation indicator scores 100 at the plan's 30 % and 50 at 15 %", () => {
    const f = xuhuiFrameworks["xuhui-three-dimension"];
    if (!f) return expect.unreachable();
    const r = evaluate(f, {
      alternatives: [
        { id: "a", values: { "competition-participation": 30 } },
        { id: "b", values: { "competition-participation": 15 } },
      ],
    });
    expect(
      r.ok &&
        r.value.alternatives.map(
          (a) => a.explanation.indicators.find((x) => x.indicatorId === "competition-participation")?.normalised,
        ),
    ).toEqual([100, 50]);
  });

  test("the venue admission standard parses and its scored criteria are absolute", () => {
    const s = AdmissionStandard.safeParse(venueAdmissionStandard);
    expect(s.success).toBe(true);
    expect(Object.isFrozen(venueAdmissionStandard)).toBe(true);
  });

  test("a district edits a copy through defineFramework; an error points at the edit", () => {
    const base = xuhuiFrameworks["xuhui-venue-effectiveness"];
    const edited = defineFramework({
      ...base,
      version: "district-2026",
      dimensionWeights: { kind: "fixed", weights: { utilisation: 2, reach: 1, quality: 1, efficiency: 2 } },
    });
    expect(edited.ok && Object.isFrozen(edited.value)).toBe(true);
    const broken = defineFramework({ ...base, dimensionWeights: { kind: "fixed", weights: { utilisation: 2 } } });
    expect(broken.ok || broken.error.issues.map((i) => i.path)).toContainEqual([
      "dimensionWeights",
      "weights",
      "reach",
    ]);
  });
});
