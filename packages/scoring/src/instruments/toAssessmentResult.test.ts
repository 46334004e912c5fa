import { AssessmentResult } from "@jiaolianti/core";
import { describe, expect, test } from "vitest";
import { phq9 } from "./catalog/phq9.js";
import { psdq } from "./catalog/psdq.js";
import { sdq } from "./catalog/sdq.js";
import { scoreInstrument } from "./scoreInstrument.js";
import { toAssessmentResult } from "./toAssessmentResult.js";

const record = {
  id: "res-5e77c1-v1",
  assessmentId: "asm-5e77c1",
  studentId: "stu-7f3a9c21e0",
  rulesVersion: "2025.1",
  computedAt: "2025-10-10T15:01:00+08:00",
};

const stored = (r: ReturnType<typeof scoreInstrument>) => {
  if (!r.ok) throw new Error(r.error.message);
  const s = toAssessmentResult(r.value, record);
  if (!s.ok) throw new Error(s.error.message);
  expect(AssessmentResult.safeParse(s.value).success).toBe(true);
  return s.value;
};

describe("toAssessmentResult: a score stored in the core model", () => {
  test("PHQ-9 with a flag and a prorated total", () => {
    expect(stored(scoreInstrument(phq9, [1, 1, null, 1, 0, 0, 0, 0, 1]))).toEqual({
      ...record,
      status: "active",
      dateLastModified: record.computedAt,
      instrumentId: "phq-9",
      instrumentVersion: "1.0",
      normSetId: "kroenke-2001",
      usable: true,
      scores: [{ scale: "total", value: 5, prorated: true }], // round(4 × 9 / 8 = 4.5) = 5
      band: "mild",
      flags: ["self-harm"],
      firedRules: ["phq9-item9", "band-total-mild", "prorated-total"],
    });
  });

  test("an unusable result carries no band but keeps its flags", () => {
    const s = stored(scoreInstrument(phq9, [null, null, null, 0, 0, 0, 0, 0, 2]));
    expect(s).toMatchObject({
      usable: false,
      scores: [{ scale: "total", value: null, prorated: false }],
      flags: ["self-harm"],
    });
    expect(s.band).toBeUndefined();
  });

  test("SDQ: every scale stored, the norm set named with its informant", () => {
    const s = stored(scoreInstrument(sdq, Array(25).fill(1), { informant: "teacher" }));
    expect(s.normSetId).toBe("cn-du2008-teacher");
    expect(s.scores.map((x) => x.scale)).toEqual([
      "total",
      "emotional",
      "conduct",
      "hyperactivity",
      "peer",
      "prosocial",
      "internalising",
      "externalising",
    ]);
    expect(s.band).toBe("abnormal"); // teacher total 20 ≥ 18
  });

  test("PSDQ: no norm set, no band", () => {
    const s = stored(scoreInstrument(psdq, Array(32).fill(3)));
    expect(s.normSetId).toBeUndefined();
    expect(s.band).toBeUndefined();
    expect(s.scores).toHaveLength(3);
  });
});
