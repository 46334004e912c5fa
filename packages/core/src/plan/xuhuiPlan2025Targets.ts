import type { PlanTarget } from "./PlanTarget.js";

/**
 * The end of the plan period (2025—2027). The text gives no per-target deadline (its only time phrase, "三年内", is on
 * the 四化 mechanism), so every target is due by the end of the period and lists `"deadline"` as inferred.
 */
const PLAN_END = "2027-12-31";

/**
 * Every numeric and coverage target of the Xuhui plan. `description.zh` is the verbatim phrase; `inferred` lists the
 * fields read from context. Conventions: a bare number ("培育100个") is read as a minimum (`atLeast`, inferred);
 * "不少于" is a stated minimum; "全覆盖" is 100 % of a base population; a count of named deliverables ("六大", "五大",
 * "1个", "3大") is a `named-set` met `exactly`. Structural numbers that name a model rather than a quantity to deliver
 * (八大协同工程, 五维创新, 三圈, 四化, 1+N+X, 四横七纵, 三维评估) are encoded as structure, not targets.
 *
 * Source: 徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 一(三), 二(二), 三(一)–(七).
 *
 * @example
 * ```ts
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * xuhuiPlan2025.targets.filter((t) => t.period === "per-year").map((t) => t.value); // [100, 30, 1000, 30]
 * ```
 */
