/**
 * `date` (ISO `YYYY-MM-DD`) plus whole months, the day clamped to the end of the target month (2025-01-31 + 1 month =
 * 2025-02-28) (internal).
 */
export const addMonths = (date: string, months: number): string => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
};
