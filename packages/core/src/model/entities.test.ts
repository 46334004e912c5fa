import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { entityExamples } from "./entityExamples.js";
import { ENTITY_KINDS, entitySchemas } from "./entitySchemas.js";
import { parseEntity } from "./parseEntity.js";

describe("entitySchemas", () => {
  test("lists 24 kinds, each a record with id, status and dateLastModified", () => {
    expect(ENTITY_KINDS).toHaveLength(24);
    for (const kind of ENTITY_KINDS) {
      expect(Object.keys(entitySchemas[kind].shape).slice(0, 3)).toEqual(["id", "status", "dateLastModified"]);
    }
  });

  test.each(ENTITY_KINDS)("%s: the example parses, and round-trips through JSON unchanged", (kind) => {
    const input = JSON.parse(JSON.stringify(entityExamples[kind]));
    const r = parseEntity(kind, input);
    expect(r.ok, r.ok ? "" : r.error.message).toBe(true);
    if (r.ok) expect(r.value).toEqual(input);
  });

  test.each(ENTITY_KINDS)("%s: tobedeleted records parse too (soft delete for delta sync)", (kind) => {
    expect(parseEntity(kind, { ...entityExamples[kind], status: "tobedeleted" }).ok).toBe(true);
  });

  test.each(ENTITY_KINDS)("%s: any unknown top-level key is rejected at the root", (kind) => {
    const known = new Set(Object.keys(entitySchemas[kind].shape));
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !known.has(k)),
        fc.jsonValue(),
        (key, value) => {
          const input = JSON.parse(JSON.stringify(entityExamples[kind])) as Record<string, unknown>;
          Object.defineProperty(input, key, { value, enumerable: true, configurable: true, writable: true });
          const r = parseEntity(kind, input);
          return !r.ok && r.error.issues.some((i) => i.path.length === 0 && /Unrecognized key/.test(i.message));
        },
      ),
      { numRuns: 40 },
    );
  });

  test.each([null, undefined, 0, "", [], "{}", new Date(0)])("rejects the non-record %j without throwing", (input) => {
    for (const kind of ENTITY_KINDS) {
      const r = parseEntity(kind, input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error._tag).toBe("ValidationError");
    }
  });

  test("parse output is a fresh object: a JSON __proto__ key cannot reach Object.prototype", () => {
    const hostile = JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(entityExamples.Student).slice(1)}`);
    expect(parseEntity("Student", hostile).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
