import { Effect } from "effect";
import readXlsxFile from "read-excel-file/universal";
import { describe, expect, test } from "vitest";
import writeXlsxFile, { type Cell, type Row } from "write-excel-file/universal";
import { entityExamples } from "../model/entityExamples.js";
import { Project } from "../model/offer/Project.js";
import { Staff } from "../model/people/Staff.js";
import { exportRegistryXlsx } from "./exportRegistryXlsx.js";
import { importRegistryXlsxEffect } from "./importRegistryEffect.js";
import { importRegistryXlsx } from "./importRegistryXlsx.js";
import { headerCells } from "./io/recordToCells.js";
import { registryDefinitions } from "./registryDefinitions.js";

const xlsx = async (sheets: ReadonlyArray<{ readonly sheet: string; readonly data: Row[] }>): Promise<Uint8Array> =>
  new Uint8Array(await (await writeXlsxFile([...sheets]).toBlob()).arrayBuffer());

const text = (value: string): Cell => ({ value, type: String });

describe("exportRegistryXlsx", () => {
  test("one sheet named after the list, header in Chinese (or English), numbers as number cells", async () => {
    const bytes = await exportRegistryXlsx("venues", [entityExamples.Venue]);
    const [sheet] = await readXlsxFile(bytes.slice().buffer);
    expect(sheet?.sheet).toBe("场所清单");
    expect(sheet?.data[0]).toEqual(headerCells(registryDefinitions.venues, "zh"));
    const lat = headerCells(registryDefinitions.venues, "zh").indexOf("纬度");
    expect(sheet?.data[1]?.[lat]).toBe(31.178557);
    const [en] = await readXlsxFile((await exportRegistryXlsx("venues", [], { language: "en" })).slice().buffer);
    expect(en?.sheet).toBe("Venue list");
    expect(en?.data[0]?.[0]).toBe("ID");
  });

  test("a text that looks like a formula is a text cell, never evaluated", async () => {
    const staff = { ...entityExamples.Staff, displayName: "=1+1", affiliationZh: "@SUM(A1)" };
    const bytes = await exportRegistryXlsx("experts", [staff]);
    const [sheet] = await readXlsxFile(bytes.slice().buffer);
    expect(sheet?.data[1]?.slice(3, 5)).toEqual(["=1+1", "@SUM(A1)"]); // a formula cell would read as empty
    const r = await importRegistryXlsx("experts", bytes);
    expect(r.ok && r.records[0]).toEqual(Staff.parse(staff));
  });

  test("texts equal to Object.prototype names survive (write-excel-file 4.1.1 shared-strings defect)", async () => {
    const staff = { ...entityExamples.Staff, id: "constructor", displayName: "valueOf", affiliationZh: "__proto__" };
    const r = await importRegistryXlsx("experts", await exportRegistryXlsx("experts", [staff]));
    expect(r.ok && r.records[0]).toEqual(Staff.parse(staff));
  });
});

