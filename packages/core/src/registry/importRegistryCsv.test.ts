import { Effect } from "effect";
import { describe, expect, test } from "vitest";
import { entityExamples } from "../model/entityExamples.js";
import { Staff } from "../model/people/Staff.js";
import { Venue } from "../model/venue/Venue.js";
import { exportRegistryCsv } from "./exportRegistryCsv.js";
import type { ImportIssue } from "./import/ImportIssue.js";
import { importRegistryCsv } from "./importRegistryCsv.js";
import { importRegistryCsvEffect } from "./importRegistryEffect.js";

const lines = (...rows: string[]) => rows.join("\r\n");
const HEADER_ZH = "编号,状态,最后修改时间,人员类别,服务年级";
const HEADER_EN = "ID,Status,Last modified,Kinds,Grades";
const good = (id: string) => `${id},有效,2025-09-01T00:00:00+08:00,教练员,3；4`;
const where = (errors: ReadonlyArray<ImportIssue>) => errors.map((e) => [e.row, e.column, e.value, e.code]);

// Rows 3, 4 and 6 are bad, each in a different column.
const MIXED = [
  good("staff-1"),
  "staff 2,有效,2025-09-01T00:00:00+08:00,教练员,3",
  "staff-3,有效,2025-09-01T00:00:00+08:00,宇航员,3",
  good("staff-4"),
  "staff-5,有效,2025-09-01T00:00:00+08:00,教练员,3；13",
];

describe("importRegistryCsv: every bad row, by spreadsheet row and header", () => {
  test("default all-or-nothing: nothing imported, every bad row reported (Chinese headers)", () => {
    const r = importRegistryCsv("experts", lines(HEADER_ZH, ...MIXED));
    expect(r.ok).toBe(false);
    expect(where(r.errors)).toEqual([
      [3, "编号", "staff 2", "invalid-record"],
      [4, "人员类别", "宇航员", "invalid-cell"],
      [6, "服务年级", "3；13", "invalid-record"],
    ]);
    expect(r.errors[2]?.message).toBe("[1]: Too big: expected number to be <=12");
    expect(r.errors[2]?.messageZh).toMatch(/^\[1\]: 数值过大/);
    expect(r.errors[0]?.messageZh).toMatch(/编号只能包含/);
    expect(r.errors[1]?.messageZh).toMatch(/不是可选值之一:教练员、科学教育专家/);
  });

  test("English headers are accepted and errors name them", () => {
    const r = importRegistryCsv("experts", lines(HEADER_EN, ...MIXED));
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.column)).toEqual(["ID", "Kinds", "Grades"]);
    expect(r.meta.headerLanguage).toBe("en");
  });

  test("headers match across width, case, spacing, a required marker and the column key", () => {
    const r = importRegistryCsv(
      "experts",
      lines(" 编号 *,STATUS,最后修改时间,kinds", "s-1,active,2025-09-01T00:00:00Z,coach"),
    );
    expect(r.ok).toBe(true);
    expect(r.meta.headerLanguage).toBe("mixed");
  });

  test("{ partial: true } imports the good rows and returns the bad ones with their cells", () => {
    const r = importRegistryCsv("experts", lines(HEADER_ZH, ...MIXED), { partial: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.records.map((s) => s.id)).toEqual(["staff-1", "staff-4"]);
    expect(r.records[0]).toEqual(Staff.parse(r.records[0]));
    expect(r.rejected.map((x) => x.row)).toEqual([3, 4, 6]);
    expect(r.rejected[1]?.cells).toEqual({
      编号: "staff-3",
      状态: "有效",
      最后修改时间: "2025-09-01T00:00:00+08:00",
      人员类别: "宇航员",
      服务年级: "3",
    });
    expect(r.errors).toHaveLength(3);
  });

  test("a row with several bad cells reports each of them", () => {
    const r = importRegistryCsv("experts", lines(HEADER_ZH, "staff 1,删除,昨天,宇航员,大一"));
    expect(where(r.errors).map(([row, column]) => [row, column])).toEqual([
      [2, "编号"],
      [2, "状态"],
      [2, "最后修改时间"],
      [2, "人员类别"],
      [2, "服务年级"],
    ]);
  });

  test("a duplicate id is reported at each row that uses it, and neither is imported", () => {
    const r = importRegistryCsv("experts", lines(HEADER_ZH, good("s-1"), good("s-2"), good("s-1")), { partial: true });
    expect(r.ok && r.records.map((s) => s.id)).toEqual(["s-2"]);
    expect(where(r.errors)).toEqual([
      [2, "编号", "s-1", "duplicate-id"],
      [4, "编号", "s-1", "duplicate-id"],
    ]);
    expect(r.errors[0]?.messageZh).toBe("编号“s-1”在第 2、4 行重复出现,每条记录的编号须唯一");
  });
});

