import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { auditSuppression, type PublishedTable } from "./auditSuppression.js";
import { suppressSmallCells } from "./suppressSmallCells.js";

// ---------- an independent oracle: exhaustive search over integer tables ----------

type Grid = Array<Array<number | null>>; // augmented: rows + totals row; each row ends with its total

const augment = (counts: number[][]): number[][] => {
  const rows = counts.map((r) => [...r, r.reduce((s, v) => s + v, 0)]);
  return [...rows, (rows[0] ?? []).map((_, j) => rows.reduce((s, r) => s + (r[j] as number), 0))];
};

const publish = (counts: number[][], hidden: boolean[][]): PublishedTable => {
  const full = augment(counts);
  const R = counts.length;
  const C = counts[0]?.length ?? 0;
  const shown = (a: number, b: number) => ((hidden[a]?.[b] ?? false) ? null : (full[a]?.[b] as number));
  return {
    cells: counts.map((row, a) => row.map((_, b) => shown(a, b))),
    rowTotals: counts.map((_, a) => shown(a, C)),
    colTotals: (counts[0] ?? []).map((_, b) => shown(R, b)),
    grandTotal: shown(R, C),
  };
};

const gridOf = (t: PublishedTable): Grid => [
  ...t.cells.map((row, i) => [...row, t.rowTotals[i] ?? null]),
  [...t.colTotals, t.grandTotal],
];

/**
 * Visits every non-negative integer table whose interior cells lie in `domain(a, b)` and that agrees with every
 * published entry of `grid`; calls `visit` with the full augmented table. Hidden interior cells are enumerated row by
 * row; the last hidden cell of a row (or column) with a published total is forced, which keeps the search small.
 */
const enumerate = (grid: Grid, domain: (a: number, b: number) => number[], visit: (t: number[][]) => void): void => {
  const R = grid.length - 1;
  const C = (grid[0]?.length ?? 1) - 1;
  const x = Array.from({ length: R }, (_, a) => Array.from({ length: C }, (_, b) => grid[a]?.[b] ?? -1));
  const vars: Array<[number, number]> = [];
  for (let a = 0; a < R; a++) for (let b = 0; b < C; b++) if (grid[a]?.[b] === null) vars.push([a, b]);
  const lastInRow = (i: number) => !vars.slice(i + 1).some(([a]) => a === vars[i]?.[0]);
  const lastInCol = (i: number) => !vars.slice(i + 1).some(([, b]) => b === vars[i]?.[1]);
  const rowSum = (a: number, skip: number) => (x[a] as number[]).reduce((s, v, b) => (b === skip ? s : s + v), 0);
  const colSum = (b: number, skip: number) => x.reduce((s, row, a) => (a === skip ? s : s + (row[b] as number)), 0);
  const go = (i: number): void => {
    if (i === vars.length) {
      const full = augment(x);
      for (let a = 0; a <= R; a++) {
        for (let b = 0; b <= C; b++) {
          const shown = grid[a]?.[b];
          if (shown !== null && shown !== full[a]?.[b]) return;
        }
      }
      visit(full);
      return;
    }
    const [a, b] = vars[i] as [number, number];
    const rowTotal = grid[a]?.[C];
    const colTotal = grid[R]?.[b];
    let options = domain(a, b);
    if (lastInRow(i) && typeof rowTotal === "number") options = options.filter((v) => v === rowTotal - rowSum(a, b));
    else if (lastInCol(i) && typeof colTotal === "number")
      options = options.filter((v) => v === colTotal - colSum(b, a));
    for (const v of options) {
      (x[a] as number[])[b] = v;
      // Prune: a partial row or column already above its published total.
      if (typeof rowTotal === "number" && rowSum(a, -1) - sumUnassigned(a, -1, i) > rowTotal) continue;
      if (typeof colTotal === "number" && colSum(b, -1) - sumUnassigned(-1, b, i) > colTotal) continue;
      go(i + 1);
    }
    (x[a] as number[])[b] = -1;
  };
  // Unassigned hidden cells hold -1; add their -1s back so partial sums count assigned cells only.
  const sumUnassigned = (a: number, b: number, i: number) =>
    vars.slice(i + 1).filter(([va, vb]) => va === a || vb === b).length * -1;
  go(0);
};

const range = (lo: number, hi: number) => Array.from({ length: Math.max(0, hi - lo + 1) }, (_, i) => lo + i);

