import type { AdmissionStandardInput } from "../admission/AdmissionStandard.js";
import { PERCENT_0_100, RATING_1_5, shippedFramework, UNITS } from "./indicatorKit.js";

/**
 * A default 社会教育资源准入标准 (admission standard for social venues) — the plan commits Xuhui to drawing one up but
 * does not publish it, so everything here is a documented starting point a district edits.
 *
 * Gates (any failure rejects): a registered legal entity; a fire-safety inspection in force (公众聚集场所 must pass one
 * before opening: 《中华人民共和国消防法》 第十五条); public liability insurance in force; criminal-record checks of
 * staff in close contact with minors (《中华人民共和国未成年人保护法》(2020) 第六十二条); an emergency plan for school
 * groups; no serious safety incident in the past 12 months. Licence, insurance, checks and plan `suspend` an admitted
 * venue when they lapse; a legal-entity loss or a serious incident makes it `exit`.
 *
 * Scored criteria (absolute goalposts): 教育价值 (curriculum resources rated 1–5, educators 0–5), 安全管理 (safety
 * inspection rated 1–5, share of staff trained in first aid), 开放可达 (free or public-benefit opening 0/1 — the plan's
 * 推动社会场馆向学生免费或公益开放 —, hours a week open to school groups 0–20, minutes from public transport 0–20, a
 * cost). Dimension weights by AHP: education and safety equal, each 2× openness. Thresholds: admitted ≥ 75,
 * conditional ≥ 60, any dimension < 50 caps at conditional; reviews every 12 months (6 when conditional); exit after 2
 * conditional reviews in a row.
 *
 * Source: 徐汇区“教联体”行动方案 二(四) 制定《徐汇区社会教育资源准入标准》; 三(六)3 推动社会场馆向学生免费或公益开放. The
 * laws cited per gate. Thresholds, weights, goalposts, intervals and exit counts are ours.
 *
 * @example
 * ```ts
 * import { venueAdmissionStandard } from "@jiaolianti/scoring";
 * venueAdmissionStandard.gates.map((g) => g.id);
 * ```
 */
