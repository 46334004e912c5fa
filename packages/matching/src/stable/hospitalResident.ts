import { parseWith, type Result, type ValidationError, validationError } from "@jiaolianti/core";
import { z } from "zod";
import { checkCapacities, checkPreferences, Issues, idsOf, mutuallyAcceptable } from "./checkPreferences.js";
import { deferredAcceptance } from "./deferredAcceptance.js";
import type { Preferences } from "./Preferences.js";

/** A many-to-one market: residents (students) rank hospitals (programmes, venues), hospitals rank residents. */
export interface HospitalResidentInstance {
  readonly residents: Preferences;
  readonly hospitals: Preferences;
  /** Places of each hospital (non-negative integers), one entry per hospital. */
  readonly capacities: Readonly<Record<string, number>>;
}

/** A stable matching found by {@link hospitalResident}. */
export interface HospitalResidentMatching {
  /** Every hospital → its residents, in the hospital's order of preference (empty if none). */
  readonly matching: Record<string, string[]>;
  /** Residents left unmatched, in input order. */
  readonly unmatched: string[];
}

/** Options of {@link hospitalResident}. */
export const HospitalResidentOptions = z
  .object({
    /** Whose optimal stable matching to return (that side proposes). @default "resident" */
    optimal: z.enum(["resident", "hospital"]).default("resident"),
  })
  .strict();
/** Options accepted by {@link hospitalResident}. */
export type HospitalResidentOptions = z.input<typeof HospitalResidentOptions>;

/**
 * The resident-optimal (default) or hospital-optimal stable matching of a many-to-one market — students applying to
 * programmes, schools to venue sessions — with capacities. Stable: no resident and hospital both prefer each other to
 * the matching (the hospital having a free place or a worse resident). A pair can only match if **both** list each
 * other (incomplete lists); ties are not supported.
 *
 * Deferred acceptance (Gale & Shapley 1962; Roth 1984, "The evolution of the labor market for medical interns and
 * residents", J. Political Economy 92:991–1016; Roth & Sotomayor 1990, *Two-Sided Matching*, ch. 5; Gusfield & Irving
 * 1989, *The Stable Marriage Problem*, §1.6), with the chosen side proposing: resident-proposing is strategy-proof for
 * residents. By the rural hospitals theorem (Roth 1986, Econometrica 54:425–427) every stable matching matches the same
 * residents and fills each hospital equally, so the switch only changes *who goes where*. O(total list length · log
 * capacity).
 *
 * Rejects (typed {@link ValidationError}, subject `"hospital–resident"`) ties, unknown ids, duplicates within a list,
 * capacities that are missing, negative, fractional or for an unknown hospital; and unknown options.
 *
 * @example
 * ```ts
 * import { hospitalResident } from "@jiaolianti/matching";
 * const r = hospitalResident({
 *   residents: { s1: ["museum", "lab"], s2: ["museum"], s3: ["museum", "lab"] },
 *   hospitals: { museum: ["s3", "s1", "s2"], lab: ["s1", "s3"] },
 *   capacities: { museum: 1, lab: 1 },
 * });
 * if (r.ok) console.log(r.value); // { matching: { museum: ["s3"], lab: ["s1"] }, unmatched: ["s2"] }
 * ```
 */
export const hospitalResident = (
  instance: HospitalResidentInstance,
  options: HospitalResidentOptions = {},
): Result<HospitalResidentMatching, ValidationError> => {
  const subject = "hospital–resident";
  const opts = parseWith(HospitalResidentOptions, options, "HospitalResidentOptions");
  if (!opts.ok) return opts;
  const issues = new Issues();
  const raw = (typeof instance === "object" && instance !== null ? instance : {}) as Partial<HospitalResidentInstance>;
  const residentIds = idsOf(raw.residents, "residents", issues);
  const hospitalIds = idsOf(raw.hospitals, "hospitals", issues);
  if (residentIds === null || hospitalIds === null) return { ok: false, error: validationError(subject, issues.list) };
  const same = (x: unknown) => x;
  const residents = checkPreferences(
    raw.residents,
    "residents",
    same,
    new Map(hospitalIds.map((id, k) => [id, k])),
    "hospital",
    issues,
  );
  const hospitals = checkPreferences(
    raw.hospitals,
    "hospitals",
    same,
    new Map(residentIds.map((id, k) => [id, k])),
    "resident",
    issues,
  );
  const capacity = checkCapacities(raw.capacities, "capacities", hospitalIds, "hospital", issues);
  if (residents === null || hospitals === null || capacity === null || issues.any)
    return { ok: false, error: validationError(subject, issues.list) };

  const ones = new Int32Array(residentIds.length).fill(1);
  const residentsPropose = opts.value.optimal === "resident";
  const members: number[][] = hospitalIds.map(() => []);
  if (residentsPropose) {
    const { lists, rankAt } = mutuallyAcceptable(residents, hospitals);
    const held = deferredAcceptance({ lists, rankAt, proposerQuota: ones, receiverQuota: capacity });
    held.forEach((list, h) => {
      members[h]?.push(...list);
    });
  } else {
    const { lists, rankAt } = mutuallyAcceptable(hospitals, residents);
    const held = deferredAcceptance({ lists, rankAt, proposerQuota: capacity, receiverQuota: ones });
    held.forEach((list, r) => {
      const h = list[0];
      if (h !== undefined) members[h]?.push(r);
    });
  }
  const matched = new Uint8Array(residentIds.length);
  const matching = Object.fromEntries(
    hospitalIds.map((id, h) => {
      const rank = new Map((hospitals.lists[h] as ReadonlyArray<number>).map((r, k) => [r, k]));
      const list = (members[h] as number[]).sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number));
      for (const r of list) matched[r] = 1;
      return [id, list.map((r) => residentIds[r] as string)];
    }),
  );
  return { ok: true, value: { matching, unmatched: residentIds.filter((_, r) => matched[r] === 0) } };
};
