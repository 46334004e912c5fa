/**
 * Why a demand (a class group, a school asking for a coach …) was not placed, as a code. The hard-constraint codes
 * name the filter that removed the last candidate offer; `capacity` and `outranked` mean candidates existed but had
 * no room left for the group.
 */
export const UNPLACED_REASON_CODES = [
  "theme",
  "grade",
  "accessibility",
  "time",
  "travel",
  "size",
  "kind",
  "specialty",
  "availability",
  "capacity",
  "outranked",
] as const;

/** An {@link UNPLACED_REASON_CODES} code. */
export type UnplacedReasonCode = (typeof UNPLACED_REASON_CODES)[number];

/** Labels of a reason, zh-CN and en, worded for a district officer (neutral: it is the offers that do not fit). */
export interface ReasonLabel {
  readonly labelZh: string;
  readonly labelEn: string;
}

/**
 * The reason code list with zh-CN and en labels (rules as data: a district may translate or reword them).
 *
 * @example
 * ```ts
 * import { unplacedReasons } from "@jiaolianti/matching";
 * unplacedReasons.travel.labelEn; // "Every suitable offer is farther than the group's travel limit"
 * ```
 */
export const unplacedReasons: Readonly<Record<UnplacedReasonCode, ReasonLabel>> = {
  theme: { labelZh: "没有该主题的资源", labelEn: "No offer in the requested themes" },
  grade: { labelZh: "没有适合该年级的资源", labelEn: "No offer designed for these grades" },
  accessibility: {
    labelZh: "符合条件的资源无法满足无障碍需求",
    labelEn: "No suitable offer provides every accessibility need",
  },
  time: { labelZh: "符合条件的资源不在可出行时间内", labelEn: "No suitable offer falls within the time windows" },
  travel: {
    labelZh: "符合条件的资源均超出出行时间上限",
    labelEn: "Every suitable offer is farther than the group's travel limit",
  },
  size: { labelZh: "团体人数超过符合条件资源的容量", labelEn: "The group is larger than every suitable offer" },
  kind: { labelZh: "没有该类别的人员", labelEn: "Nobody of the required kind" },
  specialty: { labelZh: "没有所需专长的人员", labelEn: "Nobody with a requested specialty" },
  availability: { labelZh: "人员可服务时间不匹配", labelEn: "No suitable person is available at the requested times" },
  capacity: {
    labelZh: "符合条件的资源名额已满",
    labelEn: "Every suitable offer is full (capacity exhausted)",
  },
  outranked: {
    labelZh: "符合条件的资源已按优先顺序安排给其他申请",
    labelEn: "Suitable offers were filled by requests they rank higher",
  },
};