describe("the oracle itself", () => {
  test("finds every table of a 2×2 with all cells hidden and margins published", () => {
    const grid = gridOf(
      publish(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [true, true, false],
          [true, true, false],
          [false, false, false],
        ],
      ),
    );
    let n = 0;
    enumerate(
      grid,
      () => range(0, 11),
      () => n++,
    );
    expect(n).toBe(4); // x00 ∈ {0,1,2,3}: row sums 3 and 7, column sums 4 and 6
  });
});

// ---------- audit: worked cases ----------

describe("auditSuppression", () => {
  test("a single hidden cell is exposed (its total minus the others)", () => {
    const counts = [
      [10, 3],
      [20, 30],
    ];
    const t = publish(counts, [
      [false, true, false],
      [false, false, false],
      [false, false, false],
    ]);
    expect(auditSuppression(t, counts)).toEqual({
      ok: true,
      value: { protected: false, entries: [{ row: 0, col: 1, value: 3, min: 3, max: 3, exposed: true }] },
    });
  });

  test("a hidden rectangle is protected, with exact ranges", () => {
    const counts = [
      [10, 3],
      [20, 30],
    ];
    const t = publish(counts, [
      [true, true, false],
      [true, true, false],
      [false, false, false],
    ]);
    const r = auditSuppression(t, counts);
    expect(r.ok && r.value.protected).toBe(true);
    expect(r.ok && r.value.entries.map((e) => [e.value, e.min, e.max])).toEqual([
      [10, 0, 13],
      [3, 0, 13],
      [20, 17, 30],
      [30, 20, 33],
    ]);
  });

  test("two rectangles joined by one cell: every line has 2+ hidden, yet the bridge cell is exposed", () => {
    // Rectangles on rows {0,1} × cols {0,1} and rows {2,3} × cols {2,3}, plus cell (0,2).
    const counts = [
      [11, 12, 13, 14],
      [21, 22, 23, 24],
      [31, 32, 33, 34],
      [41, 42, 43, 44],
    ];
    const hidden = augment(counts).map((row) => row.map(() => false));
    for (const [a, b] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 2],
      [2, 3],
      [3, 2],
      [3, 3],
      [0, 2],
    ]) {
      (hidden[a as number] as boolean[])[b as number] = true;
    }
    const r = auditSuppression(publish(counts, hidden), counts);
    if (!r.ok) throw r.error;
    expect(r.value.protected).toBe(false);
    expect(r.value.entries.filter((e) => e.exposed)).toEqual([
      { row: 0, col: 2, value: 13, min: 13, max: 13, exposed: true },
    ]);
  });

  test("the pairwise heuristic alone can leave a cell exposed (a real table from a random search)", () => {
    const counts = [
      [11, 20, 19, 1],
      [13, 18, 28, 1],
      [11, 5, 1, 15],
      [1, 2, 3, 24],
      [30, 3, 4, 13],
    ];
    const pairwiseOnly: PublishedTable = {
      cells: [
        [null, 20, 19, null],
        [null, 18, 28, null],
        [11, null, null, 15],
        [null, null, null, 24],
        [30, null, null, 13],
      ],
      rowTotals: [51, 60, 32, 30, 50],
      colTotals: [66, 48, 55, 54],
      grandTotal: 223,
    };
    const r = auditSuppression(pairwiseOnly, counts);
    if (!r.ok) throw r.error;
    expect(r.value.entries.filter((e) => e.exposed)).toEqual([
      { row: 3, col: 0, value: 1, min: 1, max: 1, exposed: true },
    ]);
  });

  test("non-negativity can pin a hidden rectangle: a column total of 0 gives all four cells away", () => {
    const counts = [
      [0, 5],
      [0, 5],
    ];
    const t = publish(counts, [
      [true, true, false],
      [true, true, false],
      [false, false, false],
    ]);
    const r = auditSuppression(t, counts);
    expect(r.ok && r.value.entries.every((e) => e.exposed)).toBe(true);
  });

  test("an entry with nothing bounding it above has max = Infinity", () => {
    const counts = [[3]];
    const t = publish(counts, [
      [true, true],
      [true, true],
    ]);
    const r = auditSuppression(t, counts);
    expect(r.ok && r.value.entries[0]).toEqual({
      row: 0,
      col: 0,
      value: 3,
      min: 0,
      max: Number.POSITIVE_INFINITY,
      exposed: false,
    });
  });

  test.each<[string, PublishedTable, number[][]]>([
    ["a published value that differs", { cells: [[1, 2]], rowTotals: [3], colTotals: [1, 9], grandTotal: 3 }, [[1, 2]]],
    ["a missing row", { cells: [], rowTotals: [], colTotals: [1, 2], grandTotal: 3 }, [[1, 2]]],
    ["an invalid original", { cells: [[1]], rowTotals: [1], colTotals: [1], grandTotal: 1 }, [[-1]]],
  ])("rejects %s", (_name, table, original) => {
    const r = auditSuppression(table, original);
    expect(r.ok).toBe(false);
    expect(r.ok || r.error._tag).toBe("ValidationError");
  });
});

