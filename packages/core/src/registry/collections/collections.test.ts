import { describe, expect, test } from "vitest";
import { entityExamples } from "../../model/entityExamples.js";
import { ENTITY_KINDS, type Entity, type EntityKind, entitySchemas } from "../../model/entitySchemas.js";
import { xuhuiPlan2025 } from "../../plan/xuhuiPlan2025.js";
import { createCollection } from "./Collection.js";
import { createRegistry } from "./createRegistry.js";
import { createDistrictRegistries, type DistrictRecords } from "./DistrictRegistries.js";
import { REFERENCE_RULES } from "./referenceRules.js";
import { referentialCheck } from "./referentialCheck.js";

const parsed = <K extends EntityKind>(kind: K, patch: Record<string, unknown> = {}): Entity<K> =>
  entitySchemas[kind].parse({ ...entityExamples[kind], ...patch }) as Entity<K>;

/** Every example record, one collection per kind. */
const allExamples = (): DistrictRecords =>
  Object.fromEntries(ENTITY_KINDS.map((k) => [k, [parsed(k)]])) as DistrictRecords;

describe("collections", () => {
  test("lookup by id", () => {
    const r = createRegistry("venues", [parsed("Venue"), parsed("Venue", { id: "xh-venue-002" })]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ kind: "venues", entityKind: "Venue" });
    expect(r.value.byId.get("xh-venue-002")?.nameZh).toBe(entityExamples.Venue.nameZh);
    expect(r.value.byId.get("nope")).toBeUndefined();
  });

  test("every repeated id is reported, at its index", () => {
    const s = parsed("Staff");
    const r = createCollection("Staff", [s, parsed("Staff", { id: "s-2" }), s, s]);
    expect(!r.ok && r.error.issues.map((i) => i.path)).toEqual([
      [2, "id"],
      [3, "id"],
    ]);
    const d = createDistrictRegistries({ Venue: [parsed("Venue"), parsed("Venue")], Staff: [s] });
    expect(!d.ok && d.error.issues.map((i) => i.path)).toEqual([["Venue", 1, "id"]]);
  });
});

describe("REFERENCE_RULES", () => {
  test("every rule starts at a field of its record's schema", () => {
    for (const rule of REFERENCE_RULES) {
      const first = rule.path.split(".")[0] as string;
      expect(Object.keys(entitySchemas[rule.from].shape), `${rule.from}.${rule.path}`).toContain(first);
    }
  });
});

describe("referentialCheck", () => {
  test("the model's examples: exactly the references to records the examples do not include", () => {
    const district = createDistrictRegistries(allExamples());
    expect(district.ok).toBe(true);
    if (!district.ok) return;
    const r = referentialCheck(district.value, { actionIds: xuhuiPlan2025.actions.map((a) => a.id) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => `${e.from}.${e.path.join(".")} → ${e.target} ${e.targetId}`)).toEqual([
      "Responsibility.departmentId → Department dept-health",
      "Venue.subdistrictId → Subdistrict xh-sd-310104016",
      "Project.lead.departmentId → Department dept-sports",
      "Competition.organiser.departmentId → Department dept-sports",
    ]);
    expect(r.error[0]?._tag).toBe("UnknownReferenceError");
    expect(r.error[0]?.messageZh).toBe(
      "责任清单条目“resp-huize-runxin-health-1”的 departmentId 引用的部门“dept-health”不存在",
    );
  });

  test("a booking's session must be a session of the booking's venue", () => {
    const venue2 = parsed("Venue", { id: "xh-venue-002", sessions: [] });
    const booking = parsed("Booking", { venueId: "xh-venue-002" }); // session xh-venue-001:s-20251015 is venue 1's
    const district = createDistrictRegistries({ Venue: [parsed("Venue"), venue2], Booking: [booking] });
    if (!district.ok) throw new Error(district.error.message);
    const r = referentialCheck(district.value);
    expect(!r.ok && r.error).toMatchObject([
      {
        from: "Booking",
        path: ["venueSessionId"],
        target: "VenueSession",
        targetId: "xh-venue-001:s-20251015",
        within: "xh-venue-002",
      },
    ]);
    expect(!r.ok && r.error[0]?.messageZh).toBe(
      "预约“bk-2025-1207”的 venueSessionId 引用的场次“xh-venue-001:s-20251015”不属于场所“xh-venue-002”",
    );
  });

  test("list references report each dangling element with its index", () => {
    const project = parsed("Project", { schoolIds: ["xh-school-001", "xh-school-404"], venueIds: ["nope"] });
    const district = createDistrictRegistries({ Project: [project], School: [parsed("School")], Venue: [] });
    if (!district.ok) throw new Error(district.error.message);
    const r = referentialCheck(district.value);
    expect(!r.ok && r.error.map((e) => [e.path, e.targetId])).toEqual([
      [["schoolIds", 1], "xh-school-404"],
      [["venueIds", 0], "nope"],
    ]);
  });

  test("references into collections not given are skipped and listed, not reported", () => {
    const district = createDistrictRegistries({ Booking: [parsed("Booking")] });
    if (!district.ok) throw new Error(district.error.message);
    const r = referentialCheck(district.value);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.checked).toBe(0);
      expect(r.value.skipped.map((x) => x.to)).toEqual(["Demand", "Venue", "VenueSession", "Course"]);
    }
  });

  test("plan actions are checked when the plan's action ids are given", () => {
    const district = createDistrictRegistries({
      Responsibility: [parsed("Responsibility", { actionId: "no-such-action" })],
    });
    if (!district.ok) throw new Error(district.error.message);
    expect(referentialCheck(district.value).ok).toBe(true);
    const r = referentialCheck(district.value, { actionIds: xuhuiPlan2025.actions.map((a) => a.id) });
    expect(!r.ok && r.error.map((e) => [e.target, e.targetId])).toEqual([["PlanAction", "no-such-action"]]);
  });

  test("a consistent district passes and says how much it checked", () => {
    const district = createDistrictRegistries({
      Venue: [parsed("Venue", { subdistrictId: undefined })],
      Course: [parsed("Course")],
      Booking: [parsed("Booking")],
      Demand: [parsed("Demand")],
      School: [parsed("School")],
      Subdistrict: [parsed("Subdistrict")],
      Department: [parsed("Department")],
    });
    if (!district.ok) throw new Error(district.error.message);
    const r = referentialCheck(district.value);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.checked).toBeGreaterThan(5);
  });
});
