import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ACCESSIBILITY_FEATURE_CODES } from "../descriptors/accessibilityFeatures.js";
import { EDUCATION_DIMENSION_CODES } from "../descriptors/educationDimensions.js";
import { REGISTRY_KIND_CODES, type RegistryKind } from "../descriptors/registryKinds.js";
import { STAFF_KIND_CODES } from "../descriptors/staffKinds.js";
import { VENUE_ADMISSION_STATUS_CODES } from "../descriptors/venueAdmissionStatuses.js";
import { VENUE_THEME_CODES } from "../descriptors/venueThemes.js";
import { entityExamples } from "../model/entityExamples.js";
import { exportRegistryCsv } from "./exportRegistryCsv.js";
import { exportRegistryXlsx } from "./exportRegistryXlsx.js";
import { importRegistryCsv } from "./importRegistryCsv.js";
import { importRegistryXlsx } from "./importRegistryXlsx.js";
import type { RegistryRecord } from "./RegistryDefinition.js";
import { registryDefinitions } from "./registryDefinitions.js";

// Export → import is lossless: random valid records of every registry, written as CSV (any language, labels or codes,
// any delimiter, with or without BOM) or XLSX, read back equal.

/** Characters that stress a CSV/XLSX writer: delimiters, quotes, formula starters, line breaks, CJK, astral. */
const TRICKY = [
  "",
  " ",
  ",",
  ";",
  "；",
  "\t",
  "|",
  "、",
  '"',
  "'",
  "=",
  "+",
  "-",
  "@",
  "\n",
  "\r\n",
  "徐",
  "汇",
  "😀",
  "a",
  "1",
];

// The characters write-excel-file removes (XML 1.0 forbidden or discouraged).
const XML_DROPPED =
  /[\u007f-\u0084\u0086-\u009f\ufdd0-\ufdef\ufffd-\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/g;

/** Text the model accepts (no control characters but TAB/LF/CR), biased to tricky characters. */
const text = (max: number, opts: { readonly xlsx?: boolean } = {}) =>
  fc
    .string({
      unit: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: "grapheme", maxLength: 1 })),
      minLength: 1,
      maxLength: Math.min(max, 40),
    })
    // write-excel-file drops what XML 1.0 forbids or discourages (C1 controls but U+0085, noncharacters, U+FFFD):
    // such text cannot survive XLSX (see the README's XLSX notes).
    .map((s) => (opts.xlsx ? s.replace(XML_DROPPED, "") : s))
    // biome-ignore lint/suspicious/noControlCharactersInRegex: boundedText's own rule
    .filter((s) => s.length > 0 && s.length <= max && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s));

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,30}$/);
const code = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
const status = fc.constantFrom("active", "tobedeleted");
const isoDate = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateTime = fc.oneof(
  fc
    .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString()),
  isoDate.map((d) => `${d}T08:30:00+08:00`),
);
const subset = <T>(values: ReadonlyArray<T>, min = 0, max = values.length) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength: min, maxLength: max });
const grades = (min = 0) => fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: min, maxLength: 12 });
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
const slot = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 600 }))
  .map(([dayOfWeek, start, len]) => ({ dayOfWeek, start: hhmm(start), end: hhmm(Math.min(1439, start + len)) }));
const optional = <T extends Record<string, unknown>>(
  required: ReadonlyArray<keyof T>,
  shape: { [K in keyof T]: fc.Arbitrary<T[K]> },
) => fc.record(shape, { requiredKeys: required as Array<keyof T> });

const providerRef = (xlsx: boolean) =>
  fc.oneof(
    fc.record({ kind: fc.constant("school"), schoolId: id }),
    fc.record({ kind: fc.constant("venue"), venueId: id }),
    fc.record({ kind: fc.constant("staff"), staffId: id }),
    fc.record({ kind: fc.constant("department"), departmentId: id }),
    fc.record({ kind: fc.constant("subdistrict"), subdistrictId: id }),
    fc.record(
      { kind: fc.constant("organisation"), nameZh: text(200, { xlsx }), nameEn: text(200, { xlsx }) },
      { requiredKeys: ["kind", "nameZh"] },
    ),
  );

