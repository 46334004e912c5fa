import { describe, expect, it, test } from "vitest";
import { xuhuiSubdistricts } from "../data/xuhuiSubdistricts.js";
import { DEPARTMENT_CODES, departments } from "../descriptors/departments.js";
import { ACTION_THEME_CODES, actionThemes } from "./actionThemes.js";
import { Plan } from "./Plan.js";
import { PLAN_CAPABILITY_CODES } from "./planCapabilities.js";
import { planIntegrityIssues } from "./planIntegrityIssues.js";
import { xuhuiPlan2025 } from "./xuhuiPlan2025.js";

const plan = xuhuiPlan2025;
const tasks = plan.actions.flatMap((a) => a.tasks.map((t) => ({ action: a, task: t })));
const taskById = new Map(tasks.map((x) => [x.task.id, x]));
const anchorText = (t: (typeof plan.targets)[number]): string => {
  if (t.taskId !== undefined) return taskById.get(t.taskId)?.task.textZh ?? "";
  if (t.trackId !== undefined) return plan.tracks.find((x) => x.id === t.trackId)?.textZh ?? "";
  return plan.goals.find((g) => g.id === t.goalId)?.textZh ?? "";
};

describe("xuhuiPlan2025", () => {
  it("parses with the Plan schema and has no integrity issues", () => {
    const r = Plan.safeParse(plan);
    expect(r.error?.issues ?? []).toEqual([]);
    expect(planIntegrityIssues(plan)).toEqual([]);
  });

  it("uses each id once across goals, tracks, actions, tasks, parameters, targets, commitments and safeguards", () => {
    const ids = [
      ...plan.goals.map((g) => g.id),
      ...plan.tracks.map((t) => t.id),
      ...plan.actions.map((a) => a.id),
      ...tasks.map((x) => x.task.id),
      ...tasks.flatMap((x) => x.task.parameters.map((p) => p.id)),
      ...plan.targets.map((t) => t.id),
      ...plan.commitments.map((c) => c.id),
      ...plan.safeguards.items.map((s) => s.id),
    ];
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has the plan's structure: 3 goals, 5 tracks, 8 actions × 3 tasks, one action per theme", () => {
    expect(plan.goals).toHaveLength(3);
    expect(plan.tracks.map((t) => t.nameZh)).toEqual([
      "协同机制创新",
      "转化机制创新",
      "育人方式创新",
      "资源融合创新",
      "品牌塑造创新",
    ]);
    expect(plan.actions.map((a) => a.id)).toEqual([
      "huishan-zhuhun",
      "huize-runxin",
      "ronghui-heyu",
      "huijian-zhenzhi",
      "zhihui-weilai",
      "huijiao-xingwen",
      "huidong-jianti",
      "huishou-pingan",
    ]);
    expect(plan.actions.map((a) => a.theme)).toEqual([...ACTION_THEME_CODES]);
    expect(plan.actions.every((a) => a.tasks.map((t) => t.number).join() === "1,2,3")).toBe(true);
    expect(plan.mechanism.pillars.map((p) => p.nameZh)).toEqual([
      "责任清单化",
      "运行标准化",
      "资源集成化",
      "效能可视化",
    ]);
    expect(plan.framework.hub.parts?.map((p) => p.nameZh)).toEqual(["数据监测", "资源调度", "效能评估"]);
    expect(plan.framework.supportSystems).toHaveLength(3);
    expect(plan.framework.scenes.map((s) => s.nameZh)).toEqual(["汇美育联盟", "光启讲堂", "社区少年服务队", "家幸福"]);
    expect(plan.safeguards.evaluation.dimensions.map((d) => d.nameZh)).toEqual([
      "政府履职度",
      "社会参与度",
      "家庭满意度",
    ]);
  });

  test.each(ACTION_THEME_CODES.map((c) => [c, actionThemes[c].labelZh]))(
    "theme %s (%s) is one of the 八大协同工程 named in goal (二) and in its action's title",
    (code, label) => {
      expect(plan.goals[1]?.textZh).toContain(label);
      expect(plan.actions.find((a) => a.theme === code)?.titleZh).toContain(label);
    },
  );

  test.each(plan.actions.map((a) => [a.id, a]))(
    "%s: lead and support departments exist and match the published department line",
    (_, a) => {
      const [leadPart = "", supportPart = ""] = a.departmentsTextZh.replace("牵头部门:", "").split(",配合部门:");
      const leadLabels = leadPart.split("、");
      const supportLabels = supportPart.split("、");
      expect(a.leadDepartments.map((d) => departments[d]?.labelZh)).toEqual(leadLabels);
      expect(a.supportDepartments.map((d) => departments[d]?.labelZh)).toEqual(supportLabels);
    },
  );

  it("references only departments of the code list, and uses every one of them", () => {
    const used = new Set([
      ...plan.actions.flatMap((a) => [...a.leadDepartments, ...a.supportDepartments]),
      plan.safeguards.coordinator,
    ]);
    for (const d of used) expect(departments[d], d).toBeDefined();
    expect([...used].sort()).toEqual([...DEPARTMENT_CODES].sort());
    expect(departments[plan.safeguards.coordinator].labelZh).toBe("区委教育工作领导小组");
    expect(plan.safeguards.items[0]?.textZh).toContain("区委教育工作领导小组");
  });

  it("expands 各街镇 to Xuhui's 13 subdistricts", () => {
    expect(departments["subdistricts-and-towns"].memberNbsCodes).toEqual(xuhuiSubdistricts.map((s) => s.nbsCode));
    expect(departments["subdistricts-and-towns"].memberNbsCodes).toHaveLength(13);
  });

  test.each(plan.targets.map((t) => [t.id, t]))(
    "target %s: anchor exists and description.zh is quoted from it",
    (_, t) => {
      if (t.actionId !== undefined) expect(plan.actions.map((a) => a.id)).toContain(t.actionId);
      if (t.taskId !== undefined) expect(taskById.get(t.taskId)?.action.id).toBe(t.actionId);
      expect(anchorText(t)).toContain(t.description.zh);
      for (const item of t.namedItems ?? []) expect(t.description.zh + anchorText(t)).toContain(item.zh);
      expect(t.deadline).toBe("2027-12-31");
      expect(t.inferred).toContain("deadline");
    },
  );

  test.each(plan.commitments.map((c) => [c.id, c]))(
    "commitment %s is quoted from its task and needs only capabilities its task lists",
    (_, c) => {
      const x = taskById.get(c.taskId);
      expect(x?.action.id).toBe(c.actionId);
      expect(x?.task.textZh).toContain(c.textZh);
      for (const cap of c.capabilities) expect(x?.task.capabilities).toContain(cap);
    },
  );

  test.each(tasks.map((x) => [x.task.id, x.task]))("task %s: text starts with its lead phrase", (_, t) => {
    expect(t.textZh.startsWith(`${t.titleZh}。`)).toBe(true);
    for (const p of t.parameters) expect(t.textZh).toContain(p.textZh);
  });

  test.each(plan.tracks.map((t) => [t.id, t]))("track %s: every component and part is named in its text", (_, t) => {
    for (const c of t.components) {
      expect(t.textZh).toContain(c.nameZh);
      for (const p of c.parts ?? []) expect(t.textZh).toContain(p.nameZh);
    }
  });

  it("quotes the 四化 mechanism and the 1+3+N frame from their goals", () => {
    const goal = (id: string) => plan.goals.find((g) => g.id === id)?.textZh ?? "";
    expect(goal(plan.mechanism.goalId)).toContain(plan.mechanism.textZh);
    expect(plan.mechanism.textZh).toContain(plan.mechanism.deadlineTextZh);
    for (const p of plan.mechanism.pillars) expect(plan.mechanism.textZh).toContain(p.nameZh);
    const frame = goal(plan.framework.goalId);
    for (const e of [plan.framework.hub, ...plan.framework.supportSystems, ...plan.framework.scenes]) {
      expect(frame).toContain(e.nameZh);
      for (const p of e.parts ?? []) expect(frame).toContain(p.nameZh);
    }
  });

  it("links the 《部门教育履职效能评估办法》 to an evaluation dimension that exists", () => {
    const [instrument] = plan.safeguards.evaluation.instruments;
    expect(plan.safeguards.items[1]?.textZh).toContain(instrument?.titleZh);
    const dims = plan.safeguards.evaluation.dimensions.map((d) => d.id);
    for (const id of instrument?.dimensionIds ?? []) expect(dims).toContain(id);
  });

  it("uses every capability code at least once", () => {
    const used = new Set([
      ...tasks.flatMap((x) => x.task.capabilities),
      ...plan.commitments.flatMap((c) => c.capabilities),
      ...plan.tracks.flatMap((t) =>
        t.components.flatMap((c) => [...c.capabilities, ...(c.parts ?? []).flatMap((p) => p.capabilities)]),
      ),
      ...plan.mechanism.pillars.flatMap((p) => p.capabilities),
      ...[plan.framework.hub, ...plan.framework.supportSystems, ...plan.framework.scenes].flatMap((e) => [
        ...e.capabilities,
        ...(e.parts ?? []).flatMap((p) => p.capabilities),
      ]),
      ...plan.safeguards.items.flatMap((s) => s.capabilities),
    ]);
    expect([...PLAN_CAPABILITY_CODES].filter((c) => !used.has(c))).toEqual([]);
  });
});

