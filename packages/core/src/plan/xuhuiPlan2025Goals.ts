import type { CoordinationMechanism } from "./CoordinationMechanism.js";
import type { ImplementationFramework } from "./ImplementationFramework.js";
import type { PlanGoal } from "./PlanGoal.js";

/**
 * The three goals (一、工作目标) of {@link xuhuiPlan2025}, text verbatim.
 *
 * Source: 徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 一(一)–(三).
 *
 * @example
 * ```ts
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * xuhuiPlan2025.goals.map((g) => g.titleZh); // ["构建全域育人新生态", "打造协同育人示范区", "实现育人能级再跃迁"]
 * ```
 */
export const xuhuiPlan2025Goals: ReadonlyArray<PlanGoal> = [
  {
    id: "whole-area-ecosystem",
    numeral: "(一)",
    titleZh: "构建全域育人新生态",
    titleEn: "Build a new district-wide ecosystem for raising children",
    textZh:
      "以“学生成长全周期赋能”为核心,构建“三位一体”协同育人体系。聚焦中小学生身心健康与全面发展,打造以学校为圆心、区域资源为支撑、多元主体共治的教育共同体,通过责任共担、资源共融、机制共创,系统性破解成长痛难点,构建覆盖文化学习、实践创新、身心发展的全要素育人场景。",
    summaryEn:
      "Centred on supporting students through every stage of growth, build a three-way (home–school–society) collaborative system: an education community with the school at its centre, district resources in support and many actors governing together; share responsibilities, resources and mechanisms to tackle growing-up problems systematically, with learning scenes covering study, practice and innovation, and physical and mental development.",
  },
  {
    id: "demonstration-zone",
    numeral: "(二)",
    titleZh: "打造协同育人示范区",
    titleEn: "Become a model zone for collaborative education",
    textZh:
      "强化政府跨部门治理效能,压实学校主导责任,激活家庭社会协同势能。实施“八大协同工程”:思政育人、医教互促、体教互融、科教互联、文教互通、家校互动、社教同频、警校同步。三年内建成全国领先的“四化”协同机制:责任清单化、运行标准化、资源集成化、效能可视化,实现教育治理现代化与学生全面发展的同频共振。",
    summaryEn:
      "Make cross-department government more effective, hold schools to their leading role and mobilise families and society. Run eight collaboration projects (civics, health, sport, science, culture, home–school, society–school, police–school). Within three years build a nationally leading coordination mechanism with responsibilities as lists, standardised operation, integrated resources and visible effectiveness.",
  },
  {
    id: "capability-leap",
    numeral: "(三)",
    titleZh: "实现育人能级再跃迁",
    titleEn: "Lift the district's capacity to educate to a new level",
    textZh:
      "构建“1+3+N”实施框架。建立1个中枢平台——教联体智慧治理中心,集成数据监测、资源调度、效能评估功能;形成3大支撑体系——跨部门联席决策机制、社会教育资源转化标准、家校社协同质量评价;落地N个实践场景——打造“汇美育联盟”“光启讲堂”“社区少年服务队”“家幸福”等品牌,形成可复制的育人解决方案。",
    summaryEn:
      "Build a “1+3+N” frame: one hub (the Jiaolianti smart governance centre, with data monitoring, resource scheduling and effectiveness evaluation), three support systems (cross-department joint decisions, conversion standards for social education resources, quality evaluation of collaboration), and N practice scenes and brands, giving solutions others can copy.",
  },
];

/**
 * The "四化" coordination mechanism of {@link xuhuiPlan2025}, due "三年内" (read as by the end of the plan period).
 *
 * Source: 徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 一(二).
 *
 * @example
 * ```ts
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * xuhuiPlan2025.mechanism.deadline; // "2027-12-31"
 * ```
 */
