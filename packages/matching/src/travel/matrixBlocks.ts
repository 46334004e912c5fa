/** Origins `[originStart, originEnd)` × destinations `[destinationStart, destinationEnd)` of a matrix. */
export interface MatrixBlock {
  readonly originStart: number;
  readonly originEnd: number;
  readonly destinationStart: number;
  readonly destinationEnd: number;
}

/** A server's size limit of one request: sources + destinations (OSRM) or sources × destinations (Valhalla). */
export type BlockLimit = { readonly maxLocations: number } | { readonly maxPairs: number };

const blockShape = (nO: number, nD: number, limit: BlockLimit): [number, number] => {
  if ("maxLocations" in limit) {
    const L = Math.max(2, Math.floor(limit.maxLocations));
    if (nO + nD <= L) return [nO, nD];
    const half = Math.floor(L / 2);
    if (nO <= half) return [nO, L - nO];
    if (nD <= half) return [L - nD, nD];
    return [half, L - half];
  }
  const P = Math.max(1, Math.floor(limit.maxPairs));
  if (nO * nD <= P) return [nO, nD];
  const side = Math.max(1, Math.floor(Math.sqrt(P)));
  if (nO <= side) return [nO, Math.floor(P / nO)];
  if (nD <= side) return [Math.floor(P / nD), nD];
  return [side, Math.floor(P / side)];
};

/**
 * Splits an `nO × nD` matrix into row-major blocks that each respect a server's request limit, using as few requests
 * as a rectangular tiling of equal blocks allows (a short side is kept whole). An empty matrix has no blocks.
 */
export const matrixBlocks = (nO: number, nD: number, limit: BlockLimit): MatrixBlock[] => {
  if (nO === 0 || nD === 0) return [];
  const [s, d] = blockShape(nO, nD, limit);
  const blocks: MatrixBlock[] = [];
  for (let o = 0; o < nO; o += s)
    for (let t = 0; t < nD; t += d)
      blocks.push({
        originStart: o,
        originEnd: Math.min(nO, o + s),
        destinationStart: t,
        destinationEnd: Math.min(nD, t + d),
      });
  return blocks;
};