describe("xuhuiPlan2025 targets carry the seed's numbers", () => {
  test.each([
    // id, value, unit, comparator, period, seed phrase
    ["collaborative-projects", 100, "project", "atLeast", "total-by-deadline", "培育100个协同育人特色项目"],
    ["innovation-cases", 100, "case", "atLeast", "total-by-deadline", "孵化100个家校社协同创新案例"],
    ["new-science-venues", 30, "venue", "atLeast", "total-by-deadline", "新增30个"],
    ["science-experts", 100, "person", "atLeast", "total-by-deadline", "聘任100名"],
    ["science-backbone-workers", 2000, "person", "atLeast", "total-by-deadline", "培育2000名"],
    ["science-courses-per-year", 100, "course", "atLeast", "per-year", "每年征集、遴选100门"],
    ["arts-training-sessions-per-year", 30, "session", "atLeast", "per-year", "每年开展30场"],
    ["arts-training-attendance-per-year", 1000, "person-time", "atLeast", "per-year", "覆盖1000人次"],
    ["art-classroom-clusters", 10, "cluster", "atLeast", "total-by-deadline", "打造10个"],
    ["coaches-in-schools", 50, "person", "atLeast", "total-by-deadline", "不少于50名"],
    ["district-competition-participation", 30, "percent", "atLeast", "per-year", "不少于全区中小学生30%"],
    ["civics-scenes", 6, "scene", "exactly", "total-by-deadline", "六大特色育人场景"],
    ["five-research-topics", 5, "topic", "exactly", "total-by-deadline", "五大攻坚课题"],
    ["smart-governance-hub", 1, "platform", "exactly", "total-by-deadline", "建立1个中枢平台"],
    ["support-systems", 3, "system", "exactly", "total-by-deadline", "形成3大支撑体系"],
  ] as const)("%s = %d %s (%s, %s) from “%s”", (id, value, unit, comparator, period, phrase) => {
    const t = plan.targets.find((x) => x.id === id);
    expect(t).toMatchObject({ value, unit, comparator, period });
    expect(t?.description.zh).toContain(phrase);
  });

  test.each([
    ["development-index-coverage", "students", "全覆盖开展“学生身心发展指数”评估"],
    ["youth-counselling-clinics", "community-health-centres", "社区卫生中心全覆盖"],
    ["one-school-one-doctor", "schools", "“一校一医”"],
    ["family-environment-assessment-coverage", "families", "全覆盖开展“家庭环境适宜度”评估"],
    ["science-teacher-team-coverage", "schools", "学校全覆盖"],
    ["practice-circle-coverage", "schools", "学校15分钟校外实践育人圈"],
  ] as const)("%s is 100 %% coverage of %s (“%s”)", (id, base, phrase) => {
    const t = plan.targets.find((x) => x.id === id);
    expect(t).toMatchObject({ value: 100, unit: "percent", period: "coverage", kpiKind: "coverage-rate", base });
    expect(t?.description.zh).toContain(phrase);
  });

  it("encodes exactly these 21 targets, and the practice circle's 15 minutes as a parameter", () => {
    expect(plan.targets).toHaveLength(21);
    const circle = taskById.get("last-mile-practice-circles")?.task.parameters[0];
    expect(circle).toMatchObject({ id: "practice-circle-minutes", value: 15, unit: "minute" });
  });
});

