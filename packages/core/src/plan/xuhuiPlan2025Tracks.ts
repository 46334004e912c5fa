import type { InnovationTrack } from "./InnovationTrack.js";

/**
 * The five innovation tracks ("五维创新", 二、主要任务) of {@link xuhuiPlan2025}, text verbatim, with the elements each
 * builds.
 *
 * Source: 徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 二(一)–(五).
 *
 * @example
 * ```ts
 * import { xuhuiPlan2025 } from "@jiaolianti/core";
 * xuhuiPlan2025.tracks[0]?.components.map((c) => c.id); // ["three-circles", "digital-cockpit"]
 * ```
 */
export const xuhuiPlan2025Tracks: ReadonlyArray<InnovationTrack> = [
  {
    id: "coordination-mechanism",
    numeral: "(一)",
    nameZh: "协同机制创新",
    nameEn: "Innovation in coordination mechanisms",
    textZh:
      "构建“三圈”动力模型,即责任圈、资源圈、服务圈,建立教育共同体运行机制;开发教育协同数字驾驶舱,实现需求智能匹配、资源精准调度、效能动态评估的闭环管理。",
    summaryEn:
      "Build a three-circle model (responsibility, resources, services) to run the education community; develop a digital coordination cockpit that closes the loop of smart demand matching, precise resource scheduling and dynamic effectiveness evaluation.",
    components: [
      {
        id: "three-circles",
        nameZh: "“三圈”动力模型",
        nameEn: "Three-circle model",
        capabilities: [],
        parts: [
          {
            id: "responsibility-circle",
            nameZh: "责任圈",
            nameEn: "Circle of responsibility",
            capabilities: ["registries"],
          },
          { id: "resource-circle", nameZh: "资源圈", nameEn: "Circle of resources", capabilities: ["registries"] },
          { id: "service-circle", nameZh: "服务圈", nameEn: "Circle of services", capabilities: [] },
        ],
      },
      {
        id: "digital-cockpit",
        nameZh: "教育协同数字驾驶舱",
        nameEn: "Digital coordination cockpit",
        capabilities: ["cockpit-dashboard"],
        parts: [
          {
            id: "smart-demand-matching",
            nameZh: "需求智能匹配",
            nameEn: "Smart demand matching",
            capabilities: ["demand-matching"],
          },
          {
            id: "precise-resource-scheduling",
            nameZh: "资源精准调度",
            nameEn: "Precise resource scheduling",
            capabilities: ["resource-scheduling"],
          },
          {
            id: "dynamic-effectiveness-evaluation",
            nameZh: "效能动态评估",
            nameEn: "Dynamic effectiveness evaluation",
            capabilities: ["effectiveness-evaluation", "kpi-tracking"],
          },
        ],
      },
    ],
  },
  {
    id: "transformation-mechanism",
    numeral: "(二)",
    nameZh: "转化机制创新",
    nameEn: "Innovation in turning research into practice",
    textZh:
      "实施教育痛点攻坚“揭榜挂帅”计划,聚焦网络沉迷防治等五大攻坚课题,创建“1+N+X”研究共同体,即1所种子校+N个协作单位+X个实验基地,构建问题发现、研究攻关、成果转化的创新链条。",
    summaryEn:
      "Run an open-call (“揭榜挂帅”) programme on education pain points, focused on five key topics such as preventing internet addiction; create “1+N+X” research communities (one seed school, N partner units, X pilot bases) and a chain from finding problems through research to putting results into practice.",
    components: [
      {
        id: "challenge-programme",
        nameZh: "教育痛点攻坚“揭榜挂帅”计划",
        nameEn: "Open-call programme on education pain points",
        capabilities: ["challenge-projects"],
      },
      {
        id: "key-research-topics",
        nameZh: "五大攻坚课题",
        nameEn: "Five key research topics",
        capabilities: ["challenge-projects"],
        parts: [
          {
            id: "internet-addiction",
            nameZh: "网络沉迷防治",
            nameEn: "Preventing internet addiction",
            capabilities: [],
          },
        ],
        targetIds: ["five-research-topics"],
      },
      {
        id: "research-community",
        nameZh: "“1+N+X”研究共同体",
        nameEn: "“1+N+X” research community",
        capabilities: ["registries"],
        parts: [
          { id: "seed-school", nameZh: "1所种子校", nameEn: "One seed school", capabilities: [] },
          { id: "partner-units", nameZh: "N个协作单位", nameEn: "N partner units", capabilities: [] },
          { id: "pilot-bases", nameZh: "X个实验基地", nameEn: "X pilot bases", capabilities: [] },
        ],
      },
      {
        id: "innovation-chain",
        nameZh: "创新链条",
        nameEn: "Innovation chain",
        capabilities: [],
        parts: [
          { id: "problem-finding", nameZh: "问题发现", nameEn: "Finding problems", capabilities: [] },
          { id: "research-breakthrough", nameZh: "研究攻关", nameEn: "Research", capabilities: [] },
          { id: "results-transfer", nameZh: "成果转化", nameEn: "Putting results into practice", capabilities: [] },
        ],
      },
    ],
  },
  {
    id: "education-methods",
    numeral: "(三)",
    nameZh: "育人方式创新",
    nameEn: "Innovation in ways of educating",
    textZh:
      "将核心素养培育融入徐汇特色实践,通过“海派文化探源”等育人实景,融合徐汇科创资源优势,开发一批“五育融合”实践育人精品课程,提升学生创新实践、责任担当等核心素养。",
    summaryEn:
      "Build core competencies into Xuhui's distinctive practice: through real settings such as “Tracing Shanghai-style Culture” and Xuhui's science and innovation resources, develop quality practice courses that combine the five areas of education, raising students' innovative practice and sense of responsibility.",
    components: [
      {
        id: "haipai-culture-origins",
        nameZh: "“海派文化探源”等育人实景",
        nameEn: "Real settings such as “Tracing Shanghai-style Culture”",
        capabilities: ["venue-map"],
      },
      {
        id: "five-education-courses",
        nameZh: "“五育融合”实践育人精品课程",
        nameEn: "Quality practice courses combining the five areas of education",
        capabilities: ["course-platform"],
      },
      {
        id: "core-competencies",
        nameZh: "核心素养",
        nameEn: "Core competencies",
        capabilities: [],
        parts: [
          { id: "innovative-practice", nameZh: "创新实践", nameEn: "Innovative practice", capabilities: [] },
          { id: "responsibility", nameZh: "责任担当", nameEn: "Sense of responsibility", capabilities: [] },
        ],
      },
    ],
  },
  {
    id: "resource-integration",
    numeral: "(四)",
    nameZh: "资源融合创新",
    nameEn: "Innovation in combining resources",
    textZh:
      "制定《徐汇区社会教育资源准入标准》,打造一批“教育+”跨界融合示范项目,开发一套场馆课程转化工具包,建立一套资源使用效能评价系统,实现社会空间的课程化再造。",
    summaryEn:
      "Issue admission standards for social education resources in Xuhui; build “Education+” cross-sector demonstration projects; develop a toolkit that turns venues into courses; set up a system evaluating how effectively resources are used — turning social spaces into curriculum.",
    components: [
      {
        id: "resource-admission-standard",
        nameZh: "《徐汇区社会教育资源准入标准》",
        nameEn: "Xuhui admission standards for social education resources",
        capabilities: ["admission-standard"],
      },
      {
        id: "education-plus-projects",
        nameZh: "“教育+”跨界融合示范项目",
        nameEn: "“Education+” cross-sector demonstration projects",
        capabilities: ["registries", "case-library"],
      },
      {
        id: "venue-course-toolkit",
        nameZh: "场馆课程转化工具包",
        nameEn: "Venue-to-course conversion toolkit",
        capabilities: ["course-conversion-toolkit"],
      },
      {
        id: "resource-use-evaluation",
        nameZh: "资源使用效能评价系统",
        nameEn: "Resource-use effectiveness evaluation system",
        capabilities: ["effectiveness-evaluation"],
      },
    ],
  },
  {
    id: "brand-building",
    numeral: "(五)",
    nameZh: "品牌塑造创新",
    nameEn: "Innovation in brand building",
    textZh:
      "实施教育协同品牌“双百”计划,培育和孵化特色项目、创新案例。建立“创享会”经验交流机制,打造“教育汇客厅”融媒体平台,构建理念传播、实践展示、成果辐射的立体化宣传体系。",
    summaryEn:
      "Run the “double hundred” brand plan to cultivate signature projects and incubate innovative cases; set up “Chuangxiang Hui” experience-sharing meetings and the “Education Lounge” converged-media platform, forming a publicity system that spreads ideas, shows practice and radiates results.",
    components: [
      {
        id: "double-hundred",
        nameZh: "教育协同品牌“双百”计划",
        nameEn: "“Double hundred” brand plan",
        capabilities: ["case-library"],
        parts: [
          {
            id: "signature-projects",
            nameZh: "特色项目",
            nameEn: "Signature projects",
            capabilities: ["case-library"],
          },
          {
            id: "innovation-case-studies",
            nameZh: "创新案例",
            nameEn: "Innovative cases",
            capabilities: ["case-library"],
          },
        ],
        targetIds: ["collaborative-projects", "innovation-cases"],
      },
      {
        id: "chuangxiang-hui",
        nameZh: "“创享会”经验交流机制",
        nameEn: "“Chuangxiang Hui” experience-sharing meetings",
        capabilities: ["case-library"],
      },
      {
        id: "education-lounge",
        nameZh: "“教育汇客厅”融媒体平台",
        nameEn: "“Education Lounge” converged-media platform",
        capabilities: ["publicity"],
      },
      {
        id: "publicity-system",
        nameZh: "立体化宣传体系",
        nameEn: "Multi-channel publicity system",
        capabilities: ["publicity"],
        parts: [
          { id: "idea-dissemination", nameZh: "理念传播", nameEn: "Spreading ideas", capabilities: [] },
          { id: "practice-showcase", nameZh: "实践展示", nameEn: "Showing practice", capabilities: [] },
          { id: "results-radiation", nameZh: "成果辐射", nameEn: "Radiating results", capabilities: [] },
        ],
      },
    ],
  },
];
