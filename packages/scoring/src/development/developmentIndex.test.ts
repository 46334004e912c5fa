import { describe, expect, test } from "vitest";
import { scoreBmi } from "../fitness/scoreBmi.js";
import { familyApgar } from "../instruments/catalog/familyApgar.js";
import { gad7 } from "../instruments/catalog/gad7.js";
import { phq9 } from "../instruments/catalog/phq9.js";
import type { Instrument } from "../instruments/Instrument.js";
import type { InstrumentAnswers } from "../instruments/readAnswers.js";
import { scoreInstrument } from "../instruments/scoreInstrument.js";
import { compileDevelopmentIndex } from "./compileDevelopmentIndex.js";
import type { DevelopmentIndexConfig, IndexComponent } from "./DevelopmentIndexConfig.js";
import { developmentIndex } from "./developmentIndex.js";
import { goalposts } from "./goalposts.js";
import { xuhuiDevelopmentIndex } from "./xuhuiDevelopmentIndex.js";

const score = (instrument: Instrument, answers: InstrumentAnswers) => {
  const r = scoreInstrument(instrument, answers);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const index = (...args: Parameters<typeof developmentIndex>) => {
  const r = developmentIndex(...args);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("goalposts", () => {
  test.each([
    [0, 0, 27, true, 100],
    [27, 0, 27, true, 0],
    [9, 0, 27, true, (18 / 27) * 100],
    [7, 0, 10, false, 70],
    [110, 0, 100, false, 100], // fitness bonus points above the goalpost are truncated
    [-1, 0, 10, false, 0],
  ])("goalposts(%s, %s, %s, cost %s) = %s", (x, low, high, cost, expected) => {
    expect(goalposts(x, low, high, cost)).toBeCloseTo(expected, 12);
  });
});

describe("xuhuiDevelopmentIndex", () => {
  test("domain weights come from AHP on the shipped matrix, and the judgments are consistent", () => {
    const c = compileDevelopmentIndex(xuhuiDevelopmentIndex);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    const w = [...c.value.domainWeights];
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(w[0]).toBeCloseTo(0.4236, 3);
    expect(w[1]).toBeCloseTo(w[2] as number, 12);
    expect(w[3]).toBeLessThan(w[1] as number);
    expect(c.value.basis.method).toBe("ahp-eigenvector");
    expect(c.value.basis.cr).toBeLessThan(0.01);
  });
});

describe("developmentIndex", () => {
  const phq = score(phq9, [1, 0, 1, 0, 0, 1, 0, 0, 0]); // 3
  const gad = score(gad7, [1, 1, 0, 0, 1, 0, 0]); // 3
  const apgar = score(familyApgar, [2, 2, 1, 2, 2]); // 9
  const bmi = scoreBmi({ sex: "female", grade: 8, bmi: 24.0 }); // overweight (22.3–24.8) → 80 points

  test("computed by hand: components, domains, renormalised weights", () => {
    if (!bmi.ok) throw new Error("bmi");
    const r = index({ scores: [phq, gad, apgar], bmi: bmi.value, fitnessTotal: 82 });
    const mental = ((27 - 3) / 27) * 100 * 0.5 + ((21 - 3) / 21) * 100 * 0.5; // PHQ-9 and GAD-7 present, PHQ-A and MSSMHS not
    const physical = 82 * (2 / 3) + 80 * (1 / 3);
    const family = 90;
    const c = compileDevelopmentIndex(xuhuiDevelopmentIndex);
    if (!c.ok) throw new Error("config");
    const [w0, w1, , w3] = c.value.domainWeights as unknown as [number, number, number, number];
    const covered = w0 + w1 + w3; // social–emotional (SDQ) missing
    const expected = (w0 * mental + w1 * physical + w3 * family) / covered;
    expect(r.domains.map((d) => d.value)).toEqual([
      expect.closeTo(mental, 10),
      expect.closeTo(physical, 10),
      null,
      expect.closeTo(family, 10),
    ]);
    expect(r.value).toBeCloseTo(expected, 10);
    expect(r.coverage).toBeCloseTo(covered, 12);
    expect(r.domains[0]?.components.map((x) => [x.id, x.raw, x.weightUsed])).toEqual([
      ["phq9", 3, 0.5],
      ["phqa", null, null],
      ["gad7", 3, 0.5],
      ["mssmhs", null, null],
    ]);
    expect(r.domains[0]?.components[1]?.missingReason).toBe("phq-a not administered");
    expect(r.domains[2]?.weightUsed).toBeNull();
    expect(r.summary[0]).toMatch(/^Development index [\d.]+ — xuhui-development-index@1\.0\.0; coverage 77\.3%/);
  });

  test("below the coverage threshold the index is null, never a guess", () => {
    const r = index({ scores: [apgar], fitnessTotal: 70 });
    expect(r.domains.map((d) => d.value !== null)).toEqual([false, true, false, true]);
    expect(r.value).toBeNull();
    expect(r.coverage).toBeLessThan(0.5);
  });

  test("an unusable score counts as missing", () => {
    const unusable = score(phq9, [3, 3, 3, null, null, null, 0, 0, 0]);
    const r = index({ scores: [unusable] });
    expect(r.domains[0]?.components[0]).toMatchObject({
      raw: null,
      missingReason: "phq-9 score not usable (too many items missing)",
    });
    expect(r.value).toBeNull();
  });

  test("direct weights are accepted and renormalised", () => {
    const config: DevelopmentIndexConfig = {
      ...xuhuiDevelopmentIndex,
      version: "direct",
      domainWeights: { kind: "direct", weights: [1, 1, 1, 1] },
      minCoverage: 0.25,
    };
    const r = index({ scores: [apgar] }, config);
    expect(r.value).toBe(90);
    expect(r.weights).toEqual({ method: "direct", cr: null });
  });

  test.each([
    [
      "an inconsistent AHP matrix",
      {
        domainWeights: {
          kind: "ahp",
          pairwise: [
            [1, 9, 1 / 9, 1],
            [1 / 9, 1, 9, 1],
            [9, 1 / 9, 1, 1],
            [1, 1, 1, 1],
          ],
        },
      },
      /inconsistent/,
    ],
    [
      "a matrix of the wrong size",
      {
        domainWeights: {
          kind: "ahp",
          pairwise: [
            [1, 2],
            [0.5, 1],
          ],
        },
      },
      /2-row matrix for 4 domains/,
    ],
    [
      "direct weights of the wrong length",
      { domainWeights: { kind: "direct", weights: [1, 2] } },
      /2 weights for 4 domains/,
    ],
    [
      "a cost direction on a higher-is-better scale",
      {
        domains: [
          {
            ...(xuhuiDevelopmentIndex.domains[3] as DevelopmentIndexConfig["domains"][number]),
            components: [{ ...(xuhuiDevelopmentIndex.domains[3]?.components[0] as IndexComponent), direction: "cost" }],
          },
        ],
        domainWeights: { kind: "direct", weights: [1] },
      },
      /direction must be "benefit"/,
    ],
    ["an unknown key", { extra: 1 }, /Unrecognized key/],
  ])("%s → ValidationError", (_, patch, message) => {
    const r = developmentIndex({}, { ...xuhuiDevelopmentIndex, ...patch } as DevelopmentIndexConfig);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error._tag).toBe("ValidationError");
      expect(r.error.message).toMatch(message);
    }
  });
});
