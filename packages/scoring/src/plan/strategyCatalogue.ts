import { Code, EducationDimension, ReferralService, Role, SupportTier, VenueTheme } from "@jiaolianti/core";
import { z } from "zod";
import { ConcernDomain } from "./concernDomains.js";

const Text = z.strictObject({ zh: z.string().min(1).max(500), en: z.string().min(1).max(500) });

/**
 * One support strategy (支持策略) of the catalogue: the areas and tiers it serves, bilingual label and description,
 * the role that leads it, its setting, and the practice themes / 五育 dimensions of out-of-school activities it uses
 * (these become the plan's *needs* for the matching package) or the referral service it opens.
 *
 * @example
 * ```ts
 * import { PlanStrategy } from "@jiaolianti/scoring";
 * PlanStrategy.parse({
 *   id: "chess-club", domains: ["peer-relationships"], tiers: ["yellow"], label: { zh: "棋类社团", en: "Chess club" },
 *   description: { zh: "每周一次的棋类社团活动", en: "A weekly chess club" }, lead: "teacher", setting: "small-group",
 *   themes: [], dimensions: ["intellectual"],
 * });
 * ```
 */
export const PlanStrategy = z.strictObject({
  id: Code,
  domains: z.array(ConcernDomain).min(1).max(8),
  tiers: z.array(SupportTier).min(1).max(4),
  label: Text,
  description: Text,
  lead: Role,
  setting: z.enum(["individual", "small-group", "class", "family", "community"]),
  themes: z.array(VenueTheme).max(14),
  dimensions: z.array(EducationDimension).max(5),
  referral: ReferralService.optional(),
});
/** One support strategy. */
export type PlanStrategy = z.infer<typeof PlanStrategy>;

const s = (
  id: string,
  domains: ConcernDomain[],
  tiers: SupportTier[],
  label: [zh: string, en: string],
  description: [zh: string, en: string],
  lead: Role,
  setting: PlanStrategy["setting"],
  themes: VenueTheme[] = [],
  dimensions: EducationDimension[] = [],
  referral?: ReferralService,
): PlanStrategy => ({
  id,
  domains,
  tiers,
  label: { zh: label[0], en: label[1] },
  description: { zh: description[0], en: description[1] },
  lead,
  setting,
  themes,
  dimensions,
  ...(referral ? { referral } : {}),
});

/**
 * The shipped catalogue of support strategies for 一生一策 plans, as data (zh-CN/en). The wording describes support
 * offered to a child and family, never a label for the child. Tiers follow MTSS: universal (green), targeted small
 * group (yellow), individual (orange), immediate safety response (red).
 *
 * Source: 徐汇区“教联体”行动方案 三(二) (“一生一策”, 分层响应, 青少年心理咨询门诊, 绿色通道, 一校一医), 三(三)
 * (家庭教育指导), 三(四)/(五)/(六)/(七) (校外实践、科学、美育、体育资源); MTSS tier definitions (REFERENCE.md §3).
 *
 * @example
 * ```ts
 * import { strategyCatalogue } from "@jiaolianti/scoring";
 * strategyCatalogue.find((x) => x.id === "safety-plan")?.label.zh; // "安全计划与当日陪伴"
 * ```
 */
