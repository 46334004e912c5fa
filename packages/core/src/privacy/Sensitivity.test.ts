import { describe, expect, test } from "vitest";
import { z } from "zod";
import { SENSITIVITY_META_KEY, sensitive, sensitivityOf } from "./Sensitivity.js";

describe("sensitive / sensitivityOf", () => {
  test("marks a field and reads the mark back; unmarked fields have none", () => {
    const answers = sensitive(z.array(z.number()), "sensitive");
    expect(sensitivityOf(answers)).toBe("sensitive");
    expect(sensitivityOf(z.string())).toBeUndefined();
  });

  test("publishes the mark in the JSON Schema", () => {
    const S = z.object({ grade: sensitive(z.number().int(), "personal"), name: z.string() });
    const json = z.toJSONSchema(S) as { properties: Record<string, Record<string, unknown>> };
    expect(json.properties.grade?.[SENSITIVITY_META_KEY]).toBe("personal");
    expect(json.properties.name?.[SENSITIVITY_META_KEY]).toBeUndefined();
  });
});
