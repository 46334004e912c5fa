import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type SpaInstance, studentProjectAllocation } from "./studentProjectAllocation.js";

type Assignment = Record<string, string | null>;

const lecturerOf = (x: SpaInstance, p: string) => (x.projects[p] as { lecturer: string }).lecturer;
const ranking = (x: SpaInstance, l: string) => x.lecturers[l]?.preferences ?? [];
const acceptable = (x: SpaInstance, s: string, p: string) =>
  (x.students[s] ?? []).includes(p) && ranking(x, lecturerOf(x, p)).includes(s);

/**
 * Blocking pairs by the definition of Abraham, Irving & Manlove (2007, §2): (s, p) with p of lecturer l, acceptable,
 * s unassigned or preferring p, and (a) p and l under-subscribed, or (b) p under-subscribed, l full, and s ∈ M(l) or l
 * prefers s to its worst student, or (c) p full and l prefers s to the worst student of p.
 */
const blockingPairs = (x: SpaInstance, m: Assignment): [string, string][] => {
  const out: [string, string][] = [];
  for (const s of Object.keys(x.students))
    for (const p of x.students[s] ?? []) {
      if (!acceptable(x, s, p) || m[s] === p) continue;
      const current = m[s] ?? null;
      const list = x.students[s] ?? [];
      if (current !== null && list.indexOf(current) < list.indexOf(p)) continue;
      const l = lecturerOf(x, p);
      const order = ranking(x, l);
      const onP = Object.keys(m).filter((t) => m[t] === p);
      const onL = Object.keys(m).filter((t) => m[t] !== null && lecturerOf(x, m[t] as string) === l);
      const worst = (group: string[]) => Math.max(...group.map((t) => order.indexOf(t)));
      const pFull = onP.length >= (x.projects[p]?.capacity ?? 0);
      const lFull = onL.length >= (x.lecturers[l]?.capacity ?? 0);
      const rank = order.indexOf(s);
      const a = !pFull && !lFull;
      const b = !pFull && lFull && (onL.includes(s) || rank < worst(onL));
      const c = pFull && onP.length > 0 && rank < worst(onP);
      if (a || b || c) out.push([s, p]);
    }
  return out;
};

/** Independent oracle: every stable allocation, by enumerating assignments within both levels of capacity. */
const allStable = (x: SpaInstance): Assignment[] => {
  const students = Object.keys(x.students);
  const out: Assignment[] = [];
  const m: Assignment = {};
  const pLoad: Record<string, number> = {};
  const lLoad: Record<string, number> = {};
  const visit = (k: number) => {
    if (k === students.length) {
      if (blockingPairs(x, m).length === 0) out.push({ ...m });
      return;
    }
    const s = students[k] as string;
    m[s] = null;
    visit(k + 1);
    for (const p of x.students[s] ?? []) {
      const l = lecturerOf(x, p);
      if (!acceptable(x, s, p)) continue;
      if ((pLoad[p] ?? 0) >= (x.projects[p]?.capacity ?? 0) || (lLoad[l] ?? 0) >= (x.lecturers[l]?.capacity ?? 0))
        continue;
      m[s] = p;
      pLoad[p] = (pLoad[p] ?? 0) + 1;
      lLoad[l] = (lLoad[l] ?? 0) + 1;
      visit(k + 1);
      pLoad[p] = (pLoad[p] ?? 0) - 1;
      lLoad[l] = (lLoad[l] ?? 0) - 1;
    }
    m[s] = null;
  };
  visit(0);
  return out;
};

const instance = (maxStudents: number, maxProjects: number, maxLecturers: number) =>
  fc
    .record({
      ns: fc.integer({ min: 0, max: maxStudents }),
      np: fc.integer({ min: 1, max: maxProjects }),
      nl: fc.integer({ min: 1, max: maxLecturers }),
    })
    .chain(({ ns, np, nl }) => {
      const ss = Array.from({ length: ns }, (_, i) => `s${i}`);
      const ps = Array.from({ length: np }, (_, i) => `p${i}`);
      const ls = Array.from({ length: nl }, (_, i) => `l${i}`);
      return fc.record({
        students: fc
          .tuple(...ss.map(() => fc.shuffledSubarray(ps)))
          .map((v) => Object.fromEntries(ss.map((s, i) => [s, v[i] as string[]]))),
        projects: fc
          .tuple(
            ...ps.map(() => fc.record({ lecturer: fc.constantFrom(...ls), capacity: fc.integer({ min: 0, max: 3 }) })),
          )
          .map((v) => Object.fromEntries(ps.map((p, i) => [p, v[i] as { lecturer: string; capacity: number }]))),
        lecturers: fc
          .tuple(
            ...ls.map(() =>
              fc.record({ capacity: fc.integer({ min: 0, max: 4 }), preferences: fc.shuffledSubarray(ss) }),
            ),
          )
          .map((v) => Object.fromEntries(ls.map((l, i) => [l, v[i] as { capacity: number; preferences: string[] }]))),
      });
    });

const solve = (x: SpaInstance) => {
  const r = studentProjectAllocation(x);
  if (!r.ok) throw r.error;
  return r.value;
};

