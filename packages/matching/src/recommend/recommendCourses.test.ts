import { EDUCATION_DIMENSION_CODES, type GeoPoint, VENUE_THEME_CODES } from "@jiaolianti/core";
import { createSampleDistrict } from "@jiaolianti/core/sample";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { RecommendContext, RecommendCourse, RecommendVenue } from "./RecommendInput.js";
import { recommendCourses } from "./recommendCourses.js";
import { RECOMMEND_EXCLUSION_CODES } from "./recommendReasons.js";

const district = (() => {
  const r = createSampleDistrict({ seed: "recommend-test", students: 500 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();

/** Independent oracle: spherical law of cosines × 1.3 detour ÷ 80 m/min (walking). */
const walkMinutes = (p: GeoPoint, q: GeoPoint): number => {
  const r = Math.PI / 180;
  const c =
    Math.sin(p.lat * r) * Math.sin(q.lat * r) +
    Math.cos(p.lat * r) * Math.cos(q.lat * r) * Math.cos((q.lng - p.lng) * r);
  return (6_371_008.8 * Math.acos(Math.min(1, c)) * 1.3) / 80;
};

const here: GeoPoint = { lat: 31.1925, lng: 121.4366, crs: "WGS84" };
const near: GeoPoint = { lat: 31.195, lng: 121.437, crs: "WGS84" }; // ≈ 4.5 min walk
const far: GeoPoint = { lat: 31.2, lng: 121.44, crs: "WGS84" }; // ≈ 14 min walk
const venue = (id: string, location: GeoPoint, more: Partial<RecommendVenue> = {}): RecommendVenue => ({
  id,
  nameZh: `场馆${id}`,
  location,
  access: { feePolicy: "free", visitMode: "appointment", freeForSchoolGroups: true },
  ...more,
});
const course = (id: string, more: Partial<RecommendCourse> = {}): RecommendCourse => ({
  id,
  nameZh: `课程${id}`,
  themes: ["science-technology"],
  dimensions: ["intellectual"],
  grades: [3, 4, 5],
  capacity: 40,
  venueId: "v-near",
  ...more,
});
const school = { id: "sch-a", location: here };

describe("recommendCourses", () => {
  test("a plan need ranks the matching course first, with its reasons in zh and en", () => {
    const r = recommendCourses(
      { studentId: "stu-7f3a9c21e0", grade: 4, school, needs: { themes: ["sports"], urgency: 2 } },
      [
        course("c-sci"),
        course("c-sport", { themes: ["sports"], dimensions: ["physical"], venueId: "v-far" }),
        course("c-young", { themes: ["sports"], grades: [1, 2] }),
      ],
      [
        venue("v-near", near),
        venue("v-far", far, {
          access: { feePolicy: "public-benefit", visitMode: "appointment", freeForSchoolGroups: false },
        }),
      ],
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.studentId).toBe("stu-7f3a9c21e0");
    expect(r.value.items.map((x) => x.courseId)).toEqual(["c-sport"]);
    expect(r.value.excluded).toEqual({ grade: 1, "no-match": 1 });
    const top = r.value.items[0];
    expect(top?.reasons.map((x) => x.code)).toEqual([
      "plan-theme",
      "grade-fits",
      "minutes-away",
      "public-benefit-opening",
      "capacity-left",
    ]);
    expect(top?.reasons[0]?.labelZh).toBe("符合成长计划的主题:体育");
    expect(top?.reasons[2]?.labelEn).toBe(`about ${Math.round(walkMinutes(here, far))} min by foot`);
    expect(top?.minutes).toBeCloseTo(walkMinutes(here, far), 5);
  });

  test("urgency puts plan courses ahead of nearer bundle courses", () => {
    const courses = [
      course("c-plan", { themes: ["sports"], dimensions: ["physical"], venueId: "v-far" }),
      course("c-bundle", { themes: ["labour-craft"], dimensions: ["labour"] }),
    ];
    const venues = [venue("v-near", near), venue("v-far", far)];
    const ranked = (urgency: 0 | 3) => {
      const r = recommendCourses(
        { grade: 4, school, needs: { themes: ["sports"], urgency }, bundle: { themes: ["labour-craft"] } },
        courses,
        venues,
      );
      if (!r.ok) throw new Error(r.error.message);
      return r.value.items.map((x) => x.courseId);
    };
    expect(ranked(3)).toEqual(["c-plan", "c-bundle"]);
    // Urgency 0 and the bundle weighted above the plan: the nearer bundle course wins
    // (0.4 + 0.2 × (1 − 4.5/15) against 0.2 + 0.2 × (1 − 14.5/15), the same free and capacity parts).
    const r = recommendCourses(
      { grade: 4, school, needs: { themes: ["sports"] }, bundle: { themes: ["labour-craft"] } },
      courses,
      venues,
      { weights: { need: 0.2, bundle: 0.4 } },
    );
    expect(r.ok && r.value.items.map((x) => x.courseId)).toEqual(["c-bundle", "c-plan"]);
  });

  test("full, closed, not bookable, exterior-only, out-of-circle and deleted courses are left out and counted", () => {
    const r = recommendCourses(
      { grade: 4, school, bundle: { dimensions: ["intellectual"] } },
      [
        course("c-ok", { venueId: undefined }),
        course("c-full"),
        course("c-closed", { venueId: "v-closed" }),
        course("c-suspended", { venueId: "v-suspended" }),
        course("c-outside", { venueId: "v-outside" }),
        course("c-exterior", { venueId: "v-exterior" }),
        course("c-deleted", { status: "tobedeleted" }),
      ],
      [
        venue("v-near", near),
        venue("v-closed", near, { closures: [{ beginDate: "2026-09-01" }] }),
        venue("v-suspended", near, { admissionStatus: "suspended" }),
        venue("v-outside", { lat: 31.25, lng: 121.5, crs: "WGS84" }),
        venue("v-exterior", near, {
          access: { feePolicy: "free", visitMode: "exterior-only", freeForSchoolGroups: true },
        }),
      ],
      { seatsTaken: { "c-full": 40, "c-ok": 15 }, asOf: "2026-10-01" },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.items.map((x) => x.courseId)).toEqual(["c-ok"]);
    expect(r.value.items[0]?.reasons.map((x) => x.labelZh)).toEqual([
      "属于家庭课程包的五育方向:智育",
      "适合 4 年级",
      "在校内开展",
      "余 25 个名额",
    ]);
    expect(r.value.excluded).toEqual({
      full: 1,
      "venue-closed": 1,
      "venue-not-bookable": 2,
      "out-of-circle": 1,
      inactive: 1,
    });
  });

  test("sample district: only reachable, grade-matching, theme-matching courses, best first (property)", () => {
    const courses = district.courses as ReadonlyArray<RecommendCourse>;
    const venues = district.venues as ReadonlyArray<RecommendVenue>;
    const byVenue = new Map(venues.map((v) => [v.id, v]));
    let withItems = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...district.schools),
        fc.integer({ min: 1, max: 12 }),
        fc.uniqueArray(fc.constantFrom(...VENUE_THEME_CODES), { maxLength: 3 }),
        fc.uniqueArray(fc.constantFrom(...EDUCATION_DIMENSION_CODES), { maxLength: 2 }),
        fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>,
        fc.constantFrom(10, 15, 25),
        (s, grade, themes, dimensions, urgency, minutes) => {
          fc.pre(themes.length + dimensions.length > 0);
          const r = recommendCourses({ grade, school: s, needs: { themes, dimensions, urgency } }, courses, venues, {
            minutes,
            limit: 1_000,
          });
          if (!r.ok) throw new Error(r.error.message);
          const total = Object.values(r.value.excluded).reduce((n, k) => n + (k ?? 0), 0);
          expect(total + r.value.eligible).toBe(courses.length);
          for (const k of Object.keys(r.value.excluded)) expect(RECOMMEND_EXCLUSION_CODES).toContain(k);
          // Brute force: what should be eligible.
          const expected = courses.filter((c) => {
            const v = c.venueId === undefined ? undefined : byVenue.get(c.venueId);
            const bookable = v === undefined || v.admissionStatus === "admitted" || v.admissionStatus === "conditional";
            const open = v?.access?.visitMode !== "exterior-only";
            const reach = v === undefined || walkMinutes(s.location, v.location) <= minutes;
            const match = c.themes.some((t) => themes.includes(t)) || c.dimensions.some((d) => dimensions.includes(d));
            return c.grades.includes(grade) && match && bookable && open && reach;
          });
          expect(r.value.items.map((x) => x.courseId).sort()).toEqual(expected.map((c) => c.id).sort());
          if (r.value.items.length > 0) withItems++;
          for (let i = 0; i < r.value.items.length; i++) {
            const x = r.value.items[i];
            expect(x?.rank).toBe(i + 1);
            if (i > 0) expect(x?.score).toBeLessThanOrEqual(r.value.items[i - 1]?.score as number);
            expect(x?.reasons.every((y) => y.labelZh.length > 0 && y.labelEn.length > 0)).toBe(true);
            expect(x?.reasons.some((y) => y.code === "grade-fits" && y.value === grade)).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(withItems).toBeGreaterThan(30); // not vacuous: many runs do recommend something
  });
});

describe("recommendCourses rejects bad input", () => {
  const ok: RecommendContext = { grade: 4, school, needs: { themes: ["sports"] } };
  test.each([
    ["no needs and no bundle", { grade: 4, school }, ["context", "needs"]],
    ["no grade", { school, needs: { themes: ["sports"] } }, ["context", "grade"]],
    ["a name as student id", { ...ok, studentId: "张 三" }, ["context", "studentId"]],
    [
      "NaN latitude",
      { ...ok, school: { id: "sch-a", location: { lat: Number.NaN, lng: 121.4, crs: "WGS84" } } },
      ["context", "school", "location", "lat"],
    ],
    ["unknown theme", { ...ok, needs: { themes: ["astrology"] } }, ["context", "needs", "themes", 0]],
  ])("%s → ValidationError", (_name, context, path) => {
    const r = recommendCourses(context as never, [course("c1")], [venue("v-near", near)]);
    expect(!r.ok && r.error._tag).toBe("ValidationError");
    if (r.ok || r.error._tag !== "ValidationError") return;
    expect(r.error.issues.map((i) => i.path)).toContainEqual(path);
  });

  test("bad options, duplicate ids, too many seats taken → ValidationError", () => {
    const tag = (x: ReturnType<typeof recommendCourses>) => !x.ok && x.error._tag;
    expect(tag(recommendCourses(ok, [course("c1")], [venue("v-near", near)], { mode: "car" } as never))).toBe(
      "ValidationError",
    );
    expect(tag(recommendCourses(ok, [course("c1"), course("c1")], [venue("v-near", near)]))).toBe("ValidationError");
    expect(tag(recommendCourses(ok, [course("c1")], [venue("v-near", near)], { seatsTaken: { c1: 41 } }))).toBe(
      "ValidationError",
    );
  });

  test("unknown references → UnknownReferenceError", () => {
    const a = recommendCourses(ok, [course("c1", { venueId: "v-missing" })], [venue("v-near", near)]);
    expect(!a.ok && a.error).toMatchObject({ _tag: "UnknownReferenceError", targetId: "v-missing" });
    const b = recommendCourses(ok, [course("c1")], [venue("v-near", near)], { seatsTaken: { nope: 1 } });
    expect(!b.ok && b.error).toMatchObject({ _tag: "UnknownReferenceError", targetId: "nope" });
  });
});
