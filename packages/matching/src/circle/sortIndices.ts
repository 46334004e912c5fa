/**
 * Sorts `a[0..n)` ascending in place: insertion sort for short runs, else an LSD radix sort on 8-bit digits (as many
 * passes as `maxValue` needs), using `tmp` (at least `n` long) as the second buffer. Several times faster than
 * `TypedArray.prototype.sort` on the ≈ 1 000 indices of a practice circle.
 */
export const sortIndices = (
  a: Uint32Array,
  n: number,
  maxValue: number,
  tmp: Uint32Array,
  counts: Uint32Array,
): void => {
  if (n <= 32) {
    for (let i = 1; i < n; i++) {
      const v = a[i] as number;
      let j = i - 1;
      while (j >= 0 && (a[j] as number) > v) {
        a[j + 1] = a[j] as number;
        j--;
      }
      a[j + 1] = v;
    }
    return;
  }
  let src = a;
  let dst = tmp;
  for (let shift = 0; shift < 32 && maxValue >>> shift > 0; shift += 8) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((src[i] as number) >>> shift) & 255;
      counts[d] = (counts[d] as number) + 1;
    }
    let sum = 0;
    for (let b = 0; b < 256; b++) {
      const c = counts[b] as number;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const v = src[i] as number;
      const d = (v >>> shift) & 255;
      dst[counts[d] as number] = v;
      counts[d] = (counts[d] as number) + 1;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== a) a.set(src.subarray(0, n));
};
