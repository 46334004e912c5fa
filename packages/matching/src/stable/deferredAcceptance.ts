/** Input of {@link deferredAcceptance}: mutually acceptable ranked lists, by index (internal). */
export interface Proposals {
  /** `lists[p]`: receivers proposer `p` accepts, best first. */
  readonly lists: ReadonlyArray<Int32Array>;
  /** `rankAt[p][k]`: the rank of `p` in the list of receiver `lists[p][k]` (lower is better). */
  readonly rankAt: ReadonlyArray<Int32Array>;
  /** Places each proposer fills (1 for a resident or a suitor, the capacity of a proposing hospital). */
  readonly proposerQuota: Int32Array;
  /** Places each receiver has (1 for a resident or a reviewer, the capacity of a receiving hospital). */
  readonly receiverQuota: Int32Array;
}

/**
 * Deferred acceptance (Gale & Shapley 1962, "College admissions and the stability of marriage", Amer. Math. Monthly
 * 69:9–15; many-to-one form: Roth 1984, "The evolution of the labor market for medical interns and residents", J.
 * Political Economy 92:991–1016; Roth & Sotomayor 1990, *Two-Sided Matching*, ch. 5): proposers propose down their
 * lists; each receiver holds the best proposals up to its quota and rejects the rest; a rejected or displaced proposer
 * proposes again. Ends with the **proposer-optimal** stable matching (Gale & Shapley 1962, Thm 2; Roth & Sotomayor
 * 1990, Thm 5.16 for quotas); one side must have quota 1 (marriage, or hospitals/residents from either side).
 * O(total list length · log quota); each receiver keeps its held proposers in a max-heap by rank (internal kernel).
 *
 * @returns `held[r]`: the proposers receiver `r` holds at the end, in no particular order.
 */
export const deferredAcceptance = (x: Proposals): number[][] => {
  const proposers = x.lists.length;
  const receivers = x.receiverQuota.length;
  const heapRank: number[][] = Array.from({ length: receivers }, () => []);
  const heapWho: number[][] = Array.from({ length: receivers }, () => []);
  const next = new Int32Array(proposers);
  const slots = Int32Array.from(x.proposerQuota);
  const waiting = new Uint8Array(proposers);
  const queue: number[] = [];
  for (let p = proposers - 1; p >= 0; p--)
    if ((slots[p] as number) > 0) {
      queue.push(p);
      waiting[p] = 1;
    }
  while (queue.length > 0) {
    const p = queue.pop() as number;
    waiting[p] = 0;
    const list = x.lists[p] as Int32Array;
    const ranks = x.rankAt[p] as Int32Array;
    while ((slots[p] as number) > 0 && (next[p] as number) < list.length) {
      const k = next[p] as number;
      next[p] = k + 1;
      const r = list[k] as number;
      const rank = ranks[k] as number;
      const quota = x.receiverQuota[r] as number;
      const hr = heapRank[r] as number[];
      const hw = heapWho[r] as number[];
      if (hr.length < quota) {
        heapPush(hr, hw, rank, p);
        slots[p] = (slots[p] as number) - 1;
      } else if (quota > 0 && (hr[0] as number) > rank) {
        const out = hw[0] as number;
        heapReplaceTop(hr, hw, rank, p);
        slots[p] = (slots[p] as number) - 1;
        slots[out] = (slots[out] as number) + 1;
        if (waiting[out] === 0) {
          waiting[out] = 1;
          queue.push(out);
        }
      }
    }
  }
  return heapWho;
};

/** Pushes onto a max-heap keyed by rank (parallel arrays). */
const heapPush = (rank: number[], who: number[], r: number, w: number): void => {
  let i = rank.length;
  rank.push(r);
  who.push(w);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if ((rank[parent] as number) >= r) break;
    rank[i] = rank[parent] as number;
    who[i] = who[parent] as number;
    i = parent;
  }
  rank[i] = r;
  who[i] = w;
};

/** Replaces the top (worst-ranked) entry of a max-heap and restores the heap. */
const heapReplaceTop = (rank: number[], who: number[], r: number, w: number): void => {
  const n = rank.length;
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && (rank[c + 1] as number) > (rank[c] as number)) c++;
    if ((rank[c] as number) <= r) break;
    rank[i] = rank[c] as number;
    who[i] = who[c] as number;
    i = c;
  }
  rank[i] = r;
  who[i] = w;
};
