import type { AssessmentInformant } from "@jiaolianti/core";
import { describe, expect, test } from "vitest";
import { scoreInstrument } from "../scoreInstrument.js";
import { sdq } from "./sdq.js";

// Typed by hand from REFERENCE.md §1 — deliberately NOT read from sdq.ts, so a wrong table in sdq.ts fails here.
const ORDER = [
  "consid",
  "restles",
  "somatic",
  "shares",
  "tantrum",
  "loner",
  "obeys",
  "worries",
  "caring",
  "fidgety",
  "friend",
  "fights",
  "unhappy",
  "popular",
  "distrac",
  "clingy",
  "kind",
  "lies",
  "bullied",
  "helpout",
  "reflect",
  "steals",
  "oldbest",
  "afraid",
  "attends",
]; // prettier-ignore
const SCALES: Record<string, string[]> = {
  emotional: ["somatic", "worries", "unhappy", "clingy", "afraid"],
  conduct: ["tantrum", "obeys", "fights", "lies", "steals"],
  hyperactivity: ["restles", "fidgety", "distrac", "reflect", "attends"],
  peer: ["loner", "friend", "popular", "bullied", "oldbest"],
  prosocial: ["consid", "shares", "caring", "kind", "helpout"],
};
const REVERSED = ["obeys", "reflect", "attends", "friend", "popular"];

type Scores = Partial<Record<"emotional" | "conduct" | "hyperactivity" | "peer" | "prosocial", number>>;

/** Raw answers in questionnaire order giving each scale the wanted score (0 when not given), all items answered. */
const answersFor = (scores: Scores): number[] => {
  const byItem: Record<string, number> = {};
  for (const [scale, items] of Object.entries(SCALES)) {
    let left = scores[scale as keyof Scores] ?? 0;
    for (const item of items) {
      const scored = Math.min(2, left);
      left -= scored;
      byItem[item] = REVERSED.includes(item) ? 2 - scored : scored;
    }
  }
  return ORDER.map((id) => byItem[id] ?? Number.NaN);
};

/** Answers with a difficulties total of `t` spread over the four difficulty scales. */
const totalOf = (t: number): number[] => {
  const e = Math.min(10, t);
  const c = Math.min(10, t - e);
  const h = Math.min(10, t - e - c);
  return answersFor({ emotional: e, conduct: c, hyperactivity: h, peer: t - e - c - h });
};

