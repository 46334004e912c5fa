/** Result of {@link principalEigen}. */
export interface PrincipalEigen {
  /** Principal right eigenvector, positive, normalised to sum 1. */
  readonly vector: Float64Array;
  /** Principal eigenvalue λmax. */
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Largest change of any component between iterations at which power iteration stops. */
export const EIGEN_TOLERANCE = 1e-12;
/** Iteration budget of power iteration. */
export const EIGEN_MAX_ITERATIONS = 10_000;

/**
 * Principal eigenpair of a positive n × n matrix (row-major) by power iteration (internal): `y = A w`, `λ = Σ y`,
 * `w ← y / λ` until no component of `w` moves by more than {@link EIGEN_TOLERANCE}. For a positive matrix the
 * Perron root is simple and strictly dominant (Perron 1907), so the iteration converges from any positive start;
 * `start` (e.g. row geometric means) only makes it faster. With `w` summing to 1, `Σ (A w)_i = λ` at the fixed point.
 */
export const principalEigen = (
  a: Float64Array,
  n: number,
  start?: Float64Array,
  tolerance = EIGEN_TOLERANCE,
  maxIterations = EIGEN_MAX_ITERATIONS,
): PrincipalEigen => {
  let w = new Float64Array(n);
  if (start) w.set(start);
  else w.fill(1 / n);
  let y = new Float64Array(n);
  let lambda = 0;
  for (let it = 1; it <= maxIterations; it++) {
    lambda = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += (a[i * n + j] as number) * (w[j] as number);
      y[i] = s;
      lambda += s;
    }
    let change = 0;
    for (let i = 0; i < n; i++) {
      const v = (y[i] as number) / lambda;
      const d = Math.abs(v - (w[i] as number));
      if (d > change) change = d;
      y[i] = v;
    }
    [w, y] = [y, w];
    if (change <= tolerance) return { vector: w, value: lambda, iterations: it, converged: true };
  }
  return { vector: w, value: lambda, iterations: maxIterations, converged: false };
};