export const strategyCatalogue: ReadonlyArray<PlanStrategy> = [
  s(
    "safety-plan",
    ["safety"],
    ["red"],
    ["安全计划与当日陪伴", "Safety plan and same-day accompaniment"],
    [
      "心理教师当日与学生面谈,共同制定安全计划,确保有成人陪伴。",
      "The counsellor meets the student the same day, makes a safety plan together and makes sure an adult is with them.",
    ],
    "counsellor",
    "individual",
  ),
  s(
    "family-same-day-contact",
    ["safety", "family-relationships"],
    ["red"],
    ["当日家校沟通", "Same-day contact with the family"],
    [
      "当日与家长沟通,说明情况与支持安排,商定家中陪伴方式。",
      "Contact the family the same day, explain the support arranged and agree how the child is accompanied at home.",
    ],
    "counsellor",
    "family",
  ),
  s(
    "specialist-referral",
    ["safety", "emotional-wellbeing"],
    ["red", "orange"],
    ["专业机构转介", "Referral to specialist services"],
    [
      "经监护人同意(紧急情况先行保护)转介至医院绿色通道或社区青少年心理咨询门诊。",
      "With guardian consent (or first, in an emergency) refer to the hospital fast-track or the community youth clinic.",
    ],
    "counsellor",
    "individual",
    [],
    [],
    "hospital-green-channel",
  ),
  s(
    "counsellor-check-ins",
    ["emotional-wellbeing", "safety", "learning-stress"],
    ["red", "orange"],
    ["心理教师一对一定期谈心", "Regular one-to-one talks with the counsellor"],
    [
      "心理教师按约定频率与学生一对一交流,关注感受与变化。",
      "The counsellor talks with the student one-to-one at an agreed rhythm.",
    ],
    "counsellor",
    "individual",
  ),
  s(
    "trusted-adult",
    ["emotional-wellbeing", "peer-relationships", "general-wellbeing"],
    ["yellow", "orange"],
    ["信任的成人伙伴", "A trusted adult at school"],
    ["安排一位学生信任的老师,每周简短交流一次。", "A teacher the student trusts checks in briefly once a week."],
    "head-teacher",
    "individual",
  ),
  s(
    "emotion-skills-group",
    ["emotional-wellbeing"],
    ["yellow", "orange"],
    ["情绪调适成长小组", "Emotion-skills growth group"],
    [
      "心理教师带领的小组活动,练习识别与调节情绪。",
      "A counsellor-led small group practising naming and managing feelings.",
    ],
    "counsellor",
    "small-group",
  ),
  s(
    "nature-arts-activities",
    ["emotional-wellbeing", "learning-stress"],
    ["yellow", "orange", "green"],
    ["自然与艺术体验", "Nature and arts experiences"],
    [
      "参加附近场馆的自然、音乐或艺术体验活动,放松身心。",
      "Nature, music or arts activities at a nearby venue, for rest and enjoyment.",
    ],
    "teacher",
    "community",
    ["nature-botany", "arts-culture", "music"],
    ["aesthetic"],
  ),
  s(
    "self-regulation-coaching",
    ["behaviour"],
    ["yellow", "orange"],
    ["自我调节与专注力练习", "Self-regulation and focus practice"],
    [
      "与学生约定小目标,练习专注与情绪调节,及时肯定进步。",
      "Agree small goals with the student, practise focus and calming, notice progress.",
    ],
    "head-teacher",
    "individual",
  ),
  s(
    "team-sports",
    ["behaviour", "peer-relationships", "physical-health"],
    ["yellow", "orange", "green"],
    ["团队体育活动", "Team sports"],
    [
      "参加校内外团队运动,在规则与合作中成长。",
      "Take part in team sports in or out of school: rules, teamwork and fun.",
    ],
    "teacher",
    "community",
    ["sports"],
    ["physical"],
  ),
  s(
    "peer-buddy",
    ["peer-relationships"],
    ["yellow", "orange"],
    ["同伴互助伙伴", "Peer buddy"],
    [
      "在班级中安排一位友善的同伴伙伴,一起参加活动。",
      "A friendly classmate is paired with the student for shared activities.",
    ],
    "head-teacher",
    "class",
  ),
  s(
    "social-skills-group",
    ["peer-relationships", "behaviour"],
    ["yellow", "orange"],
    ["人际交往成长小组", "Social-skills growth group"],
    [
      "小组形式练习沟通、合作与解决分歧。",
      "A small group practising communication, cooperation and resolving disagreements.",
    ],
    "counsellor",
    "small-group",
  ),
  s(
    "group-practice-project",
    ["peer-relationships", "general-wellbeing"],
    ["yellow", "green"],
    ["小组实践项目", "Group practice project"],
    ["与同学组队完成一项社区或场馆实践项目。", "Complete a community or venue project in a small team of classmates."],
    "teacher",
    "community",
    ["labour-craft", "science-technology"],
    ["labour", "intellectual"],
  ),
  s(
    "family-guidance",
    ["family-relationships"],
    ["red", "orange", "yellow"],
    ["家庭教育指导", "Family education guidance"],
    [
      "为家长提供家庭教育指导与亲子沟通建议。",
      "Guidance for parents on family education and parent–child communication.",
    ],
    "counsellor",
    "family",
    [],
    [],
    "family-education-guidance",
  ),
  s(
    "parent-child-activities",
    ["family-relationships"],
    ["yellow", "orange", "green"],
    ["亲子共同活动", "Parent–child activities"],
    [
      "推荐适合全家参加的运动或自然体验活动,增进亲子联结。",
      "Suggested sports or nature activities to enjoy together as a family.",
    ],
    "head-teacher",
    "family",
    ["sports", "nature-botany"],
    ["physical", "moral"],
  ),
  s(
    "study-planning",
    ["learning-stress"],
    ["yellow", "orange"],
    ["学习规划与减压辅导", "Study planning and stress coaching"],
    [
      "与学生一起制定可行的学习计划,安排休息与放松。",
      "Make a realistic study plan with the student, with time for rest.",
    ],
    "head-teacher",
    "individual",
  ),
  s(
    "interest-inquiry",
    ["learning-stress", "general-wellbeing"],
    ["yellow", "green"],
    ["兴趣探究活动", "Interest-led inquiry"],
    [
      "参加科技场馆的探究活动,在兴趣中找回学习乐趣。",
      "Inquiry activities at a science venue, to rediscover the joy of learning.",
    ],
    "teacher",
    "community",
    ["science-technology"],
    ["intellectual"],
  ),
  s(
    "activity-prescription",
    ["physical-health"],
    ["yellow", "orange"],
    ["个性化运动建议", "Personal activity plan"],
    [
      "体育教师根据体测结果给出每周运动建议并跟进。",
      "The PE teacher suggests weekly activity from the fitness results and follows up.",
    ],
    "teacher",
    "individual",
    ["sports"],
    ["physical"],
  ),
  s(
    "school-doctor-review",
    ["physical-health"],
    ["yellow", "orange"],
    ["校医健康评估", "School doctor health review"],
    ["由校医(一校一医)评估并提供健康建议。", "The school doctor reviews health and gives advice."],
    "teacher",
    "individual",
    [],
    [],
    "school-doctor",
  ),
  s(
    "universal-mhe",
    ["general-wellbeing", "emotional-wellbeing"],
    ["green"],
    ["心理健康教育课", "Mental-health education lessons"],
    ["全体学生共享的心理健康教育课程。", "The mental-health education every student receives."],
    "counsellor",
    "class",
  ),
  s(
    "class-care",
    ["general-wellbeing"],
    ["green", "yellow"],
    ["班级关怀与家校沟通", "Class care and home–school communication"],
    ["班主任日常关心,与家长保持沟通。", "Everyday care by the head teacher and regular contact with the family."],
    "head-teacher",
    "class",
  ),
  s(
    "five-education-practice",
    ["general-wellbeing"],
    ["green"],
    ["五育融合实践活动", "All-round practice activities"],
    [
      "参加学校15分钟校外实践圈内的五育融合活动。",
      "All-round (五育) activities in the school's 15-minute practice circle.",
    ],
    "teacher",
    "community",
    ["red-culture", "science-technology", "arts-culture", "sports", "labour-craft"],
    ["moral", "intellectual", "physical", "aesthetic", "labour"],
  ),
];