export const xuhuiPlan2025Targets: ReadonlyArray<PlanTarget> = [
  // 一(三) "1+3+N"
  {
    id: "smart-governance-hub",
    goalId: "capability-leap",
    description: {
      zh: "建立1个中枢平台——教联体智慧治理中心",
      en: "Establish one hub platform, the Jiaolianti smart governance centre",
    },
    value: 1,
    unit: "platform",
    comparator: "exactly",
    period: "total-by-deadline",
    deadline: PLAN_END,
    kpiKind: "named-set",
    namedItems: [{ zh: "教联体智慧治理中心", en: "Jiaolianti smart governance centre" }],
    inferred: ["deadline"],
  },
  {
    id: "support-systems",
    goalId: "capability-leap",
    description: {
      zh: "形成3大支撑体系——跨部门联席决策机制、社会教育资源转化标准、家校社协同质量评价",
      en: "Form three support systems: cross-department joint decision-making, conversion standards for social education resources, and quality evaluation of home–school–society collaboration",
    },
    value: 3,
    unit: "system",
    comparator: "exactly",
    period: "total-by-deadline",
    deadline: PLAN_END,
    kpiKind: "named-set",
    namedItems: [
      { zh: "跨部门联席决策机制", en: "Cross-department joint decision-making mechanism" },
      { zh: "社会教育资源转化标准", en: "Conversion standards for social education resources" },
      { zh: "家校社协同质量评价", en: "Quality evaluation of home–school–society collaboration" },
    ],
    inferred: ["deadline"],
  },
  // 二(二)
  {
    id: "five-research-topics",
    trackId: "transformation-mechanism",
    description: {
      zh: "聚焦网络沉迷防治等五大攻坚课题",
      en: "Tackle five key research topics, among them preventing internet addiction",
    },
    value: 5,
    unit: "topic",
    comparator: "exactly",
    period: "total-by-deadline",
    deadline: PLAN_END,
    kpiKind: "named-set",
    namedItems: [{ zh: "网络沉迷防治", en: "Preventing and treating internet addiction" }],
    inferred: ["deadline"],
    noteEn: "Only one of the five topics is named in the text; the other four are for the district to name.",
  },
  // 三(一)
  {
    id: "civics-scenes",
    actionId: "huishan-zhuhun",
    taskId: "civics-resource-scenes",
    description: {
      zh: "打造“教育+思政”“建筑+思政”“电影+思政”“音乐+思政”“气象+思政”“工业+思政”六大特色育人场景",
      en: "Build six signature scenes pairing civics with education, architecture, film, music, meteorology and industry",
    },
    value: 6,
    unit: "scene",
    comparator: "exactly",
    period: "total-by-deadline",
    deadline: PLAN_END,
    kpiKind: "named-set",
    namedItems: [
      { zh: "教育+思政", en: "Education + civics" },
      { zh: "建筑+思政", en: "Architecture + civics" },
      { zh: "电影+思政", en: "Film + civics" },
      { zh: "音乐+思政", en: "Music + civics" },
      { zh: "气象+思政", en: "Meteorology + civics" },
      { zh: "工业+思政", en: "Industry + civics" },
    ],
    inferred: ["deadline"],
  },
  // 三(二)
  {
    id: "development-index-coverage",
    actionId: "huize-runxin",
    taskId: "warning-and-tiered-response",
    description: {
      zh: "全覆盖开展“学生身心发展指数”评估",
      en: "Assess every student with the student physical and mental development index",
    },
    value: 100,
    unit: "percent",
    comparator: "atLeast",
    period: "coverage",
    base: "students",
    deadline: PLAN_END,
    kpiKind: "coverage-rate",
    inferred: ["deadline", "base"],
  },
  {
    id: "youth-counselling-clinics",
    actionId: "huize-runxin",
    taskId: "full-chain-services",
    description: {
      zh: "社区卫生中心全覆盖设立“青少年心理咨询门诊”",
      en: "A youth psychological counselling clinic in every community health centre",
    },
    value: 100,
    unit: "percent",
    comparator: "atLeast",
    period: "coverage",
    base: "community-health-centres",
    deadline: PLAN_END,
    kpiKind: "coverage-rate",
    inferred: ["deadline"],
  },
  {
    id: "one-school-one-doctor",
    actionId: "huize-runxin",
    taskId: "full-chain-services",
    description: {
      zh: "落实健康副校长和“一校一医”对接机制",
      en: "Every school linked with a doctor (one school, one doctor)",
    },
    value: 100,
    unit: "percent",
    comparator: "atLeast",
    period: "coverage",
    base: "schools",
    deadline: PLAN_END,
    kpiKind: "coverage-rate",
    inferred: ["deadline"],
    noteEn:
      "“一校一医” is read as a doctor linked to every school. The health vice-principal in the same clause has no number or coverage in the text and is kept as a commitment.",
  },
  // 三(三)
  {
    id: "family-environment-assessment-coverage",
    actionId: "ronghui-heyu",
    taskId: "family-assessment-support",
    description: {
      zh: "全覆盖开展“家庭环境适宜度”评估",
      en: "Assess the suitability of every student's family environment",
    },
    value: 100,
    unit: "percent",
    comparator: "atLeast",
    period: "coverage",
    base: "families",
    deadline: PLAN_END,
    kpiKind: "coverage-rate",
    inferred: ["deadline", "base"],
    noteEn: "The base is read as the families of the district's primary and secondary students.",
  },
  // 三(四)
  {
    id: "collaborative-projects",
    actionId: "huijian-zhenzhi",
    taskId: "practice-education-quality",
    description: { zh: "培育100个协同育人特色项目", en: "Cultivate 100 signature collaborative-education projects" },
    value: 100,
    unit: "project",
    comparator: "atLeast",
    period: "total-by-deadline",
    deadline: PLAN_END,
    kpiKind: "cumulative-count",
    inferred: ["comparator", "deadline"],
  },
  {
    id: "innovation-cases",
    actionId: "huijian-zhenzhi",
    taskId: "practice-education-quality",
    description: { zh: "孵化100个家校社协同创新案例", en: "Incubate 100 innovative home–school–society cases" },
    value: 100,
    unit: "case",
    comparator: "atLeast",
    period: "total-by-deadline",
    deadline: PLAN_END,
    kpiKind: "cumulative-count",
    inferred: ["comparator", "deadline"],
  },
  {
    id: "practice-circle-coverage",
    actionId: "huijian-zhenzhi",
    taskId: "last-mile-practice-circles",
    description: {
      zh: "打造各具特色的学校15分钟校外实践育人圈",
      en: "Every school has its own distinctive 15-minute out-of-school practice circle",
    },
    value: 100,
    unit: "percent",
    comparator: "atLeast",
    period: "coverage",
    base: "schools",
    deadline: PLAN_END,
    kpiKind: "coverage-rate",
    inferred: ["value", "deadline"],
    noteEn:
      "The text does not say 全覆盖; “各具特色的学校…育人圈” (each school its own circle) is read as every school. The 15 minutes is the task parameter practice-circle-minutes.",
  },
  // 三(五)
  {
    id: "new-science-venues",
    actionId: "zhihui-weilai",
    taskId: "science-venue-coordination",
    description: {
      zh: "新增30个适合青少年学习探究的科学场所",
      en: "Add 30 science venues suited to young people's learning and inquiry",
    },
    value: 30,
    unit: "venue",
    comparator: "atLeast",
    period: "total-by-deadline",
    deadline: PLAN_END,
    kpiKind: "cumulative-count",
    inferred: ["comparator", "deadline"],
    noteEn: "Counted as venues added to the map during the plan period, on top of those on it at the start.",
  },
  {
    id: "science-teacher-team-coverage",
    actionId: "zhihui-weilai",
    taskId: "science-teacher-teams",
    description: {
      zh: "学校全覆盖形成科学学科教师、科技总指导、校外科技专业人员“三位一体”的科学教育教师团队",
      en: "Every school has a three-part science-teaching team",
    },
    value: 100,
    unit: "percent",
    comparator: "atLeast",
    period: "coverage",
    base: "schools",
    deadline: PLAN_END,
    kpiKind: "coverage-rate",
    inferred: ["deadline"],
  },
  {
    id: "science-experts",
    actionId: "zhihui-weilai",
    taskId: "science-teacher-teams",
    description: {
      zh: "聘任100名区科学教育专家委员",
      en: "Appoint 100 district science-education expert committee members",
    },
    value: 100,
    unit: "person",
    comparator: "atLeast",
    period: "total-by-deadline",
    deadline: PLAN_END,
    kpiKind: "cumulative-count",
    inferred: ["comparator", "deadline"],
  },
  {
    id: "science-backbone-workers",
    actionId: "zhihui-weilai",
    taskId: "science-teacher-teams",
    description: {
      zh: "培育2000名校内外科学教育骨干工作者",
      en: "Train 2,000 key science-education practitioners in and out of school",
    },
    value: 2000,
    unit: "person",
    comparator: "atLeast",
    period: "total-by-deadline",
    deadline: PLAN_END,
    kpiKind: "cumulative-count",
    inferred: ["comparator", "deadline"],
  },
  {
    id: "science-courses-per-year",
    actionId: "zhihui-weilai",
    taskId: "science-course-platform",
    description: {
      zh: "每年征集、遴选100门科普、科创特色课程",
      en: "Each year collect and select 100 distinctive popular-science and science-innovation courses",
    },
    value: 100,
    unit: "course",
    comparator: "atLeast",
    period: "per-year",
    deadline: PLAN_END,
    kpiKind: "annual-count",
    inferred: ["comparator", "deadline"],
  },
  // 三(六)
  {
    id: "arts-training-sessions-per-year",
    actionId: "huijiao-xingwen",
    taskId: "teacher-aesthetic-capacity",
    description: {
      zh: "每年开展30场名师工作室、艺术大师班研训活动",
      en: "Each year hold 30 master-teacher studio and artist master-class training sessions",
    },
    value: 30,
    unit: "session",
    comparator: "atLeast",
    period: "per-year",
    deadline: PLAN_END,
    kpiKind: "annual-count",
    inferred: ["comparator", "deadline"],
  },
  {
    id: "arts-training-attendance-per-year",
    actionId: "huijiao-xingwen",
    taskId: "teacher-aesthetic-capacity",
    description: {
      zh: "每年开展30场名师工作室、艺术大师班研训活动,覆盖1000人次",
      en: "The yearly arts training sessions reach 1,000 attendances",
    },
    value: 1000,
    unit: "person-time",
    comparator: "atLeast",
    period: "per-year",
    deadline: PLAN_END,
    kpiKind: "annual-count",
    inferred: ["comparator", "period", "deadline"],
    noteEn:
      "“覆盖1000人次” follows “每年开展30场…活动” in one clause and is read as per year, like the 30 sessions. 人次 counts attendances, not distinct teachers.",
  },
  {
    id: "art-classroom-clusters",
    actionId: "huijiao-xingwen",
    taskId: "social-arts-resources",
    description: {
      zh: "打造10个集鉴赏、实践、创造为一体的艺术课堂集群",
      en: "Build 10 art-classroom clusters combining appreciation, practice and creation",
    },
    value: 10,
    unit: "cluster",
    comparator: "atLeast",
    period: "total-by-deadline",
    deadline: PLAN_END,
    kpiKind: "cumulative-count",
    inferred: ["comparator", "deadline"],
  },
  // 三(七)
  {
    id: "coaches-in-schools",
    actionId: "huidong-jianti",
    taskId: "coaching-staff",
    description: { zh: "选派不少于50名专业教练员入校", en: "Send at least 50 professional coaches into schools" },
    value: 50,
    unit: "person",
    comparator: "atLeast",
    period: "total-by-deadline",
    deadline: PLAN_END,
    kpiKind: "cumulative-count",
    inferred: ["deadline"],
  },
  {
    id: "district-competition-participation",
    actionId: "huidong-jianti",
    taskId: "competition-system",
    description: {
      zh: "参赛人次不少于全区中小学生30%",
      en: "District competition participations reach at least 30 % of the district's primary and secondary students",
    },
    value: 30,
    unit: "percent",
    comparator: "atLeast",
    period: "per-year",
    base: "students",
    deadline: PLAN_END,
    kpiKind: "participation-rate",
    inferred: ["period", "deadline"],
    noteEn:
      "Measured as participations (人次) in a year's district-level competitions ÷ the number of primary and secondary students in the district; the text names no period and competitions run by season, so it is read as a yearly rate.",
  },
];
