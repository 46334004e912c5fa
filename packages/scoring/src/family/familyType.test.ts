import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { familyApgar } from "../instruments/catalog/familyApgar.js";
import { psdq } from "../instruments/catalog/psdq.js";
import { scoreInstrument } from "../instruments/scoreInstrument.js";
import { familyCourseBundles } from "./familyCourseBundles.js";
import { familyType } from "./familyType.js";
import { familyTypeRules } from "./familyTypeRules.js";

const AUTHORITATIVE = { authoritative: 4.2, authoritarian: 2.0, permissive: 2.1 };
const AUTHORITARIAN = { authoritative: 2.5, authoritarian: 3.8, permissive: 1.9 };
const PERMISSIVE = { authoritative: 2.8, authoritarian: 1.5, permissive: 3.6 };
const MIXED = { authoritative: 3.4, authoritarian: 3.2, permissive: 2.0 };

const typeOf = (apgar: number | null, psdqMeans: Parameters<typeof familyType>[0]["psdq"]) => {
  const r = familyType({ apgar, psdq: psdqMeans });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("familyType — band × dominant style matrix (our documented rule)", () => {
  test.each([
    // APGAR total (band boundary), means, type, zh label
    [10, AUTHORITATIVE, "supportive", "支持型"],
    [7, AUTHORITATIVE, "supportive", "支持型"],
    [7, AUTHORITARIAN, "structured", "规则型"],
    [9, PERMISSIVE, "relaxed", "宽松型"],
    [8, MIXED, "flexible", "多元型"],
    [6, AUTHORITATIVE, "growing-together", "共同成长型"],
    [4, AUTHORITARIAN, "warmth-building", "温情共建型"],
    [5, PERMISSIVE, "routine-building", "规则共建型"],
    [4, MIXED, "growing-together", "共同成长型"],
    [3, AUTHORITATIVE, "partnership", "协同陪伴型"],
    [0, PERMISSIVE, "partnership", "协同陪伴型"],
  ] as const)("APGAR %i, %j → %s (%s)", (apgar, means, type, zh) => {
    const v = typeOf(apgar, means);
    expect(v.type).toBe(type);
    expect(v.label?.zh).toBe(zh);
    expect(v.reasons).toEqual([]);
    expect(v.bundle?.courses.length).toBeGreaterThan(0);
  });

  test.each([
    ["lead exactly 0.5 → dominant", { authoritative: 4.5, authoritarian: 4.0, permissive: 1 }, "authoritative"],
    ["lead 0.49 → mixed", { authoritative: 4.49, authoritarian: 4.0, permissive: 1 }, "mixed"],
    ["permissive leads by 0.6", { authoritative: 3, authoritarian: 2, permissive: 3.6 }, "permissive"],
    ["three equal means → mixed", { authoritative: 3, authoritarian: 3, permissive: 3 }, "mixed"],
  ])("dominant style: %s", (_name, means, dominant) => {
    expect(typeOf(8, means).style).toMatchObject({ dominant, margin: 0.5 });
  });

  test("the result explains itself: band, means, lead, rules and catalogue versions", () => {
    const v = typeOf(7, AUTHORITATIVE);
    expect(v.functioning).toEqual({
      total: 7,
      band: "strong",
      label: { zh: "家庭支持充足", en: "Strong family support" },
    });
    expect(v.style?.lead).toBeCloseTo(2.1, 10);
    expect(v.rules).toBe("jlt-family-type@2025.1");
    expect(v.catalogue).toBe("jlt-family-courses@2025.1");
    expect(v.bundle?.intensity).toBe("universal");
    expect(v.bundle?.courses.map((c) => c.title.zh)).toEqual(["家庭中的五育融合", "亲子共读", "亲子场馆研学"]);
  });

  test("partnership bundle is individual and opens family education guidance", () => {
    const v = typeOf(2, MIXED);
    expect(v.bundle?.intensity).toBe("individual");
    expect(v.bundle?.courses[0]).toMatchObject({
      format: "one-to-one-guidance",
      referral: "family-education-guidance",
    });
  });
});

describe("familyType — scores from scoreInstrument, unusable scores", () => {
  test("accepts the instruments' own results", () => {
    const a = scoreInstrument(familyApgar, { adaptation: 1, partnership: 1, growth: 1, affection: 1, resolve: 1 });
    const p = scoreInstrument(
      psdq,
      Array.from({ length: 32 }, (_, i) => ([8, 15, 17, 20, 24].includes(i + 1) ? 5 : 2)),
    );
    if (!a.ok || !p.ok) throw new Error("scoring failed");
    const r = familyType({ apgar: a.value, psdq: p.value });
    expect(r).toMatchObject({
      ok: true,
      value: { type: "routine-building", functioning: { total: 5, band: "some-strain" } },
    });
  });

  test("an incomplete APGAR or PSDQ gives type null with the reasons, never a guess", () => {
    const a = scoreInstrument(familyApgar, { adaptation: 2, partnership: 2, growth: null, affection: 2, resolve: 2 });
    if (!a.ok) throw new Error("scoring failed");
    const r = familyType({ apgar: a.value, psdq: { ...AUTHORITATIVE, permissive: null } });
    expect(r).toMatchObject({ ok: true, value: { type: null, label: null, bundle: null, functioning: null } });
    expect(r.ok && r.value.reasons.map((x) => x.code)).toEqual(["apgar-unusable", "psdq-unusable"]);
    const onlyPsdq = typeOf(8, { ...AUTHORITATIVE, authoritarian: null });
    expect(onlyPsdq.type).toBeNull();
    expect(onlyPsdq.functioning?.band).toBe("strong");
    expect(onlyPsdq.reasons.map((x) => x.en)).toEqual(["PSDQ scale means unusable: authoritarian"]);
  });
});

describe("familyType — environment checklist", () => {
  test.each([
    [
      "2 of 6 met → focus, environment course added",
      {
        "study-space": true,
        "daily-routine": false,
        "screen-rules": false,
        "shared-activity": true,
        "books-at-home": false,
        "talk-daily": false,
      },
      true,
      4,
    ],
    [
      "3 of 6 met (share 0.5) → no focus",
      {
        "study-space": true,
        "daily-routine": true,
        "screen-rules": false,
        "shared-activity": true,
        "books-at-home": false,
        "talk-daily": false,
      },
      false,
      3,
    ],
    [
      "only 3 answered → not used",
      { "study-space": false, "daily-routine": false, "screen-rules": false, "talk-daily": null },
      false,
      3,
    ],
  ])("%s", (_name, environment, focus, courses) => {
    const r = familyType({ apgar: 8, psdq: AUTHORITATIVE, environment });
    expect(r.ok && r.value.environment?.focus).toBe(focus);
    expect(r.ok && r.value.bundle?.courses.length).toBe(courses);
    expect(r.ok && r.value.type).toBe("supportive");
  });
});

describe("familyType — typed errors", () => {
  test.each([
    ["APGAR 11", { apgar: 11, psdq: AUTHORITATIVE }, "ValidationError"],
    ["APGAR 7.5", { apgar: 7.5, psdq: AUTHORITATIVE }, "ValidationError"],
    ["PSDQ mean 0.5", { apgar: 7, psdq: { ...AUTHORITATIVE, permissive: 0.5 } }, "ValidationError"],
    ["PSDQ mean missing", { apgar: 7, psdq: { authoritative: 4, authoritarian: 2 } }, "ValidationError"],
    ["NaN mean", { apgar: 7, psdq: { ...AUTHORITATIVE, authoritative: Number.NaN } }, "ValidationError"],
    ["unknown key", { apgar: 7, psdq: AUTHORITATIVE, name: "王" }, "ValidationError"],
    ["PSDQ passed as APGAR", { apgar: { instrumentId: "psdq", total: 7 }, psdq: AUTHORITATIVE }, "FamilyTypeError"],
    [
      "APGAR passed as PSDQ",
      {
        apgar: 7,
        psdq: {
          instrumentId: "family-apgar",
          subscales: { authoritative: { value: 4 }, authoritarian: { value: 2 }, permissive: { value: 2 } },
        },
      },
      "FamilyTypeError",
    ],
    ["unknown checklist item", { apgar: 7, psdq: AUTHORITATIVE, environment: { pets: true } }, "FamilyTypeError"],
  ])("rejects %s", (_name, input, tag) => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    const r = familyType(input as any);
    expect(!r.ok && r.error._tag).toBe(tag);
  });

  test("rules that point at an unknown type, or a type without a bundle, are refused", () => {
    const badMatrix = {
      ...familyTypeRules,
      matrix: { ...familyTypeRules.matrix, strong: { ...familyTypeRules.matrix.strong, mixed: "troubled" } },
    };
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong rules
    const r1 = familyType({ apgar: 8, psdq: MIXED }, { rules: badMatrix as any });
    expect(!r1.ok && r1.error._tag === "ValidationError" && r1.error.issues[0]?.path).toEqual([
      "matrix",
      "strong",
      "mixed",
    ]);
    const { partnership: _drop, ...bundles } = familyCourseBundles.bundles;
    const r2 = familyType({ apgar: 8, psdq: MIXED }, { catalogue: { ...familyCourseBundles, bundles } });
    expect(!r2.ok && r2.error._tag === "FamilyTypeError" && r2.error.reason).toBe("missing-bundle");
  });

  test("a configured rule changes the answer (margin 0: no mixed type)", () => {
    const r = familyType({ apgar: 8, psdq: MIXED }, { rules: { ...familyTypeRules, dominanceMargin: 0 } });
    expect(r.ok && r.value.type).toBe("supportive");
  });
});

