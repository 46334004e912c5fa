import { descriptorLabel, type GeoPoint, venueThemes, xuhuiVenues } from "@jiaolianti/core";
import { type ReachableOptions, reachableWithin } from "@jiaolianti/matching";
import { mount } from "@vue/test-utils";
import { describe, expect, test } from "vitest";
import PracticeCircleList from "./PracticeCircleList.vue";
import type { PracticeCircleListProps, PracticeCircleValueChangeDetails } from "./PracticeCircleListProps";

/** Xujiahui (徐家汇), WGS84. */
const XUJIAHUI: GeoPoint = { lat: 31.1925, lng: 121.4366, crs: "WGS84" };
/** Tian'anmen, Beijing: no Xuhui venue is anywhere near. */
const BEIJING: GeoPoint = { lat: 39.9042, lng: 116.4074, crs: "WGS84" };

const expected = (options: ReachableOptions = {}, origin: GeoPoint = XUJIAHUI) => {
  const r = reachableWithin(origin, xuhuiVenues, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const render = (props: Partial<PracticeCircleListProps> = {}) =>
  mount(PracticeCircleList, { props: { origin: XUJIAHUI, venues: xuhuiVenues, ...props } });

type Wrapper = ReturnType<typeof render>;
const names = (w: Wrapper) => w.findAll(".jlt-practice-circle__name").map((n) => n.text());
const pressed = (w: Wrapper) =>
  w.findAll("button[aria-pressed]").flatMap((b, i) => (b.attributes("aria-pressed") === "true" ? [i] : []));

describe("PracticeCircleList", () => {
  test.each<[number, "walk" | "bike"]>([
    [15, "walk"],
    [30, "walk"],
    [15, "bike"],
  ])("lists what reachableWithin returns for %i min (%s), nearest first", (minutes, mode) => {
    const want = expected({ minutes, mode });
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(xuhuiVenues.length);
    const w = render({ minutes, mode });
    expect(w.findAll("button[aria-pressed]")).toHaveLength(want.length);
    expect(names(w)).toEqual(want.map((r) => r.place.nameZh));
    expect(w.find("h2").text()).toBe(
      `${minutes} 分钟校外实践圈：${mode === "bike" ? "骑行" : "步行"}可达 ${want.length} 处场馆`,
    );
  });

  test("shows each venue's themes (labels from core) and its rounded, estimated trip", () => {
    const [nearest] = expected();
    if (!nearest) throw new Error("no venue near Xujiahui");
    const w = render();
    const first = w.find("button[aria-pressed]");
    const themes = nearest.place.themes.map((code) => descriptorLabel(venueThemes[code], "zh-CN"));
    expect(first.find(".jlt-practice-circle__themes").text()).toBe(themes.join("、"));
    expect(first.find(".jlt-practice-circle__trip").text()).toContain(
      `约 ${Math.max(1, Math.round(nearest.minutes))} 分钟步行`,
    );
    expect(w.find(".jlt-practice-circle__note").text()).toContain("估算");
    expect(w.find("ul").attributes("aria-label")).toBe("可达场馆");
  });

  test("follows a change of the time budget", async () => {
    const w = render();
    await w.setProps({ minutes: 30 });
    expect(names(w)).toEqual(expected({ minutes: 30 }).map((r) => r.place.nameZh));
  });

  test("switches every text to English", async () => {
    const w = render();
    expect(w.find("section").attributes("lang")).toBe("zh-CN");
    await w.setProps({ locale: "en" });
    const want = expected();
    const [nearest] = want;
    if (!nearest) throw new Error("no venue near Xujiahui");
    expect(w.find("section").attributes("lang")).toBe("en");
    expect(w.find("h2").text()).toBe(`15-minute practice circle: ${want.length} venues on foot`);
    expect(names(w)).toEqual(want.map((r) => r.place.nameEn));
    expect(w.find(".jlt-practice-circle__themes").text()).toBe(
      nearest.place.themes.map((code) => venueThemes[code].labelEn).join(", "),
    );
    expect(w.find(".jlt-practice-circle__trip").text()).toContain(
      `≈ ${Math.max(1, Math.round(nearest.minutes))} min walk`,
    );
    expect(w.find(".jlt-practice-circle__note").text()).toContain("estimated");
  });

  describe("selection (controlled state triple)", () => {
    test("uncontrolled: starts from defaultValue, toggles on click, emits update:value and valueChange", async () => {
      const want = expected();
      const [a, b] = want;
      if (!a || !b) throw new Error("need two venues");
      const w = render({ defaultValue: b.place.id });
      expect(pressed(w)).toEqual([1]);

      await w.findAll("button[aria-pressed]")[0]?.trigger("click");
      expect(pressed(w)).toEqual([0]);
      expect(w.emitted("update:value")).toEqual([[a.place.id]]);
      expect(w.emitted("valueChange")).toEqual([[{ value: a.place.id, venue: a.place }]]);

      await w.findAll("button[aria-pressed]")[0]?.trigger("click");
      expect(pressed(w)).toEqual([]);
      expect(w.emitted("update:value")?.[1]).toEqual([null]);
      expect(w.emitted<[PracticeCircleValueChangeDetails]>("valueChange")?.[1]?.[0]).toEqual({
        value: null,
        venue: undefined,
      });
    });

    test("controlled: shows value, asks the parent to change it and waits for the new value", async () => {
      const [a, b] = expected();
      if (!a || !b) throw new Error("need two venues");
      const w = render({ value: a.place.id, defaultValue: b.place.id });
      expect(pressed(w)).toEqual([0]);

      await w.findAll("button[aria-pressed]")[1]?.trigger("click");
      expect(w.emitted("update:value")).toEqual([[b.place.id]]);
      expect(pressed(w)).toEqual([0]); // the parent has not accepted the change yet

      await w.setProps({ value: b.place.id });
      expect(pressed(w)).toEqual([1]);
    });

    test("controlled clicks leave the uncontrolled state alone (releasing control shows defaultValue)", async () => {
      const [a, b] = expected();
      if (!a || !b) throw new Error("need two venues");
      const w = render({ value: a.place.id });
      await w.findAll("button[aria-pressed]")[1]?.trigger("click");
      await w.setProps({ value: undefined });
      expect(pressed(w)).toEqual([]);
    });

    test("controlled null means nothing is selected, whatever defaultValue says", () => {
      const [a] = expected();
      if (!a) throw new Error("need a venue");
      expect(pressed(render({ value: null, defaultValue: a.place.id }))).toEqual([]);
    });

    test("v-model:value round trip", async () => {
      const [, , c] = expected();
      if (!c) throw new Error("need three venues");
      const w = mount(PracticeCircleList, {
        props: {
          origin: XUJIAHUI,
          venues: xuhuiVenues,
          value: null,
          "onUpdate:value": (value: string | null) => w.setProps({ value }),
        },
      });
      await w.findAll("button[aria-pressed]")[2]?.trigger("click");
      expect(w.props("value")).toBe(c.place.id);
      expect(pressed(w)).toEqual([2]);
    });
  });

  test("every venue is a native button, so Tab, Enter and Space work without script", () => {
    const buttons = render().findAll("li > button");
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) expect(b.attributes("type")).toBe("button");
  });

  test("shows a localized alert for a bad origin instead of throwing", async () => {
    const bad = { lat: 91, lng: 121.4366, crs: "WGS84" } as const;
    const r = reachableWithin(bad, xuhuiVenues);
    if (r.ok) throw new Error("latitude 91 must be rejected");
    const w = render({ origin: bad });
    const alert = w.find('[role="alert"]');
    expect(alert.exists()).toBe(true);
    expect(alert.text()).toContain(r.error.messageZh);
    expect(w.find("ul").exists()).toBe(false);
    expect(w.find("h2").text()).toBe("15 分钟校外实践圈");

    await w.setProps({ locale: "en" });
    expect(w.find('[role="alert"]').text()).toContain(r.error.message);
    expect(w.find("h2").text()).toBe("15-minute practice circle");
  });

  test("shows an empty state when nothing is inside the budget", () => {
    expect(expected({}, BEIJING)).toEqual([]);
    const w = render({ origin: BEIJING });
    expect(w.find("ul").exists()).toBe(false);
    expect(w.find('[role="alert"]').exists()).toBe(false);
    expect(w.find(".jlt-practice-circle__empty").text()).toBe("15 分钟步行范围内没有场馆。可以放宽时间或改为骑行。");
    expect(w.find("h2").text()).toContain("可达 0 处场馆");
  });

  test("renders the heading at the requested level, labelling the section", () => {
    const w = render({ headingLevel: 3 });
    const h3 = w.find("h3");
    expect(h3.exists()).toBe(true);
    expect(w.find("h2").exists()).toBe(false);
    expect(w.find("section").attributes("aria-labelledby")).toBe(h3.attributes("id"));
  });
});
