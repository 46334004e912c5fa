import { parseWith, type Result, type ValidationError } from "@jiaolianti/core";
import { deepFreeze } from "./deepFreeze.js";
import { Instrument } from "./Instrument.js";

/**
 * Validates an instrument definition (e.g. loaded from a district's JSON configuration) against the
 * {@link Instrument} schema — shape and cross-references — and returns it frozen, ready for {@link scoreInstrument}.
 * Every problem is reported with its path (e.g. `["scales", 0, "items", 3]` for an unknown item).
 *
 * @example
 * ```ts
 * import { defineInstrument, scoreInstrument } from "@jiaolianti/scoring";
 * const wellbeing = defineInstrument({
 *   id: "who-5-demo", version: "2025.1", name: { en: "Demo wellbeing index", zh: "示例幸福感指数" },
 *   source: "district configuration, for illustration", licence: "internal",
 *   items: [1, 2, 3].map((k) => ({ id: `w-${k}`, min: 0, max: 5 })),
 *   scales: [{ kind: "items", id: "total", label: { en: "Total", zh: "总分" }, direction: "higher-is-better",
 *     items: ["w-1", "w-2", "w-3"], aggregate: "sum", missing: { kind: "complete" } }],
 *   primaryScale: "total", normSets: [], defaultNormSet: null, flagRules: [],
 * });
 * if (wellbeing.ok) console.log(scoreInstrument(wellbeing.value, [5, 4, 3]).ok); // true
 * ```
 */
export const defineInstrument = (input: unknown): Result<Instrument, ValidationError> => {
  const parsed = parseWith(Instrument, input, "instrument");
  return parsed.ok ? { ok: true, value: deepFreeze(parsed.value) } : parsed;
};
