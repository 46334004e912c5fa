import type { z } from "zod";
import { deepFreeze } from "../../instruments/deepFreeze.js";
import type { Indicator } from "../Indicator.js";

/** An indicator as written in source (internal). */
export type IndicatorSource = z.input<typeof Indicator>;

/** Units used by the shipped frameworks (internal). */
export const UNITS = {
  percent: { zh: "%", en: "%" },
  rating5: { zh: "分(1–5)", en: "rating 1–5" },
  count: { zh: "个", en: "count" },
  schools: { zh: "所", en: "schools" },
  students: { zh: "人", en: "students" },
  days: { zh: "天", en: "days" },
  hours: { zh: "小时", en: "hours" },
  years: { zh: "年", en: "years" },
  yuanPerStudentHour: { zh: "元/生·时", en: "yuan per student-hour" },
  ratio: { zh: "比值(0–1)", en: "ratio 0–1" },
  perYear: { zh: "次/年", en: "per year" },
} as const;

/** Goalposts 0–100 % (internal). */
export const PERCENT_0_100 = { method: "goalposts", low: 0, high: 100 } as const;
/** Goalposts on a 1–5 rating scale: 1 scores 0, 5 scores 100 (internal). */
export const RATING_1_5 = { method: "goalposts", low: 1, high: 5 } as const;

/** A benefit percentage indicator on goalposts 0–100 (internal). */
export const percent = (
  id: string,
  nameZh: string,
  nameEn: string,
  extra: Partial<IndicatorSource> = {},
): IndicatorSource => ({
  id,
  nameZh,
  nameEn,
  direction: "benefit",
  unit: UNITS.percent,
  normalization: PERCENT_0_100,
  ...extra,
});

/** A benefit rating indicator on a 1–5 scale (expert panel or survey mean) (internal). */
export const rating = (
  id: string,
  nameZh: string,
  nameEn: string,
  extra: Partial<IndicatorSource> = {},
): IndicatorSource => ({
  id,
  nameZh,
  nameEn,
  direction: "benefit",
  unit: UNITS.rating5,
  normalization: RATING_1_5,
  ...extra,
});

/** Freezes a shipped framework or standard so it cannot be changed by accident (districts copy and edit it) (internal). */
export const shippedFramework = <T extends object>(f: T): T => deepFreeze(f) as T;
