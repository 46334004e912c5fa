import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { VENUE_THEME_CODES, venueThemes } from "../../descriptors/venueThemes.js";
import { WeeklySlot } from "../../model/common/WeeklySlot.js";
import { booleanCodec } from "./booleanCodec.js";
import type { CellCodec, EncodeContext } from "./CellCodec.js";
import { dateCodec } from "./dateCodec.js";
import { dateTimeCodec } from "./dateTimeCodec.js";
import { enumCodec } from "./enumCodec.js";
import { gradeCodec } from "./gradeCodec.js";
import { idCodec } from "./idCodec.js";
import { jsonListCodec } from "./jsonCodec.js";
import { listCodec } from "./listCodec.js";
import { numberCodec } from "./numberCodec.js";
import { textCodec } from "./textCodec.js";
import { weeklySlotCodec } from "./weeklySlotCodec.js";

const theme = enumCodec(VENUE_THEME_CODES, venueThemes);
const ZH: EncodeContext = { language: "zh", values: "label" };
const EN: EncodeContext = { language: "en", values: "label" };
const CODE: EncodeContext = { language: "zh", values: "code" };
const CONTEXTS = [ZH, EN, CODE];

// [codec name, codec, cell, expected value (undefined = empty cell); "error" = the cell is rejected]
// biome-ignore format: one row per line keeps the table readable
const decodeRows: ReadonlyArray<readonly [string, CellCodec<unknown>, string, unknown]> = [
  ["text", textCodec, "龙华烈士陵园", "龙华烈士陵园"],
  ["text", textCodec, "  spaced, \"quoted\"\nline ", "  spaced, \"quoted\"\nline "],
  ["text", textCodec, "", undefined],
  ["id", idCodec, " xh-venue-001 ", "xh-venue-001"],
  ["id", idCodec, "ｘｈ－ｖｅｎｕｅ－００１", "xh-venue-001"],
  ["id", idCodec, "   ", undefined],
  ["number", numberCodec, "31.178557", 31.178557],
  ["number", numberCodec, " -5 ", -5],
  ["number", numberCodec, "+1.5e3", 1500],
  ["number", numberCodec, "１２", 12],
  ["number", numberCodec, ".5", 0.5],
  ["number", numberCodec, "", undefined],
  ["number", numberCodec, "1,200", "error"],
  ["number", numberCodec, "200人", "error"],
  ["number", numberCodec, "0x10", "error"],
  ["number", numberCodec, "Infinity", "error"],
  ["number", numberCodec, "NaN", "error"],
  ["boolean", booleanCodec, "是", true],
  ["boolean", booleanCodec, "否", false],
  ["boolean", booleanCodec, "TRUE", true],
  ["boolean", booleanCodec, "false", false],
  ["boolean", booleanCodec, " Yes ", true],
  ["boolean", booleanCodec, "0", false],
  ["boolean", booleanCodec, "√", true],
  ["boolean", booleanCodec, "", undefined],
  ["boolean", booleanCodec, "也许", "error"],
  ["date", dateCodec, "2025-09-01", "2025-09-01"],
  ["date", dateCodec, "2025/9/1", "2025-09-01"],
  ["date", dateCodec, "2025.12.31", "2025-12-31"],
  ["date", dateCodec, "2025年9月1日", "2025-09-01"],
  ["date", dateCodec, "2025-02-30", "2025-02-30"], // read; the schema rejects the impossible date
  ["date", dateCodec, "9/1/2025", "error"],
  ["date", dateCodec, "下周一", "error"],
  ["date-time", dateTimeCodec, "2025-09-01T08:30:00+08:00", "2025-09-01T08:30:00+08:00"],
  ["date-time", dateTimeCodec, "2025-09-01 08:30:00+08:00", "2025-09-01T08:30:00+08:00"],
  ["date-time", dateTimeCodec, "2025-09-01", "error"],
  ["theme", theme, "red-culture", "red-culture"],
  ["theme", theme, "红色文化", "red-culture"],
  ["theme", theme, "science and technology", "science-technology"],
  ["theme", theme, " Film ", "film"],
  ["theme", theme, "", undefined],
  ["theme", theme, "火星文化", "error"],
  ["grade", gradeCodec, "4", 4],
  ["grade", gradeCodec, "4年级", 4],
  ["grade", gradeCodec, "四年级", 4],
  ["grade", gradeCodec, "十二年级", 12],
  ["grade", gradeCodec, "预备", 6],
  ["grade", gradeCodec, "初二", 8],
  ["grade", gradeCodec, "高三", 12],
  ["grade", gradeCodec, "13", 13], // read; the schema rejects grade 13
  ["grade", gradeCodec, "大一", "error"],
  ["weekly slot", weeklySlotCodec, "周二 09:00-16:00", { dayOfWeek: 2, start: "09:00", end: "16:00" }],
  ["weekly slot", weeklySlotCodec, "星期日 9:00~11:30", { dayOfWeek: 7, start: "09:00", end: "11:30" }],
  ["weekly slot", weeklySlotCodec, "周天 13:30至15:30", { dayOfWeek: 7, start: "13:30", end: "15:30" }],
  ["weekly slot", weeklySlotCodec, "Tue 09:00-16:00", { dayOfWeek: 2, start: "09:00", end: "16:00" }],
  ["weekly slot", weeklySlotCodec, "friday 14:00 - 16:00", { dayOfWeek: 5, start: "14:00", end: "16:00" }],
  ["weekly slot", weeklySlotCodec, "3 ０９：００－１０：００", { dayOfWeek: 3, start: "09:00", end: "10:00" }],
  ["weekly slot", weeklySlotCodec, "周八 09:00-10:00", "error"],
  ["weekly slot", weeklySlotCodec, "周二 上午", "error"],
  ["theme list", listCodec(theme), "红色文化；思政教育", ["red-culture", "ideological-political"]],
  ["theme list", listCodec(theme), "film;music|sports", ["film", "music", "sports"]],
  ["theme list", listCodec(theme), "电影、音乐，体育,建筑\n工业", ["film", "music", "sports", "architecture", "industry"]],
  ["theme list", listCodec(theme), "电影；；音乐；", ["film", "music"]],
  ["theme list", listCodec(theme), "", []],
  ["theme list", listCodec(theme), "电影；火星", "error"],
  ["grade list", listCodec(gradeCodec), "3、4、初一", [3, 4, 7]],
  ["json", jsonListCodec, '[{"a":1}]', [{ a: 1 }]],
  ["json", jsonListCodec, " ", []],
  ["json", jsonListCodec, "[{", "error"],
];

