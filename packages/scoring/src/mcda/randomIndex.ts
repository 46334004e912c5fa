/** Which published random-index table a consistency ratio divides by. Never mixed within one computation. */
export type RandomIndexTable = "saaty" | "tummala-ling";

/**
 * Random consistency indices RI for n = 1…15 (index 0 is n = 1), exactly as published:
 *
 * - `saaty` — Saaty, *The Analytic Hierarchy Process* (1980) / Saaty (1990), n = 1…15: 0, 0, 0.58, 0.90, 1.12, 1.24,
 *   1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59 (n = 12 is lower than n = 11 in the published table; kept as
 *   published).
 * - `tummala-ling` — Tummala & Ling (1998), "A note on the computation of the mean random consistency index of the
 *   analytic hierarchy process (AHP)", *Theory and Decision* 44: 0, 0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322,
 *   1.3952, 1.4537, 1.4882, 1.5117, 1.5356, 1.5571, 1.5714, 1.5831.
 *
 * @example
 * ```ts
 * import { RANDOM_INDEX } from "@jiaolianti/scoring";
 * RANDOM_INDEX.saaty[3]; // 0.9 (n = 4)
 * ```
 */
export const RANDOM_INDEX: { readonly [T in RandomIndexTable]: ReadonlyArray<number> } = {
  saaty: [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59],
  "tummala-ling": [
    0, 0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356, 1.5571, 1.5714, 1.5831,
  ],
};