const venue = (xlsx: boolean) =>
  fc
    .record({
      base: optional(["id", "status", "dateLastModified", "nameZh", "category", "themes", "location", "capacity"], {
        id,
        status,
        dateLastModified: dateTime,
        nameZh: text(200, { xlsx }),
        nameEn: text(200, { xlsx }),
        category: fc.constantFrom(...VENUE_THEME_CODES),
        themes: subset(VENUE_THEME_CODES, 1),
        location: fc.record({
          lat: fc.double({ min: -90, max: 90, noNaN: true, noDefaultInfinity: true }),
          lng: fc.double({ min: -180, max: 180, noNaN: true, noDefaultInfinity: true }),
          crs: fc.constantFrom("WGS84", "GCJ02", "BD09"),
        }),
        accuracyM: fc.double({ min: 0, max: 10_000, noNaN: true }),
        addressZh: text(500, { xlsx }),
        subdistrictId: id,
        capacity: fc.integer({ min: 80, max: 100_000 }),
      }),
      openingHours: fc.array(slot, { maxLength: 4 }),
      accessibility: subset(ACCESSIBILITY_FEATURE_CODES),
      access: fc.record({
        feePolicy: fc.constantFrom("free", "public-benefit", "paid"),
        visitMode: fc.constantFrom("walk-in", "appointment", "organised-visits-only", "exterior-only"),
        freeForSchoolGroups: fc.boolean(),
      }),
      operator: fc.option(
        optional(["kind", "nameZh"], {
          kind: fc.constantFrom(
            "government",
            "public-institution",
            "enterprise",
            "social-organisation",
            "school",
            "other",
          ),
          nameZh: text(200, { xlsx }),
          nameEn: text(200, { xlsx }),
          supervisingDepartmentId: id,
        }),
        { nil: undefined },
      ),
      history: fc.array(fc.tuple(fc.constantFrom(...VENUE_ADMISSION_STATUS_CODES), isoDate), {
        minLength: 1,
        maxLength: 4,
      }),
      sessions: fc.constantFrom([], entityExamples.Venue.sessions),
      closures: fc.array(optional(["beginDate"], { beginDate: isoDate, reasonZh: text(500, { xlsx }) }), {
        maxLength: 2,
      }),
    })
    .map(({ base, history, operator, ...rest }) => {
      const admissionHistory = history
        .map(([s, date]) => ({ status: s, date }))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      return {
        ...base,
        ...rest,
        ...(operator ? { operator } : {}),
        admissionHistory,
        admissionStatus: admissionHistory[admissionHistory.length - 1]?.status ?? "applied",
      };
    });

const course = (xlsx: boolean) =>
  fc
    .record({
      base: optional(
        ["id", "status", "dateLastModified", "nameZh", "dimensions", "themes", "grades", "durationMinutes", "capacity"],
        {
          id,
          status,
          dateLastModified: dateTime,
          nameZh: text(200, { xlsx }),
          nameEn: text(200, { xlsx }),
          summaryZh: text(4_000, { xlsx }),
          dimensions: subset(EDUCATION_DIMENSION_CODES, 1),
          themes: subset(VENUE_THEME_CODES, 1),
          grades: grades(1),
          durationMinutes: fc.integer({ min: 1, max: 720 }),
          capacity: fc.integer({ min: 1, max: 2_000 }),
          venueId: id,
        },
      ),
      provider: providerRef(xlsx),
    })
    .map(({ base, provider }) => ({ ...base, provider }));

const project = (xlsx: boolean) =>
  fc
    .record({
      base: optional(
        [
          "id",
          "status",
          "dateLastModified",
          "nameZh",
          "schoolIds",
          "venueIds",
          "themes",
          "dimensions",
          "stage",
          "beginDate",
        ],
        {
          id,
          status,
          dateLastModified: dateTime,
          nameZh: text(200, { xlsx }),
          nameEn: text(200, { xlsx }),
          summaryZh: text(4_000, { xlsx }),
          schoolIds: fc.uniqueArray(id, { maxLength: 5 }),
          venueIds: fc.uniqueArray(id, { maxLength: 5 }),
          actionId: id,
          themes: subset(VENUE_THEME_CODES, 1),
          dimensions: subset(EDUCATION_DIMENSION_CODES, 1),
          stage: fc.constantFrom("incubating", "active", "recognised", "closed"),
          beginDate: fc.constant("2025-09-01"),
          endDate: isoDate.filter((d) => d >= "2025-09-01"),
        },
      ),
      lead: providerRef(xlsx),
    })
    .map(({ base, lead }) => ({ ...base, lead }));

