import type { Plan } from "./Plan.js";
import { xuhuiPlan2025Actions } from "./xuhuiPlan2025Actions.js";
import { xuhuiPlan2025Commitments } from "./xuhuiPlan2025Commitments.js";
import { xuhuiPlan2025Framework, xuhuiPlan2025Goals, xuhuiPlan2025Mechanism } from "./xuhuiPlan2025Goals.js";
import { xuhuiPlan2025Targets } from "./xuhuiPlan2025Targets.js";
import { xuhuiPlan2025Tracks } from "./xuhuiPlan2025Tracks.js";

/**
 * The Xuhui District (Shanghai) home–school–society "教联体" action plan 2025–2027 as data: 3 goals, the 四化 mechanism,
 * the 1+3+N frame, 5 innovation tracks, 8 actions with 24 tasks, every numeric and coverage target, the qualitative
 * commitments, and the safeguards (区委教育工作领导小组, 三维评估, 《部门教育履职效能评估办法》). Chinese text is verbatim
 * from the source; English is a faithful summary. It parses with {@link Plan}.
 *
 * Source: 《徐汇区家校社协同育人“教联体”工作行动方案(2025—2027)》, reprinted by 中华文化领域人才培养综合服务平台 on
 * 2025-09-11 (政策法规). The authoritative text is the one issued by Xuhui District.
 *
 * @example
 * ```ts
 * import { targetsOf, xuhuiPlan2025 } from "@jiaolianti/core";
 * xuhuiPlan2025.actions.length; // 8
 * const r = targetsOf(xuhuiPlan2025, "huidong-jianti");
 * if (r.ok) r.value.map((t) => t.id); // ["coaches-in-schools", "district-competition-participation"]
 * ```
 */