describe("importRegistryCsv: columns", () => {
  test("an unknown header is an error at row 1 — or ignored on request", () => {
    const text = lines(`${HEADER_ZH},备注`, `${good("s-1")},随便写`);
    const r = importRegistryCsv("experts", text);
    expect(where(r.errors)).toEqual([[1, "备注", "备注", "unknown-column"]]);
    const ignored = importRegistryCsv("experts", text, { unknownColumns: "ignore", partial: true });
    expect(ignored.ok && ignored.records.length).toBe(1);
  });

  test("missing required columns are named, in the file's header language", () => {
    expect(where(importRegistryCsv("experts", lines("编号,状态", "s-1,有效")).errors)).toEqual([
      [1, "最后修改时间", "", "missing-column"],
      [1, "人员类别", "", "missing-column"],
    ]);
    expect(importRegistryCsv("experts", lines("ID,Status", "s-1,active")).errors.map((e) => e.column)).toEqual([
      "Last modified",
      "Kinds",
    ]);
  });

  test("defaults fill status and last-modified, making their columns optional", () => {
    const r = importRegistryCsv("experts", lines("编号,人员类别", "s-1,校医"), {
      defaults: { status: "active", dateLastModified: "2025-10-01T00:00:00+08:00" },
    });
    expect(r.ok && r.records[0]).toMatchObject({ id: "s-1", status: "active", kinds: ["school-doctor"] });
  });

  test("a column given twice is an error at the second", () => {
    expect(where(importRegistryCsv("experts", lines(`${HEADER_ZH},Kinds`, `${good("s-1")},coach`)).errors)).toEqual([
      [1, "Kinds", "Kinds", "duplicate-column"],
    ]);
  });

  test("a value beyond the header, or under a blank header, is reported", () => {
    const r = importRegistryCsv("experts", lines(`${HEADER_ZH},`, `${good("s-1")},stray`, `${good("s-2")},,more`));
    expect(where(r.errors)).toEqual([
      [2, "(column 6)", "stray", "extra-cell"],
      [3, "(column 7)", "more", "extra-cell"],
    ]);
  });

  test("a title row above the header is skipped; rows keep their spreadsheet numbers", () => {
    const r = importRegistryCsv(
      "experts",
      lines("徐汇区专家清单(2025年10月)", HEADER_ZH, good("s-1"), "s 2,有效,x,教练员,3"),
    );
    expect(r.meta.headerRow).toBe(2);
    expect(where(r.errors).map(([row, column]) => [row, column])).toEqual([
      [4, "编号"],
      [4, "最后修改时间"],
    ]);
  });
});

