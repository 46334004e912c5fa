import type { Responsibility } from "@jiaolianti/core";
import { createSampleDistrict } from "@jiaolianti/core/sample";
import { describe, expect, test } from "vitest";
import { dea } from "../mcda/dea.js";
import { topsis } from "../mcda/topsis.js";
import { departmentDutyData } from "./departmentDutyData.js";
import { evaluate } from "./evaluate.js";
import { courseSelectionFramework } from "./frameworks/courseSelectionFramework.js";
import { departmentDutyFramework } from "./frameworks/departmentDutyFramework.js";
import { venueEffectivenessFramework } from "./frameworks/venueEffectivenessFramework.js";
import { selectTop } from "./selectTop.js";
import { toDecisionMatrix } from "./toDecisionMatrix.js";
import { type VenueYear, venueEffectivenessData } from "./venueEffectivenessData.js";

const resp = (
  n: number,
  departmentId: string,
  role: "lead" | "support",
  actionId: string,
  progress: Responsibility["progress"],
  dueDate: string,
): Responsibility => ({
  id: `resp-${n}` as Responsibility["id"],
  status: "active",
  dateLastModified: "2026-09-01T00:00:00Z",
  departmentId: departmentId as Responsibility["departmentId"],
  role,
  actionId: actionId as Responsibility["actionId"],
  taskZh: "任务",
  deliverableZh: "成果",
  dueDate,
  progress,
});

describe("departmentDutyData", () => {
  const list = [
    resp(1, "dept-sports", "lead", "huidong-jianti", "done", "2026-06-30"),
    resp(2, "dept-sports", "lead", "huidong-jianti", "in-progress", "2026-06-30"), // overdue at 2026-09-01
    resp(3, "dept-sports", "support", "huize-runxin", "blocked", "2027-12-31"),
    resp(4, "dept-sports", "lead", "huidong-jianti", "not-started", "2027-12-31"),
    resp(5, "dept-womens-federation", "support", "huidong-jianti", "done", "2027-12-31"),
  ];
  test("rates per department, with null for a role it does not hold", () => {
    const r = departmentDutyData(list, {
      asOf: "2026-09-01",
      targetStatuses: {
        "coaches-in-schools": "achieved",
        "district-competition-participation": "at-risk",
        "new-science-venues": "on-track",
      },
    });
    if (!r.ok) return expect.unreachable();
    const sports = r.value.alternatives.find((a) => a.id === "dept-sports")?.values;
    expect(sports?.["lead-completion-rate"]).toBeCloseTo(100 / 3, 12);
    expect(sports?.["support-completion-rate"]).toBe(0);
    expect(sports?.["overdue-rate"]).toBe(25);
    expect(sports?.["blocked-rate"]).toBe(25);
    // huidong-jianti's targets: coaches (achieved) and competition participation (at-risk); science venues are not its.
    expect(sports?.["lead-target-progress"]).toBe(50);
    const wf = r.value.alternatives.find((a) => a.id === "dept-womens-federation")?.values;
    expect(wf).toMatchObject({
      "lead-completion-rate": null,
      "lead-target-progress": null,
      "support-completion-rate": 100,
    });
    expect(r.value.counts.find((c) => c.departmentId === "dept-sports")).toMatchObject({
      lead: 3,
      leadDone: 1,
      leadTargets: 2,
      leadTargetsOnTrack: 1,
    });
  });

  test("the sample district's responsibility list evaluates, every department scored", () => {
    const district = createSampleDistrict({ seed: 3, students: 50 });
    if (!district.ok) return expect.unreachable();
    const d = departmentDutyData(district.value.responsibilities, { asOf: "2026-09-01" });
    if (!d.ok) return expect.unreachable();
    const e = evaluate(departmentDutyFramework, d.value);
    expect(e.ok && e.value.alternatives.every((a) => a.total !== null)).toBe(true);
  });

  test.each([
    ["an invalid record", [{ ...list[0], role: "owner" }], { asOf: "2026-09-01" }, "ValidationError"],
    ["a bad date", list, { asOf: "2026/09/01" }, "ValidationError"],
    ["an empty list", [], { asOf: "2026-09-01" }, "EvaluationError"],
  ] as const)("%s → %s", (_, l, o, tag) => {
    const r = departmentDutyData(l as Responsibility[], o);
    expect(r.ok || r.error._tag).toBe(tag);
  });
});

