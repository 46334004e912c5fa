/** A standard normal draw by the Box–Muller transform (internal). */
const normal = (rand: () => number): number => {
  const u = 1 - rand(); // (0, 1]: keeps ln finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
};

/**
 * A Gamma(shape, 1) draw by Marsaglia & Tsang (2000), "A simple method for generating gamma variables", ACM TOMS 26;
 * shapes below 1 use the boost `Gamma(α + 1) · U^{1/α}` from the same paper (internal).
 */
export const sampleGamma = (shape: number, rand: () => number): number => {
  if (shape < 1) return sampleGamma(shape + 1, rand) * (1 - rand()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rand);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = 1 - rand();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
};

/**
 * A Dirichlet(α) draw as normalised independent Gamma(α_j) draws (internal); a component with α_j = 0 stays 0.
 * With α = κ · w the draws have mean `w` and shrink towards it as the concentration κ grows.
 */
export const sampleDirichlet = (alpha: ArrayLike<number>, rand: () => number, out: Float64Array): Float64Array => {
  let sum = 0;
  for (let j = 0; j < alpha.length; j++) {
    const a = alpha[j] as number;
    const g = a > 0 ? sampleGamma(a, rand) : 0;
    out[j] = g;
    sum += g;
  }
  if (!(sum > 0)) {
    // Every gamma draw underflowed (only for minute shapes): fall back to the mean α / Σα.
    sum = 0;
    for (let j = 0; j < alpha.length; j++) sum += out[j] = alpha[j] as number;
  }
  for (let j = 0; j < alpha.length; j++) out[j] = (out[j] as number) / sum;
  return out;
};