export const xuhuiPlan2025Mechanism: CoordinationMechanism = {
  id: "four-isations",
  goalId: "demonstration-zone",
  nameZh: "“四化”协同机制",
  nameEn: "Four-point coordination mechanism",
  textZh: "三年内建成全国领先的“四化”协同机制:责任清单化、运行标准化、资源集成化、效能可视化",
  deadline: "2027-12-31",
  deadlineTextZh: "三年内",
  pillars: [
    {
      id: "responsibility-lists",
      nameZh: "责任清单化",
      nameEn: "Responsibilities set out as lists",
      capabilities: ["registries"],
    },
    {
      id: "standardised-operation",
      nameZh: "运行标准化",
      nameEn: "Standardised operation",
      capabilities: ["admission-standard"],
    },
    {
      id: "integrated-resources",
      nameZh: "资源集成化",
      nameEn: "Integrated resources",
      capabilities: ["registries", "resource-scheduling"],
    },
    {
      id: "visible-effectiveness",
      nameZh: "效能可视化",
      nameEn: "Effectiveness made visible",
      capabilities: ["cockpit-dashboard", "kpi-tracking"],
    },
  ],
};

/**
 * The "1+3+N" implementation frame of {@link xuhuiPlan2025}: the smart governance centre and its three functions, the
 * three support systems, and the named brands (the list ends with "等": more scenes may follow).
 *
 * Source: 徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 一(三).
 *
 * @example
 * ```ts
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * xuhuiPlan2025.framework.hub.parts?.map((p) => p.nameZh); // ["数据监测", "资源调度", "效能评估"]
 * ```
 */
export const xuhuiPlan2025Framework: ImplementationFramework = {
  id: "one-three-n",
  goalId: "capability-leap",
  nameZh: "“1+3+N”实施框架",
  nameEn: "“1+3+N” implementation frame",
  hub: {
    id: "smart-governance-centre",
    nameZh: "教联体智慧治理中心",
    nameEn: "Jiaolianti smart governance centre",
    capabilities: ["cockpit-dashboard", "registries"],
    parts: [
      {
        id: "data-monitoring",
        nameZh: "数据监测",
        nameEn: "Data monitoring",
        capabilities: ["cockpit-dashboard", "kpi-tracking"],
      },
      {
        id: "resource-dispatch",
        nameZh: "资源调度",
        nameEn: "Resource scheduling",
        capabilities: ["resource-scheduling"],
      },
      {
        id: "effectiveness-assessment",
        nameZh: "效能评估",
        nameEn: "Effectiveness evaluation",
        capabilities: ["effectiveness-evaluation"],
      },
    ],
    targetIds: ["smart-governance-hub"],
  },
  supportSystems: [
    {
      id: "joint-decision-mechanism",
      nameZh: "跨部门联席决策机制",
      nameEn: "Cross-department joint decision-making mechanism",
      capabilities: [],
      targetIds: ["support-systems"],
    },
    {
      id: "resource-conversion-standard",
      nameZh: "社会教育资源转化标准",
      nameEn: "Conversion standards for social education resources",
      capabilities: ["admission-standard", "course-conversion-toolkit"],
      targetIds: ["support-systems"],
    },
    {
      id: "collaboration-quality-evaluation",
      nameZh: "家校社协同质量评价",
      nameEn: "Quality evaluation of home–school–society collaboration",
      capabilities: ["effectiveness-evaluation", "kpi-tracking"],
      targetIds: ["support-systems"],
    },
  ],
  scenes: [
    { id: "hui-meiyu-alliance", nameZh: "汇美育联盟", nameEn: "Hui Meiyu arts-education alliance", capabilities: [] },
    { id: "guangqi-lecture-hall", nameZh: "光启讲堂", nameEn: "Guangqi Lecture Hall", capabilities: [] },
    {
      id: "community-youth-service-teams",
      nameZh: "社区少年服务队",
      nameEn: "Community Youth Service Teams",
      capabilities: ["early-intervention"],
    },
    { id: "jia-xingfu", nameZh: "家幸福", nameEn: "Happy Families (Jia Xingfu)", capabilities: [] },
  ],
  scenesOpenEnded: true,
};
