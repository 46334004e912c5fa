import { describe, expect, test } from "vitest";
import { entityExamples } from "./entityExamples.js";
import type { EntityKind } from "./entitySchemas.js";
import { parseEntity } from "./parseEntity.js";

type Path = ReadonlyArray<string | number>;

/** The example of `kind`, deep-copied, with `value` put at `path`. */
const withValue = (kind: EntityKind, path: Path, value: unknown): unknown => {
  const copy = structuredClone(entityExamples[kind]) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
};

/** The example of `kind` as JSON text with `extra` (raw JSON members) injected into the object at `path`. */
const withJsonKey = (kind: EntityKind, path: Path, extra: string): unknown => {
  const copy = structuredClone(entityExamples[kind]) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  node.__marker__ = 1;
  return JSON.parse(JSON.stringify(copy).replace('"__marker__":1', extra));
};

const MB = "x".repeat(1_000_000);

// [kind, what, hostile input, expected path, reason]
// biome-ignore format: one row per line keeps the table readable
const rows: ReadonlyArray<readonly [EntityKind, string, unknown, Path, RegExp]> = [
  ["Venue", "latitude 91°", withValue("Venue", ["location", "lat"], 91), ["location", "lat"], /<=90/],
  ["School", "longitude −181°", withValue("School", ["location", "lng"], -181), ["location", "lng"], />=-180/],
  ["Subdistrict", "NaN latitude", withValue("Subdistrict", ["point", "lat"], Number.NaN), ["point", "lat"], /NaN/],
  ["Venue", "unknown coordinate system", withValue("Venue", ["location", "crs"], "EPSG:3857"), ["location", "crs"], /Invalid option/],
  ["Venue", "negative capacity", withValue("Venue", ["capacity"], -1), ["capacity"], />=0/],
  ["Venue", "negative session capacity", withValue("Venue", ["sessions", 0, "capacity"], -5), ["sessions", 0, "capacity"], />=1/],
  ["Course", "infinite capacity", withValue("Course", ["capacity"], Number.POSITIVE_INFINITY), ["capacity"], /number/],
  ["Demand", "zero group size", withValue("Demand", ["groupSize"], 0), ["groupSize"], />=1/],
  ["Booking", "fractional seats", withValue("Booking", ["seats"], 2.5), ["seats"], /int/],
  ["Competition", "−Infinity participants", withValue("Competition", ["participantsCount"], -Infinity), ["participantsCount"], /number/],
  ["AssessmentResult", "NaN score", withValue("AssessmentResult", ["scores", 0, "value"], Number.NaN), ["scores", 0, "value"], /NaN/],
  ["Assessment", "infinite answer", withValue("Assessment", ["answers", 0, "value"], Infinity), ["answers", 0, "value"], /number/],
  ["Student", "grade 13", withValue("Student", ["grade"], 13), ["grade"], /<=12/],
  ["Student", "birth year 1.5", withValue("Student", ["birthYear"], 1.5), ["birthYear"], /int/],
  ["Student", "empty id", withValue("Student", ["id"], ""), ["id"], /empty/],
  ["Student", "id with a space", withValue("Student", ["id"], "stu 001"), ["id"], /may only contain/],
  ["School", "id with a slash", withValue("School", ["id"], "xh/school/001"), ["id"], /may only contain/],
  ["Booking", "reference by path traversal", withValue("Booking", ["demandId"], "../../etc/passwd"), ["demandId"], /may only contain/],
  ["Student", "65-character school id", withValue("Student", ["schoolId"], "s".repeat(65)), ["schoolId"], /<=64/],
  ["Student", "unknown sex", withValue("Student", ["sex"], "unknown"), ["sex"], /Invalid option/],
  ["Student", "deleted status", withValue("Student", ["status"], "deleted"), ["status"], /Invalid option/],
  ["Referral", "unknown service", withValue("Referral", ["service"], "psychiatric-ward"), ["service"], /Invalid option/],
  ["TieredResponseCase", "unknown tier", withValue("TieredResponseCase", ["tier"], "purple"), ["tier"], /Invalid option/],
  ["Family", "unknown family flag", withValue("Family", ["supportFlags", 0], "broken-home"), ["supportFlags", 0], /Invalid option/],
  ["Family", "duplicate family flag", withValue("Family", ["supportFlags"], ["migrant", "migrant"]), ["supportFlags", 1], /duplicate/],
  ["School", "duplicate grade", withValue("School", ["gradesOffered"], [1, 2, 2]), ["gradesOffered", 2], /duplicate/],
  ["Venue", "1 MB name", withValue("Venue", ["nameZh"], MB), ["nameZh"], /<=200/],
  ["Survey", "1 MB title", withValue("Survey", ["titleZh"], MB), ["titleZh"], /<=200/],
  ["SurveyResponse", "1 MB answer", withValue("SurveyResponse", ["answers", 0, "value"], MB), ["answers", 0, "value"], /<=4000/],
  ["Responsibility", "1 MB task", withValue("Responsibility", ["taskZh"], MB), ["taskZh"], /<=500/],
  ["Venue", "a NUL byte in a name", withValue("Venue", ["nameZh"], "龙华\u0000"), ["nameZh"], /control characters/],
  ["School", "a million grades", withValue("School", ["gradesOffered"], Array(1_000_000).fill(1)), ["gradesOffered"], /<=12/],
  ["Student", "__proto__ key", withJsonKey("Student", [], '"__proto__":{"isAdmin":true}'), [], /Unrecognized key: "__proto__"/],
  ["Student", "constructor key", withJsonKey("Student", [], '"constructor":{"prototype":{}}'), [], /Unrecognized key: "constructor"/],
  ["Venue", "nested __proto__ key", withJsonKey("Venue", ["location"], '"__proto__":{"lat":0}'), ["location"], /__proto__/],
  ["Family", "prototype key", withJsonKey("Family", [], '"prototype":{}'), [], /Unrecognized key: "prototype"/],
  ["Student", "a name sneaked in", withJsonKey("Student", [], '"nameZh":"张三"'), [], /Unrecognized key: "nameZh"/],
  ["StaffSchoolAssignment", "end before begin", withValue("StaffSchoolAssignment", ["endDate"], "2025-08-31"), ["endDate"], /must not be before beginDate/],
  ["StudentSchoolAssociation", "end before begin", withValue("StudentSchoolAssociation", ["endDate"], "2025-08-31"), ["endDate"], /must not be before beginDate/],
  ["StudentSchoolAssociation", "grade 13", withValue("StudentSchoolAssociation", ["entryGradeLevel"], 13), ["entryGradeLevel"], /<=12/],
  ["StudentContactAssociation", "end before begin", withValue("StudentContactAssociation", ["endDate"], "2025-01-01"), ["endDate"], /must not be before/],
  ["Competition", "end before begin", withValue("Competition", ["endDate"], "2025-09-30"), ["endDate"], /must not be before/],
  ["Project", "end before begin", withValue("Project", ["endDate"], "2024-12-31"), ["endDate"], /must not be before/],
  ["Survey", "close before open", withValue("Survey", ["closeDate"], "2025-10-31"), ["closeDate"], /must not be before openDate/],
  ["Referral", "closed before referred", withValue("Referral", ["closedDate"], "2025-10-11"), ["closedDate"], /must not be before/],
  ["TieredResponseCase", "closed before opened", withValue("TieredResponseCase", ["closedDate"], "2025-10-01"), ["closedDate"], /must not be before/],
  ["Family", "review before record", withValue("Family", ["flagsReviewDate"], "2025-01-01"), ["flagsReviewDate"], /must not be before/],
  ["Venue", "session ends before it starts", withValue("Venue", ["sessions", 1, "window", "end"], "2025-10-15T12:00:00+08:00"), ["sessions", 1, "window", "end"], /must be after start/],
  ["Venue", "weekly session valid until before from", withValue("Venue", ["sessions", 0, "validUntil"], "2025-08-01"), ["sessions", 0, "validUntil"], /must not be before validFrom/],
  ["Staff", "availability ends before it starts", withValue("Staff", ["availability", 0, "end"], "15:00"), ["availability", 0, "end"], /must be after start/],
  ["Demand", "window ends before it starts", withValue("Demand", ["timeWindows", 0, "end"], "2025-10-15T12:00:00+08:00"), ["timeWindows", 0, "end"], /must be after/],
  ["StaffSchoolAssignment", "impossible date", withValue("StaffSchoolAssignment", ["beginDate"], "2025-02-30"), ["beginDate"], /Invalid ISO date/],
  ["Booking", "date-time without offset", withValue("Booking", ["dateLastModified"], "2025-10-09T10:00:00"), ["dateLastModified"], /Invalid ISO datetime/],
  ["Booking", "date-time in prose", withValue("Booking", ["dateLastModified"], "yesterday"), ["dateLastModified"], /Invalid ISO datetime/],
];

describe("hostile input is rejected with a path and a reason", () => {
  test.each(rows)("%s: %s", (kind, _what, input, path, reason) => {
    const r = parseEntity(kind, input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const hit = r.error.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path) && reason.test(i.message));
    expect(hit, JSON.stringify(r.error.issues.map((i) => [i.path, i.message]))).toBeDefined();
  });
});
