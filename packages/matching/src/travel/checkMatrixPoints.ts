import {
  GeoPoint,
  type Result,
  toCrs,
  type ValidationError,
  type ValidationIssue,
  validationError,
} from "@jiaolianti/core";

/** Most cells (origins × destinations) one matrix may have: 4 M cells ≈ 64 MB of results. */
export const MAX_MATRIX_CELLS = 4_000_000;

/** Validated matrix input, converted to WGS84 (what OSRM and Valhalla expect). */
export interface MatrixPoints {
  readonly origins: ReadonlyArray<GeoPoint>;
  readonly destinations: ReadonlyArray<GeoPoint>;
}

const pointIssues = (points: unknown, name: "origins" | "destinations"): ValidationIssue[] => {
  if (!Array.isArray(points)) return [{ path: [name], message: "Expected an array of points" }];
  const issues: ValidationIssue[] = [];
  points.forEach((p, i) => {
    const r = GeoPoint.safeParse(p);
    if (!r.success) issues.push(...r.error.issues.map((x) => ({ path: [name, i, ...x.path], message: x.message })));
  });
  return issues;
};

/**
 * Validates the points of a travel matrix: arrays of {@link GeoPoint} (finite latitude in [−90, 90], longitude in
 * [−180, 180], a known coordinate system), all in one coordinate system (a request mixing WGS84 and GCJ-02 points
 * almost always means a data-entry error of ≈ 500 m in Shanghai), at most {@link MAX_MATRIX_CELLS} cells; then
 * converts them to WGS84 with core's `toCrs`. Every problem is reported with its path (`["destinations", 3, "lat"]`).
 */
export const checkMatrixPoints = (origins: unknown, destinations: unknown): Result<MatrixPoints, ValidationError> => {
  const issues = [...pointIssues(origins, "origins"), ...pointIssues(destinations, "destinations")];
  if (issues.length > 0) return { ok: false, error: validationError("travel matrix points", issues) };
  const o = origins as GeoPoint[];
  const d = destinations as GeoPoint[];
  const crs = (o[0] ?? d[0])?.crs;
  const mixed: ValidationIssue[] = [];
  const checkCrs = (points: GeoPoint[], name: string) =>
    points.forEach((p, i) => {
      if (p.crs !== crs)
        mixed.push({
          path: [name, i, "crs"],
          message: `mixed coordinate systems: ${p.crs} here, ${crs} in the first point; convert with toCrs first`,
        });
    });
  checkCrs(o, "origins");
  checkCrs(d, "destinations");
  if (mixed.length > 0) return { ok: false, error: validationError("travel matrix points", mixed) };
  if (o.length * d.length > MAX_MATRIX_CELLS)
    return {
      ok: false,
      error: validationError("travel matrix points", [
        {
          path: [],
          message: `${o.length} × ${d.length} cells exceed ${MAX_MATRIX_CELLS}; use practiceCircles for district-wide circles`,
        },
      ]),
    };
  const wgs = (p: GeoPoint) => toCrs(p, "WGS84");
  return { ok: true, value: { origins: o.map(wgs), destinations: d.map(wgs) } };
};
