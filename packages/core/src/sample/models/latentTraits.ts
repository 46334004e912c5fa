import type { Random } from "../random/Random.js";

/**
 * Mean internalising distress by grade and sex (latent SD units): rises through adolescence and is higher for girls,
 * the pattern of Chinese school surveys — Tang et al. 2019 (J Affect Disord 245:498–507) report depressive symptoms
 * rising from 24.5 % in junior-secondary year 1 to 40.1 % in senior year 3 across instruments. Calibrated so that
 * PHQ-9 ≥ 10 is ≈ 9 % in grade 5 and ≈ 22 % in grade 12 (≈ 15 % over grades 5–12).
 */
export const internalisingMean = (grade: number, male: boolean): number =>
  -0.18 + 0.09 * (grade - 5) + (male ? -0.09 : 0.09);

/** Mean externalising difficulty by sex (boys higher), no grade trend. */
export const externalisingMean = (male: boolean): number => (male ? 0.15 : -0.15);

/** A student's latent traits (see `LATENT_CORRELATION` in `answerModel.ts`). */
export interface LatentTraits {
  int: number;
  ext: number;
  fam: number;
}

/** Draws the latent traits of one student into `out` (reused to avoid allocation in the hot loop). */
export const drawLatentTraits = (rng: Random, grade: number, male: boolean, out: LatentTraits): LatentTraits => {
  const z1 = rng.normal();
  const z2 = rng.normal();
  const z3 = rng.normal();
  out.int = z1 + internalisingMean(grade, male);
  out.ext = 0.45 * z1 + 0.893 * z2 + externalisingMean(male);
  out.fam = 0.3 * z1 + 0.15 * z2 + 0.942 * z3;
  return out;
};
