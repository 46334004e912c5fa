import {
  err,
  ok,
  type Result,
  type UnknownReferenceError,
  type ValidationError,
  type ValidationIssue,
  validationError,
  venueAdmissionStatuses,
} from "@jiaolianti/core";
import type { z } from "zod";
import { checkRecords, unknownReference } from "../schedule/checkRecords.js";
import { withinMinutes } from "../travel/withinMinutes.js";
import { RecommendContext, RecommendCourse, RecommendVenue } from "./RecommendInput.js";
import { RecommendOptions } from "./RecommendOptions.js";
import { type RecommendationReason, type RecommendExclusionCode, reason } from "./recommendReasons.js";

/** One weighted part of a recommendation's score. */
export interface ScoreComponent {
  /** In [0, 1]. */
  readonly value: number;
  readonly weight: number;
  /** `value × weight`. */
  readonly contribution: number;
}

/** A recommended course: rank, score with its parts, travel and the reasons. */
export interface CourseRecommendation {
  readonly rank: number;
  readonly courseId: string;
  readonly courseNameZh: string;
  readonly courseNameEn?: string;
  /** Absent = held at school. */
  readonly venueId?: string;
  readonly venueNameZh?: string;
  readonly venueNameEn?: string;
  /** Estimated one-way minutes from the school (0 at school), by the embedded travel model. */
  readonly minutes: number;
  /** Σ of the components' contributions. */
  readonly score: number;
  readonly components: {
    readonly need: ScoreComponent;
    readonly bundle: ScoreComponent;
    readonly proximity: ScoreComponent;
    readonly free: ScoreComponent;
    readonly capacity: ScoreComponent;
  };
  /** Places left (`capacity − seatsTaken`). */
  readonly placesLeft: number;
  readonly reasons: ReadonlyArray<RecommendationReason>;
}

/** The result of {@link recommendCourses}. */
export interface CourseRecommendations {
  /** Pseudonymous ids of whom it is for, echoed from the context. */
  readonly studentId?: string;
  readonly familyId?: string;
  /** Best first (score, then fewer minutes, then course id); at most `limit`. */
  readonly items: ReadonlyArray<CourseRecommendation>;
  /** Courses left out, by reason (a course counts once, at the first reason in `RECOMMEND_EXCLUSION_CODES` order). */
  readonly excluded: Readonly<Partial<Record<RecommendExclusionCode, number>>>;
  /** Courses that passed every filter (before `limit`). */
  readonly eligible: number;
}

const overlap = <T>(a: ReadonlyArray<T>, b: ReadonlyArray<T>): T[] => a.filter((x) => b.includes(x));
const share = (matched: number, of: number): number => (of === 0 ? 0 : matched / of);
const component = (value: number, weight: number): ScoreComponent => ({ value, weight, contribution: value * weight });

/**
 * Recommends courses for a student's growth-plan needs (themes, 五育 dimensions, urgency — what the scoring package's
 * plans emit) and/or a family type's bundle (themes and dimensions), **within the school's practice circle** (15
 * minutes on foot by default, the embedded travel model: `withinMinutes`), each with its reasons in zh-CN and en.
 *
 * A course is kept when it is active, suits the student's grade, matches at least one wanted theme or dimension, runs
 * at school or at a bookable (admitted or conditional), open (on `asOf`) venue inside the circle, and has places
 * left; every course left out is counted by reason. Ranking is a transparent weighted sum, each part in [0, 1]:
 * share of plan themes and dimensions matched (weight × (1 + urgency)), share of the bundle matched, nearness
 * `1 − minutes / limit`, free opening (free or free for school groups 1, public-benefit 0.5, paid 0, at school 1) and
 * share of places left (weights `DEFAULT_RECOMMEND_WEIGHTS`, our rule, overridable with `options.weights`). Ties: fewer minutes, then course id.
 *
 * Fails with a `ValidationError` for bad input (every issue at its path) and an `UnknownReferenceError` for a course
 * whose venue, or a `seatsTaken` entry whose course, is not given.
 *
 * Source: 徐汇区“教联体”行动方案(2025—2027)三(四)3 (学校15分钟校外实践育人圈), 三(六)3 (场馆免费或公益开放), 二(三) (五育融合课程).
 *
 * @example
 * ```ts
 * import { recommendCourses } from "@jiaolianti/matching";
 * const r = recommendCourses(
 *   { studentId: "stu-7f3a9c21e0", grade: 4, needs: { themes: ["science-technology"], urgency: 1 },
 *     school: { id: "sch-a", location: { lat: 31.1925, lng: 121.4366, crs: "WGS84" } } },
 *   [{ id: "course-stars", nameZh: "认识星空", themes: ["science-technology"], dimensions: ["intellectual"],
 *      grades: [3, 4, 5], capacity: 40, venueId: "v1" }],
 *   [{ id: "v1", nameZh: "示例科技馆", location: { lat: 31.1950, lng: 121.4370, crs: "WGS84" },
 *      access: { feePolicy: "free", visitMode: "appointment", freeForSchoolGroups: true } }],
 * );
 * if (r.ok) console.log(r.value.items[0]?.reasons.map((x) => x.labelZh));
 * ```
 */