export const venueAdmissionStandard: AdmissionStandardInput = shippedFramework({
  id: "xuhui-venue-admission",
  version: "2025.1",
  nameZh: "徐汇区社会教育资源准入标准(默认草案)",
  nameEn: "Xuhui admission standard for social education resources (default draft)",
  source:
    "徐汇区家校社协同育人“教联体”工作行动方案(2025—2027) 二(四) 制定《徐汇区社会教育资源准入标准》(not published); gates cite 《消防法》第十五条 and 《未成年人保护法》第六十二条.",
  defaultsNote:
    "Ours: every gate other than the two cited laws, the indicators, AHP judgments, goalposts, thresholds (75 / 60, dimension floor 50), review intervals (12 / 6 months) and the exit after 2 conditional reviews in a row.",
  gates: [
    {
      id: "legal-entity",
      nameZh: "依法登记的法人或其他组织",
      nameEn: "Registered legal entity",
      fact: "legal-entity",
      test: { kind: "true" },
      onLapse: "exit",
      source: "ours: only accountable organisations host school groups",
    },
    {
      id: "fire-safety",
      nameZh: "消防安全检查合格并在有效期内",
      nameEn: "Fire-safety inspection passed and in force",
      fact: "fire-safety-valid-until",
      test: { kind: "validOn" },
      onLapse: "suspend",
      source: "《中华人民共和国消防法》第十五条 (公众聚集场所投入使用、营业前消防安全检查)",
    },
    {
      id: "liability-insurance",
      nameZh: "公众责任保险在有效期内",
      nameEn: "Public liability insurance in force",
      fact: "liability-insurance-valid-until",
      test: { kind: "validOn" },
      onLapse: "suspend",
      source: "ours: common practice for hosting school groups",
    },
    {
      id: "staff-background-check",
      nameZh: "密切接触未成年人的工作人员已完成违法犯罪记录查询",
      nameEn: "Criminal-record checks of staff in close contact with minors",
      fact: "staff-background-checked",
      test: { kind: "true" },
      onLapse: "suspend",
      source: "《中华人民共和国未成年人保护法》(2020 修订) 第六十二条",
    },
    {
      id: "emergency-plan",
      nameZh: "有面向学生团体的安全应急预案",
      nameEn: "Emergency plan for school groups",
      fact: "emergency-plan",
      test: { kind: "true" },
      onLapse: "suspend",
      source: "ours",
    },
    {
      id: "no-serious-incident",
      nameZh: "近12个月无重大安全责任事故",
      nameEn: "No serious safety incident in the past 12 months",
      fact: "serious-incidents-12m",
      test: { kind: "atMost", value: 0 },
      onLapse: "exit",
      source: "ours",
    },
  ],
  framework: {
    id: "xuhui-venue-admission-criteria",
    version: "2025.1",
    nameZh: "社会场馆准入评分",
    nameEn: "Venue admission criteria",
    source: "徐汇区“教联体”行动方案 二(四), 三(六)3; indicators ours.",
    minCoverage: 0.7,
    dimensionWeights: {
      kind: "ahp",
      pairwise: [
        [1, 1, 2],
        [1, 1, 2],
        [1 / 2, 1 / 2, 1],
      ],
    },
    dimensions: [
      {
        id: "educational-value",
        nameZh: "教育价值",
        nameEn: "Educational value",
        weights: { kind: "equal" },
        indicators: [
          {
            id: "curriculum-resources",
            nameZh: "课程资源与学科、五育契合度",
            nameEn: "Curriculum resources",
            direction: "benefit",
            unit: UNITS.rating5,
            normalization: RATING_1_5,
          },
          {
            id: "educator-staff",
            nameZh: "专职讲解或指导人员数",
            nameEn: "Dedicated educators",
            direction: "benefit",
            unit: { zh: "人", en: "people" },
            normalization: { method: "goalposts", low: 0, high: 5 },
          },
        ],
      },
      {
        id: "safety-management",
        nameZh: "安全管理",
        nameEn: "Safety management",
        weights: { kind: "equal" },
        indicators: [
          {
            id: "safety-inspection",
            nameZh: "安全检查评分",
            nameEn: "Safety inspection rating",
            direction: "benefit",
            unit: UNITS.rating5,
            normalization: RATING_1_5,
          },
          {
            id: "first-aid-trained",
            nameZh: "工作人员急救培训比例",
            nameEn: "Staff trained in first aid",
            direction: "benefit",
            unit: UNITS.percent,
            normalization: PERCENT_0_100,
          },
        ],
      },
      {
        id: "openness-access",
        nameZh: "开放可达",
        nameEn: "Openness and access",
        weights: { kind: "equal" },
        indicators: [
          {
            id: "free-or-public-benefit",
            nameZh: "向学生免费或公益开放",
            nameEn: "Free or public-benefit opening for students",
            direction: "benefit",
            unit: { zh: "是/否(1/0)", en: "yes/no (1/0)" },
            normalization: { method: "goalposts", low: 0, high: 1 },
          },
          {
            id: "school-open-hours",
            nameZh: "每周面向学校团体开放时长",
            nameEn: "Hours a week open to school groups",
            direction: "benefit",
            unit: UNITS.hours,
            normalization: { method: "goalposts", low: 0, high: 20 },
          },
          {
            id: "transit-minutes",
            nameZh: "距最近公共交通站点步行时间",
            nameEn: "Walk from the nearest public transport stop",
            direction: "cost",
            unit: { zh: "分钟", en: "minutes" },
            normalization: { method: "goalposts", low: 0, high: 20 },
          },
        ],
      },
    ],
  },
  thresholds: { admitted: 75, conditional: 60 },
  dimensionFloor: 50,
  review: { admittedMonths: 12, conditionalMonths: 6 },
  exit: { maxConsecutiveConditional: 2 },
});
