import type { CompiledInstrument } from "./compileInstrument.js";
import type { FiredRule, UncheckedRule } from "./InstrumentScore.js";
import { MISSING } from "./readAnswers.js";

/** What the flag rules made of one student's answers (internal). */
export interface FlagOutcome {
  readonly flags: ReadonlyArray<string>;
  readonly unresolvedFlags: ReadonlyArray<string>;
  readonly firedRules: ReadonlyArray<FiredRule>;
  readonly uncheckedRules: ReadonlyArray<UncheckedRule>;
}

/**
 * Evaluates every flag rule on the raw answers (internal). A rule fires when any of its conditions holds
 * (`answer ≥ atLeast`) — whatever the scores, even when they are unusable (REFERENCE §1: PHQ-9 item 9 ≥ 1 raises
 * `self-harm` whatever the total). A rule that did not fire but has unanswered items is reported as unchecked, and
 * its flag as unresolved unless another rule raised it: a missing answer must not read as "no risk".
 */
export const evaluateFlags = (c: CompiledInstrument, raw: Int16Array): FlagOutcome => {
  const firedRules: FiredRule[] = [];
  const uncheckedRules: UncheckedRule[] = [];
  const raised = new Set<string>();
  for (const rule of c.rules) {
    const evidence: { item: string; value: number; atLeast: number }[] = [];
    const missingItems: string[] = [];
    rule.items.forEach((m, k) => {
      const x = raw[m] as number;
      const id = c.items[m]?.id ?? "";
      const atLeast = rule.atLeast[k] as number;
      if (x === MISSING) missingItems.push(id);
      else if (x >= atLeast) evidence.push({ item: id, value: x, atLeast });
    });
    if (evidence.length > 0) {
      firedRules.push({ rule: rule.id, flag: rule.flag, reason: rule.reason, evidence });
      raised.add(rule.flag);
    } else if (missingItems.length > 0) {
      uncheckedRules.push({ rule: rule.id, flag: rule.flag, missingItems });
    }
  }
  const flags = c.flagIds.filter((f) => raised.has(f));
  const unresolvedFlags = c.flagIds.filter((f) => !raised.has(f) && uncheckedRules.some((u) => u.flag === f));
  return { flags, unresolvedFlags, firedRules, uncheckedRules };
};
