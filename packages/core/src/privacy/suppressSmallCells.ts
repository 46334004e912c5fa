import { z } from "zod";
import { type ValidationError, validationError } from "../errors/ValidationError.js";
import { err, ok, type Result } from "../result/Result.js";
import { countsIssues } from "./countsIssues.js";
import { augment, hiddenNetwork, isDetermined } from "./tableNetwork.js";

/**
 * Options of {@link suppressSmallCells}, validated (a rule a district configures, so it is data with a schema).
 * - `k`: the threshold; every non-zero count below `k` is hidden. REFERENCE.md §5: US states mostly use 10, survey
 *   vendors hide groups under 5 and district roll-ups under 50 — make it a deliberate, published choice.
 * - `minimumHidden` (@default 2): every row and column (its total counted as one of its entries) that has a hidden
 *   entry must have at least this many.
 * - `zeros` (@default `"publish"`): `"publish"` — zeros are shown and never hidden; `"complement"` — zeros are shown
 *   unless needed as complementary cells (used only after every non-zero candidate of the line); `"sensitive"` — a zero
 *   is itself disclosive (e.g. "none of the 6 girls of class 3 is in the green tier") and is hidden like a small count.
 * - `protectTotals` (@default false): also hide non-zero row, column and grand totals below `k` (a margin is a count
 *   of people too); by default totals are published unless complementary suppression needs them.
 */
export const SuppressionOptions = z.strictObject({
  k: z.number().int().min(1).max(1_000_000),
  minimumHidden: z.number().int().min(2).max(100).default(2),
  zeros: z.enum(["publish", "complement", "sensitive"]).default("publish"),
  protectTotals: z.boolean().default(false),
});
/** Options as given (defaults optional). */
export type SuppressionOptions = z.input<typeof SuppressionOptions>;
/** Options with defaults applied, as echoed in a {@link SuppressionResult}. */
export type SuppressionRule = z.output<typeof SuppressionOptions>;

/** A row or column index, or `"total"` for the margin (`{ row: 2, col: "total" }` is row 2's total). */
export type TableIndex = number | "total";

/** One hidden entry and why: `primary` (below the threshold) or `complementary` (hidden to protect another). */
export interface SuppressedEntry {
  readonly row: TableIndex;
  readonly col: TableIndex;
  readonly reason: "primary" | "complementary";
}

/** A table ready to publish: hidden entries are `null`; totals are those of the original counts. */
export interface SuppressionResult {
  readonly cells: ReadonlyArray<ReadonlyArray<number | null>>;
  /** Row totals; `null` only where complementary suppression had to hide a total (or `protectTotals`). */
  readonly rowTotals: ReadonlyArray<number | null>;
  readonly colTotals: ReadonlyArray<number | null>;
  readonly grandTotal: number | null;
  /** Every hidden entry, row by row, totals last; never the hidden values. */
  readonly suppressed: ReadonlyArray<SuppressedEntry>;
  /** The rule applied (options with defaults), so the published table says how it was protected. */
  readonly rule: SuppressionRule;
}

type Reason = SuppressedEntry["reason"];

/**
 * Hides small counts in a two-way table of counts before it is published, so that no hidden count can be recovered
 * from what is shown.
 *
 * 1. **Primary**: every non-zero count below `k` is hidden (zeros too with `zeros: "sensitive"`; totals below `k` too
 *    with `protectTotals`).
 * 2. **Complementary**, the standard pairwise heuristic: the table is read with its margins (each row ends in its
 *    total, the totals row ends in the grand total), and every such line with a hidden entry must have at least
 *    `minimumHidden` (2) — otherwise the one hidden entry is its total minus the others. The entry added is, in order
 *    of preference: one whose crossing line can still be completed; one that completes its crossing line too (closing
 *    a rectangle); a non-zero cell, then a zero (only when `zeros` allows), then a total, then the grand total; one whose
 *    crossing line already has enough hidden entries (no new cascade); the smallest count. Repeated until stable. A row whose other cells are all published
 *    zeros can only be completed by hiding its total; then the totals column needs a second hidden total, and so on.
 * 3. **Exact check**: pairs in every line do not suffice — a hidden cell that bridges two separate rectangles is still
 *    the difference of published sums, and non-negativity can pin a cell next to hidden zeros. So the result is
 *    checked exactly (each hidden entry must be movable up or down in some non-negative table consistent with what is
 *    published, a max-flow reachability test), and another cell is hidden — preferring one that puts the exposed cell
 *    on a cycle — until none is exactly determined. This always ends: a table with every hideable entry hidden is
 *    safe.
 *
 * What it does not guarantee: *interval* protection. An attacker solving the linear programme still learns a range
 * for each hidden cell (e.g. "between 2 and 5"); use {@link auditSuppression} to see the ranges and widen the
 * suppression if a range is too narrow. It is not optimal either (fewest cells or least information lost), which is
 * an NP-hard problem in general.
 *
 * Validation failures (ragged or negative or fractional counts, `k` < 1 …) are returned as a {@link ValidationError}.
 *
 * Source: REFERENCE.md §5; Cox (1980), "Suppression methodology and statistical disclosure control", JASA 75:377–385;
 * Gusfield (1988), "A graph theoretic approach to statistical data security", SIAM J. Comput. 17:552–571 (a hidden
 * cell is exactly determined iff it lies on no cycle of hidden cells); Fischetti & Salazar-González (2001),
 * Management Science 47:1008–1027 (the LP attacker); Hundepool et al. (2012), *Statistical Disclosure Control*, Wiley,
 * ch. 4 (tau-argus, hypercube method); NCES SLDS Technical Brief 3 (2010) on small-cell suppression in education.
 *
 * @example
 * ```ts
 * import { suppressSmallCells } from "@jiaolianti/core";
 * // Rows: three schools; columns: green / yellow / orange support tier.
 * const r = suppressSmallCells([[120, 14, 3], [98, 22, 11], [143, 17, 9]], { k: 5 });
 * // r.ok: cells [[120, null, null], [98, 22, 11], [143, null, null]] — the 3 and its row and column partners
 * // hidden; every total still published.
 * ```
 */
