import type { Instrument } from "./Instrument.js";

/** The lowest and highest score a scale can take. */
export interface ScaleRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The score range of every scale of an instrument, by scale id: a `sum` scale spans the sums of its items' minima and
 * maxima, a `mean` scale its items' range, a sum of scales the sums of its parts' ranges. Unknown references are
 * skipped (the {@link Instrument} schema reports them).
 *
 * @example
 * ```ts
 * import { phq9, scaleRanges } from "@jiaolianti/scoring";
 * scaleRanges(phq9).get("total"); // { min: 0, max: 27 }
 * ```
 */
export const scaleRanges = (instrument: Instrument): ReadonlyMap<string, ScaleRange> => {
  const items = new Map(instrument.items.map((i) => [i.id, i]));
  const ranges = new Map<string, ScaleRange>();
  for (const scale of instrument.scales) {
    let min = 0;
    let max = 0;
    if (scale.kind === "items") {
      const members = scale.items.flatMap((id) => items.get(id) ?? []);
      for (const item of members) {
        min += item.min;
        max += item.max;
      }
      if (scale.aggregate === "mean" && members.length > 0) {
        min /= members.length;
        max /= members.length;
      }
    } else {
      for (const part of scale.scales) {
        const r = ranges.get(part);
        min += r?.min ?? 0;
        max += r?.max ?? 0;
      }
    }
    ranges.set(scale.id, { min, max });
  }
  return ranges;
};