describe("cell codecs read what people type", () => {
  test.each(decodeRows)("%s: %j", (_name, codec, cell, expected) => {
    const r = codec.decode(cell);
    if (expected === "error") {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message.length).toBeGreaterThan(0);
        expect(r.messageZh).toMatch(/[\u4e00-\u9fff]/);
      }
    } else {
      expect(r).toEqual({ ok: true, value: expected });
    }
  });
});

test("a bad list item is named by its position when the list has several", () => {
  expect(listCodec(theme).decode("电影；火星")).toMatchObject({
    ok: false,
    message: expect.stringMatching(/^item 2: /),
  });
  expect(listCodec(theme).decode("火星")).toMatchObject({ ok: false, messageZh: expect.stringMatching(/^“火星”/) });
});

// [codec name, codec, value, context, expected cell]
// biome-ignore format: one row per line keeps the table readable
const encodeRows: ReadonlyArray<readonly [string, CellCodec<unknown>, unknown, EncodeContext, string]> = [
  ["boolean", booleanCodec, true, ZH, "是"],
  ["boolean", booleanCodec, false, EN, "no"],
  ["boolean", booleanCodec, true, CODE, "true"],
  ["theme", theme, "science-technology", ZH, "科技创新"],
  ["theme", theme, "science-technology", EN, "Science and technology"],
  ["theme", theme, "science-technology", CODE, "science-technology"],
  ["number", numberCodec, -0, ZH, "-0"],
  ["number", numberCodec, 1e21, ZH, "1e+21"],
  ["weekly slot", weeklySlotCodec, { dayOfWeek: 7, start: "09:00", end: "10:00" }, ZH, "周日 09:00-10:00"],
  ["weekly slot", weeklySlotCodec, { dayOfWeek: 7, start: "09:00", end: "10:00" }, EN, "Sun 09:00-10:00"],
  ["grade list", listCodec(gradeCodec), [3, 4], ZH, "3；4"],
  ["grade list", listCodec(gradeCodec), [3, 4], EN, "3;4"],
  ["json", jsonListCodec, [], ZH, ""],
];

describe("cell codecs write canonical text", () => {
  test.each(encodeRows)("%s: %j (%j)", (_name, codec, value, context, expected) => {
    expect(codec.encode(value, context)).toBe(expected);
  });

  test("dates from spreadsheet date cells become the column's format", () => {
    const d = new Date(Date.UTC(2025, 8, 1));
    expect(dateCodec.fromDate?.(d)).toBe("2025-09-01");
    expect(dateTimeCodec.fromDate?.(d)).toBe("2025-09-01T00:00:00.000Z");
  });
});

const roundTrips = <T>(codec: CellCodec<T>, arb: fc.Arbitrary<T>) =>
  fc.assert(
    fc.property(arb, fc.constantFrom(...CONTEXTS), (value, context) => {
      expect(codec.decode(codec.encode(value, context))).toEqual({ ok: true, value });
    }),
  );

const slot = fc
  .tuple(
    fc.integer({ min: 1, max: 7 }),
    fc.uniqueArray(fc.integer({ min: 0, max: 1439 }), { minLength: 2, maxLength: 2 }),
  )
  .map(([dayOfWeek, [a = 0, b = 1]]) => {
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    return { dayOfWeek, start: hhmm(Math.min(a, b)), end: hhmm(Math.max(a, b)) };
  });

describe("decode(encode(v)) = v for every value (property)", () => {
  test("numbers, including -0 and extremes", () =>
    roundTrips(numberCodec, fc.double({ noNaN: true, noDefaultInfinity: true })));
  test("text", () => roundTrips(textCodec, fc.string({ minLength: 1 })));
  test("booleans", () => roundTrips(booleanCodec, fc.boolean()));
  test("dates", () =>
    roundTrips(
      dateCodec,
      fc
        .date({ min: new Date("1900-01-01"), max: new Date("2199-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    ));
  test("themes by label or code", () => roundTrips(theme, fc.constantFrom(...VENUE_THEME_CODES)));
  test("grade lists", () =>
    roundTrips(listCodec(gradeCodec), fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 12 })));
  test("weekly slots (valid by the model)", () => {
    fc.assert(fc.property(slot, (s) => WeeklySlot.safeParse(s).success));
    roundTrips(listCodec(weeklySlotCodec), fc.array(slot, { maxLength: 5 }));
  });
  test("JSON lists", () => roundTrips(jsonListCodec, fc.array(fc.jsonValue(), { maxLength: 4 })));
});
