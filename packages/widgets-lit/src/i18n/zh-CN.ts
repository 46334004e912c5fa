import type { Translation } from "./Translation.js";

const by = (mode: "walk" | "bike"): string => (mode === "walk" ? "步行" : "骑行");

/** The zh-CN (simplified Chinese) table, also used for every other `zh` tag. */
export const zhCN: Translation = {
  $code: "zh-CN",
  title: "校外实践场所",
  heading: (minutes, mode, theme) => `${by(mode)}${minutes}分钟可达的校外实践场所${theme ? `:${theme}` : ""}`,
  trip: (minutes, mode) => `约 ${minutes} 分钟${by(mode)}`,
  estimateNote: (detour, speed, mode) =>
    `时间为估算:直线距离 × ${detour} 绕行系数,按${by(mode)}每分钟 ${speed} 米计算,未按实际路线。`,
  themeSeparator: "、",
  metaSeparator: " · ",
  loading: "正在加载场所数据…",
  noData: "尚未提供场所数据。",
  empty: (minutes, mode, theme) => `${by(mode)}${minutes}分钟范围内暂无${theme ? `“${theme}”主题的` : ""}场所。`,
  ignored: (count) => `已忽略 ${count} 条无效记录。`,
  capped: (shown, total) => `仅显示最近的 ${shown} 个场所(共 ${total} 个)。`,
  errorHttp: (status) => `无法加载场所数据(HTTP ${status})。`,
  errorNetwork: "无法加载场所数据,请检查网络或数据地址。",
  errorFormat: "场所数据格式不正确:应为 JSON 数组。",
  errorTooLarge: "场所数据文件过大,未加载。",
  errorOrigin: "学校坐标无效:请设置 lat(−90 至 90)和 lng(−180 至 180)。",
  errorCrs: "坐标系无效:crs 应为 WGS84、GCJ02 或 BD09。",
  errorMinutes: (max) => `时间设置无效:minutes 应大于 0 且不超过 ${max}。`,
  errorMode: "出行方式无效:mode 应为 walk 或 bike。",
  errorTheme: (code) => `未知的主题代码:${code}`,
};