describe("studentProjectAllocation", () => {
  test("the documented example: the venue's capacity binds before the course's", () => {
    const r = studentProjectAllocation({
      students: { s1: ["robotics", "pottery"], s2: ["robotics"], s3: ["robotics", "pottery"] },
      projects: { robotics: { lecturer: "museum", capacity: 2 }, pottery: { lecturer: "museum", capacity: 2 } },
      lecturers: { museum: { capacity: 2, preferences: ["s3", "s1", "s2"] } },
    });
    expect(r.ok && r.value).toEqual({
      matching: { robotics: ["s3", "s1"], pottery: [] },
      assignment: { s1: "robotics", s2: null, s3: "robotics" },
      unmatched: ["s2"],
    });
  });

  test("tiny instances: stable (Abraham–Irving–Manlove definition), within both capacities, student-optimal", () => {
    fc.assert(
      fc.property(instance(5, 4, 2), (x) => {
        const v = solve(x);
        const m = v.assignment;
        expect(Object.keys(v.matching)).toEqual(Object.keys(x.projects));
        for (const [p, list] of Object.entries(v.matching)) {
          expect(list.length).toBeLessThanOrEqual(x.projects[p]?.capacity as number);
          for (const s of list) expect(m[s]).toBe(p);
        }
        for (const l of Object.keys(x.lecturers)) {
          const n = Object.values(m).filter((p) => p !== null && lecturerOf(x, p) === l).length;
          expect(n).toBeLessThanOrEqual(x.lecturers[l]?.capacity as number);
        }
        for (const [s, p] of Object.entries(m)) if (p !== null) expect(acceptable(x, s, p)).toBe(true);
        expect(v.unmatched).toEqual(Object.keys(x.students).filter((s) => m[s] === null));
        expect(blockingPairs(x, m)).toEqual([]);
        const stable = allStable(x);
        expect(stable).toContainEqual(m);
        const rank = (s: string, p: string | null) => (p === null ? Infinity : (x.students[s] ?? []).indexOf(p));
        for (const other of stable)
          for (const s of Object.keys(x.students))
            expect(rank(s, m[s] ?? null)).toBeLessThanOrEqual(rank(s, other[s] ?? null));
      }),
      { numRuns: 400 },
    );
  });

  test("Abraham–Irving–Manlove Theorem 2 on tiny instances: same unassigned students and same lecturer loads in every stable allocation; an under-subscribed lecturer's projects keep their loads", () => {
    fc.assert(
      fc.property(instance(5, 4, 2), (x) => {
        const stable = allStable(x);
        const first = stable[0] as Assignment;
        const lecturerLoad = (m: Assignment, l: string) =>
          Object.values(m).filter((p) => p !== null && lecturerOf(x, p) === l).length;
        const projectLoad = (m: Assignment, p: string) => Object.values(m).filter((q) => q === p).length;
        for (const m of stable) {
          for (const s of Object.keys(x.students)) expect(m[s] === null).toBe(first[s] === null);
          for (const l of Object.keys(x.lecturers)) expect(lecturerLoad(m, l)).toBe(lecturerLoad(first, l));
          for (const p of Object.keys(x.projects)) {
            const l = lecturerOf(x, p);
            if (lecturerLoad(first, l) < (x.lecturers[l]?.capacity as number))
              expect(projectLoad(m, p)).toBe(projectLoad(first, p));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("larger instances (150 students, 20 courses, 6 venues): stable and within capacity", () => {
    fc.assert(
      fc.property(instance(150, 20, 6), (x) => {
        const v = solve(x);
        expect(blockingPairs(x, v.assignment)).toEqual([]);
        for (const l of Object.keys(x.lecturers)) {
          const n = Object.values(v.assignment).filter((p) => p !== null && lecturerOf(x, p) === l).length;
          expect(n).toBeLessThanOrEqual(x.lecturers[l]?.capacity as number);
        }
      }),
      { numRuns: 30 },
    );
  });

  const base = {
    students: { a: ["P"] },
    projects: { P: { lecturer: "L", capacity: 1 } },
    lecturers: { L: { capacity: 1, preferences: ["a"] } },
  };
  test.each([
    ["an unknown project in a student's list", { ...base, students: { a: ["P", "Q"] } }, ["students", "a", 1]],
    [
      "an unknown student in a lecturer's list",
      { ...base, lecturers: { L: { capacity: 1, preferences: ["a", "z"] } } },
      ["lecturers", "L", 1],
    ],
    [
      "a project of an unknown lecturer",
      { ...base, projects: { P: { lecturer: "M", capacity: 1 } } },
      ["projects", "P", "lecturer"],
    ],
    [
      "a negative project capacity",
      { ...base, projects: { P: { lecturer: "L", capacity: -1 } } },
      ["projects", "P", "capacity"],
    ],
    [
      "a fractional lecturer capacity",
      { ...base, lecturers: { L: { capacity: 0.5, preferences: ["a"] } } },
      ["lecturers", "L", "capacity"],
    ],
    [
      "a duplicate in a lecturer's list",
      { ...base, lecturers: { L: { capacity: 1, preferences: ["a", "a"] } } },
      ["lecturers", "L", 1],
    ],
    ["a tie in a student's list", { ...base, students: { a: [["P"]] } }, ["students", "a", 0]],
    ["no projects record", { ...base, projects: undefined }, ["projects"]],
  ])("rejects %s with a typed ValidationError", (_name, input, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    const r = studentProjectAllocation(input as any);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error.subject).toBe("student–project allocation");
    expect(r.error.issues[0]?.path).toEqual(path);
  });
});
