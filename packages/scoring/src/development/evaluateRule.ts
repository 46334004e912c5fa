import type { SupportTier } from "@jiaolianti/core";
import { roundHalfUp } from "../fitness/roundHalfUp.js";
import type { InstrumentLabel } from "../instruments/Instrument.js";
import type { CompiledWarningRule } from "./compileWarningRules.js";
import type { ReadMeasures } from "./StudentMeasures.js";
import type { WarningCriterion, WarningOperator } from "./WarningRuleSet.js";

/**
 * What a rule found for one student: `fired`; `not-fired`; `insufficient` — the measurement exists but is unusable
 * (too many missing items, a flag that cannot be ruled out, no band), so the rule decides nothing; `absent` — not
 * measured (instrument not administered, no BMI, no fitness test).
 */
export type RuleStatus = "fired" | "not-fired" | "insufficient" | "absent";

/**
 * One rule's evaluation for one student, with the value it read and the threshold it compared it with.
 *
 * @example
 * ```ts
 * import { phq9, scoreInstrument, warningTier } from "@jiaolianti/scoring";
 * const phq = scoreInstrument(phq9, [2, 2, 2, 2, 2, 1, 1, 1, 0]);
 * if (phq.ok) {
 *   const r = warningTier({ scores: [phq.value] });
 *   if (r.ok) console.log(r.value.fired.map((e) => [e.ruleId, e.value])); // [["yellow-phq9-10", 13]]
 * }
 * ```
 */
export interface RuleEvaluation {
  readonly ruleId: string;
  /** The tier the rule raises to when it fires. */
  readonly tier: Exclude<SupportTier, "green">;
  readonly status: RuleStatus;
  /** The criterion, e.g. `"phq-9 total"`, `"mssmhs.depression"`, `"sdq total band"`, `"flag self-harm"`. */
  readonly criterion: string;
  /** The rule's criterion as data (what `planFor` reads to choose the support areas). */
  readonly criterionSpec: WarningCriterion;
  /** The value read (a score, a band id, a BMI category, `true`/`false` for a flag); `null` when unusable or absent. */
  readonly value: number | string | boolean | null;
  readonly operator: WarningOperator;
  readonly threshold: number | string | boolean | ReadonlyArray<string>;
  /** The rule's own explanation (why it matters). */
  readonly explanation: InstrumentLabel;
  /** Why the rule could not decide (insufficient or absent); `null` otherwise. */
  readonly reason: InstrumentLabel | null;
}

const compare = (op: 0 | 1 | 2 | 3, x: number, t: number): boolean =>
  op === 0 ? x >= t : op === 1 ? x > t : op === 2 ? x <= t : x < t;

type Found = Pick<RuleEvaluation, "status" | "value" | "reason">;

const absent = (en: string, zh: string): Found => ({ status: "absent", value: null, reason: { en, zh } });
const insufficient = (en: string, zh: string, value: RuleEvaluation["value"] = null): Found => ({
  status: "insufficient",
  value,
  reason: { en, zh },
});
const decided = (fired: boolean, value: number | string | boolean): Found => ({
  status: fired ? "fired" : "not-fired",
  value,
  reason: null,
});

const find = (c: CompiledWarningRule, m: ReadMeasures): Found => {
  const s = c.source;
  switch (s.kind) {
    case "value":
    case "band": {
      const score = m.byInstrument.get(s.instrument);
      if (!score) return absent(`${s.instrument} not administered`, `未施测 ${s.instrument}`);
      const part = s.scale === null ? { value: score.total, band: score.band } : score.subscales[s.scale];
      if (!part || part.value === null)
        return insufficient(
          `${c.describe}: score not usable (too many items missing)`,
          `${c.describe}:缺答过多,分数不可用`,
        );
      if (s.kind === "value") return decided(compare(s.op, part.value, c.threshold), part.value);
      const rank = part.band === null ? undefined : s.severity.get(part.band);
      if (part.band === null || rank === undefined)
        return insufficient(
          `${c.describe}: no band${part.band === null ? " (scored without a norm set for this scale)" : ` of known severity ("${part.band}")`}`,
          `${c.describe}:无可用的常模分级`,
        );
      return decided(rank >= s.atLeast, part.band);
    }
    case "flag": {
      const present = s.instruments.flatMap((id) => m.byInstrument.get(id) ?? []);
      if (present.length === 0)
        return absent(
          `no instrument that can raise ${s.flag} was administered (${s.instruments.join(", ")})`,
          `未施测可提示 ${s.flag} 的量表(${s.instruments.join("、")})`,
        );
      if (present.some((p) => p.flags.includes(s.flag))) return decided(true, true);
      if (present.some((p) => p.unresolvedFlags.includes(s.flag)))
        return insufficient(
          `${s.flag} cannot be ruled out: an item of its rule was not answered — follow up in person`,
          `无法排除 ${s.flag}:相关题目未作答,请当面跟进`,
        );
      return decided(false, false);
    }
    case "bmi":
      if (!m.bmiGiven) return absent("BMI not measured", "未测 BMI");
      if (m.bmi === null) return insufficient("BMI not usable", "BMI 数据不可用");
      return decided(s.categories.has(m.bmi.category), m.bmi.category);
    case "fitness": {
      if (!m.fitnessGiven) return absent("fitness not tested", "未进行体质测试");
      if (m.fitnessTotal === null) return insufficient("fitness total not usable", "体质测试总分不可用");
      const v = roundHalfUp(m.fitnessTotal, 1);
      return decided(compare(s.op, v, c.threshold), v);
    }
  }
};

/** Evaluates one compiled rule against one student's checked measures (internal). */
export const evaluateRule = (c: CompiledWarningRule, m: ReadMeasures): RuleEvaluation => ({
  ruleId: c.rule.id,
  tier: c.rule.tier,
  criterion: c.describe,
  criterionSpec: c.rule.criterion,
  operator: c.rule.operator,
  threshold: c.rule.threshold,
  explanation: c.rule.explanation,
  ...find(c, m),
});