const score = (
  answers: ReadonlyArray<number | null> | Record<string, number | null>,
  informant: AssessmentInformant = "parent",
  normSet = "cn-du2008",
) => {
  const r = scoreInstrument(sdq, answers, { normSet, informant });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("SDQ scoring: item order, reverse items, scales, totals", () => {
  test.each<[string, number, Record<string, number>]>([
    // all raw 0: only the reverse items score 2 — obeys (conduct), reflect + attends (hyperactivity), friend + popular (peer)
    [
      "all answers 0",
      0,
      {
        emotional: 0,
        conduct: 2,
        hyperactivity: 4,
        peer: 4,
        prosocial: 0,
        total: 10,
        internalising: 4,
        externalising: 6,
      },
    ],
    [
      "all answers 1",
      1,
      {
        emotional: 5,
        conduct: 5,
        hyperactivity: 5,
        peer: 5,
        prosocial: 5,
        total: 20,
        internalising: 10,
        externalising: 10,
      },
    ],
    [
      "all answers 2",
      2,
      {
        emotional: 10,
        conduct: 8,
        hyperactivity: 6,
        peer: 6,
        prosocial: 10,
        total: 30,
        internalising: 16,
        externalising: 14,
      },
    ],
  ])("%s", (_name, value, expected) => {
    const r = score(ORDER.map(() => value));
    const got = Object.fromEntries(
      Object.keys(expected).map((s) => [s, s === "total" ? r.total : (r.subscales[s]?.value ?? "missing")]),
    );
    expect(got).toEqual(expected);
  });

  test.each(REVERSED)("%s is reverse-scored (2 − x)", (item) => {
    const scale = Object.keys(SCALES).find((s) => SCALES[s]?.includes(item)) ?? "";
    const low = score(ORDER.map((id) => (id === item ? 0 : 1)));
    const high = score(ORDER.map((id) => (id === item ? 2 : 1)));
    // other four items of the scale answered 1 (reverse or not, each scores 1): 4 + (2 − x)
    expect(low.subscales[scale]?.value).toBe(6);
    expect(high.subscales[scale]?.value).toBe(4);
  });

  test("prosocial is not part of total difficulties", () => {
    const a = score(answersFor({ emotional: 3, prosocial: 0 }));
    const b = score(answersFor({ emotional: 3, prosocial: 10 }));
    expect([a.total, b.total]).toEqual([3, 3]);
  });
});

describe("SDQ missing answers: a scale is scored when ≥ 3 of 5 answered, floor(0.5 + mean × 5)", () => {
  const emotional = (
    somatic: number | null,
    worries: number | null,
    unhappy: number | null,
    clingy: number | null,
    afraid: number | null,
  ) => score({ ...Object.fromEntries(ORDER.map((id) => [id, 0])), somatic, worries, unhappy, clingy, afraid });

  test.each<[string, ReturnType<typeof emotional>, number | null, boolean]>([
    ["4 answered, sum 1: floor(0.5 + 1.25) = 1", emotional(1, 0, 0, 0, null), 1, true],
    ["4 answered, sum 2: floor(0.5 + 2.5) = 3", emotional(1, 1, 0, 0, null), 3, true],
    ["4 answered, sum 3: floor(0.5 + 3.75) = 4", emotional(1, 1, 1, 0, null), 4, true],
    ["4 answered, sum 5: floor(0.5 + 6.25) = 6", emotional(2, 2, 1, null, 0), 6, true],
    ["3 answered (2 missing), sum 1: floor(0.5 + 1.667) = 2", emotional(1, 0, null, null, 0), 2, true],
    ["3 answered (2 missing), sum 2: floor(0.5 + 3.333) = 3", emotional(1, 1, null, null, 0), 3, true],
    ["3 answered (2 missing), sum 4: floor(0.5 + 6.667) = 7", emotional(2, 2, null, null, 0), 7, true],
    ["3 answered (2 missing), sum 6: 10", emotional(2, 2, null, null, 2), 10, true],
    ["2 answered (3 missing): null", emotional(2, 2, null, null, null), null, false],
    ["none answered: null", emotional(null, null, null, null, null), null, false],
  ])("%s", (_name, r, value, prorated) => {
    expect(r.subscales.emotional).toMatchObject({ value, prorated });
  });

  test("a reverse item counts reversed in a prorated scale: conduct with obeys = 0 and two missing", () => {
    // tantrum 0, obeys 0 (scores 2), fights 1, lies missing, steals missing → sum 3 of 3: floor(0.5 + 5) = 5
    const r = score({
      ...Object.fromEntries(ORDER.map((id) => [id, 1])),
      tantrum: 0,
      obeys: 0,
      fights: 1,
      lies: null,
      steals: null,
    });
    expect(r.subscales.conduct).toMatchObject({ value: 5, prorated: true, missing: ["lies", "steals"] });
  });

  test("total difficulties, internalising and externalising are null when a part is null", () => {
    // peer: three items missing → null
    const r = score({ ...Object.fromEntries(ORDER.map((id) => [id, 1])), loner: null, friend: null, popular: null });
    expect(r.subscales.peer?.value).toBeNull();
    expect(r).toMatchObject({ total: null, band: null, usable: false });
    expect(r.subscales.internalising?.value).toBeNull();
    expect(r.subscales.externalising?.value).toBe(10);
    expect(r.explanation.total?.rule).toBe("not scored: peer is not scored");
  });

  test("a prorated part makes the total prorated; a null prosocial does not touch the total", () => {
    const r = score({
      ...Object.fromEntries(ORDER.map((id) => [id, 1])),
      somatic: null,
      consid: null,
      shares: null,
      caring: null,
    });
    expect(r.subscales.prosocial?.value).toBeNull();
    expect(r).toMatchObject({ total: 20, prorated: true, usable: true });
    expect(r.explanation.total?.prorated).toBe(true);
  });
});

// [normSet, informant, scale, score, band] — every boundary of REFERENCE.md §1's SDQ norm sets, typed by hand.
const BOUNDARIES: [string, AssessmentInformant, string, number, string | null][] = [
  // China, Du, Kou & Coghill 2008 — self-report
  ["cn-du2008", "self", "total", 0, "normal"],
  ["cn-du2008", "self", "total", 14, "normal"],
  ["cn-du2008", "self", "total", 15, "borderline"],
  ["cn-du2008", "self", "total", 17, "borderline"],
  ["cn-du2008", "self", "total", 18, "abnormal"],
  ["cn-du2008", "self", "total", 40, "abnormal"],
  ["cn-du2008", "self", "emotional", 4, "normal"],
  ["cn-du2008", "self", "emotional", 5, "borderline"],
  ["cn-du2008", "self", "emotional", 6, "abnormal"],
  ["cn-du2008", "self", "conduct", 3, "normal"],
  ["cn-du2008", "self", "conduct", 4, "borderline"],
  ["cn-du2008", "self", "conduct", 5, "abnormal"],
  ["cn-du2008", "self", "hyperactivity", 5, "normal"],
  ["cn-du2008", "self", "hyperactivity", 6, "borderline"],
  ["cn-du2008", "self", "hyperactivity", 7, "abnormal"],
  ["cn-du2008", "self", "peer", 4, "normal"],
  ["cn-du2008", "self", "peer", 5, "borderline"],
  ["cn-du2008", "self", "peer", 6, "abnormal"],
  ["cn-du2008", "self", "prosocial", 10, "normal"],
  ["cn-du2008", "self", "prosocial", 6, "normal"],
  ["cn-du2008", "self", "prosocial", 5, "borderline"],
  ["cn-du2008", "self", "prosocial", 4, "abnormal"],
  ["cn-du2008", "self", "prosocial", 0, "abnormal"],
  // parent
  ["cn-du2008", "parent", "total", 14, "normal"],
  ["cn-du2008", "parent", "total", 15, "borderline"],
  ["cn-du2008", "parent", "total", 16, "borderline"],
  ["cn-du2008", "parent", "total", 17, "abnormal"],
  ["cn-du2008", "parent", "emotional", 3, "normal"],
  ["cn-du2008", "parent", "emotional", 4, "borderline"],
  ["cn-du2008", "parent", "emotional", 5, "abnormal"],
  ["cn-du2008", "parent", "conduct", 2, "normal"],
  ["cn-du2008", "parent", "conduct", 3, "borderline"],
  ["cn-du2008", "parent", "conduct", 4, "abnormal"],
  ["cn-du2008", "parent", "hyperactivity", 6, "normal"],
  ["cn-du2008", "parent", "hyperactivity", 7, "borderline"],
  ["cn-du2008", "parent", "hyperactivity", 8, "abnormal"],
  ["cn-du2008", "parent", "peer", 4, "normal"],
  ["cn-du2008", "parent", "peer", 5, "borderline"],
  ["cn-du2008", "parent", "peer", 6, "abnormal"],
  ["cn-du2008", "parent", "prosocial", 6, "normal"],
  ["cn-du2008", "parent", "prosocial", 5, "borderline"],
  ["cn-du2008", "parent", "prosocial", 4, "abnormal"],
  // teacher
  ["cn-du2008", "teacher", "total", 13, "normal"],
  ["cn-du2008", "teacher", "total", 14, "borderline"],
  ["cn-du2008", "teacher", "total", 17, "borderline"],
  ["cn-du2008", "teacher", "total", 18, "abnormal"],
  ["cn-du2008", "teacher", "emotional", 3, "normal"],
  ["cn-du2008", "teacher", "emotional", 4, "borderline"],
  ["cn-du2008", "teacher", "emotional", 5, "abnormal"],
  ["cn-du2008", "teacher", "conduct", 2, "normal"],
  ["cn-du2008", "teacher", "conduct", 3, "borderline"],
  ["cn-du2008", "teacher", "conduct", 4, "abnormal"],
  ["cn-du2008", "teacher", "hyperactivity", 6, "normal"],
  ["cn-du2008", "teacher", "hyperactivity", 7, "borderline"],
  ["cn-du2008", "teacher", "hyperactivity", 8, "borderline"],
  ["cn-du2008", "teacher", "hyperactivity", 9, "abnormal"],
  ["cn-du2008", "teacher", "peer", 4, "normal"],
  ["cn-du2008", "teacher", "peer", 5, "borderline"],
  ["cn-du2008", "teacher", "peer", 6, "abnormal"],
  ["cn-du2008", "teacher", "prosocial", 5, "normal"],
  ["cn-du2008", "teacher", "prosocial", 4, "borderline"],
  ["cn-du2008", "teacher", "prosocial", 3, "abnormal"],
  // UK parent (sdqinfo)
  ["uk", "parent", "total", 13, "normal"],
  ["uk", "parent", "total", 14, "borderline"],
  ["uk", "parent", "total", 16, "borderline"],
  ["uk", "parent", "total", 17, "abnormal"],
  ["uk", "parent", "emotional", 3, "normal"],
  ["uk", "parent", "emotional", 4, "borderline"],
  ["uk", "parent", "emotional", 5, "abnormal"],
  ["uk", "parent", "conduct", 2, "normal"],
  ["uk", "parent", "conduct", 3, "borderline"],
  ["uk", "parent", "conduct", 4, "abnormal"],
  ["uk", "parent", "hyperactivity", 5, "normal"],
  ["uk", "parent", "hyperactivity", 6, "borderline"],
  ["uk", "parent", "hyperactivity", 7, "abnormal"],
  ["uk", "parent", "peer", 2, "normal"],
  ["uk", "parent", "peer", 3, "borderline"],
  ["uk", "parent", "peer", 4, "abnormal"],
  // UK parent prosocial bands are omitted (sources conflict): band null
  ["uk", "parent", "prosocial", 10, null],
  ["uk", "parent", "prosocial", 0, null],
];

describe("SDQ norm sets: every boundary per informant", () => {
  test.each(BOUNDARIES)("%s %s %s = %i → %s", (normSet, informant, scale, value, band) => {
    const answers = scale === "total" ? totalOf(value) : answersFor({ [scale]: value });
    const r = score(answers, informant, normSet);
    const got = scale === "total" ? { value: r.total, band: r.band } : r.subscales[scale];
    expect(got).toMatchObject({ value, band });
  });

  test("UK parent prosocial: no band, with the reason", () => {
    const r = score(answersFor({ prosocial: 7 }), "parent", "uk");
    expect(r.subscales.prosocial?.band).toBeNull();
    expect(r.subscales.prosocial?.bandReason).toMatch(/conflict between sources/);
  });

  test("internalising and externalising carry no band, and say so", () => {
    const r = score(answersFor({ emotional: 6 }), "self");
    expect(r.subscales.internalising).toMatchObject({ value: 6, band: null });
    expect(r.subscales.internalising?.bandReason).toBe("no band: norm set cn-du2008 has no bands for internalising");
  });

  test("cn-du2008 is the default norm set; the informant is required", () => {
    const r = scoreInstrument(sdq, answersFor({}), { informant: "teacher" });
    expect(r).toMatchObject({
      ok: true,
      value: { normSet: "cn-du2008", informant: "teacher", normSetInformant: "teacher" },
    });
    const noInformant = scoreInstrument(sdq, answersFor({}));
    expect(!noInformant.ok && noInformant.error.issues).toEqual([
      {
        path: ["informant"],
        message: 'norm set "cn-du2008" has bands per informant (self, parent, teacher): say who answered',
      },
    ]);
  });

  test.each<[string, string | null, AssessmentInformant | undefined, string[]]>([
    ["the UK norm set has no self-report bands", "uk", "self", ["informant"]],
    ["the UK norm set has no teacher bands", "uk", "teacher", ["informant"]],
    ["cn-du2008 has no clinician bands", "cn-du2008", "clinician", ["informant"]],
    ["unknown norm set", "us-2001", "parent", ["normSet"]],
  ])("%s → typed error", (_name, normSet, informant, path) => {
    const r = scoreInstrument(sdq, answersFor({}), { normSet, ...(informant ? { informant } : {}) });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error._tag).toBe("ValidationError");
    expect(!r.ok && r.error.issues.map((i) => i.path)).toEqual([path]);
  });

  test("normSet: null scores without bands and without needing the informant", () => {
    const r = scoreInstrument(sdq, answersFor({ emotional: 9 }), { normSet: null });
    expect(r).toMatchObject({ ok: true, value: { total: 9, band: null, normSet: null } });
    expect(r.ok && r.value.subscales.emotional?.bandReason).toBe("no band: scored without a norm set (normSet: null)");
  });
});

describe("SDQ licence", () => {
  test("the definition says scoring only, no item text (Youth in Mind)", () => {
    expect(sdq.licence).toMatch(/Youth in Mind/);
    expect(sdq.licence).toMatch(/no item text/);
    expect(Object.keys(sdq.items[0] ?? {}).sort()).toEqual(["id", "max", "min"]);
  });
});
