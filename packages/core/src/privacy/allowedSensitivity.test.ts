import { Effect } from "effect";
import { describe, expect, test } from "vitest";
import { AccessDeniedError } from "../errors/AccessDeniedError.js";
import { allowedSensitivity, requireAccess } from "./allowedSensitivity.js";
import { defaultAccessPolicy } from "./defaultAccessPolicy.js";
import type { Viewer } from "./Viewer.js";

describe("allowedSensitivity", () => {
  test.each<[Viewer, string]>([
    [{ role: "counsellor", relationship: "own-school" }, "sensitive"],
    [{ role: "counsellor", relationship: "none" }, "internal"],
    [{ role: "parent", relationship: "own-child" }, "sensitive"],
    [{ role: "parent", relationship: "own-class" }, "public"],
    [{ role: "district-admin", relationship: "own-school" }, "internal"],
    [{ role: "public", relationship: "own-child" }, "public"],
  ])("%j → %s", (viewer, level) => {
    expect(allowedSensitivity(viewer)).toEqual({ ok: true, value: level });
  });

  test("a policy without the role denies (deny by default)", () => {
    const { teacher: _t, ...ceilings } = defaultAccessPolicy.ceilings;
    const r = allowedSensitivity({ role: "teacher", relationship: "own-class" }, {
      ...defaultAccessPolicy,
      ceilings,
    } as never);
    expect(r.ok || r.error.reason).toBe("unknown-role");
  });
});

describe("requireAccess", () => {
  test("succeeds with the viewer's ceiling when it reaches the requirement", async () => {
    expect(await Effect.runPromise(requireAccess({ role: "teacher", relationship: "own-class" }, "personal"))).toBe(
      "personal",
    );
  });

  test("fails with a typed AccessDeniedError below the requirement, explained in Chinese", async () => {
    const error = await Effect.runPromise(
      Effect.flip(requireAccess({ role: "head-teacher", relationship: "own-class" }, "sensitive")),
    );
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect(error).toMatchObject({
      _tag: "AccessDeniedError",
      reason: "insufficient-level",
      required: "sensitive",
      allowed: "personal",
      policy: "jiaolianti.access.default@1.0.0",
    });
    expect(error.messageZh).toContain("最多可查看“个人”级数据");
  });

  test("fails for an unknown role", async () => {
    const error = await Effect.runPromise(
      Effect.flip(requireAccess({ role: "janitor", relationship: "none" } as never, "public")),
    );
    expect(error.reason).toBe("unknown-role");
  });
});
