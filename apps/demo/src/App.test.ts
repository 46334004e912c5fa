import { xuhuiPlan2025, xuhuiSubdistricts, xuhuiVenues } from "@jiaolianti/core";
import { reachableWithin } from "@jiaolianti/matching";
import { kpiStatusLabels, trackKpis } from "@jiaolianti/scoring";
import { mount } from "@vue/test-utils";
import { describe, expect, test } from "vitest";
import App from "./App.vue";
import { SAMPLE_KPI_AS_OF, sampleKpiActuals } from "./sampleKpiActuals";

describe("demo App", () => {
  test("shows the practice circle of the default subdistrict with the count reachableWithin gives", async () => {
    const wrapper = mount(App);
    const origin = xuhuiSubdistricts.find((s) => s.nameZh === "徐家汇街道")?.point;
    if (!origin) throw new Error("徐家汇街道 missing from the reference data");
    const expected = reachableWithin(origin, xuhuiVenues, { minutes: 15 });
    if (!expected.ok) throw new Error(expected.error.message);
    expect(expected.value.length).toBeGreaterThan(0);
    expect(wrapper.findAll("[aria-pressed]")).toHaveLength(expected.value.length);
    expect(wrapper.find("h1").text()).toContain("教联体");
  });

  test("switches the shell to English", async () => {
    const wrapper = mount(App);
    await wrapper.find(".demo-lang select").setValue("en");
    expect(wrapper.find("h1").text()).toContain("Jiaolianti");
    expect(document.documentElement.lang).toBe("en");
  });

  test("a longer time budget shows at least as many venues", async () => {
    const wrapper = mount(App);
    const before = wrapper.findAll("[aria-pressed]").length;
    await wrapper.find('input[type="range"]').setValue("30");
    expect(wrapper.findAll("[aria-pressed]").length).toBeGreaterThan(before);
  });

  describe("plan-target board", () => {
    const tracked = trackKpis(xuhuiPlan2025, sampleKpiActuals, { asOf: SAMPLE_KPI_AS_OF });

    test("the sample actuals are valid for scoring and cover every status", () => {
      if (!tracked.ok) throw new Error(tracked.error.message);
      expect(new Set(tracked.value.map((k) => k.status))).toEqual(
        new Set(["achieved", "on-track", "at-risk", "off-track"]),
      );
    });

    test("shows every plan target, labelled as sample data, with scoring's status for each sample target", () => {
      if (!tracked.ok) throw new Error(tracked.error.message);
      const wrapper = mount(App);
      const section = wrapper.find(".demo-kpi");
      expect(section.find("h2").text()).toContain("示例数据");
      expect(section.find(".demo-sample").text()).toContain(`示例数据:以下 ${tracked.value.length} 个目标`);
      expect(section.findAll("tbody tr")).toHaveLength(xuhuiPlan2025.targets.length);
      for (const k of tracked.value) {
        const badge = section.find(`tr[data-target-id="${k.targetId}"] .jlt-plan-kpi__badge`);
        expect(badge.text()).toContain(kpiStatusLabels[k.status].zh);
      }
      expect(section.find('[role="alert"]').exists()).toBe(false);
    });

    test("follows the language switch, and its status filter works", async () => {
      const wrapper = mount(App);
      await wrapper.find(".demo-lang select").setValue("en");
      const section = wrapper.find(".demo-kpi");
      expect(section.find("h2").text()).toBe("Plan targets board (sample data)");
      expect(section.find("h3").text()).toBe("Plan targets");
      expect(section.find(".demo-sample").text()).toMatch(/^Sample data/);
      await section.findAll(".jlt-plan-kpi__filter select")[1]?.setValue("off-track");
      expect(section.findAll("tbody tr").map((r) => r.attributes("data-target-id"))).toEqual(["new-science-venues"]);
      expect(section.find(".jlt-plan-kpi__badge--off-track").text()).toContain("Off track");
    });

    test("the practice circle is untouched by the board (only venue buttons are toggles)", () => {
      const wrapper = mount(App);
      expect(wrapper.find(".demo-kpi [aria-pressed]").exists()).toBe(false);
    });
  });
});
