/** A least-squares line through dated values: `value(day) = intercept + slope × (day − origin)`. */
export interface LinearTrend {
  /** Change per day. */
  readonly slopePerDay: number;
  /** Change per 365.25 days, for display. */
  readonly slopePerYear: number;
  /** Fitted value at `origin`. */
  readonly intercept: number;
  /** Day number (days since 1970-01-01, UTC) the intercept refers to: the first point's. */
  readonly origin: number;
  /** Points fitted. */
  readonly points: number;
}

/** Days since 1970-01-01 of an ISO date (UTC) (internal). */
export const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/**
 * Ordinary least-squares line through `(day, value)` points (at least two distinct days), or `null` (internal). With
 * two points it is the line through them.
 */
export const linearTrend = (days: ReadonlyArray<number>, values: ReadonlyArray<number>): LinearTrend | null => {
  const n = days.length;
  if (n < 2) return null;
  const origin = days[0] as number;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += (days[i] as number) - origin;
    my += values[i] as number;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (days[i] as number) - origin - mx;
    sxx += dx * dx;
    sxy += dx * ((values[i] as number) - my);
  }
  if (sxx === 0) return null;
  const slopePerDay = sxy / sxx;
  return { slopePerDay, slopePerYear: slopePerDay * 365.25, intercept: my - slopePerDay * mx, origin, points: n };
};

/** The trend's value on a day number (internal). */
export const trendAt = (t: LinearTrend, day: number): number => t.intercept + t.slopePerDay * (day - t.origin);
