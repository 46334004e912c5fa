import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { entityExamples } from "../model/entityExamples.js";
import { importRegistryCsv } from "./importRegistryCsv.js";
import { escapeFormula } from "./io/formulaEscape.js";
import { headerCells, recordToCells } from "./io/recordToCells.js";
import { registryDefinitions } from "./registryDefinitions.js";

// Acceptance: a 10 000-row venue CSV with 5 % bad rows reports every bad row with its row and column and imports
// nothing; with { partial: true } it imports the 9 500 good rows.

const ROWS = 10_000;
const def = registryDefinitions.venues;
const headers = headerCells(def, "zh");
const col = (header: string) => headers.indexOf(header);

// One corruption per bad row, cycling over ten columns: [header, bad cell, issue code].
// biome-ignore format: one row per line keeps the table readable
const CORRUPTIONS: ReadonlyArray<readonly [string, (i: number) => string, string]> = [
  ["纬度", () => "91", "invalid-record"],
  ["容量(人)", () => "很多", "invalid-cell"],
  ["主题", () => "红色文化；火星文化", "invalid-cell"],
  ["学校团体免费", () => "也许", "invalid-cell"],
  ["坐标系", () => "EPSG:3857", "invalid-cell"],
  ["编号", (i) => `bad id/${i}`, "invalid-record"],
  ["最后修改时间", () => "2025-09-01T08:00:00", "invalid-record"],
  ["名称", () => "", "invalid-record"],
  ["开放时间", () => "周八 09:00-10:00", "invalid-cell"],
  ["准入状态", () => "已退出", "invalid-record"],
];

const isBad = (i: number) => i % 20 === 7; // 500 rows spread over the file
const corruptionOf = (i: number) => CORRUPTIONS[((i - 7) / 20) % CORRUPTIONS.length] as (typeof CORRUPTIONS)[number];

const venueCsv = (): string => {
  const base = entityExamples.Venue;
  const data = Array.from({ length: ROWS }, (_, i) => {
    const venue = {
      ...base,
      id: `xh-venue-${String(i).padStart(5, "0")}`,
      nameZh: `示例场所${i}`,
      location: { lat: 31.1 + i * 1e-5, lng: 121.4 + i * 1e-5, crs: "WGS84" as const },
      capacity: 200 + (i % 50),
    };
    const cells = recordToCells(def, venue, { language: "zh", values: "label" }).map(escapeFormula);
    if (isBad(i)) {
      const [header, bad] = corruptionOf(i);
      cells[col(header)] = bad(i);
    }
    return cells;
  });
  return `\uFEFF${Papa.unparse({ fields: [...headers], data }, { newline: "\r\n" })}`;
};

// Generous timeouts: a 10 000-row import takes seconds on a loaded CI machine (no wall-clock assertion here).
describe("10 000-row venue CSV with 500 bad rows", { timeout: 120_000 }, () => {
  const csv = venueCsv();
  const expected = Array.from({ length: ROWS }, (_, i) => i)
    .filter(isBad)
    .map((i) => {
      const [header, bad, code] = corruptionOf(i);
      return { row: i + 2, column: header, value: bad(i), code };
    });

  test("all-or-nothing: every bad row reported with its row and column, nothing imported", () => {
    const r = importRegistryCsv("venues", csv);
    expect(r.ok).toBe(false);
    expect(r.meta.dataRows).toBe(ROWS);
    expect(new Set(r.errors.map((e) => e.row)).size).toBe(500);
    expect(r.errors.map(({ row, column, value, code }) => ({ row, column, value, code }))).toEqual(expected);
    expect("records" in r).toBe(false);
  });

  test("{ partial: true }: the 9 500 good rows are imported, the 500 bad ones returned", () => {
    const r = importRegistryCsv("venues", csv, { partial: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.records).toHaveLength(9_500);
    expect(r.rejected).toHaveLength(500);
    expect(r.rejected.map((x) => x.row)).toEqual(expected.map((e) => e.row));
    expect(r.records.some((v) => v.id === "xh-venue-00007")).toBe(false);
    expect(r.records[0]?.id).toBe("xh-venue-00000");
  });
});
