import { Code, EducationDimension, ReferralService, VenueTheme } from "@jiaolianti/core";
import { z } from "zod";

const Text = z.strictObject({ zh: z.string().min(1).max(500), en: z.string().min(1).max(500) });

/**
 * One family-education course (家庭教育课程): bilingual title, format, the 五育 dimensions it serves, the practice
 * themes of any venue activity it includes, and the referral service it opens (one-to-one guidance).
 */
export const FamilyCourse = z.strictObject({
  id: Code,
  title: Text,
  format: z.enum(["lecture", "workshop", "reading", "parent-child-activity", "one-to-one-guidance"]),
  dimensions: z.array(EducationDimension).min(1).max(5),
  themes: z.array(VenueTheme).max(14),
  referral: ReferralService.optional(),
});
/** One family-education course. */
export type FamilyCourse = z.infer<typeof FamilyCourse>;

/**
 * The catalogue of family-education courses and the bundle (一类一方) for each family type: its intensity (universal
 * courses open to all, small-group workshops, or individual guidance) and its course ids; `environmentCourse` is
 * added when the home-environment checklist asks for it.
 *
 * @example
 * ```ts
 * import { FamilyCourseCatalogue, familyCourseBundles } from "@jiaolianti/scoring";
 * FamilyCourseCatalogue.safeParse(familyCourseBundles).success; // true
 * ```
 */
export const FamilyCourseCatalogue = z
  .strictObject({
    id: Code,
    version: z.string().min(1).max(64),
    courses: z.array(FamilyCourse).min(1).max(500),
    bundles: z.record(
      Code,
      z.strictObject({
        intensity: z.enum(["universal", "group", "individual"]),
        courses: z.array(Code).min(1).max(20),
      }),
    ),
    environmentCourse: Code,
  })
  .superRefine((c, ctx) => {
    const ids = new Set(c.courses.map((x) => x.id));
    for (const [type, b] of Object.entries(c.bundles))
      b.courses.forEach((id, i) => {
        if (!ids.has(id))
          ctx.addIssue({ code: "custom", path: ["bundles", type, "courses", i], message: `unknown course "${id}"` });
      });
    if (!ids.has(c.environmentCourse))
      ctx.addIssue({ code: "custom", path: ["environmentCourse"], message: `unknown course "${c.environmentCourse}"` });
  });
/** The family-education course catalogue with its bundles. */
export type FamilyCourseCatalogue = z.infer<typeof FamilyCourseCatalogue>;

const c = (
  id: string,
  zh: string,
  en: string,
  format: FamilyCourse["format"],
  dimensions: EducationDimension[],
  themes: VenueTheme[] = [],
  referral?: ReferralService,
): FamilyCourse => ({ id, title: { zh, en }, format, dimensions, themes, ...(referral ? { referral } : {}) });

/**
 * The shipped family-education courses (zh-CN/en) and a bundle per family type of {@link familyTypeRules}. Titles
 * are written as invitations, not remedies. Courses with themes (venue visits, sport, chores) can be matched to the
 * alliance's venues; `one-to-one-guidance` opens the `family-education-guidance` referral service.
 *
 * Source: 徐汇区“教联体”行动方案 三(三) (家庭教育指导专家库、资源库;“一类一方”主题课程;“育儿‘心’篇”全民阅读;
 * 组团帮扶) and 二(二) (网络沉迷防治); core's 五育 and practice-theme code lists.
 *
 * @example
 * ```ts
 * import { familyCourseBundles } from "@jiaolianti/scoring";
 * familyCourseBundles.bundles.supportive?.courses; // ["five-education-at-home", "family-reading", "family-venue-visits"]
 * ```
 */
export const familyCourseBundles: FamilyCourseCatalogue = {
  id: "jlt-family-courses",
  version: "2025.1",
  courses: [
    c("five-education-at-home", "家庭中的五育融合", "All-round (五育) education at home", "lecture", [
      "moral",
      "intellectual",
      "physical",
      "aesthetic",
      "labour",
    ]),
    c("family-reading", "亲子共读", "Reading together as a family", "reading", ["intellectual", "aesthetic"]),
    c(
      "family-venue-visits",
      "亲子场馆研学",
      "Family visits to museums and venues",
      "parent-child-activity",
      ["intellectual", "aesthetic"],
      ["arts-culture", "science-technology", "red-culture"],
    ),
    c("understanding-feelings", "读懂孩子的情绪", "Understanding your child's feelings", "workshop", ["moral"]),
    c("listening-and-talking", "倾听与对话", "Listening and talking together", "workshop", ["moral"]),
    c("encouragement", "多一些鼓励", "More encouragement", "workshop", ["moral"]),
    c("active-together", "亲子运动时光", "Active time together", "parent-child-activity", ["physical"], ["sports"]),
    c("kind-and-firm", "温和而坚定:家庭规则共商量", "Kind and firm: agreeing family routines", "workshop", ["moral"]),
    c("routines-and-screens", "作息与屏幕时间", "Routines and screen time", "workshop", ["physical", "moral"]),
    c(
      "chores-together",
      "家务劳动小当家",
      "Chores and responsibility at home",
      "parent-child-activity",
      ["labour"],
      ["labour-craft"],
    ),
    c("shared-approach", "找到一致的养育方式", "Finding a shared parenting approach", "workshop", ["moral"]),
    c("family-meetings", "家庭会议与共同决定", "Family meetings and shared decisions", "workshop", ["moral"]),
    c("positive-communication", "积极沟通,少些争吵", "Positive communication, fewer arguments", "workshop", ["moral"]),
    c("parent-self-care", "家长的自我关怀与减压", "Parent self-care and stress relief", "workshop", ["moral"]),
    c(
      "one-to-one-guidance",
      "一对一家庭教育指导",
      "One-to-one family education guidance",
      "one-to-one-guidance",
      ["moral"],
      [],
      "family-education-guidance",
    ),
    c("home-learning-environment", "营造家庭学习与成长环境", "A home that supports learning and growth", "workshop", [
      "intellectual",
      "labour",
    ]),
  ],
  bundles: {
    supportive: {
      intensity: "universal",
      courses: ["five-education-at-home", "family-reading", "family-venue-visits"],
    },
    structured: {
      intensity: "universal",
      courses: ["understanding-feelings", "listening-and-talking", "active-together"],
    },
    relaxed: { intensity: "universal", courses: ["kind-and-firm", "routines-and-screens", "chores-together"] },
    flexible: { intensity: "universal", courses: ["shared-approach", "family-meetings", "family-venue-visits"] },
    "growing-together": {
      intensity: "group",
      courses: ["positive-communication", "parent-self-care", "active-together"],
    },
    "warmth-building": { intensity: "group", courses: ["understanding-feelings", "encouragement", "active-together"] },
    "routine-building": { intensity: "group", courses: ["kind-and-firm", "routines-and-screens", "chores-together"] },
    partnership: {
      intensity: "individual",
      courses: ["one-to-one-guidance", "parent-self-care", "positive-communication"],
    },
  },
  environmentCourse: "home-learning-environment",
};
