import type { ValidationIssue } from "@jiaolianti/core";
import type { Instrument } from "./Instrument.js";
import { MAX_INSTRUMENT_FLAGS } from "./instrumentLimits.js";
import { scaleRanges } from "./scaleRanges.js";

const duplicates = (ids: ReadonlyArray<string>, at: (i: number) => ValidationIssue["path"]): ValidationIssue[] => {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.push({ path: at(i), message: `duplicate id "${id}"` });
    seen.add(id);
  });
  return issues;
};

/**
 * The cross-reference problems of a well-shaped instrument (internal; the {@link Instrument} schema reports them):
 * duplicate ids, unknown or forward references, scales that mix response ranges where they average or prorate,
 * unreachable or unordered bands, flag thresholds outside their item's range, too many flags. Each issue has the path
 * of the offending field.
 */
export const instrumentIssues = (instrument: Instrument): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const { items, scales, normSets, flagRules } = instrument;
  const itemById = new Map(items.map((item) => [item.id, item]));

  issues.push(
    ...duplicates(
      items.map((i) => i.id),
      (i) => ["items", i, "id"],
    ),
  );
  items.forEach((item, i) => {
    if (item.min >= item.max) issues.push({ path: ["items", i, "max"], message: "max must be greater than min" });
  });

  issues.push(
    ...duplicates(
      scales.map((s) => s.id),
      (i) => ["scales", i, "id"],
    ),
  );
  const declared = new Set<string>();
  scales.forEach((scale, s) => {
    if (scale.kind === "items") {
      issues.push(...duplicates(scale.items, (j) => ["scales", s, "items", j]));
      scale.items.forEach((id, j) => {
        if (!itemById.has(id)) issues.push({ path: ["scales", s, "items", j], message: `unknown item "${id}"` });
      });
      const members = scale.items.flatMap((id) => itemById.get(id) ?? []);
      const oneRange = members.every((m) => m.min === members[0]?.min && m.max === members[0]?.max);
      if ((scale.aggregate === "mean" || scale.missing.kind === "prorate") && !oneRange)
        issues.push({
          path: ["scales", s, "items"],
          message: "a mean or prorated scale needs items with one response range",
        });
      if (scale.missing.kind === "prorate" && scale.missing.minAnswered > scale.items.length)
        issues.push({
          path: ["scales", s, "missing", "minAnswered"],
          message: `minAnswered ${scale.missing.minAnswered} exceeds the scale's ${scale.items.length} items`,
        });
    } else {
      issues.push(...duplicates(scale.scales, (j) => ["scales", s, "scales", j]));
      scale.scales.forEach((id, j) => {
        if (!declared.has(id))
          issues.push({
            path: ["scales", s, "scales", j],
            message: `"${id}" is not a scale declared before "${scale.id}"`,
          });
      });
    }
    declared.add(scale.id);
  });

  if (instrument.primaryScale !== null && !declared.has(instrument.primaryScale))
    issues.push({ path: ["primaryScale"], message: `unknown scale "${instrument.primaryScale}"` });

  const ranges = scaleRanges(instrument);
  issues.push(
    ...duplicates(
      normSets.map((n) => n.id),
      (i) => ["normSets", i, "id"],
    ),
  );
  normSets.forEach((normSet, n) => {
    const informants = normSet.tables.map((t) => t.informant);
    issues.push(...duplicates(informants, (t) => ["normSets", n, "tables", t, "informant"]));
    if (informants.includes("any") && informants.length > 1)
      issues.push({
        path: ["normSets", n, "tables"],
        message: 'a norm set has either one table for "any" informant or tables per informant',
      });
    normSet.tables.forEach((table, t) => {
      const at = ["normSets", n, "tables", t, "scales"] as const;
      issues.push(
        ...duplicates(
          table.scales.map((b) => b.scale),
          (b) => [...at, b, "scale"],
        ),
      );
      table.scales.forEach((entry, b) => {
        const range = ranges.get(entry.scale);
        if (!range || !declared.has(entry.scale)) {
          issues.push({ path: [...at, b, "scale"], message: `unknown scale "${entry.scale}"` });
          return;
        }
        if (!("bands" in entry)) return;
        issues.push(
          ...duplicates(
            entry.bands.map((band) => band.id),
            (k) => [...at, b, "bands", k, "id"],
          ),
        );
        entry.bands.forEach((band, k) => {
          const previous = entry.bands[k - 1];
          if (previous && band.from <= previous.from)
            issues.push({ path: [...at, b, "bands", k, "from"], message: "bands must ascend by from" });
          if (k === 0 && band.from > range.min)
            issues.push({
              path: [...at, b, "bands", k, "from"],
              message: `the first band must start at or below the scale minimum ${range.min}`,
            });
          if (band.from > range.max)
            issues.push({
              path: [...at, b, "bands", k, "from"],
              message: `band starts above the scale maximum ${range.max}`,
            });
        });
      });
    });
  });
  if (instrument.defaultNormSet !== null && !normSets.some((n) => n.id === instrument.defaultNormSet))
    issues.push({ path: ["defaultNormSet"], message: `unknown norm set "${instrument.defaultNormSet}"` });

  issues.push(
    ...duplicates(
      flagRules.map((r) => r.id),
      (i) => ["flagRules", i, "id"],
    ),
  );
  flagRules.forEach((rule, r) => {
    rule.anyOf.forEach((condition, c) => {
      const item = itemById.get(condition.item);
      if (!item)
        issues.push({ path: ["flagRules", r, "anyOf", c, "item"], message: `unknown item "${condition.item}"` });
      else if (condition.atLeast <= item.min || condition.atLeast > item.max)
        issues.push({
          path: ["flagRules", r, "anyOf", c, "atLeast"],
          message: `atLeast must lie in (${item.min}, ${item.max}] so the rule depends on the answer`,
        });
    });
  });
  const flags = new Set(flagRules.map((r) => r.flag));
  if (flags.size > MAX_INSTRUMENT_FLAGS)
    issues.push({ path: ["flagRules"], message: `at most ${MAX_INSTRUMENT_FLAGS} distinct flags` });
  return issues;
};
