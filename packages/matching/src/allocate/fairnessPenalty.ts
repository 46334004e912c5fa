/** Bands of a school's requested seats over which the unplaced penalty rises: thirds. */
export const FAIRNESS_BANDS = 3;

/** One band of the convex fairness penalty: `width` seats at `slope` per seat. */
export interface PenaltyBand {
  readonly width: number;
  readonly slope: number;
}

/**
 * The convex penalty on a school's (or any fairness group's) unplaced seats — our rule, documented here: the seats a
 * school requested are cut into thirds; each unplaced seat in the first third costs `penalty`, in the second
 * `penalty × (1 + fairness)`, in the last `penalty × (1 + 2·fairness)`. Leaving a school with half its requests
 * unplaced therefore costs more than leaving two schools with a quarter each, so when seats run short the shortfall
 * is spread across schools instead of falling on the school that is farthest away. `fairness = 0` is a plain
 * per-seat penalty. Being convex and piecewise linear, the penalty stays exact inside a transportation problem
 * (one sink per band, cheapest band fills first).
 */
export const penaltyBands = (requested: number, penalty: number, fairness: number): PenaltyBand[] => {
  const bands: PenaltyBand[] = [];
  let start = 0;
  for (let k = 0; k < FAIRNESS_BANDS; k++) {
    const end = Math.floor((requested * (k + 1)) / FAIRNESS_BANDS);
    bands.push({ width: end - start, slope: penalty * (1 + fairness * k) });
    start = end;
  }
  return bands;
};

/** The penalty of `unplaced` seats under `bands` (convex, piecewise linear). */
export const bandCost = (bands: ReadonlyArray<PenaltyBand>, unplaced: number): number => {
  let left = unplaced;
  let cost = 0;
  for (const b of bands) {
    if (left <= 0) break;
    const take = Math.min(left, b.width);
    cost += take * b.slope;
    left -= take;
  }
  return cost;
};
