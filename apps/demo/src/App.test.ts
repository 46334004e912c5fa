import { xuhuiSubdistricts, xuhuiVenues } from "@jiaolianti/core";
import { reachableWithin } from "@jiaolianti/matching";
import { mount } from "@vue/test-utils";
import { describe, expect, test } from "vitest";
import App from "./App.vue";

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
});