const staff = (xlsx: boolean) =>
  optional(
    [
      "id",
      "status",
      "dateLastModified",
      "kinds",
      "themes",
      "dimensions",
      "specialtyTags",
      "grades",
      "expertPools",
      "availability",
    ],
    {
      id,
      status,
      dateLastModified: dateTime,
      displayName: text(64, { xlsx }),
      affiliationZh: text(200, { xlsx }),
      kinds: subset(STAFF_KIND_CODES, 1),
      themes: subset(VENUE_THEME_CODES),
      dimensions: subset(EDUCATION_DIMENSION_CODES),
      specialtyTags: fc.uniqueArray(code, { maxLength: 5 }),
      grades: grades(),
      expertPools: fc.uniqueArray(code, { maxLength: 3 }),
      availability: fc.array(slot, { maxLength: 4 }),
    },
  );

const responsibility = (xlsx: boolean) =>
  optional(
    [
      "id",
      "status",
      "dateLastModified",
      "departmentId",
      "role",
      "actionId",
      "taskZh",
      "deliverableZh",
      "dueDate",
      "progress",
    ],
    {
      id,
      status,
      dateLastModified: dateTime,
      departmentId: id,
      role: fc.constantFrom("lead", "support"),
      actionId: id,
      taskId: code,
      taskZh: text(500, { xlsx }),
      taskEn: text(500, { xlsx }),
      deliverableZh: text(500, { xlsx }),
      deliverableEn: text(500, { xlsx }),
      dueDate: isoDate,
      progress: fc.constantFrom("not-started", "in-progress", "done", "blocked"),
    },
  );

const ARBITRARIES: { readonly [K in RegistryKind]: (xlsx: boolean) => fc.Arbitrary<unknown> } = {
  venues: venue,
  resources: course,
  projects: project,
  experts: staff,
  responsibilities: responsibility,
};

/** Valid, parsed records of `kind` with distinct ids. */
const recordsOf = <K extends RegistryKind>(kind: K, xlsx: boolean, maxLength: number) => {
  const schema = registryDefinitions[kind].schema;
  return fc.uniqueArray(
    ARBITRARIES[kind](xlsx)
      .map((r) => schema.safeParse(r))
      .filter((r) => r.success)
      .map((r) => r.data as RegistryRecord<K>),
    { maxLength, selector: (r) => (r as { id: string }).id },
  );
};

const csvOptions = fc.record({
  language: fc.constantFrom("zh", "en"),
  values: fc.constantFrom("label", "code"),
  delimiter: fc.constantFrom(",", ";", "\t"),
  bom: fc.boolean(),
  newline: fc.constantFrom("\r\n", "\n"),
} as const);

describe("export → import is lossless (property)", () => {
  test.each(REGISTRY_KIND_CODES)(
    "%s through CSV",
    (kind) => {
      fc.assert(
        fc.property(recordsOf(kind, false, 6), csvOptions, fc.boolean(), (records, options, asBytes) => {
          const csv = exportRegistryCsv(kind, records, options);
          const r = importRegistryCsv(kind, asBytes ? new TextEncoder().encode(csv) : csv);
          expect(r.errors).toEqual([]);
          expect(r.ok && r.records).toEqual(records);
        }),
        { numRuns: 60 },
      );
    },
    60_000,
  );

  test.each(REGISTRY_KIND_CODES)(
    "%s through XLSX",
    async (kind) => {
      await fc.assert(
        fc.asyncProperty(
          recordsOf(kind, true, 4),
          fc.constantFrom("zh", "en"),
          fc.constantFrom("label", "code"),
          async (records, language, values) => {
            const bytes = await exportRegistryXlsx(kind, records, { language, values });
            const r = await importRegistryXlsx(kind, bytes);
            expect(r.errors).toEqual([]);
            expect(r.ok && r.records).toEqual(records);
          },
        ),
        { numRuns: 15 },
      );
    },
    60_000,
  );
});
