/**
 * What the reference data says about access to particular venues at collection (2026-03, `src/data/README.md`):
 * temporarily closed or under renovation, limited visiting hours, organised visits only, exterior only. The sample
 * turns these into a closure, restricted opening hours or a visit mode; everything else operational is synthetic.
 */
export const VENUE_STATUS_NOTES: Readonly<
  Record<
    string,
    { readonly note: "closed" | "limited-hours" | "organised-visits-only" | "exterior-only"; readonly reasonZh: string }
  >
> = {
  "xh-venue-061": { note: "closed", reasonZh: "采集时(2026-03)暂时闭馆,重新开放日期未知" }, // 上海公安博物馆
  "xh-venue-056": { note: "closed", reasonZh: "采集时(2026-03)暂时关闭,重新开放日期未知" }, // 桂林公园
  "xh-venue-051": { note: "closed", reasonZh: "采集时(2026-03)修缮中,重新开放日期未知" }, // 巴金故居
  "xh-venue-005": { note: "limited-hours", reasonZh: "开放时间有限" }, // 徐家汇天主教堂
  "xh-venue-008": { note: "organised-visits-only", reasonZh: "仅接待有组织的参观" }, // 中国科学院上海天文台
  "xh-venue-041": { note: "organised-visits-only", reasonZh: "仅接待有组织的参观" }, // 中山医院
  "xh-venue-060": { note: "organised-visits-only", reasonZh: "仅接待有组织的参观" }, // 徐汇区人民法院
  "xh-venue-049": { note: "exterior-only", reasonZh: "仅可外观参观" }, // 武康大楼
};
