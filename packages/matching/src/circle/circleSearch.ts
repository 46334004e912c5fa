import { type GeoPoint, haversineMetersDeg } from "@jiaolianti/core";
import KDBush from "kdbush";
import { localProjection, type PointColumns } from "./localProjection.js";
import { sortIndices } from "./sortIndices.js";

/** The embedded travel model with validated settings and the time budget. */
export interface CircleModel {
  readonly minutes: number;
  readonly detourFactor: number;
  readonly metersPerMinute: number;
}

/** Finds, for one origin at a time, every target within the budget, in ascending target index. */
export interface CircleSearch {
  /** `"kd-tree"` (kdbush on local metres + exact haversine test) or `"scan"` (exhaustive, for non-local data). */
  readonly method: "kd-tree" | "scan";
  /** Straight-line radius (m) the budget allows: minutes × speed ÷ detour. */
  readonly straightRadiusMeters: number;
  /** Centre of the local projection (`null` for a scan). */
  readonly centre: GeoPoint | null;
  /**
   * Writes the targets reachable from origin `i` of `origins` into `outIndex` (ascending) and their minutes into
   * `outMinutes`, from position `offset` on; returns how many. Both outputs must have room for every target.
   */
  readonly from: (
    origins: PointColumns,
    i: number,
    outIndex: Uint32Array,
    outMinutes: Float64Array,
    offset: number,
  ) => number;
}

/**
 * A reusable circle search over `targets`: a kdbush kd-tree on an equirectangular projection to local metres around
 * the data's centre (Agafonkin, kdbush 4), queried with a radius that provably covers the great-circle radius, then an
 * exact test with the very arithmetic of `travelMinutes` (core's `haversineMetersDeg`, the kernel of `haversineMeters`,
 * × detour ÷ speed), so the answer is identical, to the last bit of every minute, to testing every target with
 * `withinMinutes`.
 */
export const circleSearch = (
  targets: PointColumns,
  originColumns: ReadonlyArray<PointColumns>,
  model: CircleModel,
): CircleSearch => {
  const { minutes: limit, detourFactor: detour, metersPerMinute: speed } = model;
  const straightRadiusMeters = (limit * speed) / detour;
  const n = targets.lat.length;
  const tLat = targets.lat;
  const tLng = targets.lng;
  const tCos = targets.cosLat;
  // Bound once per search: under vitest's module runner every use of an imported binding is a property lookup, which
  // in this loop (millions of pairs) halves the speed; bundled ESM is unaffected either way.
  const haversine = haversineMetersDeg;
  /** Minutes from an origin to target j: core's haversine kernel, then `× detour ÷ speed` as in travelMinutes. */
  const minutesTo = (j: number, pLat: number, pLng: number, pCos: number): number =>
    (haversine(pLat, pLng, pCos, tLat[j] as number, tLng[j] as number, tCos[j] as number) * detour) / speed;

  const projection = localProjection([targets, ...originColumns], straightRadiusMeters);
  if (projection === null || n === 0)
    return {
      method: "scan",
      straightRadiusMeters,
      centre: null,
      from: (o, i, outIndex, outMinutes, offset) => {
        const pLat = o.lat[i] as number;
        const pLng = o.lng[i] as number;
        const pCos = o.cosLat[i] as number;
        let at = offset;
        for (let j = 0; j < n; j++) {
          const minutes = minutesTo(j, pLat, pLng, pCos);
          if (minutes <= limit) {
            outIndex[at] = j;
            outMinutes[at] = minutes;
            at++;
          }
        }
        return at - offset;
      },
    };

  const index = new KDBush(n);
  for (let j = 0; j < n; j++) index.add(projection.x(tLng[j] as number), projection.y(tLat[j] as number));
  index.finish();
  const scratch = new Uint32Array(n);
  const tmp = new Uint32Array(n);
  const counts = new Uint32Array(256);
  const r = projection.radiusFor(straightRadiusMeters);
  return {
    method: "kd-tree",
    straightRadiusMeters,
    centre: projection.centre,
    from: (o, i, outIndex, outMinutes, offset) => {
      const pLat = o.lat[i] as number;
      const pLng = o.lng[i] as number;
      const pCos = o.cosLat[i] as number;
      const found = index.withinInto(projection.x(pLng), projection.y(pLat), r, scratch);
      sortIndices(scratch, found, n - 1, tmp, counts);
      let at = offset;
      for (let t = 0; t < found; t++) {
        const j = scratch[t] as number;
        const minutes = minutesTo(j, pLat, pLng, pCos);
        if (minutes <= limit) {
          outIndex[at] = j;
          outMinutes[at] = minutes;
          at++;
        }
      }
      return at - offset;
    },
  };
};