export const suppressSmallCells = (
  counts: ReadonlyArray<ReadonlyArray<number>>,
  options: SuppressionOptions,
): Result<SuppressionResult, ValidationError> => {
  const parsed = SuppressionOptions.safeParse(options);
  const issues = [
    ...countsIssues(counts),
    ...(parsed.success ? [] : parsed.error.issues.map((i) => ({ path: ["options", ...i.path], message: i.message }))),
  ];
  if (!parsed.success || issues.length > 0) return err(validationError("suppressSmallCells input", issues));
  const rule = parsed.data;
  const { k, minimumHidden: m, zeros } = rule;

  const values = augment(counts);
  const R = counts.length;
  const C = (counts[0] as ReadonlyArray<number>).length;
  const reasons: Array<Array<Reason | undefined>> = values.map((row) => row.map(() => undefined));
  const rowHidden = new Array<number>(R + 1).fill(0);
  const colHidden = new Array<number>(C + 1).fill(0);
  const value = (a: number, b: number): number => values[a]?.[b] as number;
  const isHidden = (a: number, b: number): boolean => reasons[a]?.[b] !== undefined;
  const hide = (a: number, b: number, reason: Reason): void => {
    (reasons[a] as Array<Reason | undefined>)[b] = reason;
    rowHidden[a] = (rowHidden[a] as number) + 1;
    colHidden[b] = (colHidden[b] as number) + 1;
  };
  // A published zero is never hidden under "publish": hiding it would tell nothing (and a zero-total line pins it).
  const available = (a: number, b: number): boolean => !isHidden(a, b) && (value(a, b) > 0 || zeros !== "publish");
  const small = (v: number): boolean => (v > 0 && v < k) || (v === 0 && zeros === "sensitive");

  for (let a = 0; a <= R; a++) {
    for (let b = 0; b <= C; b++) {
      const interior = a < R && b < C;
      if ((interior || rule.protectTotals) && small(value(a, b))) hide(a, b, "primary");
    }
  }

  const entryClass = (a: number, b: number): number =>
    a === R && b === C ? 3 : a === R || b === C ? 2 : value(a, b) > 0 ? 0 : 1;
  const lineEntries = (axis: "row" | "col", i: number): Array<[number, number]> =>
    axis === "row"
      ? Array.from({ length: C + 1 }, (_, b) => [i, b] as [number, number])
      : Array.from({ length: R + 1 }, (_, a) => [a, i] as [number, number]);
  const hiddenIn = (axis: "row" | "col", i: number): number => (axis === "row" ? rowHidden[i] : colHidden[i]) as number;

  // Sort key of a candidate (a, b) chosen for a line on `axis`; its crossing line is on the other axis.
  const candidateKey = (axis: "row" | "col", a: number, b: number): number[] => {
    const crossAxis = axis === "row" ? "col" : "row";
    const crossIndex = axis === "row" ? b : a;
    const h = hiddenIn(crossAxis, crossIndex);
    const need = m - (h + 1);
    const spare =
      need <= 0
        ? 0
        : lineEntries(crossAxis, crossIndex).filter(([x, y]) => (x !== a || y !== b) && available(x, y)).length;
    const viable = need <= 0 || spare >= need ? 0 : 1;
    const crossing = h > 0 && h < m ? 0 : h >= m ? 1 : 2;
    return [viable, crossing === 0 ? 0 : 1, entryClass(a, b), crossing, value(a, b), a, b];
  };

  const completeLines = (): void => {
    for (;;) {
      let added = false;
      for (const axis of ["row", "col"] as const) {
        const count = axis === "row" ? R + 1 : C + 1;
        for (let i = 0; i < count && !added; i++) {
          const h = hiddenIn(axis, i);
          if (h === 0 || h >= m) continue;
          const best = lineEntries(axis, i)
            .filter(([a, b]) => available(a, b))
            .map(([a, b]) => candidateKey(axis, a, b))
            .sort(compareKeys)[0];
          if (best === undefined) continue; // nothing left in this line; the exact check below decides
          hide(best[5] as number, best[6] as number, "complementary");
          added = true;
        }
        if (added) break;
      }
      if (!added) return;
    }
  };

  const total = (R + 1) * (C + 1);
  for (let guard = 0; guard <= total; guard++) {
    completeLines();
    const hidden = reasons.map((row) => row.map((r) => r !== undefined));
    const net = hiddenNetwork(values, hidden);
    const exposed = net.entries.find((_, i) => isDetermined(net, i));
    if (!exposed) break;
    const fix = fixFor(exposed, hidden, R, C, available, (axis, a, b) => candidateKey(axis, a, b));
    if (!fix) {
      // Unreachable: once every available entry is hidden each hidden entry lies on a cycle through the margins.
      // Should it ever happen, publish nothing rather than an exposed count.
      for (let a = 0; a <= R; a++) for (let b = 0; b <= C; b++) if (!isHidden(a, b)) hide(a, b, "complementary");
      break;
    }
    hide(fix[0], fix[1], "complementary");
  }

  const shown = (a: number, b: number): number | null => (isHidden(a, b) ? null : value(a, b));
  const suppressed: SuppressedEntry[] = [];
  for (let a = 0; a <= R; a++) {
    for (let b = 0; b <= C; b++) {
      const reason = reasons[a]?.[b];
      if (reason) suppressed.push({ row: a === R ? "total" : a, col: b === C ? "total" : b, reason });
    }
  }
  return ok({
    cells: counts.map((row, a) => row.map((_, b) => shown(a, b))),
    rowTotals: counts.map((_, a) => shown(a, C)),
    colTotals: (counts[0] as ReadonlyArray<number>).map((_, b) => shown(R, b)),
    grandTotal: shown(R, C),
    suppressed,
    rule,
  });
};

