import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { SENSITIVITY_META_KEY } from "../privacy/Sensitivity.js";
import { entityExamples } from "./entityExamples.js";
import { ENTITY_KINDS } from "./entitySchemas.js";
import { type JsonSchema, toJSONSchemas } from "./toJSONSchemas.js";

type Node = Record<string, unknown>;

/** Every sub-schema of a JSON Schema with its property path (`[]` items, `|n` union branches). */
const walk = (node: unknown, path: string[] = [], out: Array<[string[], Node]> = []): Array<[string[], Node]> => {
  if (node === null || typeof node !== "object") return out;
  const n = node as Node;
  out.push([path, n]);
  for (const [k, v] of Object.entries((n.properties as Node | undefined) ?? {})) walk(v, [...path, k], out);
  if (n.items) walk(n.items, [...path, "[]"], out);
  for (const key of ["anyOf", "oneOf", "allOf", "prefixItems"] as const) {
    for (const [i, b] of ((n[key] as unknown[] | undefined) ?? []).entries()) walk(b, [...path, `|${i}`], out);
  }
  for (const [k, v] of Object.entries((n.$defs as Node | undefined) ?? {})) walk(v, [...path, `$defs.${k}`], out);
  return out;
};

const schemas = toJSONSchemas();

describe("toJSONSchemas", () => {
  test("converts every entity kind without throwing, with a $id and a title", () => {
    expect(Object.keys(schemas)).toEqual([...ENTITY_KINDS]);
    for (const kind of ENTITY_KINDS) {
      expect(schemas[kind].$id).toBe(`uri://jiaolianti.org/schema/${kind}`);
      expect(schemas[kind].title).toBe(kind);
      expect(schemas[kind].$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(() => JSON.stringify(schemas[kind])).not.toThrow();
    }
  });

  test.each(ENTITY_KINDS)("%s: every object is closed, every string, array and number is bounded", (kind) => {
    for (const [path, n] of walk(schemas[kind])) {
      const where = `${kind}.${path.join(".")}`;
      if (n.type === "object") expect(n.additionalProperties, where).toBe(false);
      if (n.type === "string" && n.enum === undefined && n.const === undefined) {
        const bounded = typeof n.maxLength === "number" || ["date", "date-time", "time"].includes(String(n.format));
        expect(bounded, `${where} has no maxLength`).toBe(true);
      }
      if (n.type === "array") expect(typeof n.maxItems, `${where} has no maxItems`).toBe("number");
      if (n.type === "number" || n.type === "integer") {
        expect(typeof n.minimum === "number" || typeof n.exclusiveMinimum === "number", `${where} minimum`).toBe(true);
        expect(typeof n.maximum === "number" || typeof n.exclusiveMaximum === "number", `${where} maximum`).toBe(true);
      }
    }
  });

  test.each([
    ["Student", ["schoolId", "grade", "classId", "sex", "birthYear"], "personal"],
    ["Family", ["supportFlags", "flagsRecordedDate", "flagsReviewDate"], "sensitive"],
    ["StudentContactAssociation", ["livesWith", "legalGuardian"], "sensitive"],
    ["StudentContactAssociation", ["studentId", "relation"], "personal"],
    ["Assessment", ["answers"], "sensitive"],
    ["AssessmentResult", ["scores", "band", "flags", "firedRules"], "sensitive"],
    ["TieredResponseCase", ["tier", "tierHistory", "progress"], "sensitive"],
    ["Referral", ["service", "state", "providerZh"], "sensitive"],
    ["School", ["enrolment"], "internal"],
  ] as const)("%s publishes x-sensitivity on %j as %s", (kind, fields, level) => {
    const props = (schemas[kind] as Node).properties as Record<string, Node>;
    for (const f of fields) expect(props[f]?.[SENSITIVITY_META_KEY], `${kind}.${f}`).toBe(level);
  });

  test("family-support flag items carry the mark too, wherever they are inlined", () => {
    const marked = walk(schemas.Family).filter(([, n]) => Array.isArray(n.enum) && n.enum.includes("single-parent"));
    expect(marked.length).toBeGreaterThan(0);
    for (const [, n] of marked) expect(n[SENSITIVITY_META_KEY]).toBe("sensitive");
  });

  describe("validates with a JSON Schema 2020-12 validator (Ajv)", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    ajv.addKeyword(SENSITIVITY_META_KEY);
    const validators = Object.fromEntries(ENTITY_KINDS.map((k) => [k, ajv.compile(schemas[k] as JsonSchema)]));

    test.each(ENTITY_KINDS)("%s: the example is valid", (kind) => {
      const validate = validators[kind];
      expect(validate?.(JSON.parse(JSON.stringify(entityExamples[kind]))), JSON.stringify(validate?.errors)).toBe(true);
    });

    test.each(ENTITY_KINDS)("%s: an unknown key, a bad id and a 1 MB string are invalid", (kind) => {
      const validate = validators[kind];
      const example = JSON.parse(JSON.stringify(entityExamples[kind])) as Node;
      expect(validate?.(JSON.parse(JSON.stringify(example).replace(/^\{/, '{"__proto__":{"x":1},')))).toBe(false);
      expect(validate?.({ ...example, id: "a b/c" })).toBe(false);
      expect(validate?.({ ...example, id: "x".repeat(1_000_000) })).toBe(false);
    });
  });
});
