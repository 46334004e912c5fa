import { describe, expect, test } from "vitest";
import { z } from "zod";
import { type EntityKind, entitySchemas } from "./entitySchemas.js";
import { Student } from "./people/Student.js";

/** Key fragments (normalised: lower case, letters and digits only) that betray direct identifiers. */
const FORBIDDEN_FRAGMENTS = [
  "name",
  "phone",
  "mobile",
  "telephone",
  "idcard",
  "identitycard",
  "idnumber",
  "nationalid",
  "citizenid",
  "passport",
  "shenfenzheng",
  "address",
  "email",
  "wechat",
  "weixin",
  "birthdate",
  "birthday",
  "dateofbirth",
  "photo",
  "avatar",
  "fingerprint",
  "hukou",
  "studentnumber",
  "studentno",
  "xuehao",
  "postcode",
  "zipcode",
];
/** Short keys that are identifiers only when they are the whole key. */
const FORBIDDEN_KEYS = ["tel", "qq", "dob", "mail", "addr", "ssn", "sfz", "face", "street"];

const isForbidden = (key: string): boolean => {
  const k = key.toLowerCase().replace(/[^a-z0-9]/g, "");
  return FORBIDDEN_KEYS.includes(k) || FORBIDDEN_FRAGMENTS.some((f) => k.includes(f));
};

/** Every property key of a schema, recursively (objects, arrays, unions, definitions), with its path. */
const keysOf = (schema: z.ZodType): string[][] => {
  const out: string[][] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (node === null || typeof node !== "object") return;
    const n = node as Record<string, unknown>;
    for (const [k, v] of Object.entries((n.properties as Record<string, unknown> | undefined) ?? {})) {
      out.push([...path, k]);
      walk(v, [...path, k]);
    }
    for (const key of ["items", "additionalProperties", "not"]) walk(n[key], path);
    for (const key of ["anyOf", "oneOf", "allOf", "prefixItems"]) {
      for (const b of (n[key] as unknown[] | undefined) ?? []) walk(b, path);
    }
    for (const v of Object.values((n.$defs as Record<string, unknown> | undefined) ?? {})) walk(v, path);
  };
  walk(z.toJSONSchema(schema, { unrepresentable: "any" }), []);
  return out;
};

const piiKeys = (schema: z.ZodType): string[][] => keysOf(schema).filter((p) => isForbidden(p[p.length - 1] ?? ""));

/** Records about a child or a family: none may hold a direct identifier, at any depth. */
const CHILD_AND_FAMILY: EntityKind[] = [
  "Student",
  "StudentSchoolAssociation",
  "Family",
  "Contact",
  "StudentContactAssociation",
  "Assessment",
  "AssessmentResult",
  "TieredResponseCase",
  "Referral",
  "SurveyResponse",
  "Demand",
];

describe("no direct identifiers in child and family records", () => {
  test.each(CHILD_AND_FAMILY)("%s has no name, phone, id-card, address, e-mail or birth-date key", (kind) => {
    const keys = keysOf(entitySchemas[kind]);
    expect(keys.length).toBeGreaterThan(3);
    expect(piiKeys(entitySchemas[kind])).toEqual([]);
  });

  test.each([
    ["a top-level name", Student.extend({ nameZh: z.string() }), [["nameZh"]]],
    [
      "a nested guardian phone",
      Student.extend({ guardian: z.strictObject({ mobilePhone: z.string() }) }),
      [["guardian", "mobilePhone"]],
    ],
    [
      "an address in an array",
      Student.extend({ homes: z.array(z.strictObject({ home_address: z.string() })) }),
      [["homes", "home_address"]],
    ],
    [
      "an id card in a union branch",
      Student.extend({ doc: z.union([z.strictObject({ IDCard: z.string() }), z.null()]) }),
      [["doc", "IDCard"]],
    ],
    ["a national id, snake case", Student.extend({ national_id: z.string() }), [["national_id"]]],
    ["an e-mail", Student.extend({ email: z.string() }), [["email"]]],
    ["a WeChat id", Student.extend({ wechatId: z.string() }), [["wechatId"]]],
    ["a date of birth", Student.extend({ dateOfBirth: z.string() }), [["dateOfBirth"]]],
    ["a bare tel", Student.extend({ tel: z.string() }), [["tel"]]],
  ] as const)("the scan catches %s", (_name, schema, expected) => {
    expect(piiKeys(schema)).toEqual(expected);
  });

  test("birthYear, livesWith and contactPriority are not mistaken for identifiers", () => {
    expect(["birthYear", "livesWith", "contactPriority", "studentId", "familyId"].filter(isForbidden)).toEqual([]);
  });
});
