import { parseWith, type Result, type ValidationError, type ValidationIssue, validationError } from "@jiaolianti/core";
import { instrumentCatalog } from "../instruments/catalog/instrumentCatalog.js";
import type { Instrument } from "../instruments/Instrument.js";
import { ahp } from "../mcda/ahp.js";
import { DevelopmentIndexConfig, type IndexComponent } from "./DevelopmentIndexConfig.js";

/** A component ready for the engines (internal): `scale` `null` = the instrument's primary score. */
export interface CompiledComponent {
  readonly component: IndexComponent;
  readonly source:
    | { readonly kind: "instrument"; readonly instrument: string; readonly scale: string | null }
    | { readonly kind: "bmi"; readonly points: Readonly<Record<string, number>> }
    | { readonly kind: "fitness" };
}

/** How the domain weights were obtained, for the explanation. */
export interface DomainWeightsBasis {
  readonly method: "ahp-eigenvector" | "ahp-geometric" | "direct";
  /** AHP consistency ratio (`null` for direct weights). */
  readonly cr: number | null;
}

/** A validated index configuration (internal, cached per config object and catalog). */
export interface CompiledDevelopmentIndex {
  readonly config: DevelopmentIndexConfig;
  readonly ref: string;
  readonly domains: ReadonlyArray<{
    readonly components: ReadonlyArray<CompiledComponent>;
    readonly weights: Float64Array;
  }>;
  readonly domainWeights: Float64Array;
  readonly basis: DomainWeightsBasis;
}

const cache = new WeakMap<object, WeakMap<object, CompiledDevelopmentIndex>>();

const checkSource = (
  c: IndexComponent,
  catalog: Readonly<Record<string, Instrument>>,
  path: PropertyKey[],
  issues: ValidationIssue[],
): CompiledComponent["source"] | undefined => {
  const s = c.source;
  if (s.kind === "bmi-category") return { kind: "bmi", points: s.points };
  if (s.kind === "fitness-total") {
    if (c.direction !== "benefit")
      issues.push({ path: [...path, "direction"], message: "a higher fitness total is better: benefit" });
    return { kind: "fitness" };
  }
  const instrument = catalog[s.instrument];
  if (!instrument) {
    issues.push({ path: [...path, "source", "instrument"], message: `unknown instrument "${s.instrument}"` });
    return undefined;
  }
  const scaleId = s.kind === "instrument-total" ? instrument.primaryScale : s.scale;
  const scale = instrument.scales.find((x) => x.id === scaleId);
  if (!scale || scaleId === null) {
    issues.push({ path: [...path, "source"], message: `${instrument.id} has no scale "${String(scaleId)}"` });
    return undefined;
  }
  const expected =
    scale.direction === "higher-is-worse" ? "cost" : scale.direction === "higher-is-better" ? "benefit" : null;
  if (expected === null)
    issues.push({
      path: [...path, "source"],
      message: `${instrument.id}.${scaleId} has no direction: it cannot rate development`,
    });
  else if (expected !== c.direction)
    issues.push({
      path: [...path, "direction"],
      message: `${instrument.id}.${scaleId} is ${scale.direction}: direction must be "${expected}"`,
    });
  return { kind: "instrument", instrument: instrument.id, scale: scaleId === instrument.primaryScale ? null : scaleId };
};

/**
 * Validates a development index configuration and compiles it (internal): the shape, unique domain and component ids,
 * goalposts `low < high`, each instrument and scale in the catalog with a direction matching `benefit`/`cost`,
 * component weights not all zero, and the domain weights — an AHP matrix of the domains' size that is reciprocal and
 * consistent (CR ≤ 0.10, via {@link ahp}), or direct weights of the right length. Problems are a
 * {@link ValidationError} at their path.
 */
export const compileDevelopmentIndex = (
  config: DevelopmentIndexConfig,
  catalogOption?: Readonly<Record<string, Instrument>>,
): Result<CompiledDevelopmentIndex, ValidationError> => {
  const catalog = catalogOption ?? instrumentCatalog;
  const hit = config !== null && typeof config === "object" ? cache.get(catalog)?.get(config) : undefined;
  if (hit) return { ok: true, value: hit };
  const parsed = parseWith(DevelopmentIndexConfig, config, "DevelopmentIndexConfig");
  if (!parsed.ok) return parsed;
  const cfg = parsed.value;
  const issues: ValidationIssue[] = [];
  const domainIds = new Set<string>();
  const domains = cfg.domains.map((d, i) => {
    if (domainIds.has(d.id)) issues.push({ path: ["domains", i, "id"], message: `duplicate domain id "${d.id}"` });
    domainIds.add(d.id);
    const ids = new Set<string>();
    const components = d.components.flatMap((c, j) => {
      const path = ["domains", i, "components", j];
      if (ids.has(c.id)) issues.push({ path: [...path, "id"], message: `duplicate component id "${c.id}"` });
      ids.add(c.id);
      if (!(c.low < c.high))
        issues.push({ path: [...path, "low"], message: `goalposts need low < high (${c.low}, ${c.high})` });
      const source = checkSource(c, catalog, path, issues);
      return source ? [{ component: c, source }] : [];
    });
    if (d.components.every((c) => c.weight === 0))
      issues.push({ path: ["domains", i, "components"], message: "every component weight is zero" });
    return { components, weights: Float64Array.from(d.components, (c) => c.weight) };
  });
  const n = cfg.domains.length;
  let domainWeights = new Float64Array(n);
  let basis: DomainWeightsBasis = { method: "direct", cr: null };
  const w = cfg.domainWeights;
  if (w.kind === "direct") {
    if (w.weights.length !== n)
      issues.push({ path: ["domainWeights", "weights"], message: `${w.weights.length} weights for ${n} domains` });
    else if (w.weights.every((x) => x === 0))
      issues.push({ path: ["domainWeights", "weights"], message: "all weights are zero" });
    domainWeights = Float64Array.from(w.weights);
  } else if (w.pairwise.length !== n) {
    issues.push({ path: ["domainWeights", "pairwise"], message: `a ${w.pairwise.length}-row matrix for ${n} domains` });
  } else {
    const r = ahp(w.pairwise, { method: w.method ?? "eigenvector", onInconsistent: "error" });
    if (!r.ok)
      issues.push({
        path: ["domainWeights", "pairwise", ...r.error.path],
        message: `${r.error.reason}: ${r.error.message}`,
      });
    else {
      domainWeights = Float64Array.from(r.value.weights);
      basis = { method: r.value.method === "geometric" ? "ahp-geometric" : "ahp-eigenvector", cr: r.value.cr };
    }
  }
  if (issues.length > 0)
    return { ok: false, error: validationError(`DevelopmentIndexConfig ${cfg.id}@${cfg.version}`, issues) };
  const compiled: CompiledDevelopmentIndex = {
    config: cfg,
    ref: `${cfg.id}@${cfg.version}`,
    domains,
    domainWeights,
    basis,
  };
  const byCatalog = cache.get(catalog) ?? new WeakMap<object, CompiledDevelopmentIndex>();
  byCatalog.set(config, compiled);
  cache.set(catalog, byCatalog);
  return { ok: true, value: compiled };
};