// The cell to hide next for an exactly determined entry: from its own row or column, preferring one that closes a
// cycle through it (Gusfield: a cell on a cycle of hidden cells can move); else from anywhere in the table.
const fixFor = (
  exposed: { readonly a: number; readonly b: number },
  hidden: ReadonlyArray<ReadonlyArray<boolean>>,
  R: number,
  C: number,
  available: (a: number, b: number) => boolean,
  key: (axis: "row" | "col", a: number, b: number) => number[],
): [number, number] | undefined => {
  const parent = Array.from({ length: R + C + 2 }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x] as number] as number;
    return x;
  };
  hidden.forEach((row, a) => {
    row.forEach((h, b) => {
      if (h && (a !== exposed.a || b !== exposed.b)) parent[find(a)] = find(R + 1 + b);
    });
  });
  const ra = find(exposed.a);
  const cb = find(R + 1 + exposed.b);
  const closes = (a: number, b: number): number => {
    const x = find(a);
    const y = find(R + 1 + b);
    return (x === ra && y === cb) || (x === cb && y === ra) ? 0 : 1;
  };
  const rank = (axis: "row" | "col", a: number, b: number): number[] => [closes(a, b), ...key(axis, a, b)];
  const local: number[][] = [];
  for (let b = 0; b <= C; b++) if (available(exposed.a, b)) local.push(rank("row", exposed.a, b));
  for (let a = 0; a <= R; a++) if (available(a, exposed.b)) local.push(rank("col", a, exposed.b));
  const pool = local.length > 0 ? local : globalCandidates(R, C, available, rank);
  const best = pool.sort(compareKeys)[0];
  return best ? [best[6] as number, best[7] as number] : undefined;
};

const globalCandidates = (
  R: number,
  C: number,
  available: (a: number, b: number) => boolean,
  rank: (axis: "row" | "col", a: number, b: number) => number[],
): number[][] => {
  const out: number[][] = [];
  for (let a = 0; a <= R; a++) for (let b = 0; b <= C; b++) if (available(a, b)) out.push(rank("row", a, b));
  return out;
};

const compareKeys = (x: number[], y: number[]): number => {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return 0;
};
