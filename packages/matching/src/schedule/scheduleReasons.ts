/**
 * Why a time cannot be used for an allocation. The first group are **hard constraints** checked per candidate time
 * before the search, in this order (a time counts once, at the first it fails); the second are **conflicts** with
 * allocations already placed.
 */
export const SCHEDULE_REASON_CODES = [
  "no-time",
  "group-too-large",
  "not-school-day",
  "venue-closed",
  "session-too-short",
  "outside-opening-hours",
  "outside-school-window",
  "expert-unavailable",
  "class-busy",
  "expert-busy",
  "session-full",
  "venue-full",
] as const;

/** A reason code; see {@link scheduleReasons} for labels. */
export type ScheduleReasonCode = (typeof SCHEDULE_REASON_CODES)[number];

/** The conflict codes (checked against placed allocations during the search). */
export type ScheduleConflictCode = Extract<
  ScheduleReasonCode,
  "class-busy" | "expert-busy" | "session-full" | "venue-full"
>;

/**
 * zh-CN and en labels of every {@link ScheduleReasonCode}, written for a teacher or a district officer.
 *
 * @example
 * ```ts
 * import { scheduleReasons } from "@jiaolianti/matching";
 * scheduleReasons["outside-school-window"].labelZh; // "超出学校可外出时段(含往返路程)"
 * ```
 */
export const scheduleReasons: Readonly<
  Record<ScheduleReasonCode, { readonly labelZh: string; readonly labelEn: string }>
> = {
  "no-time": { labelZh: "该项目在本学期没有任何场次", labelEn: "the offer has no session in the term" },
  "group-too-large": {
    labelZh: "班级人数超过单场座位或场馆容量",
    labelEn: "the class is larger than one occurrence's seats or the venue's capacity",
  },
  "not-school-day": {
    labelZh: "不是本学期的上课日(节假日、周末或学期外)",
    labelEn: "not a school day of the term (holiday, weekend or outside the term)",
  },
  "venue-closed": { labelZh: "场馆闭馆", labelEn: "the venue is closed" },
  "session-too-short": { labelZh: "场次时长短于活动时长", labelEn: "the session is shorter than the activity" },
  "outside-opening-hours": { labelZh: "超出场馆开放时间", labelEn: "outside the venue's opening hours" },
  "outside-school-window": {
    labelZh: "超出学校可外出时段(含往返路程)",
    labelEn: "outside the school's time windows (travel included)",
  },
  "expert-unavailable": { labelZh: "专家该时段不可安排", labelEn: "the expert is not available then" },
  "class-busy": { labelZh: "班级该时段已有安排", labelEn: "the class is already booked then" },
  "expert-busy": { labelZh: "专家该时段已有安排", labelEn: "the expert is already booked then" },
  "session-full": { labelZh: "该场次座位已满", labelEn: "the occurrence has no seats left" },
  "venue-full": { labelZh: "场馆该时段接待已满", labelEn: "the venue is full at that time" },
};
