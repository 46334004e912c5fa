import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { auditSuppression } from "./auditSuppression.js";
import { type SuppressionOptions, suppressSmallCells } from "./suppressSmallCells.js";

const sums = (counts: number[][]) => ({
  rows: counts.map((r) => r.reduce((s, v) => s + v, 0)),
  cols: (counts[0] ?? []).map((_, j) => counts.reduce((s, r) => s + (r[j] as number), 0)),
  grand: counts.flat().reduce((s, v) => s + v, 0),
});

const run = (counts: number[][], options: SuppressionOptions) => {
  const r = suppressSmallCells(counts, options);
  if (!r.ok) throw r.error;
  return r.value;
};

// Rows: three schools; columns: green / yellow / orange support tiers.
const SCHOOLS = [
  [120, 14, 3],
  [98, 22, 11],
  [143, 17, 9],
];

describe("suppressSmallCells: worked cases", () => {
  test("one small cell: a second cell in its row and its column are hidden, closing a rectangle; totals unchanged", () => {
    const r = run(SCHOOLS, { k: 5 });
    expect(r.cells).toEqual([
      [120, null, null],
      [98, 22, 11],
      [143, null, null],
    ]);
    expect(r.rowTotals).toEqual(sums(SCHOOLS).rows);
    expect(r.colTotals).toEqual(sums(SCHOOLS).cols);
    expect(r.grandTotal).toBe(437);
    expect(r.suppressed).toEqual([
      { row: 0, col: 1, reason: "complementary" },
      { row: 0, col: 2, reason: "primary" },
      { row: 2, col: 1, reason: "complementary" },
      { row: 2, col: 2, reason: "complementary" },
    ]);
    expect(r.rule).toEqual({ k: 5, minimumHidden: 2, zeros: "publish", protectTotals: false });
  });

  test.each<[number, number]>([
    [1, 0], // no non-zero count is below 1
    [3, 0], // 3 is not below 3
    [4, 1],
    [10, 2], // 3 and 9
    [12, 3], // 3, 9 and 11
    [15, 4], // … and 14
  ])("k = %i hides %i cells as primary", (k, primaries) => {
    const r = run(SCHOOLS, { k });
    expect(r.suppressed.filter((s) => s.reason === "primary")).toHaveLength(primaries);
    for (const row of r.cells) for (const v of row) if (v !== null) expect(v === 0 || v >= k).toBe(true);
  });

  test("a row whose other cells are published zeros hides its total, and a second total with it", () => {
    const r = run(
      [
        [3, 0, 0],
        [10, 20, 30],
      ],
      { k: 5 },
    );
    expect(r.cells).toEqual([
      [null, 0, 0],
      [null, 20, 30],
    ]);
    expect(r.rowTotals).toEqual([null, null]);
    expect(r.colTotals).toEqual([13, 20, 30]);
    expect(r.grandTotal).toBe(63);
  });

  test('with zeros: "complement" a zero is hidden instead of a total', () => {
    const r = run(
      [
        [3, 0, 0],
        [10, 20, 30],
      ],
      { k: 5, zeros: "complement" },
    );
    expect(r.cells).toEqual([
      [null, null, 0],
      [null, null, 30],
    ]);
    expect(r.rowTotals).toEqual([3, 60]);
  });

  test('with zeros: "sensitive" zeros are primary', () => {
    const r = run(
      [
        [40, 0, 12],
        [30, 25, 16],
      ],
      { k: 5, zeros: "sensitive" },
    );
    expect(r.suppressed).toContainEqual({ row: 0, col: 1, reason: "primary" });
    expect(r.cells.flat()).not.toContain(0);
  });

  test("a 1×1 table with a small count publishes nothing", () => {
    const r = run([[3]], { k: 5 });
    expect(r).toMatchObject({ cells: [[null]], rowTotals: [null], colTotals: [null], grandTotal: null });
  });

  test("a single column: the totals are the cells, so they are hidden in pairs", () => {
    const r = run([[2], [40], [50]], { k: 5 });
    expect(r.cells).toEqual([[null], [null], [50]]);
    expect(r.rowTotals).toEqual([null, null, 50]);
    expect(auditSuppression(r, [[2], [40], [50]])).toMatchObject({ ok: true, value: { protected: true } });
  });

  test("protectTotals hides a small total too", () => {
    const counts = [
      [2, 1],
      [30, 40],
      [25, 35],
    ];
    const r = run(counts, { k: 5, protectTotals: true });
    expect(r.suppressed).toContainEqual({ row: 0, col: "total", reason: "primary" });
    expect(r.rowTotals[0]).toBeNull();
    expect(run(counts, { k: 5 }).rowTotals[0]).toBe(3);
  });

  test("minimumHidden: 3 hides at least three entries in each affected row and column", () => {
    const r = run(SCHOOLS, { k: 5, minimumHidden: 3 });
    const hiddenInRow0 = [...(r.cells[0] ?? []), r.rowTotals[0]].filter((v) => v === null).length;
    expect(hiddenInRow0).toBeGreaterThanOrEqual(3);
  });

  test("pairs in every row and column are not enough: the exact check hides one more cell", () => {
    // With pairs alone, (3, 0) = 1 would be the difference of published sums (see auditSuppression.test.ts).
    const counts = [
      [11, 20, 19, 1],
      [13, 18, 28, 1],
      [11, 5, 1, 15],
      [1, 2, 3, 24],
      [30, 3, 4, 13],
    ];
    const r = run(counts, { k: 5 });
    expect(r.cells).toEqual([
      [null, 20, 19, null],
      [null, 18, 28, null],
      [null, null, null, 15],
      [null, null, null, 24],
      [30, null, null, 13],
    ]);
    expect(r.suppressed).toContainEqual({ row: 2, col: 0, reason: "complementary" });
    expect(r.rowTotals).toEqual(sums(counts).rows);
    expect(auditSuppression(r, counts)).toMatchObject({ ok: true, value: { protected: true } });
  });

  test("a table with no small count is published unchanged", () => {
    const r = run(
      [
        [10, 20],
        [30, 0],
      ],
      { k: 5 },
    );
    expect(r.cells).toEqual([
      [10, 20],
      [30, 0],
    ]);
    expect(r.suppressed).toEqual([]);
  });
});

