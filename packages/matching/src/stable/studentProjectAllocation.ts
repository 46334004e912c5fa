import { type Result, type ValidationError, validationError } from "@jiaolianti/core";
import { checkPreferences, Issues, idsOf } from "./checkPreferences.js";
import { spaStudent } from "./spaStudent.js";

/** A project (a course, a session) with its own capacity, offered by one lecturer (a venue, a coach). */
export interface SpaProject {
  readonly lecturer: string;
  /** Places on the project (non-negative integer). */
  readonly capacity: number;
}

/** A lecturer (a venue, a coach): total places over all their projects, and their ranking of students. */
export interface SpaLecturer {
  /** Places over all the lecturer's projects together (non-negative integer). */
  readonly capacity: number;
  /** Students in order of preference (priority), best first. */
  readonly preferences: ReadonlyArray<string>;
}

/** A student–project allocation instance. */
export interface SpaInstance {
  /** Student → projects in order of preference, best first. */
  readonly students: Readonly<Record<string, ReadonlyArray<string>>>;
  readonly projects: Readonly<Record<string, SpaProject>>;
  readonly lecturers: Readonly<Record<string, SpaLecturer>>;
}

/** The student-optimal stable allocation found by {@link studentProjectAllocation}. */
export interface SpaMatching {
  /** Every project → its students, in the lecturer's order of preference (empty if none). */
  readonly matching: Record<string, string[]>;
  /** Every student → their project, `null` if unassigned. */
  readonly assignment: Record<string, string | null>;
  /** Students left unassigned, in input order. */
  readonly unmatched: string[];
}

/**
 * Student–project allocation with two levels of capacity — courses with their own places inside a venue (or coach)
 * with a total capacity — returning the **student-optimal stable** allocation: each student gets the best project
 * they have in any stable allocation. Students rank projects; each lecturer (venue) ranks students once for all
 * their projects. A student and a project can only be matched if the student lists the project **and** its
 * lecturer lists the student; ties are not supported.
 *
 * Stability is that of Abraham, Irving & Manlove (2007): no student `s` and project `p` of lecturer `l` such that `s`
 * is unassigned or prefers `p`, and (a) `p` and `l` both have room; or (b) `p` has room, `l` is full, and `s` is
 * already with `l` or `l` prefers `s` to its worst student; or (c) `p` is full and `l` prefers `s` to the worst student
 * on `p`. Algorithm SPA-student of Abraham, Irving & Manlove 2007, "Two algorithms for the Student-Project Allocation
 * problem", J. Discrete Algorithms 5(1):73–90 (linear in the size of the instance, up to heap logarithms). In every
 * stable allocation each lecturer gets the same number of students and the same students are unassigned (ibid.,
 * Theorem 2).
 *
 * Rejects (typed {@link ValidationError}, subject `"student–project allocation"`) unknown ids (a project of an
 * unknown lecturer, an unknown project or student in a list), an id listed twice, ties, and capacities that are not
 * non-negative integers.
 *
 * @example
 * ```ts
 * import { studentProjectAllocation } from "@jiaolianti/matching";
 * const r = studentProjectAllocation({
 *   students: { s1: ["robotics", "pottery"], s2: ["robotics"], s3: ["robotics", "pottery"] },
 *   projects: { robotics: { lecturer: "museum", capacity: 2 }, pottery: { lecturer: "museum", capacity: 2 } },
 *   lecturers: { museum: { capacity: 2, preferences: ["s3", "s1", "s2"] } },
 * });
 * if (r.ok) console.log(r.value.assignment); // { s1: "robotics", s2: null, s3: "robotics" }
 * ```
 */
