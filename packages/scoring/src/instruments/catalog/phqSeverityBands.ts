/**
 * PHQ severity bands of the 0–27 total: 0–4 `minimal`, 5–9 `mild`, 10–14 `moderate`, 15–19 `moderately-severe`,
 * 20–27 `severe`, shared by the PHQ-9 and the PHQ-A.
 *
 * Source: Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern
 * Med 2001;16(9):606–613; Johnson JG et al. 2002 (PHQ-A); REFERENCE.md §1.
 *
 * @example
 * ```ts
 * import { phqSeverityBands } from "@jiaolianti/scoring";
 * phqSeverityBands.map((b) => b.from); // [0, 5, 10, 15, 20]
 * ```
 */
export const phqSeverityBands = [
  { id: "minimal", from: 0, label: { en: "Minimal", zh: "无或极轻微" } },
  { id: "mild", from: 5, label: { en: "Mild", zh: "轻度" } },
  { id: "moderate", from: 10, label: { en: "Moderate", zh: "中度" } },
  { id: "moderately-severe", from: 15, label: { en: "Moderately severe", zh: "中重度" } },
  { id: "severe", from: 20, label: { en: "Severe", zh: "重度" } },
] as const;
