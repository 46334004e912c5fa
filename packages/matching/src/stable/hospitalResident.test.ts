import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type HospitalResidentInstance, hospitalResident } from "./hospitalResident.js";

/** A matching as resident → hospital (or null), the form the oracle works in. */
type Assignment = Record<string, string | null>;

const acceptable = (x: HospitalResidentInstance, r: string, h: string) =>
  (x.residents[r] ?? []).includes(h) && (x.hospitals[h] ?? []).includes(r);

/** Blocking pairs straight from the definition (Gale & Shapley 1962; Roth 1984). */
const blockingPairs = (x: HospitalResidentInstance, m: Assignment): [string, string][] => {
  const out: [string, string][] = [];
  for (const r of Object.keys(x.residents))
    for (const h of x.residents[r] ?? []) {
      if (!acceptable(x, r, h)) continue;
      const current = m[r] ?? null;
      const prefers = current === null || (x.residents[r] ?? []).indexOf(h) < (x.residents[r] ?? []).indexOf(current);
      if (!prefers || current === h) continue;
      const members = Object.keys(m).filter((q) => m[q] === h);
      const pref = x.hospitals[h] ?? [];
      const room = members.length < (x.capacities[h] ?? 0);
      const better = members.some((q) => pref.indexOf(r) < pref.indexOf(q));
      if (room || better) out.push([r, h]);
    }
  return out;
};

/** Independent oracle: every stable matching, by enumerating every assignment of residents to acceptable hospitals. */
const allStable = (x: HospitalResidentInstance): Assignment[] => {
  const residents = Object.keys(x.residents);
  const out: Assignment[] = [];
  const m: Assignment = {};
  const load: Record<string, number> = {};
  const visit = (k: number) => {
    if (k === residents.length) {
      if (blockingPairs(x, m).length === 0) out.push({ ...m });
      return;
    }
    const r = residents[k] as string;
    m[r] = null;
    visit(k + 1);
    for (const h of x.residents[r] ?? []) {
      if (!acceptable(x, r, h) || (load[h] ?? 0) >= (x.capacities[h] ?? 0)) continue;
      m[r] = h;
      load[h] = (load[h] ?? 0) + 1;
      visit(k + 1);
      load[h] = (load[h] ?? 0) - 1;
    }
    m[r] = null;
  };
  visit(0);
  return out;
};

const toAssignment = (x: HospitalResidentInstance, matching: Record<string, string[]>): Assignment => {
  const m: Assignment = Object.fromEntries(Object.keys(x.residents).map((r) => [r, null]));
  for (const [h, list] of Object.entries(matching)) for (const r of list) m[r] = h;
  return m;
};

/** Position of a hospital in a resident's list; unmatched ranks last. */
const rankOf = (x: HospitalResidentInstance, r: string, h: string | null) =>
  h === null ? Infinity : (x.residents[r] ?? []).indexOf(h);

/** Random instances: incomplete lists, capacities 0–3, some one-sided acceptability. */
const instance = (maxResidents: number, maxHospitals: number) =>
  fc
    .record({ nr: fc.integer({ min: 0, max: maxResidents }), nh: fc.integer({ min: 1, max: maxHospitals }) })
    .chain(({ nr, nh }) => {
      const rs = Array.from({ length: nr }, (_, i) => `r${i}`);
      const hs = Array.from({ length: nh }, (_, i) => `h${i}`);
      return fc.record({
        residents: fc
          .tuple(...rs.map(() => fc.shuffledSubarray(hs)))
          .map((ls) => Object.fromEntries(rs.map((r, i) => [r, ls[i] as string[]]))),
        hospitals: fc
          .tuple(...hs.map(() => fc.shuffledSubarray(rs)))
          .map((ls) => Object.fromEntries(hs.map((h, i) => [h, ls[i] as string[]]))),
        capacities: fc
          .tuple(...hs.map(() => fc.integer({ min: 0, max: 3 })))
          .map((cs) => Object.fromEntries(hs.map((h, i) => [h, cs[i] as number]))),
      });
    });

const solve = (x: HospitalResidentInstance, optimal: "resident" | "hospital") => {
  const r = hospitalResident(x, { optimal });
  if (!r.ok) throw r.error;
  return r.value;
};

describe("hospitalResident — examples", () => {
  test("the documented example", () => {
    const r = hospitalResident({
      residents: { s1: ["museum", "lab"], s2: ["museum"], s3: ["museum", "lab"] },
      hospitals: { museum: ["s3", "s1", "s2"], lab: ["s1", "s3"] },
      capacities: { museum: 1, lab: 1 },
    });
    expect(r.ok && r.value).toEqual({ matching: { museum: ["s3"], lab: ["s1"] }, unmatched: ["s2"] });
  });

  test("the switch: residents' favourites against hospitals' favourites", () => {
    // Classic 2 × 2 with opposed preferences: two stable matchings.
    const x = {
      residents: { a: ["H", "K"], b: ["K", "H"] },
      hospitals: { H: ["b", "a"], K: ["a", "b"] },
      capacities: { H: 1, K: 1 },
    };
    expect(solve(x, "resident").matching).toEqual({ H: ["a"], K: ["b"] });
    expect(solve(x, "hospital").matching).toEqual({ H: ["b"], K: ["a"] });
  });

  test("every hospital is present, empty if nobody comes; one-sided interest never matches", () => {
    const r = solve(
      { residents: { a: ["H"] }, hospitals: { H: [], K: ["a"] }, capacities: { H: 2, K: 1 } },
      "resident",
    );
    expect(r).toEqual({ matching: { H: [], K: [] }, unmatched: ["a"] });
  });
});

