import type { WeeklySlot } from "../../model/common/WeeklySlot.js";
import { type CellCodec, decoded, normalizeCellText, undecodable } from "./CellCodec.js";

const ZH_DAYS = ["一", "二", "三", "四", "五", "六", "日"] as const;
const EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const EN_FULL = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

const dayOf = (word: string): number | undefined => {
  const w = word.toLowerCase();
  if (/^[1-7]$/.test(w)) return Number(w);
  const zh = /^(?:周|星期|礼拜)([一二三四五六日天])$/.exec(word);
  if (zh?.[1]) return zh[1] === "天" ? 7 : ZH_DAYS.indexOf(zh[1] as (typeof ZH_DAYS)[number]) + 1;
  const i = EN_FULL.findIndex((d) => d === w || d.slice(0, 3) === w);
  return i < 0 ? undefined : i + 1;
};

const time = (t: string): string => (t.length === 4 ? `0${t}` : t);

const SLOT = /^(\S+?)\s*(\d{1,2}:\d{2})\s*(?:-|~|–|—|至|到)\s*(\d{1,2}:\d{2})$/;

/**
 * A weekly time slot: `周二 09:00-16:00` (also `星期二`, `Tue`, `Tuesday` or `2` for the day; `9:00`, full-width
 * `０９：００`; `-`, `~`, `至` or `到` between the times). Written `周二 09:00-16:00` in Chinese, `Tue 09:00-16:00` in
 * English. The record schema checks the times and that the end is after the start.
 *
 * @example
 * ```ts
 * import { weeklySlotCodec } from "@jiaolianti/core";
 * weeklySlotCodec.decode("星期三 13:30至15:30"); // { ok: true, value: { dayOfWeek: 3, start: "13:30", end: "15:30" } }
 * ```
 */
export const weeklySlotCodec: CellCodec<WeeklySlot> = {
  name: "weekly-slot",
  cellType: "text",
  decode: (cell) => {
    const text = normalizeCellText(cell);
    if (text === "") return decoded(undefined);
    const m = SLOT.exec(text);
    const day = m?.[1] === undefined ? undefined : dayOf(m[1]);
    if (!m || day === undefined) {
      return undecodable(
        `"${text}" is not a weekly slot (expected e.g. "Tue 09:00-16:00" or "周二 09:00-16:00")`,
        `“${text}”不是每周时段(应为如“周二 09:00-16:00”)`,
      );
    }
    return decoded({ dayOfWeek: day, start: time(m[2] ?? ""), end: time(m[3] ?? "") });
  },
  encode: (slot, { language }) =>
    `${language === "zh" ? `周${ZH_DAYS[slot.dayOfWeek - 1]}` : EN_DAYS[slot.dayOfWeek - 1]} ${slot.start}-${slot.end}`,
};