describe("xuhuiPlan2025.actions[].targets", () => {
  test("each action carries exactly its targets, as the issue's shape asks", () => {
    const all = xuhuiPlan2025.actions.flatMap((a) => a.targets.map((t) => t.id));
    expect(all.sort()).toEqual(
      xuhuiPlan2025.targets
        .filter((t) => t.actionId !== undefined)
        .map((t) => t.id)
        .sort(),
    );
    const sports = xuhuiPlan2025.actions.find((a) => a.nameZh === "汇动健体");
    expect(sports?.targets.map((t) => [t.value, t.unit])).toEqual([
      [50, expect.any(String)],
      [30, expect.any(String)],
    ]);
  });

  test("an action whose targets drift from the plan's list is rejected with a path", () => {
    const [first, ...rest] = xuhuiPlan2025.actions;
    if (!first) throw new Error("no actions");
    const broken = { ...xuhuiPlan2025, actions: [{ ...first, targets: [] }, ...rest] };
    const hasTargets = xuhuiPlan2025.targets.some((t) => t.actionId === first.id);
    const r = Plan.safeParse(broken);
    expect(r.success).toBe(!hasTargets);
    if (!r.success) expect(r.error.issues.map((i) => i.path)).toContainEqual(["actions", 0, "targets"]);
  });
});
