import { parseWith, type Result, type ValidationError } from "@jiaolianti/core";
import { Instrument, type InstrumentLabel, type ScoreDirection } from "./Instrument.js";
import { type ScaleRange, scaleRanges } from "./scaleRanges.js";

/** An item, ready for scoring (internal). */
export interface CompiledItem {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly reverse: boolean;
}

/** A scale, ready for scoring (internal). `members` are item indices, or scale indices for a sum of scales. */
export interface CompiledScale {
  readonly id: string;
  readonly index: number;
  readonly label: InstrumentLabel;
  readonly direction: ScoreDirection;
  readonly kind: "items" | "sum-of-scales";
  readonly members: Int32Array;
  /** Ids of the scale's reverse-scored items (for its explanation). */
  readonly reversed: ReadonlyArray<string>;
  readonly aggregate: "sum" | "mean";
  /** Fewest answered items for a value: the item count when the rule is `complete`. */
  readonly minAnswered: number;
  /** `true` when the rule is `prorate` (so a value from fewer items is prorated). */
  readonly prorates: boolean;
  /** Items share one response range (needed to average or prorate). */
  readonly uniformRange: boolean;
  /** Scores are whole numbers (sums, prorated sums rounded, sums of such). */
  readonly integer: boolean;
  readonly range: ScaleRange;
}

/** A flag rule, ready for scoring (internal): fires when any `answer[items[c]] ≥ atLeast[c]`. */
export interface CompiledRule {
  readonly id: string;
  readonly flag: string;
  /** Bit of `flag` in the columnar scorer's masks. */
  readonly flagBit: number;
  readonly reason: string;
  readonly items: Int32Array;
  readonly atLeast: Int32Array;
}

/** A validated instrument with lookups and index arrays for the engines (internal). */
export interface CompiledInstrument {
  readonly instrument: Instrument;
  /** `id@version`, e.g. `phq-9@1.0`. */
  readonly ref: string;
  readonly items: ReadonlyArray<CompiledItem>;
  readonly itemIndex: ReadonlyMap<string, number>;
  readonly scales: ReadonlyArray<CompiledScale>;
  readonly scaleIndex: ReadonlyMap<string, number>;
  /** Index of the primary scale, or −1. */
  readonly primary: number;
  /** Distinct flag ids in first-rule order; bit i of a mask is `flagIds[i]`. */
  readonly flagIds: ReadonlyArray<string>;
  readonly rules: ReadonlyArray<CompiledRule>;
  /** Memo of resolved options (norm set × informant), filled by `resolveScoreOptions`. */
  readonly memo: Map<string, unknown>;
}

const cache = new WeakMap<object, CompiledInstrument>();

const compile = (instrument: Instrument): CompiledInstrument => {
  const itemIndex = new Map(instrument.items.map((item, i) => [item.id, i]));
  const items = instrument.items.map((item) => ({
    id: item.id,
    min: item.min,
    max: item.max,
    reverse: item.reverse === true,
  }));
  const ranges = scaleRanges(instrument);
  const scaleIndex = new Map<string, number>();
  const scales: CompiledScale[] = [];
  instrument.scales.forEach((scale, index) => {
    const range = ranges.get(scale.id) ?? { min: 0, max: 0 };
    const base = { id: scale.id, index, label: scale.label, direction: scale.direction, range };
    if (scale.kind === "items") {
      const members = Int32Array.from(scale.items, (id) => itemIndex.get(id) ?? -1);
      const first = items[members[0] ?? 0];
      scales.push({
        ...base,
        kind: "items",
        members,
        reversed: [...members].flatMap((m) => (items[m]?.reverse ? [items[m]?.id ?? ""] : [])),
        aggregate: scale.aggregate,
        minAnswered: scale.missing.kind === "prorate" ? scale.missing.minAnswered : members.length,
        prorates: scale.missing.kind === "prorate",
        uniformRange: [...members].every((m) => items[m]?.min === first?.min && items[m]?.max === first?.max),
        integer: scale.aggregate === "sum",
      });
    } else {
      const members = Int32Array.from(scale.scales, (id) => scaleIndex.get(id) ?? -1);
      scales.push({
        ...base,
        kind: "sum-of-scales",
        members,
        reversed: [],
        aggregate: "sum",
        minAnswered: members.length,
        prorates: false,
        uniformRange: true,
        integer: [...members].every((m) => scales[m]?.integer === true),
      });
    }
    scaleIndex.set(scale.id, index);
  });
  const flagIds = [...new Set(instrument.flagRules.map((r) => r.flag))];
  const rules = instrument.flagRules.map((rule) => ({
    id: rule.id,
    flag: rule.flag,
    flagBit: flagIds.indexOf(rule.flag),
    reason: rule.reason,
    items: Int32Array.from(rule.anyOf, (c) => itemIndex.get(c.item) ?? -1),
    atLeast: Int32Array.from(rule.anyOf, (c) => c.atLeast),
  }));
  return {
    instrument,
    ref: `${instrument.id}@${instrument.version}`,
    items,
    itemIndex,
    scales,
    scaleIndex,
    primary: instrument.primaryScale === null ? -1 : (scaleIndex.get(instrument.primaryScale) ?? -1),
    flagIds,
    rules,
    memo: new Map(),
  };
};

/**
 * Validates an instrument against the {@link Instrument} schema once and compiles it into index arrays (internal).
 * The result is cached per instrument object: instruments are immutable values (the shipped ones are frozen).
 */
export const compileInstrument = (instrument: Instrument): Result<CompiledInstrument, ValidationError> => {
  if (instrument === null || typeof instrument !== "object")
    return parseWith(Instrument, instrument, "instrument") as Result<never, ValidationError>;
  const hit = cache.get(instrument);
  if (hit) return { ok: true, value: hit };
  const parsed = parseWith(Instrument, instrument, `instrument ${String(instrument.id)}`);
  if (!parsed.ok) return parsed;
  const compiled = compile(instrument);
  cache.set(instrument, compiled);
  return { ok: true, value: compiled };
};