// ---------- properties: the max-flow audit equals exhaustive search ----------

const smallTable = fc.constantFrom([1, 1], [1, 2], [2, 1], [1, 3], [3, 1], [2, 2], [1, 4], [4, 1]).chain(([r, c]) =>
  fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: c, maxLength: c }), {
    minLength: r as number,
    maxLength: r as number,
  }),
);
const withHidden = smallTable.chain((counts) =>
  fc.tuple(
    fc.constant(counts),
    fc.array(
      fc.array(fc.boolean(), { minLength: (counts[0]?.length ?? 0) + 1, maxLength: (counts[0]?.length ?? 0) + 1 }),
      {
        minLength: counts.length + 1,
        maxLength: counts.length + 1,
      },
    ),
  ),
);

describe("auditSuppression agrees with exhaustive search", () => {
  test("min, max and exposure of every hidden entry, on random small tables and random hidden sets", () => {
    fc.assert(
      fc.property(withHidden, ([counts, hidden]) => {
        const table = publish(counts, hidden);
        const audit = auditSuppression(table, counts);
        if (!audit.ok) return false;
        const grand = counts.flat().reduce((s, v) => s + v, 0);
        // Any move of one hidden entry shifts others by at most the grand total, so 2G + 2 bounds every witness.
        const bound = 2 * grand + 2;
        const R = counts.length;
        const C = counts[0]?.length ?? 0;
        const lo = new Map<string, number>();
        const hi = new Map<string, number>();
        enumerate(
          gridOf(table),
          () => range(0, bound),
          (t) => {
            t.forEach((row, a) => {
              row.forEach((v, b) => {
                if (!hidden[a]?.[b]) return;
                const key = `${a},${b}`;
                lo.set(key, Math.min(lo.get(key) ?? v, v));
                hi.set(key, Math.max(hi.get(key) ?? v, v));
              });
            });
          },
        );
        for (const e of audit.value.entries) {
          const key = `${e.row === "total" ? R : e.row},${e.col === "total" ? C : e.col}`;
          expect(e.min).toBe(lo.get(key));
          // A finite maximum below the search bound must be found exactly; an unbounded one reaches the bound.
          if (e.max < bound) expect(e.max).toBe(hi.get(key));
          else expect(hi.get(key)).toBeGreaterThanOrEqual(bound);
          expect(e.exposed).toBe(lo.get(key) === hi.get(key));
        }
        return true;
      }),
      { numRuns: 300 },
    );
  }, 60_000); // exhaustive search: a generous time limit, not a timing assertion

  test("suppressSmallCells never leaves a hidden entry determined (exhaustive search of unit moves)", () => {
    // If a hidden entry can move at all, it can move by exactly 1 along one cycle of hidden entries, changing every
    // other entry by at most 1 (conformal decomposition of the difference of two integer tables). So searching the
    // tables within ±1 of the truth for one where the entry differs is an exact test of "determined".
    const tables = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).chain(([r, c]) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 5, max: 30 })), {
          minLength: c,
          maxLength: c,
        }),
        { minLength: r, maxLength: r },
      ),
    );
    const options = fc.record({
      k: fc.integer({ min: 2, max: 8 }),
      zeros: fc.constantFrom("publish" as const, "complement" as const, "sensitive" as const),
      protectTotals: fc.boolean(),
    });
    fc.assert(
      fc.property(tables, options, (counts, opts) => {
        const r = suppressSmallCells(counts, opts);
        if (!r.ok) return false;
        const grid = gridOf(r.value);
        const truth = augment(counts);
        grid.forEach((row, a) => {
          row.forEach((v, b) => {
            if (v !== null) return;
            let moves = false;
            enumerate(
              grid,
              (i, j) => range(Math.max(0, (truth[i]?.[j] as number) - 1), (truth[i]?.[j] as number) + 1),
              (t) => {
                if (t[a]?.[b] !== truth[a]?.[b]) moves = true;
              },
            );
            expect(moves, `entry (${a}, ${b}) of ${JSON.stringify(counts)} is determined`).toBe(true);
          });
        });
        return true;
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