describe("hospitalResident — properties", () => {
  test.each(["resident", "hospital"] as const)(
    "%s-optimal on tiny instances: stable, within capacity, and the proposers' best (others' worst) stable matching",
    (optimal) => {
      fc.assert(
        fc.property(instance(6, 3), (x) => {
          const value = solve(x, optimal);
          expect(Object.keys(value.matching)).toEqual(Object.keys(x.hospitals));
          for (const [h, list] of Object.entries(value.matching)) {
            expect(list.length).toBeLessThanOrEqual(x.capacities[h] as number);
            for (const r of list) expect(acceptable(x, r, h)).toBe(true);
            // listed in the hospital's order of preference
            const pref = x.hospitals[h] as string[];
            expect([...list].sort((a, b) => pref.indexOf(a) - pref.indexOf(b))).toEqual(list);
          }
          const m = toAssignment(x, value.matching);
          expect(value.unmatched).toEqual(Object.keys(x.residents).filter((r) => m[r] === null));
          expect(blockingPairs(x, m)).toEqual([]);
          const stable = allStable(x);
          expect(stable).toContainEqual(m);
          for (const r of Object.keys(x.residents))
            for (const other of stable) {
              if (optimal === "resident")
                expect(rankOf(x, r, m[r] ?? null)).toBeLessThanOrEqual(rankOf(x, r, other[r] ?? null));
              else expect(rankOf(x, r, m[r] ?? null)).toBeGreaterThanOrEqual(rankOf(x, r, other[r] ?? null));
            }
        }),
        { numRuns: 300 },
      );
    },
  );

  test("rural hospitals theorem on tiny instances: every stable matching matches the same residents and fills each hospital equally; an under-filled hospital gets the same residents", () => {
    fc.assert(
      fc.property(instance(6, 3), (x) => {
        const stable = allStable(x);
        const first = stable[0] as Assignment;
        const fill = (m: Assignment, h: string) =>
          Object.keys(m)
            .filter((r) => m[r] === h)
            .sort();
        for (const m of stable) {
          for (const r of Object.keys(x.residents)) expect(m[r] === null).toBe(first[r] === null);
          for (const h of Object.keys(x.hospitals)) {
            expect(fill(m, h).length).toBe(fill(first, h).length);
            if (fill(first, h).length < (x.capacities[h] as number)) expect(fill(m, h)).toEqual(fill(first, h));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("larger markets (120 residents, 12 hospitals): both switches stable, same residents matched, same fill", () => {
    fc.assert(
      fc.property(instance(120, 12), (x) => {
        const a = solve(x, "resident");
        const b = solve(x, "hospital");
        expect(blockingPairs(x, toAssignment(x, a.matching))).toEqual([]);
        expect(blockingPairs(x, toAssignment(x, b.matching))).toEqual([]);
        expect(b.unmatched).toEqual(a.unmatched);
        for (const h of Object.keys(x.hospitals)) {
          expect(b.matching[h]?.length).toBe(a.matching[h]?.length);
          if ((a.matching[h]?.length ?? 0) < (x.capacities[h] as number))
            expect([...(b.matching[h] ?? [])].sort()).toEqual([...(a.matching[h] ?? [])].sort());
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("hospitalResident — bad input is a typed ValidationError", () => {
  const ok = { residents: { a: ["H"] }, hospitals: { H: ["a"] }, capacities: { H: 1 } };
  test.each([
    ["an unknown hospital in a resident's list", { ...ok, residents: { a: ["H", "X"] } }, ["residents", "a", 1]],
    ["an unknown resident in a hospital's list", { ...ok, hospitals: { H: ["a", "z"] } }, ["hospitals", "H", 1]],
    ["a duplicate in a list", { ...ok, residents: { a: ["H", "H"] } }, ["residents", "a", 1]],
    ["a tie (nested list)", { ...ok, hospitals: { H: [["a"]] } }, ["hospitals", "H", 0]],
    ["a list that is not an array", { ...ok, residents: { a: "H" } }, ["residents", "a"]],
    ["a negative capacity", { ...ok, capacities: { H: -1 } }, ["capacities", "H"]],
    ["a fractional capacity", { ...ok, capacities: { H: 1.5 } }, ["capacities", "H"]],
    ["a missing capacity", { ...ok, capacities: {} }, ["capacities", "H"]],
    ["a capacity for an unknown hospital", { ...ok, capacities: { H: 1, X: 2 } }, ["capacities", "X"]],
    ["residents not a record", { ...ok, residents: [["H"]] }, ["residents"]],
  ])("%s", (_name, input, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = hospitalResident(input as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error.subject).toBe("hospital–resident");
    expect(r.error.issues[0]?.path).toEqual(path);
  });

  test("an unknown option is rejected", () => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = hospitalResident({ residents: {}, hospitals: {}, capacities: {} }, { optimal: "school" } as any);
    expect(!r.ok && r.error.subject).toBe("HospitalResidentOptions");
  });
});
