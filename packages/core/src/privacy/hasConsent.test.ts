import { Effect, Exit } from "effect";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ConsentMissingError } from "../errors/ConsentMissingError.js";
import { CONSENT_PURPOSE_CODES, ConsentRecord } from "./ConsentRecord.js";
import { hasConsent } from "./hasConsent.js";
import { requireConsent } from "./requireConsent.js";

const base = {
  status: "active" as const,
  dateLastModified: "2025-09-01T09:00:00+08:00",
  studentId: "p_abc",
  purpose: "screening" as const,
};
const rec = (id: string, fields: Partial<ConsentRecord>): ConsentRecord =>
  ConsentRecord.parse({ ...base, id, grantedBy: "guardian", grantedAt: "2025-09-01T09:00:00+08:00", ...fields });
const AT = new Date("2025-10-08T10:00:00+08:00");
const q = (studentAge = 10, at = AT) => ({ studentId: "p_abc", purpose: "screening" as const, at, studentAge });

describe("ConsentRecord", () => {
  test("parses a consent and rejects an expiry not after the grant", () => {
    expect(
      ConsentRecord.safeParse({ ...base, id: "c1", grantedBy: "guardian", grantedAt: "2025-09-01T09:00:00+08:00" })
        .success,
    ).toBe(true);
    const bad = ConsentRecord.safeParse({
      ...base,
      id: "c1",
      grantedBy: "guardian",
      grantedAt: "2025-09-01T09:00:00+08:00",
      expiresAt: "2025-09-01T09:00:00+08:00",
    });
    expect(bad.error?.issues[0]?.path).toEqual(["expiresAt"]);
  });

  test.each([
    ["an unknown purpose", { purpose: "marketing" }, ["purpose"]],
    ["a grantor other than guardian or student", { grantedBy: "teacher" }, ["grantedBy"]],
    ["a local time without offset", { grantedAt: "2025-09-01T09:00:00" }, ["grantedAt"]],
    ["a withdrawal before the grant", { withdrawnAt: "2025-08-01T09:00:00+08:00" }, ["withdrawnAt"]],
    ["a student id with spaces", { studentId: "Zhang San" }, ["studentId"]],
    ["an extra field (a name must never ride along)", { studentName: "张三" }, []],
  ])("rejects %s", (_name, fields, path) => {
    const r = ConsentRecord.safeParse({
      ...base,
      id: "c1",
      grantedBy: "guardian",
      grantedAt: "2025-09-01T09:00:00+08:00",
      ...fields,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(path);
  });
});

describe("hasConsent", () => {
  test.each<[string, ConsentRecord[], number, Date, { granted: boolean; reason: string; record?: string }]>([
    ["guardian consent, child of 10", [rec("c1", {})], 10, AT, { granted: true, reason: "granted", record: "c1" }],
    ["no record", [], 10, AT, { granted: false, reason: "no-record" }],
    ["another purpose only", [rec("c1", { purpose: "research" })], 10, AT, { granted: false, reason: "no-record" }],
    ["another student only", [rec("c1", { studentId: "p_xyz" })], 10, AT, { granted: false, reason: "no-record" }],
    [
      "granted after the instant asked about",
      [rec("c1", { grantedAt: "2025-11-01T00:00:00+08:00" })],
      10,
      AT,
      { granted: false, reason: "no-record" },
    ],
    ["record to be deleted", [rec("c1", { status: "tobedeleted" })], 10, AT, { granted: false, reason: "no-record" }],
    [
      "withdrawn before",
      [rec("c1", { withdrawnAt: "2025-10-01T00:00:00+08:00" })],
      10,
      AT,
      { granted: false, reason: "withdrawn", record: "c1" },
    ],
    [
      "withdrawn exactly then",
      [rec("c1", { withdrawnAt: AT.toISOString() })],
      10,
      AT,
      { granted: false, reason: "withdrawn", record: "c1" },
    ],
    [
      "withdrawn only later (a past screening was covered)",
      [rec("c1", { withdrawnAt: "2025-12-01T00:00:00+08:00" })],
      10,
      AT,
      { granted: true, reason: "granted", record: "c1" },
    ],
    [
      "expired",
      [rec("c1", { expiresAt: "2025-10-01T00:00:00+08:00" })],
      10,
      AT,
      { granted: false, reason: "expired", record: "c1" },
    ],
    [
      "expiring exactly then (expiry is exclusive)",
      [rec("c1", { expiresAt: AT.toISOString() })],
      10,
      AT,
      { granted: false, reason: "expired", record: "c1" },
    ],
    [
      "not yet expired",
      [rec("c1", { expiresAt: "2026-08-31T00:00:00+08:00" })],
      10,
      AT,
      { granted: true, reason: "granted", record: "c1" },
    ],
    [
      "student's own consent at 13",
      [rec("c1", { grantedBy: "student" })],
      13,
      AT,
      { granted: false, reason: "guardian-required", record: "c1" },
    ],
    [
      "student's own consent at 14",
      [rec("c1", { grantedBy: "student" })],
      14,
      AT,
      { granted: true, reason: "granted", record: "c1" },
    ],
    [
      "latest wins: a new grant after a withdrawal",
      [rec("c1", { withdrawnAt: "2025-09-10T00:00:00+08:00" }), rec("c2", { grantedAt: "2025-09-20T00:00:00+08:00" })],
      10,
      AT,
      { granted: true, reason: "granted", record: "c2" },
    ],
    [
      "latest wins: a later withdrawn record overrides an older valid one",
      [rec("c1", {}), rec("c2", { grantedAt: "2025-09-20T00:00:00+08:00", withdrawnAt: "2025-09-25T00:00:00+08:00" })],
      10,
      AT,
      { granted: false, reason: "withdrawn", record: "c2" },
    ],
    [
      "latest wins: a 12-year-old's own later record does not count, and does not fall back",
      [rec("c1", {}), rec("c2", { grantedAt: "2025-09-20T00:00:00+08:00", grantedBy: "student" })],
      12,
      AT,
      { granted: false, reason: "guardian-required", record: "c2" },
    ],
    ["invalid date", [rec("c1", {})], 10, new Date("not a date"), { granted: false, reason: "invalid-query" }],
    ["negative age", [rec("c1", {})], -1, AT, { granted: false, reason: "invalid-query" }],
    ["NaN age", [rec("c1", {})], Number.NaN, AT, { granted: false, reason: "invalid-query" }],
  ])("%s", (_name, records, age, at, expected) => {
    const d = hasConsent(records, q(age, at));
    expect({ granted: d.granted, reason: d.reason, ...(d.record ? { record: d.record.id } : {}) }).toEqual(expected);
  });

  test("a district rule can require guardians for all minors", () => {
    const d = hasConsent([rec("c1", { grantedBy: "student" })], q(16), { guardianRequiredUnder: 18 });
    expect(d.reason).toBe("guardian-required");
  });

  test("an unknown purpose in the query is invalid, never granted", () => {
    const d = hasConsent([rec("c1", {})], { ...q(), purpose: "marketing" as never });
    expect(d).toEqual({ granted: false, reason: "invalid-query" });
  });
});

// ---------- properties ----------

const instant = fc.integer({ min: Date.parse("2025-01-01T00:00:00Z"), max: Date.parse("2026-12-31T00:00:00Z") });
const iso = (ms: number) => new Date(ms).toISOString();
const recordArb = fc
  .record({
    n: fc.nat(1_000_000),
    student: fc.constantFrom("p_abc", "p_xyz"),
    purpose: fc.constantFrom(...CONSENT_PURPOSE_CODES.slice(0, 2)),
    grantedBy: fc.constantFrom("guardian" as const, "student" as const),
    grantedAt: instant,
    expiresIn: fc.option(fc.integer({ min: 1, max: 400 * 86_400_000 }), { nil: undefined }),
    withdrawnIn: fc.option(fc.integer({ min: 0, max: 400 * 86_400_000 }), { nil: undefined }),
    status: fc.constantFrom("active" as const, "active" as const, "tobedeleted" as const),
  })
  .map((r) =>
    ConsentRecord.parse({
      id: `c-${r.n}`,
      status: r.status,
      dateLastModified: iso(r.grantedAt),
      studentId: r.student,
      purpose: r.purpose,
      grantedBy: r.grantedBy,
      grantedAt: iso(r.grantedAt),
      ...(r.expiresIn === undefined ? {} : { expiresAt: iso(r.grantedAt + r.expiresIn) }),
      ...(r.withdrawnIn === undefined ? {} : { withdrawnAt: iso(r.grantedAt + r.withdrawnIn) }),
    }),
  );
const queryArb = fc.record({
  studentId: fc.constantFrom("p_abc", "p_xyz"),
  purpose: fc.constantFrom(...CONSENT_PURPOSE_CODES.slice(0, 2)),
  at: instant.map((ms) => new Date(ms)),
  studentAge: fc.integer({ min: 6, max: 18 }),
});

describe("hasConsent properties", () => {
  test("the answer does not depend on the order of the records", () => {
    fc.assert(
      fc.property(
        fc
          .array(recordArb, { maxLength: 8 })
          .chain((rs) =>
            fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })),
          ),
        queryArb,
        ([records, shuffled], query) => {
          const x = hasConsent(records, query);
          const y = hasConsent(shuffled, query);
          expect([y.granted, y.reason, y.record]).toEqual([x.granted, x.reason, x.record]);
        },
      ),
    );
  });

  test("granted only on a matching, active, current, unwithdrawn record that no later record overrides; guardian under 14", () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 8 }), queryArb, (records, query) => {
        const d = hasConsent(records, query);
        const at = query.at.getTime();
        const applicable = records.filter(
          (r) =>
            r.status === "active" &&
            r.studentId === query.studentId &&
            r.purpose === query.purpose &&
            Date.parse(r.grantedAt) <= at,
        );
        if (!d.granted) {
          expect(d.reason === "no-record").toBe(applicable.length === 0);
          return;
        }
        const r = d.record as ConsentRecord;
        expect(applicable).toContain(r);
        expect(r.withdrawnAt === undefined || Date.parse(r.withdrawnAt) > at).toBe(true);
        expect(r.expiresAt === undefined || Date.parse(r.expiresAt) > at).toBe(true);
        if (query.studentAge < 14) expect(r.grantedBy).toBe("guardian");
        for (const other of applicable)
          expect(Date.parse(other.grantedAt)).toBeLessThanOrEqual(Date.parse(r.grantedAt));
      }),
    );
  });

  test("records to be deleted never change the answer", () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 6 }),
        fc.array(recordArb, { maxLength: 4 }),
        queryArb,
        (records, extra, query) => {
          const deleted = extra.map((r) => ({ ...r, status: "tobedeleted" as const }));
          const x = hasConsent(records, query);
          const y = hasConsent([...deleted, ...records], query);
          expect([y.granted, y.reason, y.record?.id]).toEqual([x.granted, x.reason, x.record?.id]);
        },
      ),
    );
  });
});

