import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ENTITY_ID_MAX_LENGTH, entityId } from "./entityId.js";
import { SchoolId, StudentId } from "./ids.js";

const TestId = entityId("TestId");

describe("entityId", () => {
  test.each([
    ["plain", "xh-school-001"],
    ["with dots, colons and underscores", "xh-school-001:g4_c2.v1"],
    ["a GUID", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"],
    ["one character", "a"],
    ["exactly the maximum length", "a".repeat(ENTITY_ID_MAX_LENGTH)],
  ])("accepts %s", (_name, id) => {
    expect(TestId.safeParse(id).success).toBe(true);
  });

  test.each([
    ["empty", "", /empty/],
    ["a space", "stu 1", /may only contain/],
    ["a slash (path traversal)", "../etc/passwd", /may only contain/],
    ["a backslash", "a\\b", /may only contain/],
    ["a leading hyphen", "-a", /may only contain/],
    ["a percent-encoding", "a%2Fb", /may only contain/],
    ["non-ASCII", "学生1", /may only contain/],
    ["a newline (log injection)", "a\nb", /may only contain/],
    ["one character too long", "a".repeat(ENTITY_ID_MAX_LENGTH + 1), /too big/i],
    ["a 1 MB string", "a".repeat(1_000_000), /too big/i],
  ])("rejects %s", (_name, id, reason) => {
    const r = TestId.safeParse(id);
    expect(r.success).toBe(false);
    expect(r.error?.issues.some((i) => reason.test(i.message))).toBe(true);
  });

  test.each([null, undefined, 42, {}, ["a"]])("rejects the non-string %j", (v) => {
    expect(TestId.safeParse(v).success).toBe(false);
  });

  test("every string over the safe charset within the length limit is accepted, and nothing else", () => {
    const safe = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/);
    fc.assert(fc.property(safe, (id) => StudentId.safeParse(id).success));
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const ok = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(s) && s.length <= ENTITY_ID_MAX_LENGTH;
        return SchoolId.safeParse(s).success === ok;
      }),
    );
  });
});