export const studentProjectAllocation = (instance: SpaInstance): Result<SpaMatching, ValidationError> => {
  const subject = "student–project allocation";
  const issues = new Issues();
  const raw = (typeof instance === "object" && instance !== null ? instance : {}) as Partial<SpaInstance>;
  const studentIds = idsOf(raw.students, "students", issues);
  const projectIds = idsOf(raw.projects, "projects", issues);
  const lecturerIds = idsOf(raw.lecturers, "lecturers", issues);
  if (studentIds === null || projectIds === null || lecturerIds === null)
    return { ok: false, error: validationError(subject, issues.list) };
  const lecturerIndex = new Map(lecturerIds.map((id, k) => [id, k]));
  const students = checkPreferences(
    raw.students,
    "students",
    (v) => v,
    new Map(projectIds.map((id, k) => [id, k])),
    "project",
    issues,
  );
  const lecturers = checkPreferences(
    raw.lecturers,
    "lecturers",
    (v) => (typeof v === "object" && v !== null ? (v as Partial<SpaLecturer>).preferences : undefined),
    new Map(studentIds.map((id, k) => [id, k])),
    "student",
    issues,
  );
  const isCapacity = (c: unknown): c is number => typeof c === "number" && Number.isInteger(c) && c >= 0 && c < 2 ** 31;
  const lecturerOf = new Int32Array(projectIds.length);
  const projectCapacity = new Int32Array(projectIds.length);
  const projectsIn = raw.projects as Record<string, unknown>;
  projectIds.forEach((id, p) => {
    const v = projectsIn[id] as Partial<SpaProject> | null;
    if (typeof v !== "object" || v === null) {
      issues.add(["projects", id], "Expected { lecturer, capacity }");
      return;
    }
    const l = typeof v.lecturer === "string" ? lecturerIndex.get(v.lecturer) : undefined;
    if (l === undefined) issues.add(["projects", id, "lecturer"], `Unknown lecturer ${JSON.stringify(v.lecturer)}`);
    else lecturerOf[p] = l;
    if (!isCapacity(v.capacity))
      issues.add(["projects", id, "capacity"], `${String(v.capacity)} is not a capacity (a non-negative integer)`);
    else projectCapacity[p] = v.capacity;
  });
  const lecturerCapacity = new Int32Array(lecturerIds.length);
  const lecturersIn = raw.lecturers as Record<string, unknown>;
  lecturerIds.forEach((id, l) => {
    const c = (lecturersIn[id] as Partial<SpaLecturer> | null)?.capacity;
    if (!isCapacity(c))
      issues.add(["lecturers", id, "capacity"], `${String(c)} is not a capacity (a non-negative integer)`);
    else lecturerCapacity[l] = c;
  });
  if (students === null || lecturers === null || issues.any)
    return { ok: false, error: validationError(subject, issues.list) };

  const ranking = lecturers.lists.map((list) => Int32Array.from(list));
  const rank = ranking.map((list) => new Map(Array.from(list, (s, k) => [s, k])));
  // Mutually acceptable pairs on places that exist: the lecturer ranks the student, both capacities are positive.
  const lists = students.lists.map((list, s) =>
    Int32Array.from(
      list.filter((p) => {
        const l = lecturerOf[p] as number;
        return (
          (rank[l] as Map<number, number>).has(s) &&
          (projectCapacity[p] as number) > 0 &&
          (lecturerCapacity[l] as number) > 0
        );
      }),
    ),
  );
  const assigned = spaStudent({ lists, lecturerOf, projectCapacity, lecturerCapacity, ranking, rank });

  const members: number[][] = projectIds.map(() => []);
  assigned.forEach((p, s) => {
    if (p >= 0) members[p]?.push(s);
  });
  const matching = Object.fromEntries(
    projectIds.map((id, p) => {
      const r = rank[lecturerOf[p] as number] as Map<number, number>;
      const list = (members[p] as number[]).sort((a, b) => (r.get(a) as number) - (r.get(b) as number));
      return [id, list.map((s) => studentIds[s] as string)];
    }),
  );
  const assignment = Object.fromEntries(
    studentIds.map((id, s) => [id, (assigned[s] as number) < 0 ? null : (projectIds[assigned[s] as number] as string)]),
  );
  return {
    ok: true,
    value: { matching, assignment, unmatched: studentIds.filter((_, s) => (assigned[s] as number) < 0) },
  };
};
