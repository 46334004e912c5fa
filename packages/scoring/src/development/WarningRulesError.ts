import { Data } from "effect";

/**
 * Why a warning rule set was refused:
 *
 * - `schema` — the value does not have the shape of a {@link WarningRuleSet} (a missing field, a wrong type, an
 *   unknown key);
 * - `duplicate-id` — two rules share an id;
 * - `unknown-criterion` — a criterion names an instrument, scale, band or flag the instrument catalog does not have;
 * - `bad-operator` — an operator the criterion does not accept (e.g. `>=` on a Family APGAR total, where higher is
 *   better; `in` on a score);
 * - `bad-threshold` — a threshold of the wrong kind for its criterion and operator (a number for a band, a band id
 *   unknown to every norm set …);
 * - `missing-safety-override` — no red rule on the `self-harm` flag of any instrument: the safety override cannot be
 *   configured away;
 * - `bad-point-tiers` — point thresholds that do not rise with the tier, or point tiers without any weighted rule.
 */
export type WarningRulesErrorReason =
  | "schema"
  | "duplicate-id"
  | "unknown-criterion"
  | "bad-operator"
  | "bad-threshold"
  | "missing-safety-override"
  | "bad-point-tiers";

/** One problem of a rule set: the reason, where (`["rules", 3, "operator"]`) and an explanation. */
export interface WarningRulesIssue {
  readonly reason: WarningRulesErrorReason;
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

/**
 * A warning rule set was refused: every problem found, each with a machine-readable `reason` and a `path` into the rule
 * set. `message` is English; `messageZh` is written for a district officer.
 *
 * @example
 * ```ts
 * import { compileWarningRules, xuhuiWarningRules } from "@jiaolianti/scoring";
 * const r = compileWarningRules({ ...xuhuiWarningRules, rules: xuhuiWarningRules.rules.slice(1) });
 * if (!r.ok) console.log(r.error.issues[0]?.reason); // "missing-safety-override"
 * ```
 */
export class WarningRulesError extends Data.TaggedError("WarningRulesError")<{
  /** The rule set, as `id@version` when known. */
  readonly subject: string;
  readonly issues: ReadonlyArray<WarningRulesIssue>;
  readonly message: string;
  readonly messageZh: string;
}> {}

const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.length === 0 ? "(root)" : path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");

const REASON_ZH: Record<WarningRulesErrorReason, string> = {
  schema: "格式不符",
  "duplicate-id": "规则编号重复",
  "unknown-criterion": "未知的指标",
  "bad-operator": "比较方式不适用于该指标",
  "bad-threshold": "阈值类型或取值不符",
  "missing-safety-override": "缺少自伤信号红色优先规则",
  "bad-point-tiers": "积分分级设置不当",
};

/** Builds a {@link WarningRulesError} from its issues (internal). */
export const warningRulesError = (subject: string, issues: ReadonlyArray<WarningRulesIssue>): WarningRulesError => {
  const shown = issues.slice(0, 5);
  const more = issues.length > 5 ? ` (+${issues.length - 5})` : "";
  return new WarningRulesError({
    subject,
    issues,
    message: `Invalid warning rule set ${subject}: ${shown.map((i) => `${formatPath(i.path)}: ${i.message}`).join("; ")}${more}`,
    messageZh: `预警规则集 ${subject} 不符合要求:${shown.map((i) => `${formatPath(i.path)}:${REASON_ZH[i.reason]}`).join(";")}${more}`,
  });
};