describe("familyType — properties", () => {
  const mean = fc.double({ min: 1, max: 5, noNaN: true });
  const meanOrNull = fc.option(mean, { nil: null });
  const typeIds = familyTypeRules.types.map((t) => t.id);

  test("total and deterministic over valid input: every APGAR 0–10 × means 1–5 gives a known type with a bundle", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), mean, mean, mean, (apgar, a, b, c) => {
        const input = { apgar, psdq: { authoritative: a, authoritarian: b, permissive: c } };
        const r1 = familyType(input);
        const r2 = familyType(structuredClone(input));
        if (!r1.ok) throw new Error(r1.error.message);
        expect(r2).toEqual(r1);
        expect(typeIds).toContain(r1.value.type);
        expect(r1.value.bundle?.courses.length).toBeGreaterThan(0);
        if (apgar <= 3) expect(r1.value.type).toBe("partnership");
      }),
    );
  });

  test("type is null exactly when a score is unusable, and the reasons say which", () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
        meanOrNull,
        meanOrNull,
        meanOrNull,
        (apgar, a, b, c) => {
          const r = familyType({ apgar, psdq: { authoritative: a, authoritarian: b, permissive: c } });
          if (!r.ok) throw new Error(r.error.message);
          const unusable = apgar === null || a === null || b === null || c === null;
          expect(r.value.type === null).toBe(unusable);
          expect(r.value.reasons.some((x) => x.code === "apgar-unusable")).toBe(apgar === null);
          expect(r.value.reasons.some((x) => x.code === "psdq-unusable")).toBe(a === null || b === null || c === null);
        },
      ),
    );
  });
});

describe("familyType — wording", () => {
  test("no type, band or course label uses stigmatizing words", () => {
    const texts = [
      ...familyTypeRules.types.flatMap((t) => [t.label.zh, t.label.en, t.description.zh, t.description.en]),
      ...familyTypeRules.functioningBands.flatMap((b) => [b.label.zh, b.label.en]),
      ...familyCourseBundles.courses.flatMap((c) => [c.title.zh, c.title.en]),
    ];
    for (const t of texts) expect(t).not.toMatch(/问题|异常|障碍|失调|不良|problem|abnormal|dysfunction|deficien|bad/i);
  });
});
