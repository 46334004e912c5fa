import { boundedText, Code, TEXT_MAX, uniqueList } from "@jiaolianti/core";
import { z } from "zod";
import { ahp } from "../mcda/ahp.js";
import { Indicator } from "./Indicator.js";
import { DimensionWeightSource, WeightSource } from "./WeightSource.js";

/** Most dimensions a framework may have, and most indicators per dimension. */
export const FRAMEWORK_LIMITS = { dimensions: 20, indicatorsPerDimension: 50 } as const;

/**
 * A dimension of a framework: its indicators and where their weights come from (e.g. 家庭满意度 with three survey
 * indicators weighted by AHP).
 */
export const FrameworkDimension = z
  .object({
    id: Code,
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name),
    indicators: uniqueList(Indicator, FRAMEWORK_LIMITS.indicatorsPerDimension, { min: 1, key: (i) => i.id }),
    weights: WeightSource,
  })
  .strict();
/** A dimension of a framework. */
export type FrameworkDimension = z.output<typeof FrameworkDimension>;

type Issue = { path: PropertyKey[]; message: string };

/** Checks a weight source against the ids of the children it weighs (internal). */
const weightIssues = (source: WeightSource | DimensionWeightSource, ids: string[], at: PropertyKey[]): Issue[] => {
  const issues: Issue[] = [];
  if (source.kind === "fixed") {
    for (const id of ids)
      if (source.weights[id] === undefined)
        issues.push({ path: [...at, "weights", id], message: `no weight for "${id}"` });
    for (const key of Object.keys(source.weights))
      if (!ids.includes(key)) issues.push({ path: [...at, "weights", key], message: `"${key}" is not weighed here` });
    if (issues.length === 0 && ids.every((id) => source.weights[id] === 0))
      issues.push({ path: [...at, "weights"], message: "all fixed weights are zero" });
  }
  if (source.kind === "ahp") {
    if (source.pairwise.length !== ids.length)
      issues.push({
        path: [...at, "pairwise"],
        message: `${source.pairwise.length} rows of judgments for ${ids.length} items`,
      });
    else {
      const r = ahp(source.pairwise, { method: source.method, randomIndex: source.randomIndex });
      if (!r.ok) issues.push({ path: [...at, "pairwise", ...r.error.path], message: r.error.message });
    }
  }
  return issues;
};

/**
 * An evaluation framework as data: framework → dimensions → indicators, each with direction, unit, target,
 * normalisation and zh/en names, and at each level where the weights come from (fixed, equal, AHP, entropy, CRITIC).
 * `minCoverage` is the smallest share of weight that must be present for a dimension score or a total to exist
 * (OECD/JRC 2008, §4: a minimum data-coverage threshold); `defaultsNote` says which numbers are the publisher's own
 * choices. Versioned, so every result names the rules that produced it. A district edits the data, not the code.
 *
 * Checks (each reported at its path): indicator ids unique across the framework; fixed weights name exactly the
 * children they weigh; AHP matrices are k × k for k children, positive and reciprocal.
 *
 * @example
 * ```ts
 * import { IndicatorFramework } from "@jiaolianti/scoring";
 * IndicatorFramework.parse({
 *   id: "demo", version: "1", nameZh: "示例", nameEn: "Demo", source: "ours",
 *   dimensionWeights: { kind: "equal" },
 *   dimensions: [{
 *     id: "reach", nameZh: "覆盖", nameEn: "Reach", weights: { kind: "equal" },
 *     indicators: [{ id: "schools", nameZh: "服务学校数", nameEn: "Schools served", direction: "benefit",
 *       unit: { zh: "所", en: "schools" }, normalization: { method: "minmax" } }],
 *   }],
 * });
 * ```
 */
export const IndicatorFramework = z
  .object({
    id: Code,
    version: boundedText(TEXT_MAX.label),
    nameZh: boundedText(TEXT_MAX.name),
    nameEn: boundedText(TEXT_MAX.name),
    /** The published text the framework implements, or "ours" with the reasoning. */
    source: boundedText(TEXT_MAX.paragraph),
    /** Which numbers (weights, goalposts, thresholds) are the publisher's own defaults rather than the source's. */
    defaultsNote: boundedText(TEXT_MAX.paragraph).optional(),
    /** @default 0.5 (ours: half of the weight must be measured) */
    minCoverage: z.number().min(0).max(1).default(0.5),
    dimensions: uniqueList(FrameworkDimension, FRAMEWORK_LIMITS.dimensions, { min: 1, key: (d) => d.id }),
    dimensionWeights: DimensionWeightSource,
  })
  .strict()
  .check((ctx) => {
    const f = ctx.value;
    const push = (i: Issue) => ctx.issues.push({ code: "custom", input: f, path: i.path, message: i.message });
    const seen = new Set<string>();
    f.dimensions.forEach((d, di) => {
      d.indicators.forEach((ind, ii) => {
        if (seen.has(ind.id))
          push({ path: ["dimensions", di, "indicators", ii, "id"], message: `indicator id "${ind.id}" is used twice` });
        seen.add(ind.id);
      });
      weightIssues(
        d.weights,
        d.indicators.map((i) => i.id),
        ["dimensions", di, "weights"],
      ).forEach(push);
    });
    weightIssues(
      f.dimensionWeights,
      f.dimensions.map((d) => d.id),
      ["dimensionWeights"],
    ).forEach(push);
  });
/** An evaluation framework (parsed: defaults filled in). */
export type IndicatorFramework = z.output<typeof IndicatorFramework>;
/** An evaluation framework as written by a district (defaults may be omitted). */
export type IndicatorFrameworkInput = z.input<typeof IndicatorFramework>;