export const recommendCourses = (
  context: RecommendContext,
  courses: ReadonlyArray<RecommendCourse>,
  venues: ReadonlyArray<RecommendVenue>,
  options: RecommendOptions = {},
): Result<CourseRecommendations, ValidationError | UnknownReferenceError> => {
  const issues: ValidationIssue[] = [];
  const ctx = RecommendContext.safeParse(context);
  if (!ctx.success) for (const i of ctx.error.issues) issues.push({ path: ["context", ...i.path], message: i.message });
  const opts = RecommendOptions.safeParse(options);
  if (!opts.success)
    for (const i of opts.error.issues) issues.push({ path: ["options", ...i.path], message: i.message });
  const cs = checkRecords(courses, RecommendCourse, ["courses"], issues, 100_000);
  const vs = checkRecords(venues, RecommendVenue, ["venues"], issues, 100_000);
  if (!ctx.success || !opts.success || !cs || !vs || issues.length > 0)
    return err(validationError("recommendCourses", issues));
  const c = ctx.data;
  const o = opts.data;

  const venueById = new Map(vs.map((v) => [v.id as string, v]));
  const courseById = new Map(cs.map((x) => [x.id as string, x]));
  for (const x of cs)
    if (x.venueId !== undefined && !venueById.has(x.venueId))
      return err(unknownReference("RecommendCourse", x.id, ["venueId"], "RecommendVenue", x.venueId));
  for (const [id, taken] of Object.entries(o.seatsTaken)) {
    const course = courseById.get(id);
    if (!course)
      return err(unknownReference("RecommendOptions", "seatsTaken", ["seatsTaken", id], "RecommendCourse", id));
    if (taken > course.capacity)
      return err(
        validationError("recommendCourses", [
          {
            path: ["options", "seatsTaken", id],
            message: `${taken} seats taken exceed the capacity ${course.capacity}`,
          },
        ]),
      );
  }
  const reachable = new Map(withinMinutes(c.school.location, vs, o).map((r) => [r.place.id as string, r.minutes]));

  const grades = c.grade !== undefined ? [c.grade] : (c.needs?.grades ?? []);
  const needs = c.needs;
  const bundle = c.bundle;
  const urgency = needs?.urgency ?? 0;
  const excluded: Partial<Record<RecommendExclusionCode, number>> = {};
  const drop = (code: RecommendExclusionCode): void => {
    excluded[code] = (excluded[code] ?? 0) + 1;
  };
  const kept: Array<Omit<CourseRecommendation, "rank">> = [];
  for (const x of cs) {
    const venue = x.venueId === undefined ? undefined : (venueById.get(x.venueId) as z.output<typeof RecommendVenue>);
    const fit = grades.filter((g) => x.grades.includes(g));
    const planThemes = overlap(x.themes, needs?.themes ?? []);
    const planDims = overlap(x.dimensions, needs?.dimensions ?? []);
    const bundleThemes = overlap(x.themes, bundle?.themes ?? []);
    const bundleDims = overlap(x.dimensions, bundle?.dimensions ?? []);
    const left = x.capacity - (o.seatsTaken[x.id] ?? 0);
    const minutes = venue === undefined ? 0 : reachable.get(venue.id);
    if (x.status === "tobedeleted" || venue?.status === "tobedeleted") drop("inactive");
    else if (fit.length === 0) drop("grade");
    else if (planThemes.length + planDims.length + bundleThemes.length + bundleDims.length === 0) drop("no-match");
    else if (
      venue !== undefined &&
      ((venue.admissionStatus !== undefined && !venueAdmissionStatuses[venue.admissionStatus].bookable) ||
        venue.access?.visitMode === "exterior-only")
    )
      drop("venue-not-bookable");
    else if (
      venue !== undefined &&
      o.asOf !== undefined &&
      venue.closures.some(
        (k) => k.beginDate <= (o.asOf as string) && (k.endDate === undefined || (o.asOf as string) <= k.endDate),
      )
    )
      drop("venue-closed");
    else if (left <= 0) drop("full");
    else if (minutes === undefined) drop("out-of-circle");
    else {
      const w = o.weights;
      const needOf = (needs?.themes.length ?? 0) + (needs?.dimensions.length ?? 0);
      const bundleOf = (bundle?.themes.length ?? 0) + (bundle?.dimensions.length ?? 0);
      const fee = venue?.access;
      const free =
        venue === undefined || fee?.feePolicy === "free" || fee?.freeForSchoolGroups === true
          ? 1
          : fee?.feePolicy === "public-benefit"
            ? 0.5
            : 0;
      const components = {
        need: component(share(planThemes.length + planDims.length, needOf), w.need * (1 + urgency)),
        bundle: component(share(bundleThemes.length + bundleDims.length, bundleOf), w.bundle),
        proximity: component(Math.max(0, 1 - minutes / o.minutes), w.proximity),
        free: component(free, w.free),
        capacity: component(left / x.capacity, w.capacity),
      };
      const reasons: RecommendationReason[] = [];
      if (planThemes.length > 0) reasons.push(reason.planTheme(planThemes));
      if (planDims.length > 0) reasons.push(reason.planDimension(planDims));
      if (bundleThemes.length > 0) reasons.push(reason.bundleTheme(bundleThemes));
      if (bundleDims.length > 0) reasons.push(reason.bundleDimension(bundleDims));
      reasons.push(reason.gradeFits(fit[0] as number));
      reasons.push(venue === undefined ? reason.atSchool() : reason.minutesAway(minutes, o.mode));
      if (fee?.feePolicy === "free") reasons.push(reason.free());
      else if (fee?.feePolicy === "public-benefit") reasons.push(reason.publicBenefit());
      if (fee?.freeForSchoolGroups && fee.feePolicy !== "free") reasons.push(reason.freeForGroups());
      reasons.push(reason.capacityLeft(left));
      kept.push({
        courseId: x.id,
        courseNameZh: x.nameZh,
        ...(x.nameEn === undefined ? {} : { courseNameEn: x.nameEn }),
        ...(venue === undefined
          ? {}
          : { venueId: venue.id, venueNameZh: venue.nameZh, ...(venue.nameEn ? { venueNameEn: venue.nameEn } : {}) }),
        minutes,
        score: Object.values(components).reduce((s, k) => s + k.contribution, 0),
        components,
        placesLeft: left,
        reasons,
      });
    }
  }
  kept.sort((a, b) => b.score - a.score || a.minutes - b.minutes || (a.courseId < b.courseId ? -1 : 1));
  return ok({
    ...(c.studentId === undefined ? {} : { studentId: c.studentId }),
    ...(c.familyId === undefined ? {} : { familyId: c.familyId }),
    items: kept.slice(0, o.limit).map((k, i) => ({ rank: i + 1, ...k })),
    excluded,
    eligible: kept.length,
  });
};
