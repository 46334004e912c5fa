import { type Plan, xuhuiPlan2025 } from "@jiaolianti/core";
import { type KpiActual, kpiStatusLabels, trackKpi } from "@jiaolianti/scoring";
import { mount } from "@vue/test-utils";
import { describe, expect, test } from "vitest";
import PlanKpiBoard from "./PlanKpiBoard.vue";
import type { PlanKpiBoardProps, PlanKpiFilterChangeDetails } from "./PlanKpiBoardProps";

type Actuals = Record<string, ReadonlyArray<KpiActual>>;

const SAMPLE: Actuals = {
  "coaches-in-schools": [
    { date: "2025-12-31", value: 34 },
    { date: "2026-09-30", value: 52 },
  ],
  "science-courses-per-year": [
    { date: "2026-03-31", value: 22 },
    { date: "2026-06-30", value: 49 },
    { date: "2026-09-30", value: 76 },
  ],
  "district-competition-participation": [
    { date: "2026-06-30", value: 14 },
    { date: "2026-09-30", value: 21 },
  ],
  "new-science-venues": [
    { date: "2025-12-31", value: 7 },
    { date: "2026-09-30", value: 15 },
  ],
};

const kpi = (id: string, series: ReadonlyArray<KpiActual>) => {
  const r = trackKpi(xuhuiPlan2025, id, series);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const render = (props: Partial<PlanKpiBoardProps> = {}) =>
  mount(PlanKpiBoard, { props: { actuals: SAMPLE, ...props } });
type Wrapper = ReturnType<typeof render>;

const row = (w: Wrapper, id: string) => w.find(`tr[data-target-id="${id}"]`);
const rowIds = (w: Wrapper) => w.findAll("tbody tr").map((r) => r.attributes("data-target-id"));
const selects = (w: Wrapper) => w.findAll("select");
const selectValue = (w: Wrapper, i: number) =>
  (w.findAll("select")[i]?.element as HTMLSelectElement | undefined)?.value;

describe("PlanKpiBoard", () => {
  test("shows every target of the plan in one table per group, captioned by action", () => {
    const w = render();
    expect(w.find("h2").text()).toBe("规划目标进度");
    expect(w.text()).toContain(xuhuiPlan2025.titleZh);
    expect(rowIds(w).sort()).toEqual(xuhuiPlan2025.targets.map((t) => t.id).sort());
    const captions = w.findAll("caption").map((c) => c.text());
    expect(captions[0]).toBe("(一)“汇善铸魂”思政育人行动");
    expect(captions).toContain("(五)“智汇未来”科教互联行动");
    for (const table of w.findAll("table")) {
      expect(table.findAll('thead th[scope="col"]').map((th) => th.text())).toEqual([
        "目标",
        "目标值",
        "截止日期",
        "最新值",
        "截止时预计值",
        "状态",
      ]);
      for (const tr of table.findAll("tbody tr")) expect(tr.find('th[scope="row"]').exists()).toBe(true);
    }
  });

  test("a tracked target shows its value, deadline, latest value, projection and scoring's status in text", () => {
    const want = kpi("new-science-venues", SAMPLE["new-science-venues"] ?? []);
    expect(want.status).toBe("off-track");
    const r = row(render(), "new-science-venues");
    expect(r.find("th").text()).toBe("新增30个适合青少年学习探究的科学场所");
    expect(r.find(".jlt-plan-kpi__value").text()).toBe("≥ 30 个(场所)");
    expect(r.find(".jlt-plan-kpi__deadline").text()).toBe("2027-12-31");
    expect(r.find(".jlt-plan-kpi__latest").text()).toBe("15 个(场所)（截至 2026-09-30）");
    expect(r.find(".jlt-plan-kpi__projected").text()).toBe(
      `约 ${(Math.round((want.projected ?? Number.NaN) * 10) / 10).toString()} 个(场所)（2027-12-31）`,
    );
    expect(r.find(".jlt-plan-kpi__badge").text()).toContain(kpiStatusLabels["off-track"].zh);
    expect(r.find(".jlt-plan-kpi__reason").text()).toBe(want.reason.zh);
  });

  test.each([
    ["coaches-in-schools", "achieved"],
    ["science-courses-per-year", "on-track"],
    ["district-competition-participation", "at-risk"],
    ["new-science-venues", "off-track"],
  ] as const)("%s is %s, named in text (not colour only)", (id, status) => {
    expect(kpi(id, SAMPLE[id] ?? []).status).toBe(status);
    const badge = row(render(), id).find(".jlt-plan-kpi__badge");
    expect(badge.text()).toContain(kpiStatusLabels[status].zh);
    expect(badge.classes()).toContain(`jlt-plan-kpi__badge--${status}`);
  });

  test("yearly targets say so, and their latest value is the year so far", () => {
    const r = row(render(), "science-courses-per-year");
    expect(r.find(".jlt-plan-kpi__value").text()).toBe("每年 ≥ 100 门");
    expect(r.find(".jlt-plan-kpi__latest").text()).toBe("2026 年累计 76 门（截至 2026-09-30）");
    expect(r.find(".jlt-plan-kpi__projected").text()).toContain("2026-12-31");
    const pct = row(render(), "district-competition-participation");
    expect(pct.find(".jlt-plan-kpi__value").text()).toBe("每年 ≥ 30%");
  });

  test("targets without actuals show “no data yet”", () => {
    const r = row(render(), "civics-scenes");
    expect(r.find(".jlt-plan-kpi__badge").text()).toContain("暂无数据");
    expect(r.find(".jlt-plan-kpi__latest").text()).toBe("暂无数据");
    expect(r.find(".jlt-plan-kpi__projected").text()).toBe("无法推算");
    expect(r.find(".jlt-plan-kpi__reason").exists()).toBe(false);
  });

  test("the summary counts each status", () => {
    const w = render();
    const summary = w.findAll(".jlt-plan-kpi__summary-item").map((li) => li.text().replace(/\s+/g, " "));
    expect(summary).toEqual([
      "✓ 已达成 1",
      "↗ 进度正常 1",
      "! 存在风险 1",
      "✕ 偏离目标 1",
      `– 暂无数据 ${xuhuiPlan2025.targets.length - 4}`,
    ]);
    expect(w.find(".jlt-plan-kpi__shown").text()).toBe(
      `显示 ${xuhuiPlan2025.targets.length} 个目标，共 ${xuhuiPlan2025.targets.length} 个`,
    );
  });

  test("switches every text to English", async () => {
    const w = render();
    await w.setProps({ locale: "en" });
    expect(w.find("section").attributes("lang")).toBe("en");
    expect(w.find("h2").text()).toBe("Plan targets");
    expect(w.text()).toContain(xuhuiPlan2025.titleEn);
    expect(w.find("caption").text()).toBe(xuhuiPlan2025.actions[0]?.titleEn);
    const r = row(w, "new-science-venues");
    const target = xuhuiPlan2025.targets.find((t) => t.id === "new-science-venues");
    expect(r.find("th").text()).toBe(target?.description.en);
    expect(r.find(".jlt-plan-kpi__value").text()).toBe("≥ 30 venues");
    expect(r.find(".jlt-plan-kpi__latest").text()).toBe("15 venues (as of 2026-09-30)");
    expect(r.find(".jlt-plan-kpi__badge").text()).toContain("Off track");
    expect(row(w, "science-courses-per-year").find(".jlt-plan-kpi__value").text()).toBe("≥ 100 courses per year");
    expect(row(w, "civics-scenes").find(".jlt-plan-kpi__badge").text()).toContain("No data yet");
    expect(w.find("legend").text()).toBe("Filter targets");
    expect(row(w, "smart-governance-hub").find(".jlt-plan-kpi__value").text()).toBe("= 1 platform");
    const goal = xuhuiPlan2025.goals.find((g) => g.id === "capability-leap");
    expect(w.findAll("caption").map((c) => c.text())).toContain(`Goal: ${goal?.titleEn}`);
  });

  describe("filters (controlled state triple)", () => {
    test("are labelled native selects, reachable with Tab", () => {
      const w = render();
      expect(selects(w)).toHaveLength(2);
      for (const s of selects(w)) {
        const id = s.attributes("id");
        expect(id).toMatch(/\S/);
        expect(w.find(`label[for="${id}"]`).exists()).toBe(true);
        expect(s.attributes("tabindex")).toBeUndefined();
      }
      const labels = selects(w).map((s) => w.find(`label[for="${s.attributes("id")}"] .jlt-plan-kpi__filter-label`));
      expect(labels.map((l) => l.text())).toEqual(["重点项目", "状态"]);
    });

    test("uncontrolled: filtering by status shows only those targets and emits the new filter", async () => {
      const w = render();
      await selects(w)[1]?.setValue("off-track");
      expect(rowIds(w)).toEqual(["new-science-venues"]);
      expect(w.findAll("table")).toHaveLength(1);
      expect(w.find(".jlt-plan-kpi__shown").text()).toBe(`显示 1 个目标，共 ${xuhuiPlan2025.targets.length} 个`);
      expect(w.emitted("update:filter")).toEqual([[{ groupId: null, status: "off-track" }]]);
      expect(w.emitted<[PlanKpiFilterChangeDetails]>("filterChange")?.[0]?.[0]).toEqual({
        filter: { groupId: null, status: "off-track" },
        shown: 1,
      });
    });

    test("filtering by action shows that action's table only; both filters combine", async () => {
      const w = render();
      await selects(w)[0]?.setValue("zhihui-weilai");
      const science = xuhuiPlan2025.targets.filter((t) => t.actionId === "zhihui-weilai").map((t) => t.id);
      expect(rowIds(w)).toEqual(science);
      expect(w.findAll("caption").map((c) => c.text())).toEqual(["(五)“智汇未来”科教互联行动"]);
      await selects(w)[1]?.setValue("on-track");
      expect(rowIds(w)).toEqual(["science-courses-per-year"]);
      await selects(w)[1]?.setValue("at-risk");
      expect(rowIds(w)).toEqual([]);
      expect(w.find(".jlt-plan-kpi__empty").text()).toBe("没有符合筛选条件的目标。");
      await selects(w)[0]?.setValue("");
      expect(rowIds(w)).toEqual(["district-competition-participation"]);
    });

    test("option labels count what each choice would show", async () => {
      const w = render({ defaultFilter: { groupId: "zhihui-weilai" } });
      const statusOptions = selects(w)[1]
        ?.findAll("option")
        .map((o) => o.text());
      const science = xuhuiPlan2025.targets.filter((t) => t.actionId === "zhihui-weilai").length;
      expect(statusOptions).toEqual([
        `全部状态（${science}）`,
        "已达成（0）",
        "进度正常（1）",
        "存在风险（0）",
        "偏离目标（1）",
        `暂无数据（${science - 2}）`,
      ]);
      expect(selects(w)[0]?.findAll("option")[1]?.text()).toBe(
        `汇善铸魂（${xuhuiPlan2025.targets.filter((t) => t.actionId === "huishan-zhuhun").length}）`,
      );
    });

    test("defaultFilter sets the initial filters of an uncontrolled board", () => {
      const w = render({ defaultFilter: { status: "achieved" } });
      expect(rowIds(w)).toEqual(["coaches-in-schools"]);
      expect(selectValue(w, 1)).toBe("achieved");
    });

    test("controlled: shows `filter`, asks the parent to change it and waits for the new value", async () => {
      const w = render({ filter: { status: "achieved" } });
      expect(rowIds(w)).toEqual(["coaches-in-schools"]);
      await selects(w)[1]?.setValue("off-track");
      expect(w.emitted("update:filter")).toEqual([[{ groupId: null, status: "off-track" }]]);
      expect(rowIds(w)).toEqual(["coaches-in-schools"]); // the parent has not accepted the change
      expect(selectValue(w, 1)).toBe("achieved");
      await w.setProps({ filter: { groupId: null, status: "off-track" } });
      expect(rowIds(w)).toEqual(["new-science-venues"]);
    });

    test("v-model:filter round trip", async () => {
      const w = mount(PlanKpiBoard, {
        props: {
          actuals: SAMPLE,
          filter: { groupId: null, status: null },
          "onUpdate:filter": (filter: PlanKpiBoardProps["filter"]) => w.setProps({ filter }),
        },
      });
      await w.findAll("select")[1]?.setValue("at-risk");
      expect(w.props("filter")).toEqual({ groupId: null, status: "at-risk" });
      expect(rowIds(w)).toEqual(["district-competition-participation"]);
    });
  });

  describe("bad actuals show an alert, never a crash or a partial board", () => {
    test.each<[string, Actuals, string]>([
      ["NaN", { "coaches-in-schools": [{ date: "2026-06-30", value: Number.NaN }] }, "NaN 不是有限数值"],
      [
        "dates out of order",
        {
          "new-science-venues": [
            { date: "2026-06-30", value: 12 },
            { date: "2026-03-31", value: 9 },
          ],
        },
        "日期 2026-03-31 不晚于上一条 2026-06-30",
      ],
      ["an unknown target id", { "no-such-target": [{ date: "2026-06-30", value: 1 }] }, '没有目标 "no-such-target"'],
    ])("%s", async (_, bad, zh) => {
      const w = render({ actuals: { ...SAMPLE, ...bad } });
      const alert = w.find('[role="alert"]');
      expect(alert.exists()).toBe(true);
      expect(alert.text()).toContain("无法计算目标进度：");
      expect(alert.text()).toContain(zh);
      expect(w.find("table").exists()).toBe(false);
      expect(w.find("select").exists()).toBe(false);
      expect(w.find("h2").text()).toBe("规划目标进度");

      await w.setProps({ locale: "en" });
      expect(w.find('[role="alert"]').text()).toContain("Cannot track the plan targets:");
      expect(w.find('[role="alert"]').text()).toMatch(/Invalid KPI data|has no target/);

      await w.setProps({ actuals: SAMPLE });
      expect(w.find('[role="alert"]').exists()).toBe(false);
      expect(w.findAll("tbody tr")).toHaveLength(xuhuiPlan2025.targets.length);
    });

    test("an invalid plan is a ValidationError alert", () => {
      const w = render({ plan: { ...xuhuiPlan2025, targets: "nope" } as unknown as Plan });
      expect(w.find('[role="alert"]').text()).toContain("Plan");
      expect(w.find("table").exists()).toBe(false);
    });
  });

  test("the tables sit in one labelled region the keyboard can focus (it scrolls sideways on narrow screens)", async () => {
    const w = render();
    const region = w.find("section.jlt-plan-kpi__scroll");
    expect(region.attributes("tabindex")).toBe("0");
    expect(region.attributes("aria-label")).toBe("各重点项目的目标进度表");
    expect(region.findAll("table")).toHaveLength(w.findAll("table").length);
    await selects(w)[1]?.setValue("at-risk");
    await selects(w)[0]?.setValue("huize-runxin");
    expect(w.find("section.jlt-plan-kpi__scroll").exists()).toBe(false); // nothing to scroll: no empty tab stop
  });

  test("the method note states the at-risk tolerance in use", () => {
    expect(render().find(".jlt-plan-kpi__note").text()).toContain("10%");
    expect(render({ atRiskTolerance: 0.05 }).find(".jlt-plan-kpi__note").text()).toContain("5%");
  });

  test("renders the heading at the requested level, labelling the section", () => {
    const w = render({ headingLevel: 3 });
    const h3 = w.find("h3");
    expect(h3.text()).toBe("规划目标进度");
    expect(w.find("h2").exists()).toBe(false);
    expect(w.find("section").attributes("aria-labelledby")).toBe(h3.attributes("id"));
  });
});
