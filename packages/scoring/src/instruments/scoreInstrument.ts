import type { Result, ValidationError } from "@jiaolianti/core";
import { compileInstrument } from "./compileInstrument.js";
import { evaluateFlags } from "./evaluateFlags.js";
import type { Instrument } from "./Instrument.js";
import type { InstrumentScore, ScaleResult } from "./InstrumentScore.js";
import { type InstrumentAnswers, MISSING, readAnswers } from "./readAnswers.js";
import { resolveScoreOptions, type ScoreOptions } from "./resolveScoreOptions.js";
import { bandContext, scoreScale } from "./scoreScale.js";

/**
 * Scores one student's answers to an instrument: the one engine for every instrument defined as data.
 *
 * Steps, each explained in the result: validate the answers (array in item order or record by item id, `null` =
 * missing); reverse-score items marked `reverse` (`min + max − answer`); score each scale with its missing-data rule
 * (`complete`, or `prorate` = `round(sum × n / answered)` half up for sums, `sum / answered` for means — see
 * {@link scaleValue}); sum scales of scales (`null` if any part is `null`); band every scale in the norm set's table
 * for the informant; raise flags from the raw answers whatever the scores (even unusable ones), and report flags that
 * cannot be ruled out because an item of their rule is missing.
 *
 * Returns a typed {@link ValidationError} — never throws — for an invalid instrument (subject `instrument …`), bad
 * answers (wrong item count, non-number, `NaN`, non-integer, out of range, unknown item id; path = item index or id)
 * or bad options (unknown norm set or informant, missing informant where the norms need one; path = option name).
 *
 * Source: REFERENCE.md §1 for each shipped instrument (see its JSDoc).
 *
 * @example
 * ```ts
 * import { phq9, scoreInstrument, sdq } from "@jiaolianti/scoring";
 *
 * const phq = scoreInstrument(phq9, [1, 0, 1, 0, 0, 1, 0, 0, 1]);
 * if (phq.ok) console.log(phq.value.total, phq.value.band, phq.value.flags); // 4 "minimal" ["self-harm"]
 *
 * const answers = { somatic: 2, worries: 1, unhappy: 1, clingy: 0, afraid: 1 }; // others missing
 * const s = scoreInstrument(sdq, answers, { normSet: "cn-du2008", informant: "self" });
 * if (s.ok) console.log(s.value.subscales.emotional?.band, s.value.total); // "borderline" null
 * ```
 */
export const scoreInstrument = (
  instrument: Instrument,
  answers: InstrumentAnswers,
  options?: ScoreOptions,
): Result<InstrumentScore, ValidationError> => {
  const compiled = compileInstrument(instrument);
  if (!compiled.ok) return compiled;
  const c = compiled.value;
  const resolved = resolveScoreOptions(c, options);
  if (!resolved.ok) return resolved;
  const o = resolved.value;
  const read = readAnswers(c, answers);
  if (!read.ok) return read;
  const raw = read.value;

  const context = bandContext(o.normSet, o.tableInformant);
  const values = new Float64Array(o.scales.length);
  const proratedSoFar = new Uint8Array(o.scales.length);
  const results = o.scales.map((scale) =>
    scoreScale(
      scale,
      c.items,
      o.scales,
      raw,
      values,
      proratedSoFar,
      o.banding[scale.index] ?? { kind: "none", reason: "" },
      context,
    ),
  );
  const subscales: Record<string, ScaleResult> = {};
  for (const r of results) if (r.scale !== instrument.primaryScale) subscales[r.scale] = r;
  const total = c.primary >= 0 ? (results[c.primary] ?? null) : null;
  const flags = evaluateFlags(c, raw);
  const missingItems = c.items.filter((_, i) => raw[i] === MISSING).map((item) => item.id);
  const answered = c.items.length - missingItems.length;
  const usable = total ? total.value !== null : results.every((r) => r.value !== null);

  const summary = [
    `${instrument.name.en} (${c.ref}); ${o.normSet === null ? "no norm set" : context}${
      o.informant !== null && o.tableInformant === null ? `; informant ${o.informant}` : ""
    }`,
    `${answered} of ${c.items.length} items answered${missingItems.length > 0 ? `; missing: ${missingItems.join(", ")}` : ""}`,
    ...(total
      ? [`${total.scale} = ${total.value ?? "null (not usable)"}: ${total.rule}; ${total.bandReason}`]
      : ["no total: this instrument reports its scales only"]),
    ...flags.firedRules.map(
      (f) =>
        `flag ${f.flag} raised by rule ${f.rule} (${f.evidence.map((e) => `${e.item} = ${e.value} ≥ ${e.atLeast}`).join(", ")}): ${f.reason}`,
    ),
    ...flags.uncheckedRules.map(
      (u) => `flag ${u.flag} cannot be ruled out by rule ${u.rule}: not answered: ${u.missingItems.join(", ")}`,
    ),
    ...(o.overridden.length > 0 ? [`missing-data rule replaced by the caller for: ${o.overridden.join(", ")}`] : []),
  ];

  return {
    ok: true,
    value: {
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      normSet: o.normSet,
      informant: o.informant,
      normSetInformant: o.tableInformant,
      total: total?.value ?? null,
      band: total?.band ?? null,
      subscales,
      flags: flags.flags,
      unresolvedFlags: flags.unresolvedFlags,
      prorated: results.some((r) => r.prorated),
      answered,
      itemCount: c.items.length,
      usable,
      explanation: {
        total,
        missingItems,
        firedRules: flags.firedRules,
        uncheckedRules: flags.uncheckedRules,
        overriddenMissingRules: o.overridden,
        normSetSource: o.normSetSource,
        summary,
      },
    },
  };
};