describe("importRegistryCsv: CSV text as offices produce it", () => {
  test("blank lines are skipped but counted, so row numbers match Excel", () => {
    const r = importRegistryCsv("experts", lines(HEADER_ZH, "", good("s-1"), ",,,,", "s 2,有效,x,教练员,3", ""));
    expect(r.errors[0]?.row).toBe(5);
    expect(r.meta.dataRows).toBe(2);
  });

  test("quotes, delimiters and line breaks inside cells; LF, CRLF and CR line endings", () => {
    const name = '王"教练", 足球\n篮球';
    const row = `s-1,有效,2025-09-01T00:00:00Z,教练员,"${name.replaceAll('"', '""')}"`;
    for (const eol of ["\n", "\r\n", "\r"]) {
      const r = importRegistryCsv("experts", `编号,状态,最后修改时间,人员类别,显示名称${eol}${row}${eol}`, {
        partial: true,
      });
      expect(r.ok && r.records[0]?.displayName).toBe(name);
    }
  });

  test("a semicolon or tab delimiter is detected from the header, even with ; inside list cells", () => {
    const semicolon = importRegistryCsv(
      "experts",
      lines(HEADER_ZH.replaceAll(",", ";"), 's-1;有效;2025-09-01T00:00:00Z;教练员;"3;4"'),
    );
    expect(semicolon.meta.delimiter).toBe(";");
    expect(semicolon.ok && semicolon.records[0]?.grades).toEqual([3, 4]);
    const tab = importRegistryCsv(
      "experts",
      lines(HEADER_ZH.replaceAll(",", "\t"), "s-1\t有效\t2025-09-01T00:00:00Z\t教练员\t3"),
    );
    expect(tab.meta.delimiter).toBe("\t");
    expect(tab.ok).toBe(true);
    const comma = importRegistryCsv("experts", lines(HEADER_ZH, "s-1,有效,2025-09-01T00:00:00Z,教练员,3;4"));
    expect(comma.meta.delimiter).toBe(",");
  });

  test("an unterminated quote is an issue for the whole file", () => {
    const r = importRegistryCsv("experts", lines(HEADER_ZH, good("s-1"), 's-2,有效,"2025,教练员,3'));
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatchObject({ code: "malformed", row: 3 });
  });

  test("an empty file, too many rows and too many bytes are clear file-level issues", () => {
    expect(importRegistryCsv("experts", "").errors[0]?.code).toBe("empty");
    expect(importRegistryCsv("experts", "\uFEFF\r\n\r\n").errors[0]?.code).toBe("empty");
    const many = lines(HEADER_ZH, ...Array.from({ length: 4 }, (_, i) => good(`s-${i}`)));
    expect(importRegistryCsv("experts", many, { maxRows: 3 }).errors).toMatchObject([
      { row: 0, code: "too-many-rows" },
    ]);
    expect(importRegistryCsv("experts", many, { maxRows: 3, partial: true }).ok).toBe(false);
    expect(importRegistryCsv("experts", many, { maxBytes: 100 }).errors[0]?.code).toBe("too-large");
  });
});

