import type { Locale } from "@jiaolianti/core";

/** Every string the demo shell shows, in zh-CN and en (components carry their own). Counts and dates are arguments. */
export interface DemoText {
  readonly title: string;
  readonly subtitle: string;
  readonly language: string;
  readonly origin: string;
  readonly originNote: string;
  readonly minutes: string;
  readonly mode: string;
  readonly walk: string;
  readonly bike: string;
  readonly vueSection: string;
  readonly vueSectionNote: string;
  readonly widgetSection: string;
  readonly widgetSectionNote: string;
  readonly selected: string;
  readonly nothingSelected: string;
  readonly dataNote: string;
  /** Heading of the plan-target section; says the figures are sample data. */
  readonly kpiSection: string;
  readonly kpiSectionNote: string;
  /** The sample-data notice above the board (示例数据 / sample data). */
  readonly kpiSampleNote: (count: number, asOf: string) => string;
}

/** The demo shell's translation table. */
export const demoText: Readonly<Record<Locale, DemoText>> = {
  "zh-CN": {
    title: "教联体智慧治理中心 · 演示",
    subtitle: "徐汇区家校社协同育人 — 15分钟校外实践育人圈 · 规划目标进度",
    language: "语言",
    origin: "出发点(街镇)",
    originNote: "出发点为街镇办事处或社区中心的位置(天平路街道为几何中心),仅用于演示。",
    minutes: "时间预算(分钟)",
    mode: "出行方式",
    walk: "步行",
    bike: "骑行",
    vueSection: "驾驶舱组件(Vue)",
    vueSectionNote: "区级驾驶舱使用的 Vue 组件 PracticeCircleList。",
    widgetSection: "可嵌入小组件(Lit)",
    widgetSectionNote: "学校网站用一个 script 标签即可嵌入的 <jlt-venue-finder>。",
    selected: "已选场馆",
    nothingSelected: "尚未选择",
    dataNote:
      "场馆数据:徐汇区 67 个真实公共场所,坐标为 WGS-84 近似位置(精度见各条记录);部分场馆在采集时(2026-03)闭馆或仅接待预约团体。出行时间为估算(直线距离 × 1.3 绕行系数)。",
    kpiSection: "规划目标进度看板(示例数据)",
    kpiSectionNote:
      "区级驾驶舱使用的 Vue 组件 PlanKpiBoard:徐汇区家校社协同育人“教联体”工作行动方案(2025—2027)的全部量化目标,状态由 @jiaolianti/scoring 的 trackKpis 计算。",
    kpiSampleNote: (count, asOf) =>
      `示例数据:以下 ${count} 个目标的实际值为虚构的演示数据(截至 ${asOf}),并非徐汇区的真实统计;其余目标显示“暂无数据”。`,
  },
  en: {
    title: "Jiaolianti smart governance centre · Demo",
    subtitle: "Xuhui home–school–society alliance — the 15-minute out-of-school practice circle · plan targets",
    language: "Language",
    origin: "Starting point (subdistrict)",
    originNote:
      "Starting points are subdistrict offices or community centres (Tianping Road: true centroid), for the demo only.",
    minutes: "Time budget (minutes)",
    mode: "Travel mode",
    walk: "Walk",
    bike: "Bike",
    vueSection: "Cockpit component (Vue)",
    vueSectionNote: "The PracticeCircleList Vue component used by the district cockpit.",
    widgetSection: "Embeddable widget (Lit)",
    widgetSectionNote: "<jlt-venue-finder>, which a school website embeds with one script tag.",
    selected: "Selected venue",
    nothingSelected: "None yet",
    dataNote:
      "Venue data: 67 real public venues in Xuhui, approximate WGS-84 points (accuracy per record); some were closed or took booked groups only at collection (2026-03). Travel times are estimates (straight line × 1.3 detour).",
    kpiSection: "Plan targets board (sample data)",
    kpiSectionNote:
      "The PlanKpiBoard Vue component of the district cockpit: every numeric target of the Xuhui Jiaolianti action plan (2025–2027), with statuses computed by trackKpis of @jiaolianti/scoring.",
    kpiSampleNote: (count, asOf) =>
      `Sample data: the actuals of the ${count} targets below are invented for the demo (as of ${asOf}), not Xuhui statistics; the other targets show “No data yet”.`,
  },
};
