import { describe, expect, test } from "vitest";
import { scoreInstrument } from "../scoreInstrument.js";
import { psdq } from "./psdq.js";

// Typed by hand from REFERENCE.md §1 (PSDQ short form, 32 × 1–5, three means).
const AUTHORITATIVE = [1, 3, 5, 7, 9, 11, 12, 14, 18, 21, 22, 25, 27, 29, 31];
const AUTHORITARIAN = [2, 4, 6, 10, 13, 16, 19, 23, 26, 28, 30, 32];
const PERMISSIVE = [8, 15, 17, 20, 24];

/** 32 answers: `value(itemNumber)` for each item 1…32. */
const answers = (value: (k: number) => number | null) => Array.from({ length: 32 }, (_, i) => value(i + 1));

const means = (a: (number | null)[]) => {
  const r = scoreInstrument(psdq, a);
  if (!r.ok) throw new Error(r.error.message);
  return {
    authoritative: r.value.subscales.authoritative?.value,
    authoritarian: r.value.subscales.authoritarian?.value,
    permissive: r.value.subscales.permissive?.value,
  };
};

describe("PSDQ: three continuous means, no total, no band", () => {
  test.each<[string, number[], Record<string, number>]>([
    ["authoritative items 5, others 1", AUTHORITATIVE, { authoritative: 5, authoritarian: 1, permissive: 1 }],
    ["authoritarian items 5, others 1", AUTHORITARIAN, { authoritative: 1, authoritarian: 5, permissive: 1 }],
    ["permissive items 5, others 1", PERMISSIVE, { authoritative: 1, authoritarian: 1, permissive: 5 }],
  ])("%s", (_name, high, expected) => {
    expect(means(answers((k) => (high.includes(k) ? 5 : 1)))).toEqual(expected);
  });

  test("a mean is the plain mean of the items: permissive 1, 2, 3, 4, 5 → 3; authoritarian 2 × 6 + 3 × 6 → 2.5", () => {
    const byPermissive: Record<number, number> = { 8: 1, 15: 2, 17: 3, 20: 4, 24: 5 };
    const m = means(answers((k) => byPermissive[k] ?? (AUTHORITARIAN.indexOf(k) >= 6 ? 3 : 2)));
    expect(m.permissive).toBe(3);
    expect(m.authoritarian).toBe(2.5);
  });

  test("no total and no band; bands are not invented", () => {
    const r = scoreInstrument(
      psdq,
      answers(() => 3),
    );
    expect(r).toMatchObject({ ok: true, value: { total: null, band: null, usable: true, normSet: null } });
    expect(r.ok && r.value.subscales.authoritative?.band).toBeNull();
    expect(r.ok && r.value.explanation.summary).toContain("no total: this instrument reports its scales only");
  });
});

describe("PSDQ missing answers: mean of the answered items when at least half are answered (our documented rule)", () => {
  test.each<[string, number[], keyof ReturnType<typeof means>, number | null]>([
    ["permissive, 2 of 5 missing → mean of 3", [8, 15], "permissive", 4],
    ["permissive, 3 of 5 missing → null", [8, 15, 17], "permissive", null],
    ["authoritative, 7 of 15 missing → mean of 8", [1, 3, 5, 7, 9, 11, 12], "authoritative", 4],
    ["authoritative, 8 of 15 missing → null", [1, 3, 5, 7, 9, 11, 12, 14], "authoritative", null],
    ["authoritarian, 6 of 12 missing → mean of 6", [2, 4, 6, 10, 13, 16], "authoritarian", 4],
    ["authoritarian, 7 of 12 missing → null", [2, 4, 6, 10, 13, 16, 19], "authoritarian", null],
  ])("%s", (_name, missing, scale, value) => {
    const r = scoreInstrument(
      psdq,
      answers((k) => (missing.includes(k) ? null : 4)),
    );
    expect(r.ok && r.value.subscales[scale]).toMatchObject({ value, prorated: value !== null });
    expect(r.ok && r.value.usable).toBe(value !== null);
  });
});
