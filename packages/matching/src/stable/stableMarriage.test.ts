import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type MarriageInstance, stableMarriage } from "./stableMarriage.js";

type Matching = Record<string, string | null>;

const mutual = (x: MarriageInstance, s: string, r: string) =>
  (x.suitors[s] ?? []).includes(r) && (x.reviewers[r] ?? []).includes(s);

/** Does `a` prefer `b` to `c` (null = single, the worst acceptable outcome)? */
const prefers = (list: ReadonlyArray<string>, b: string, c: string | null) =>
  c === null || list.indexOf(b) < list.indexOf(c);

/** Blocking pairs straight from the definition (Gale & Shapley 1962). */
const blockingPairs = (x: MarriageInstance, m: Matching) => {
  const husband: Record<string, string> = {};
  for (const [s, r] of Object.entries(m)) if (r !== null) husband[r] = s;
  const out: [string, string][] = [];
  for (const s of Object.keys(x.suitors))
    for (const r of x.suitors[s] ?? [])
      if (
        mutual(x, s, r) &&
        m[s] !== r &&
        prefers(x.suitors[s] ?? [], r, m[s] ?? null) &&
        prefers(x.reviewers[r] ?? [], s, husband[r] ?? null)
      )
        out.push([s, r]);
  return out;
};

/** Independent oracle: every stable matching, by enumeration. */
const allStable = (x: MarriageInstance): Matching[] => {
  const suitors = Object.keys(x.suitors);
  const out: Matching[] = [];
  const m: Matching = {};
  const taken = new Set<string>();
  const visit = (k: number) => {
    if (k === suitors.length) {
      if (blockingPairs(x, m).length === 0) out.push({ ...m });
      return;
    }
    const s = suitors[k] as string;
    m[s] = null;
    visit(k + 1);
    for (const r of x.suitors[s] ?? []) {
      if (!mutual(x, s, r) || taken.has(r)) continue;
      m[s] = r;
      taken.add(r);
      visit(k + 1);
      taken.delete(r);
    }
    m[s] = null;
  };
  visit(0);
  return out;
};

const rank = (list: ReadonlyArray<string>, r: string | null | undefined) => (r == null ? Infinity : list.indexOf(r));

const instance = (max: number) =>
  fc.record({ ns: fc.integer({ min: 0, max }), nr: fc.integer({ min: 0, max }) }).chain(({ ns, nr }) => {
    const ss = Array.from({ length: ns }, (_, i) => `s${i}`);
    const rs = Array.from({ length: nr }, (_, i) => `r${i}`);
    return fc.record({
      suitors: fc
        .tuple(...ss.map(() => fc.shuffledSubarray(rs)))
        .map((ls) => Object.fromEntries(ss.map((s, i) => [s, ls[i] as string[]]))),
      reviewers: fc
        .tuple(...rs.map(() => fc.shuffledSubarray(ss)))
        .map((ls) => Object.fromEntries(rs.map((r, i) => [r, ls[i] as string[]]))),
    });
  });

describe("stableMarriage", () => {
  test("the documented example", () => {
    const r = stableMarriage({
      suitors: { ana: ["li", "mo"], ben: ["li", "mo"], cai: ["mo"] },
      reviewers: { li: ["ben", "ana"], mo: ["ana", "ben", "cai"] },
    });
    expect(r.ok && r.value).toEqual({ ana: "mo", ben: "li", cai: null });
  });

  test("Gale & Shapley's 3 × 3 example with three stable matchings: each side's optimum", () => {
    // Gale & Shapley 1962, example 2: a cyclic instance where suitors' and reviewers' optima differ.
    const x = {
      suitors: { a: ["A", "B", "C"], b: ["B", "C", "A"], c: ["C", "A", "B"] },
      reviewers: { A: ["b", "c", "a"], B: ["c", "a", "b"], C: ["a", "b", "c"] },
    };
    expect(stableMarriage(x)).toEqual({ ok: true, value: { a: "A", b: "B", c: "C" } });
    expect(stableMarriage(x, { optimal: "reviewer" })).toEqual({ ok: true, value: { a: "C", b: "A", c: "B" } });
  });

  test.each(["suitor", "reviewer"] as const)(
    "%s-optimal on tiny instances: stable, and the best stable partner for that side (the worst for the other)",
    (optimal) => {
      fc.assert(
        fc.property(instance(5), (x) => {
          const r = stableMarriage(x, { optimal });
          if (!r.ok) throw r.error;
          const m = r.value;
          expect(Object.keys(m)).toEqual(Object.keys(x.suitors));
          const partners = Object.values(m).filter((v) => v !== null);
          expect(new Set(partners).size).toBe(partners.length);
          for (const [s, v] of Object.entries(m)) if (v !== null) expect(mutual(x, s, v)).toBe(true);
          expect(blockingPairs(x, m)).toEqual([]);
          const stable = allStable(x);
          expect(stable).toContainEqual(m);
          for (const other of stable)
            for (const s of Object.keys(x.suitors)) {
              const mine = rank(x.suitors[s] ?? [], m[s]);
              const theirs = rank(x.suitors[s] ?? [], other[s]);
              if (optimal === "suitor") expect(mine).toBeLessThanOrEqual(theirs);
              else expect(mine).toBeGreaterThanOrEqual(theirs);
            }
          // Rural hospitals theorem for marriage: the same people are matched in every stable matching.
          for (const other of stable)
            for (const s of Object.keys(x.suitors)) expect(other[s] === null).toBe(m[s] === null);
        }),
        { numRuns: 400 },
      );
    },
  );

  test.each([
    ["an unknown reviewer", { suitors: { a: ["X"] }, reviewers: {} }, ["suitors", "a", 0]],
    ["an unknown suitor", { suitors: { a: [] }, reviewers: { A: ["a", "b"] } }, ["reviewers", "A", 1]],
    ["a duplicate", { suitors: { a: ["A", "A"] }, reviewers: { A: [] } }, ["suitors", "a", 1]],
    ["a tie", { suitors: { a: [["A", "B"]] }, reviewers: { A: [], B: [] } }, ["suitors", "a", 0]],
    ["a number instead of an id", { suitors: { a: [1] }, reviewers: {} }, ["suitors", "a", 0]],
    ["no reviewers", { suitors: {} }, ["reviewers"]],
  ])("rejects %s with a typed ValidationError", (_name, input, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = stableMarriage(input as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error.subject).toBe("stable marriage");
    expect(r.error.issues[0]?.path).toEqual(path);
  });

  test("ties are named in the message", () => {
    const r = stableMarriage({ suitors: { a: [["A", "B"]] }, reviewers: { A: [], B: [] } } as never);
    expect(!r.ok && r.error.message).toMatch(/Ties .* not supported/);
  });
});
