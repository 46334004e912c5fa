import type { ValidationIssue } from "@jiaolianti/core";

/** Issues reported at most per rejected input. */
const MAX_ISSUES = 50;

/** One side's validated preference lists, by index (internal). */
export interface Side {
  /** Ids in input order (`Object.keys`). */
  readonly ids: ReadonlyArray<string>;
  readonly index: ReadonlyMap<string, number>;
  /** `lists[a]`: indices on the other side, best first, as given (unknown ids rejected). */
  readonly lists: ReadonlyArray<ReadonlyArray<number>>;
}

/** Collects issues up to a limit (internal). */
export class Issues {
  readonly list: ValidationIssue[] = [];
  add(path: ReadonlyArray<PropertyKey>, message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** The ids (keys) of a record of `side`, or `null` with an issue if it is not a record (internal). */
export const idsOf = (input: unknown, side: string, issues: Issues): string[] | null => {
  if (!isRecord(input)) {
    issues.add([side], "Expected a record of id → value");
    return null;
  }
  return Object.keys(input);
};

/**
 * Validates the ranked lists of one side against the ids of the other (internal): every list is an array of
 * strings, no tie (a nested array), no unknown id, no id twice. Issues carry the path `[side, id, position]`.
 */
export const checkPreferences = (
  input: unknown,
  side: string,
  get: (value: unknown) => unknown,
  other: ReadonlyMap<string, number>,
  otherName: string,
  issues: Issues,
): Side | null => {
  const ids = idsOf(input, side, issues);
  if (ids === null) return null;
  const record = input as Record<string, unknown>;
  const index = new Map(ids.map((id, k) => [id, k]));
  const lists = ids.map((id) => {
    const list = get(record[id]);
    if (!Array.isArray(list)) {
      issues.add([side, id], "Expected a ranked list (an array of ids, best first)");
      return [];
    }
    const seen = new Map<string, number>();
    const out: number[] = [];
    list.forEach((entry: unknown, k: number) => {
      if (Array.isArray(entry)) {
        issues.add([side, id, k], "Ties (a nested list) are not supported: rank strictly, one id per position");
        return;
      }
      if (typeof entry !== "string") {
        issues.add([side, id, k], `${String(entry)} is not an id (a string)`);
        return;
      }
      const b = other.get(entry);
      if (b === undefined) {
        issues.add([side, id, k], `Unknown ${otherName} ${JSON.stringify(entry)}`);
        return;
      }
      const first = seen.get(entry);
      if (first !== undefined) {
        issues.add([side, id, k], `${JSON.stringify(entry)} is listed twice (first at position ${first})`);
        return;
      }
      seen.set(entry, k);
      out.push(b);
    });
    return out;
  });
  return { ids, index, lists };
};

/**
 * Validates a record id → capacity (non-negative integers), one entry per id of `owners` and no other (internal).
 */
export const checkCapacities = (
  input: unknown,
  side: string,
  owners: ReadonlyArray<string>,
  ownerName: string,
  issues: Issues,
): Int32Array | null => {
  if (!isRecord(input)) {
    issues.add([side], "Expected a record of id → capacity");
    return null;
  }
  const out = new Int32Array(owners.length);
  const known = new Set(owners);
  owners.forEach((id, k) => {
    const c = input[id];
    if (c === undefined) issues.add([side, id], `Missing capacity of ${ownerName} ${JSON.stringify(id)}`);
    else if (typeof c !== "number" || !Number.isInteger(c) || c < 0 || c > 2 ** 31 - 1)
      issues.add([side, id], `${String(c)} is not a capacity (a non-negative integer)`);
    else out[k] = c;
  });
  for (const id of Object.keys(input))
    if (!known.has(id)) issues.add([side, id], `Unknown ${ownerName} ${JSON.stringify(id)}`);
  return out;
};

/**
 * Keeps only mutually acceptable pairs (internal): `a` keeps `b` if `b` also lists `a`. Returns each kept entry's
 * rank in the other side's list (`rankAt[a][k]` = position of `a` in the list of `lists[a][k]`).
 */
export const mutuallyAcceptable = (
  side: Side,
  other: Side,
  keep: (b: number) => boolean = () => true,
): { readonly lists: Int32Array[]; readonly rankAt: Int32Array[] } => {
  const rank = other.lists.map((list) => new Map(list.map((a, r) => [a, r])));
  const lists: Int32Array[] = [];
  const rankAt: Int32Array[] = [];
  side.lists.forEach((list, a) => {
    const l: number[] = [];
    const r: number[] = [];
    for (const b of list) {
      const at = (rank[b] as Map<number, number>).get(a);
      if (at === undefined || !keep(b)) continue;
      l.push(b);
      r.push(at);
    }
    lists.push(Int32Array.from(l));
    rankAt.push(Int32Array.from(r));
  });
  return { lists, rankAt };
};
