import { bandIndex } from "./bandIndex.js";
import type { CompiledItem, CompiledScale } from "./compileInstrument.js";
import type { ScaleResult } from "./InstrumentScore.js";
import { MISSING } from "./readAnswers.js";
import type { ScaleBanding } from "./resolveScoreOptions.js";
import { scaleValue } from "./scaleValue.js";

const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : String(Number(x.toFixed(3))));

const bandRange = (banding: ScaleBanding & { kind: "bands" }, k: number, scale: CompiledScale): string => {
  const from = banding.from[k] as number;
  const next = banding.from[k + 1];
  if (!scale.integer) return next === undefined ? `≥ ${fmt(from)}` : `≥ ${fmt(from)} and < ${fmt(next)}`;
  const lo = Math.max(Math.ceil(from), scale.range.min);
  const hi = next === undefined ? scale.range.max : Math.ceil(next) - 1;
  return lo === hi ? `${lo}` : `${lo}–${hi}`;
};

/** Where a band came from, for its reason: `norm set cn-du2008, parent`. */
export const bandContext = (normSet: string | null, informant: string | null): string =>
  informant === null ? `norm set ${normSet}` : `norm set ${normSet}, ${informant}`;

const band = (
  scale: CompiledScale,
  value: number | null,
  banding: ScaleBanding,
  context: string,
): Pick<ScaleResult, "band" | "bandReason"> => {
  if (banding.kind === "none") return { band: null, bandReason: banding.reason };
  if (value === null) return { band: null, bandReason: "no band: the score is not usable" };
  const k = bandIndex(banding.from, value);
  const id = banding.ids[k];
  if (id === undefined) return { band: null, bandReason: `no band: ${fmt(value)} is below every band` };
  return { band: id, bandReason: `${id}: ${bandRange(banding, k, scale)} (${context})` };
};

const itemRule = (
  scale: CompiledScale,
  sum: number,
  answered: number,
  missing: ReadonlyArray<string>,
  value: number | null,
): string => {
  const n = scale.members.length;
  const rev = scale.reversed.length > 0 ? ` (reverse-scored as min + max − answer: ${scale.reversed.join(", ")})` : "";
  const gap = `${n - answered} of ${n} items missing (${missing.join(", ")})`;
  if (value === null) {
    if (answered === 0) return `not scored: none of the ${n} items answered`;
    return scale.prorates
      ? `${gap}: not scored — at least ${scale.minAnswered} answered items needed`
      : `${gap}: not scored — every item must be answered (no proration rule)`;
  }
  if (scale.aggregate === "mean") {
    const what = answered === n ? `mean of ${n} items${rev}` : `${gap}${rev}: mean of the ${answered} answered items`;
    return `${what} = ${sum} / ${answered} = ${fmt(value)}`;
  }
  if (answered === n) return `sum of ${n} items${rev} = ${sum}`;
  return `${gap}${rev}: prorated round(${sum} × ${n} / ${answered}) half up = ${value}`;
};

/**
 * Scores one scale from decoded answers and the values of earlier scales, with its band and an explanation in words
 * (internal; the arithmetic is {@link scaleValue}, shared with the columnar scorer).
 *
 * @param values - values of the scales scored so far, by scale index (`NaN` = not usable); this scale's is written.
 */
export const scoreScale = (
  scale: CompiledScale,
  items: ReadonlyArray<CompiledItem>,
  scales: ReadonlyArray<CompiledScale>,
  raw: Int16Array,
  values: Float64Array,
  proratedSoFar: Uint8Array,
  banding: ScaleBanding,
  context: string,
): ScaleResult => {
  let sum = 0;
  let answered = 0;
  const missing: string[] = [];
  let prorated = false;
  let value: number | null;
  let rule: string;
  if (scale.kind === "items") {
    for (let j = 0; j < scale.members.length; j++) {
      const m = scale.members[j] as number;
      const item = items[m] as CompiledItem;
      const x = raw[m] as number;
      if (x === MISSING) missing.push(item.id);
      else {
        sum += item.reverse ? item.min + item.max - x : x;
        answered++;
      }
    }
    const v = scaleValue(scale.aggregate, sum, answered, scale.members.length, scale.minAnswered);
    value = Number.isNaN(v) ? null : v;
    prorated = value !== null && answered < scale.members.length;
    rule = itemRule(scale, sum, answered, missing, value);
  } else {
    const parts: string[] = [];
    const terms: string[] = [];
    const proratedParts: string[] = [];
    for (let j = 0; j < scale.members.length; j++) {
      const m = scale.members[j] as number;
      const part = scales[m] as CompiledScale;
      const v = values[m] as number;
      parts.push(part.id);
      if (Number.isNaN(v)) missing.push(part.id);
      else {
        sum += v;
        answered++;
        terms.push(fmt(v));
        if (proratedSoFar[m] === 1) proratedParts.push(part.id);
      }
    }
    value = missing.length > 0 ? null : sum;
    prorated = value !== null && proratedParts.length > 0;
    const note = prorated ? ` (prorated parts: ${proratedParts.join(", ")})` : "";
    rule =
      value === null
        ? `not scored: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not scored`
        : `${parts.join(" + ")} = ${terms.join(" + ")} = ${fmt(value)}${note}`;
  }
  values[scale.index] = value ?? Number.NaN;
  proratedSoFar[scale.index] = prorated ? 1 : 0;
  return {
    scale: scale.id,
    value,
    prorated,
    ...band(scale, value, banding, context),
    answered,
    of: scale.members.length,
    rawSum: sum,
    missing,
    rule,
  };
};