describe("requireConsent", () => {
  test("succeeds with a valid consent", async () => {
    await expect(Effect.runPromise(requireConsent([rec("c1", {})], q()))).resolves.toBeUndefined();
  });

  test.each<[string, ConsentRecord[], number, string, string]>([
    ["no record", [], 10, "no-record", "没有该用途的同意记录"],
    ["withdrawn", [rec("c1", { withdrawnAt: "2025-10-01T00:00:00+08:00" })], 10, "withdrawn", "同意已被撤回"],
    ["own consent at 12", [rec("c1", { grantedBy: "student" })], 12, "guardian-required", "须由监护人同意"],
  ])("fails with a typed ConsentMissingError: %s", async (_name, records, age, reason, zh) => {
    const exit = await Effect.runPromiseExit(requireConsent(records, q(age)));
    expect(Exit.isFailure(exit)).toBe(true);
    const error = await Effect.runPromise(Effect.flip(requireConsent(records, q(age))));
    expect(error).toBeInstanceOf(ConsentMissingError);
    expect(error).toMatchObject({ _tag: "ConsentMissingError", reason, studentId: "p_abc", purpose: "screening" });
    expect(error.messageZh).toContain("心理健康筛查");
    expect(error.messageZh).toContain(zh);
    expect(error.message).toContain("Mental-health screening");
    expect(error.at).toBe(AT.toISOString());
  });

  test("names the deciding record", async () => {
    const error = await Effect.runPromise(
      Effect.flip(requireConsent([rec("c7", { expiresAt: "2025-10-01T00:00:00+08:00" })], q())),
    );
    expect(error.recordId).toBe("c7");
  });
});
