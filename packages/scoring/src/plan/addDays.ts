/**
 * The ISO date `n` days after `date` (`YYYY-MM-DD`), in calendar days (UTC arithmetic, so no time zone or daylight
 * saving can shift it). Internal helper of the plan functions.
 */
export const addDays = (date: string, n: number): string => {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + n)).toISOString().slice(0, 10);
};