describe("suppressSmallCells: validation", () => {
  test.each<[string, unknown, unknown, ReadonlyArray<PropertyKey>]>([
    ["no rows", [], { k: 5 }, ["counts"]],
    ["an empty row", [[]], { k: 5 }, ["counts", 0]],
    ["a ragged table", [[1, 2], [3]], { k: 5 }, ["counts", 1]],
    ["a negative count", [[1, -2]], { k: 5 }, ["counts", 0, 1]],
    ["a fractional count", [[1, 2.5]], { k: 5 }, ["counts", 0, 1]],
    ["NaN", [[Number.NaN]], { k: 5 }, ["counts", 0, 0]],
    ["a string", [["3"]], { k: 5 }, ["counts", 0, 0]],
    ["k = 0", [[1]], { k: 0 }, ["options", "k"]],
    ["fractional k", [[1]], { k: 2.5 }, ["options", "k"]],
    ["minimumHidden 1", [[1]], { k: 5, minimumHidden: 1 }, ["options", "minimumHidden"]],
    ["unknown zeros mode", [[1]], { k: 5, zeros: "hide" }, ["options", "zeros"]],
    ["unknown option", [[1]], { k: 5, n: 3 }, ["options"]],
    ["too many cells", Array.from({ length: 101 }, () => new Array(100).fill(1)), { k: 5 }, ["counts"]],
  ])("rejects %s", (_name, counts, options, path) => {
    const r = suppressSmallCells(counts as number[][], options as SuppressionOptions);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error._tag).toBe("ValidationError");
    expect(r.error.issues[0]?.path).toEqual(path);
  });
});

// ---------- properties on random tables ----------

const countArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 4 }) },
  { weight: 3, arbitrary: fc.integer({ min: 5, max: 40 }) },
  { weight: 1, arbitrary: fc.constant(0) },
);
const tableArb = (maxRows: number, maxCols: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([r, c]) => fc.array(fc.array(countArb, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
const optionsArb = fc.record({
  k: fc.integer({ min: 1, max: 10 }),
  minimumHidden: fc.constantFrom(2, 2, 3),
  zeros: fc.constantFrom("publish" as const, "complement" as const, "sensitive" as const),
  protectTotals: fc.boolean(),
});

// The augmented matrix view: every row with its total, then the totals row with the grand total.
const augmented = (r: ReturnType<typeof run>): Array<Array<number | null>> => [
  ...r.cells.map((row, i) => [...row, r.rowTotals[i] ?? null]),
  [...r.colTotals, r.grandTotal],
];

describe("suppressSmallCells: properties", () => {
  test("every published cell is 0 or ≥ k (never 0 when zeros are sensitive); published values are the true ones", () => {
    fc.assert(
      fc.property(tableArb(6, 6), optionsArb, (counts, options) => {
        const r = run(counts, options);
        const { rows, cols, grand } = sums(counts);
        r.cells.forEach((row, i) => {
          row.forEach((v, j) => {
            if (v === null) return;
            expect(v).toBe(counts[i]?.[j]);
            expect(options.zeros === "sensitive" ? v >= options.k : v === 0 || v >= options.k).toBe(true);
          });
        });
        r.rowTotals.forEach((t, i) => {
          if (t !== null) expect(t).toBe(rows[i]);
        });
        r.colTotals.forEach((t, j) => {
          if (t !== null) expect(t).toBe(cols[j]);
        });
        if (r.grandTotal !== null) expect(r.grandTotal).toBe(grand);
        if (options.protectTotals) {
          for (const t of [...r.rowTotals, ...r.colTotals, r.grandTotal]) {
            if (t !== null)
              expect(options.zeros === "sensitive" ? t >= options.k : t === 0 || t >= options.k).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("with minimumHidden 2, every row and column (totals included) with a hidden entry has at least 2", () => {
    fc.assert(
      fc.property(tableArb(6, 6), optionsArb, (counts, options) => {
        const grid = augmented(run(counts, { ...options, minimumHidden: 2 }));
        const lines = [...grid, ...(grid[0] ?? []).map((_, j) => grid.map((row) => row[j]))];
        for (const line of lines) {
          const hidden = line.filter((v) => v === null).length;
          expect(hidden === 0 || hidden >= 2).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("the suppressed list matches the nulls, primaries are exactly the small counts, and the result is deterministic", () => {
    fc.assert(
      fc.property(tableArb(5, 5), optionsArb, (counts, options) => {
        const r = run(counts, options);
        expect(run(counts, options)).toEqual(r);
        const grid = augmented(r);
        const R = counts.length;
        const C = counts[0]?.length ?? 0;
        const listed = new Set(
          r.suppressed.map((s) => `${s.row === "total" ? R : s.row},${s.col === "total" ? C : s.col}`),
        );
        grid.forEach((row, a) => {
          row.forEach((v, b) => {
            expect(listed.has(`${a},${b}`)).toBe(v === null);
          });
        });
        const small = (v: number) => (v > 0 && v < options.k) || (v === 0 && options.zeros === "sensitive");
        for (const s of r.suppressed) {
          if (s.row === "total" || s.col === "total") continue;
          expect(s.reason === "primary").toBe(small(counts[s.row]?.[s.col] as number));
        }
      }),
      { numRuns: 200 },
    );
  });

  test("no hidden entry is exactly determined by what is published (exact max-flow audit)", () => {
    fc.assert(
      fc.property(tableArb(7, 7), optionsArb, (counts, options) => {
        const r = run(counts, options);
        const audit = auditSuppression(r, counts);
        if (!audit.ok) return false;
        expect(audit.value.entries.filter((e) => e.exposed)).toEqual([]);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