describe("venueEffectivenessData", () => {
  const v = (id: string, k: number, satisfaction: number | null = 4): VenueYear => ({
    id,
    staff: 2 + k,
    annualCost: 100_000 * (1 + k),
    openHours: 500 + 50 * k,
    seatsOffered: 4000,
    seatsBooked: 1000 * (1 + k),
    studentHours: 2000 + 1500 * k * k,
    sessions: 50 + 20 * k,
    schoolsReached: 5 + 4 * k,
    satisfaction,
  });
  const venues = [v("a", 0), v("b", 1), v("c", 2, null), v("d", 3)];
  test("derived indicators and the DEA efficiency of the same inputs and outputs", () => {
    const r = venueEffectivenessData(venues);
    if (!r.ok) return expect.unreachable();
    const direct = dea(
      venues.map((x) => [x.staff, x.annualCost, x.openHours]),
      venues.map((x) => [x.studentHours, x.sessions, x.schoolsReached]),
    );
    expect(direct.ok && r.value.dea.efficiencies).toEqual(direct.ok ? direct.value.efficiencies : []);
    expect(r.value.alternatives[1]?.values).toMatchObject({
      utilisation: 50,
      "cost-per-student-hour": 200_000 / 3500,
      "schools-reached": 9,
    });
    const e = evaluate(venueEffectivenessFramework, r.value);
    expect(e.ok && e.value.alternatives[2]?.explanation.missing).toEqual(["satisfaction"]);
  });
  test.each([
    ["booked above offered", [{ ...v("a", 0), seatsBooked: 5000 }], ["venues", 0, "seatsBooked"]],
    ["a negative cost", [{ ...v("a", 0), annualCost: -1 }], ["venues", 0, "annualCost"]],
    ["satisfaction off the scale", [{ ...v("a", 0), satisfaction: 7 }], ["venues", 0, "satisfaction"]],
  ] as const)("%s", (_, vs, path) => {
    const r = venueEffectivenessData(vs);
    expect(r.ok || r.error.path).toEqual(path);
  });
  test("DEA's refusal is passed on with its cause", () => {
    const r = venueEffectivenessData([{ ...v("a", 0), studentHours: 0, sessions: 0, schoolsReached: 0 }, v("b", 1)]);
    expect(r.ok || r.error).toMatchObject({ reason: "engine", cause: { _tag: "McdaError", reason: "degenerate" } });
  });
});

describe("selectTop", () => {
  const course = (id: string, q: number) => ({
    id,
    values: {
      "curriculum-fit": q,
      "science-rigour": q,
      "inquiry-design": q,
      safety: q,
      "age-fit": q,
      "student-rating": q,
      "cost-per-student-hour": 20,
    },
  });
  const e = evaluate(courseSelectionFramework, {
    alternatives: [course("c1", 5), course("c2", 4), course("c3", 4), course("c4", 2), { id: "c5", values: {} }],
  });
  test.each([
    [1, 60, ["c1"], ["c2", "c3"], []],
    [2, 60, ["c1", "c2"], ["c3"], ["c3"]],
    [3, 60, ["c1", "c2", "c3"], [], []],
    [10, 90, ["c1"], [], []],
  ] as const)("quota %i, minimum %i", (quota, minScore, selected, waitlisted, tied) => {
    if (!e.ok) return expect.unreachable();
    const s = selectTop(e.value, { quota, minScore });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.value.selected).toEqual(selected);
    expect(s.value.waitlisted).toEqual(waitlisted);
    expect(s.value.tiedAtCutoff).toEqual(tied);
    expect(s.value.unscored).toEqual(["c5"]);
    const all = [...s.value.selected, ...s.value.waitlisted, ...s.value.belowMinimum, ...s.value.unscored].sort();
    expect(all).toEqual(["c1", "c2", "c3", "c4", "c5"]);
  });
  test("a bad quota is refused", () => {
    if (!e.ok) return expect.unreachable();
    expect(selectTop(e.value, { quota: 1.5 }).ok).toBe(false);
    expect(selectTop(e.value, { quota: 3, minScore: 120 }).ok).toBe(false);
  });
});

describe("toDecisionMatrix", () => {
  test("complete rows, directions as types, the framework's global weights; TOPSIS accepts it", () => {
    const m = toDecisionMatrix(departmentDutyFramework, {
      alternatives: [
        {
          id: "a",
          values: {
            "lead-completion-rate": 40,
            "lead-target-progress": 80,
            "support-completion-rate": 30,
            "overdue-rate": 5,
            "blocked-rate": 2,
          },
        },
        {
          id: "b",
          values: {
            "lead-completion-rate": 20,
            "lead-target-progress": 60,
            "support-completion-rate": 50,
            "overdue-rate": 15,
            "blocked-rate": 6,
          },
        },
        {
          id: "c",
          values: {
            "lead-completion-rate": null,
            "support-completion-rate": 50,
            "overdue-rate": 15,
            "blocked-rate": 6,
          },
        },
      ],
    });
    if (!m.ok) return expect.unreachable();
    expect(m.value.alternativeIds).toEqual(["a", "b"]);
    expect(m.value.excluded).toEqual(["c"]);
    expect(m.value.types).toEqual([1, 1, 1, -1, -1]);
    expect(m.value.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    const t = topsis(m.value.matrix, { weights: m.value.weights, types: m.value.types, normalization: "vector" });
    expect(t.ok && t.value.ranks).toEqual([1, 2]);
  });
});