describe("importRegistryXlsx", () => {
  const header = headerCells(registryDefinitions.experts, "zh").map(text);

  test("bad rows are reported with spreadsheet row and header; blank rows count", async () => {
    const bytes = await xlsx([
      {
        sheet: "专家清单",
        data: [
          header,
          [text("s-1"), text("有效"), text("2025-09-01T00:00:00Z"), null, null, text("教练员")],
          [null, null],
          [text("s 2"), text("有效"), text("2025-09-01T00:00:00Z"), null, null, text("宇航员")],
        ],
      },
    ]);
    const r = await importRegistryXlsx("experts", bytes);
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => [e.row, e.column, e.value, e.code])).toEqual([
      [4, "编号", "s 2", "invalid-record"],
      [4, "人员类别", "宇航员", "invalid-cell"],
    ]);
    const partial = await importRegistryXlsx("experts", bytes, { partial: true });
    expect(partial.ok && partial.records.map((s) => s.id)).toEqual(["s-1"]);
    expect(partial.meta).toMatchObject({ format: "xlsx", sheet: "专家清单", headerRow: 1, dataRows: 2 });
  });

  test("cells typed by people: dates, numbers in text columns, booleans, title rows", async () => {
    const projectHeader = headerCells(registryDefinitions.projects, "zh");
    const at = (h: string) => projectHeader.indexOf(h);
    const row: Cell[] = projectHeader.map(() => null);
    row[at("编号")] = { value: 2025, type: Number }; // an id typed as a number
    row[at("状态")] = text("有效");
    row[at("最后修改时间")] = { value: new Date(Date.UTC(2025, 8, 1, 8, 30)), type: Date, format: "yyyy-mm-dd hh:mm" };
    row[at("名称")] = text("校园足球“一条龙”");
    row[at("牵头方类型")] = text("部门");
    row[at("牵头方编号")] = text("dept-sports");
    row[at("主题")] = text("体育");
    row[at("五育维度")] = text("体育");
    row[at("阶段")] = text("实施中");
    row[at("开始日期")] = { value: new Date(Date.UTC(2025, 8, 1)), type: Date, format: "yyyy-mm-dd" };
    const bytes = await xlsx([
      { sheet: "说明", data: [[text("填表说明")]] },
      { sheet: "项目清单", data: [[text("徐汇区项目清单")], projectHeader.map(text), row] },
    ]);
    const r = await importRegistryXlsx("projects", bytes);
    expect(r.errors).toEqual([]);
    expect(r.meta).toMatchObject({ sheet: "项目清单", headerRow: 2 });
    expect(r.ok && r.records[0]).toEqual(
      Project.parse({
        id: "2025",
        status: "active",
        dateLastModified: "2025-09-01T08:30:00.000Z",
        nameZh: "校园足球“一条龙”",
        lead: { kind: "department", departmentId: "dept-sports" },
        schoolIds: [],
        venueIds: [],
        themes: ["sports"],
        dimensions: ["physical"],
        stage: "active",
        beginDate: "2025-09-01",
      }),
    );
  });

  test("a boolean cell reads as yes/no", async () => {
    const venueHeader = headerCells(registryDefinitions.venues, "zh");
    const bytes = await exportRegistryXlsx("venues", [entityExamples.Venue]);
    const [sheet] = await readXlsxFile(bytes.slice().buffer);
    const data = (sheet?.data ?? []).map((r) =>
      r.map((c): Cell => (c === null ? null : typeof c === "number" ? { value: c, type: Number } : text(String(c)))),
    );
    const col = venueHeader.indexOf("学校团体免费");
    (data[1] as Cell[])[col] = { value: true, type: Boolean };
    const r = await importRegistryXlsx("venues", await xlsx([{ sheet: "场所清单", data }]));
    expect(r.ok && r.records[0]?.access.freeForSchoolGroups).toBe(true);
  });

  test("the sheet can be chosen; a missing sheet is a clear issue", async () => {
    const bytes = await xlsx([
      { sheet: "说明", data: [[text("填表说明")]] },
      {
        sheet: "Sheet2",
        data: [header, [text("s-1"), text("有效"), text("2025-09-01T00:00:00Z"), null, null, text("教练员")]],
      },
    ]);
    expect((await importRegistryXlsx("experts", bytes, { sheet: "Sheet2" })).ok).toBe(true);
    expect((await importRegistryXlsx("experts", bytes, { sheet: 2 })).ok).toBe(true);
    expect((await importRegistryXlsx("experts", bytes)).ok).toBe(false); // first sheet: no header
    const missing = await importRegistryXlsx("experts", bytes, { sheet: "专家" });
    expect(missing.errors).toMatchObject([{ row: 0, code: "not-xlsx" }]);
    expect(missing.errors[0]?.messageZh).toContain("说明、Sheet2");
  });

  test("not a workbook, a legacy .xls, or too large: file-level issues, no throw", async () => {
    const csv = new TextEncoder().encode("编号,状态\r\ns-1,有效");
    expect((await importRegistryXlsx("experts", csv)).errors).toMatchObject([{ row: 0, code: "not-xlsx" }]);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    expect((await importRegistryXlsx("experts", xls)).errors).toMatchObject([{ row: 0, code: "not-xlsx" }]);
    expect((await importRegistryXlsx("experts", new Uint8Array(10), { maxBytes: 5 })).errors[0]?.code).toBe(
      "too-large",
    );
  });

  test("accepts a Blob and an ArrayBuffer", async () => {
    const bytes = await exportRegistryXlsx("experts", [entityExamples.Staff]);
    expect((await importRegistryXlsx("experts", new Blob([bytes.slice()]))).ok).toBe(true);
    expect((await importRegistryXlsx("experts", bytes.slice().buffer)).ok).toBe(true);
  });

  test("the Effect variant fails with a typed ImportError", async () => {
    const bytes = await xlsx([{ sheet: "专家清单", data: [header, [text("s 1")]] }]);
    const error = await Effect.runPromise(Effect.flip(importRegistryXlsxEffect("experts", bytes)));
    expect(error).toMatchObject({ _tag: "ImportError", format: "xlsx", reason: "invalid-rows" });
  });
});