describe("importRegistryCsv: encodings", () => {
  const ascii = (s: string) => new TextEncoder().encode(s);
  // ASCII is the same in GB18030; 徐汇 = D0 EC BB E3 written by hand.
  const gbFile = new Uint8Array([
    ...ascii("ID,Status,Last modified,Kinds,Display name\r\nstaff-1,active,2025-09-01T00:00:00Z,coach,"),
    0xd0,
    0xec,
    0xbb,
    0xe3,
    ...ascii("\r\n"),
  ]);

  test("GB18030 bytes are decoded and the encoding reported", () => {
    const r = importRegistryCsv("experts", gbFile);
    expect(r.ok && r.records[0]?.displayName).toBe("徐汇");
    expect(r.meta.encoding).toBe("gb18030");
  });

  test("…or rejected with a clear error when UTF-8 is required", () => {
    const r = importRegistryCsv("experts", gbFile, { encoding: "utf-8" });
    expect(r.errors).toMatchObject([{ row: 0, code: "encoding" }]);
  });

  test("UTF-8 with BOM bytes (Excel “CSV UTF-8”)", () => {
    const bytes = new TextEncoder().encode(exportRegistryCsv("venues", [entityExamples.Venue]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const r = importRegistryCsv("venues", bytes);
    expect(r.ok && r.records[0]).toEqual(Venue.parse(entityExamples.Venue));
    expect(r.meta).toMatchObject({ encoding: "utf-8", bom: true });
  });
});

describe("importRegistryCsv: records that span columns", () => {
  test("a nested record issue is reported at its JSON column with the path inside", () => {
    const venue = structuredClone(entityExamples.Venue);
    (venue.sessions[0] as { capacity: number }).capacity = 999;
    const r = importRegistryCsv("venues", exportRegistryCsv("venues", [venue]));
    expect(r.errors).toMatchObject([
      {
        row: 2,
        column: "场次",
        code: "invalid-record",
        message: "[0].capacity: session capacity 999 exceeds the venue's capacity 200",
      },
    ]);
    expect(r.errors[0]?.messageZh).toBe("[0].capacity: 场次容量 999 超过场所容量 200");
  });

  test("a whole missing nested object is reported at its first column", () => {
    const csv = exportRegistryCsv("venues", [entityExamples.Venue]).replace(",免费,预约参观,是,", ",,,,");
    expect(where(importRegistryCsv("venues", csv).errors)).toEqual([[2, "收费政策", "", "invalid-record"]]);
  });

  test("a provider's id and name columns are checked against its kind", () => {
    const header =
      "编号,状态,最后修改时间,名称,五育维度,主题,适用年级,时长(分钟),容量(人),提供方类型,提供方编号,提供方名称";
    const base = "c-1,有效,2025-09-01T00:00:00Z,认识星空,智育,科技创新,4；5,90,40";
    const r = importRegistryCsv(
      "resources",
      lines(
        header,
        `${base},其他机构,xh-venue-010,上海市天文学会`,
        `${base.replace("c-1", "c-2")},场所,,龙华`,
        `${base.replace("c-1", "c-3")},场所,xh-venue-010,`,
        `${base.replace("c-1", "c-4")},其他机构,,上海市天文学会`,
      ),
      { partial: true },
    );
    expect(where(r.errors)).toEqual([
      [2, "提供方编号", "xh-venue-010", "invalid-cell"],
      [3, "提供方编号", "", "invalid-record"],
      [3, "提供方名称", "龙华", "invalid-cell"],
    ]);
    expect(r.ok && r.records.map((c) => c.provider)).toEqual([
      { kind: "venue", venueId: "xh-venue-010" },
      { kind: "organisation", nameZh: "上海市天文学会" },
    ]);
  });
});

describe("importRegistryCsv: hostile input", () => {
  test("CSV injection: formulas are exported quoted and imported back unchanged", () => {
    const staff = { ...entityExamples.Staff, displayName: '=HYPERLINK("x")', affiliationZh: "@SUM(A1)" };
    const csv = exportRegistryCsv("experts", [staff]);
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
    expect(csv).toContain("'@SUM(A1)");
    const r = importRegistryCsv("experts", csv);
    expect(r.ok && r.records[0]).toEqual(Staff.parse(staff));
  });

  test("a quote-prefixed cell typed in a spreadsheet is read without the prefix", () => {
    const r = importRegistryCsv(
      "experts",
      lines("编号,状态,最后修改时间,人员类别,显示名称", "s-1,有效,2025-09-01T00:00:00Z,教练员,'-王老师"),
    );
    expect(r.ok && r.records[0]?.displayName).toBe("-王老师");
  });

  test("__proto__ as a header or inside a JSON cell cannot reach Object.prototype", () => {
    expect(importRegistryCsv("experts", lines(`${HEADER_ZH},__proto__`, `${good("s-1")},x`)).errors[0]?.code).toBe(
      "unknown-column",
    );
    const csv = exportRegistryCsv("venues", [entityExamples.Venue]).replace(
      '""status"":""applied""',
      '""__proto__"":{""polluted"":true},""status"":""applied""',
    );
    const r = importRegistryCsv("venues", csv);
    expect(r.errors[0]).toMatchObject({ column: "准入记录", code: "invalid-record" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("importRegistryCsvEffect", () => {
  test("fails with a typed ImportError carrying every issue", async () => {
    // Effect.flip turns the expected failure into the value (and a success into a failure, which rejects here).
    const error = await Effect.runPromise(Effect.flip(importRegistryCsvEffect("experts", lines(HEADER_ZH, ...MIXED))));
    expect(error._tag).toBe("ImportError");
    expect(error.reason).toBe("invalid-rows");
    expect(error.issues).toHaveLength(3);
    expect(error.messageZh).toMatch(/3 行数据有误/);
    const file = await Effect.runPromise(Effect.flip(importRegistryCsvEffect("experts", "编号\ns-1")));
    expect(file.reason).toBe("invalid-file");
  });

  test("succeeds with the records", async () => {
    const r = await Effect.runPromise(importRegistryCsvEffect("experts", lines(HEADER_ZH, good("s-1"))));
    expect(r.records).toHaveLength(1);
  });
});