export const xuhuiPlan2025: Plan = {
  id: "xuhui-jiaolianti-2025-2027",
  version: "1.0.0",
  titleZh: "徐汇区家校社协同育人“教联体”工作行动方案(2025—2027)",
  titleEn:
    "Xuhui District Action Plan for the Home–School–Society Collaborative Education Alliance (Jiaolianti), 2025–2027",
  issuer: { zh: "徐汇区", en: "Xuhui District, Shanghai" },
  period: { startYear: 2025, endYear: 2027 },
  source: {
    kind: "reprint",
    titleZh: "《徐汇区家校社协同育人“教联体”工作行动方案(2025—2027)》",
    publisherZh: "中华文化领域人才培养综合服务平台",
    publisherEn: "Comprehensive Service Platform for Talent Training in the Field of Chinese Culture",
    hostZh: "中华文化促进会",
    hostEn: "China Culture Promotion Society",
    sectionZh: "政策法规",
    publishedOn: "2025-09-11",
    authorityNoteEn:
      "A reprint on a third-party site (section 政策法规, source 中华文化领域人才培养综合服务平台, published 2025-09-11). The authoritative text is the one issued by Xuhui District (徐汇区); check figures against it before relying on them. No URL is recorded because the reprint does not state the original's.",
  },
  legalBasis: [
    {
      titleZh: "《中华人民共和国家庭教育促进法》",
      titleEn: "Family Education Promotion Law of the People's Republic of China",
    },
    {
      titleZh: "《家校社协同育人“教联体”工作方案》",
      titleEn: "Work Plan for the Home–School–Society Collaborative Education Alliance (Jiaolianti)",
      issuerZh: "教育部等十七部门",
      issuerEn: "Ministry of Education and 16 other national departments",
    },
    {
      titleZh: "《上海市中小学校外实践教育促进规定》",
      titleEn: "Shanghai Provisions on Promoting Out-of-School Practice Education in Primary and Secondary Schools",
    },
  ],
  preamble: {
    textZh:
      "为全面贯彻落实《中华人民共和国家庭教育促进法》等有关法律要求以及教育部等十七部门联合印发《家校社协同育人“教联体”工作方案》《上海市中小学校外实践教育促进规定》等文件精神,深入推进“徐汇区全国学校家庭社会协同育人实验区”建设,以“教联体”建设为核心,促进家校社三方协同发力,守护学生身心健康成长,制定本方案。",
    summaryEn:
      "To implement the Family Education Promotion Law, the Jiaolianti work plan of the Ministry of Education and 16 other departments and Shanghai's provisions on out-of-school practice education, and to advance Xuhui as a national experimental zone for school–family–society collaborative education, this plan puts the Jiaolianti at the core so that home, school and society work together for students' physical and mental health.",
  },
  goals: [...xuhuiPlan2025Goals],
  mechanism: xuhuiPlan2025Mechanism,
  framework: xuhuiPlan2025Framework,
  tracksIntro: {
    textZh: "立足教育治理能力现代化,构建“五维创新”战略行动体系,形成“全域育人共同体”。",
    summaryEn:
      "Building on the modernisation of education governance, set up a five-track innovation system that forms a district-wide education community.",
  },
  tracks: [...xuhuiPlan2025Tracks],
  actions: xuhuiPlan2025Actions.map((a) => ({
    ...a,
    targets: xuhuiPlan2025Targets.filter((t) => t.actionId === a.id),
  })),
  targets: [...xuhuiPlan2025Targets],
  commitments: [...xuhuiPlan2025Commitments],
  safeguards: {
    coordinator: "education-leading-group",
    items: [
      {
        id: "organisational-leadership",
        numeral: "一是",
        textZh:
          "一是加强组织领导,由区委教育工作领导小组统筹推进,牵头部门负责,“教联体”各主体根据教育部等十七部门印发的《家校社协同育人“教联体”工作方案》,各司其职,协同推进,完善经费、人员、场地等方面政策保障。",
        summaryEn:
          "Strengthen leadership: the District Party Committee's Education Work Leading Group coordinates, lead departments are responsible, and every Jiaolianti member does its part under the national work plan, with policy support for funding, staff and premises.",
        capabilities: ["registries"],
      },
      {
        id: "accountability-evaluation",
        numeral: "二是",
        textZh:
          "二是构建政府履职度、社会参与度、家庭满意度“三维评估”体系,配套制定《部门教育履职效能评估办法》,确保改革成果制度化、长效化。",
        summaryEn:
          "Build a three-dimension evaluation of government performance of duties, social participation and family satisfaction, with accompanying measures for assessing departments' education duties, so that reforms last.",
        capabilities: ["three-dimension-evaluation", "effectiveness-evaluation", "kpi-tracking"],
      },
      {
        id: "publicity-promotion",
        numeral: "三是",
        textZh:
          "三是加强对家校社协同育人工作中的先进经验、典型案例、优秀成果的宣传推广力度,营造全域协同推进“教联体”建设、全社会关心学生健康成长的良好氛围。",
        summaryEn:
          "Publicise good practice, typical cases and outstanding results of collaborative education, so the whole district and society care about students' healthy growth.",
        capabilities: ["publicity", "case-library"],
      },
    ],
    evaluation: {
      id: "three-dimension-evaluation",
      nameZh: "“三维评估”体系",
      nameEn: "Three-dimension evaluation system",
      dimensions: [
        { id: "government-performance", nameZh: "政府履职度", nameEn: "Government performance of duties" },
        { id: "social-participation", nameZh: "社会参与度", nameEn: "Social participation" },
        { id: "family-satisfaction", nameZh: "家庭满意度", nameEn: "Family satisfaction" },
      ],
      instruments: [
        {
          id: "department-performance-measures",
          titleZh: "《部门教育履职效能评估办法》",
          titleEn: "Measures for Assessing Departments' Effectiveness in Performing Education Duties",
          status: "to-be-formulated",
          dimensionIds: ["government-performance"],
          noteEn:
            "The text says the measures are to be drawn up to accompany (配套) the three-dimension system; its title scopes it to departments, so it is linked to the government-performance dimension only. Its content is not published in the plan.",
        },
      ],
    },
  },
};
