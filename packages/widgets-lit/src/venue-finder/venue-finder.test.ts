import { xuhuiVenues } from "@jiaolianti/core";
import { reachableWithin } from "@jiaolianti/matching";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import "../define/venue-finder.js";
import { MAX_LISTED_VENUES } from "./finderView.js";
import type { JltVenueFinder, VenueSelectDetail } from "./venue-finder.component.js";

const school = { lat: 31.1925, lng: 121.4366, crs: "WGS84" } as const;
const inCircle = reachableWithin(school, xuhuiVenues, { minutes: 15, mode: "walk" });
const expectedIds = inCircle.ok ? inCircle.value.map((r) => r.place.id) : [];

const mount = async (attrs: Record<string, string>, props: Partial<JltVenueFinder> = {}): Promise<JltVenueFinder> => {
  const el = document.createElement("jlt-venue-finder");
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
};

const $ = (el: JltVenueFinder, selector: string) => el.shadowRoot?.querySelector(selector) ?? null;
const $$ = (el: JltVenueFinder, selector: string) => [...(el.shadowRoot?.querySelectorAll(selector) ?? [])];
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, " ").trim() ?? "";

beforeEach(() => {
  document.documentElement.lang = "zh-CN";
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe("<jlt-venue-finder>", () => {
  test("is defined once and exposes its defaults", async () => {
    const el = await mount({});
    expect(customElements.get("jlt-venue-finder")).toBe(el.constructor);
    expect([el.crs, el.minutes, el.mode, el.headingLevel]).toEqual(["WGS84", 15, "walk", 2]);
    expect(el.getAttribute("mode")).toBe("walk");
  });

  test("lists the venues of the 15-minute walking circle, nearest first, in zh-CN", async () => {
    expect(expectedIds.length).toBeGreaterThan(2);
    const el = await mount({ lat: "31.1925", lng: "121.4366", lang: "zh-CN" }, { venues: xuhuiVenues });
    const items = $$(el, "[part=item]");
    expect(items).toHaveLength(expectedIds.length);
    const first = xuhuiVenues.find((v) => v.id === expectedIds[0]);
    expect(text(items[0]?.querySelector("[part=item-name]") ?? null)).toBe(first?.nameZh);
    expect(text(items[0]?.querySelector("[part=item-meta]") ?? null)).toMatch(/约 \d+ 分钟步行$/);
    expect(items.every((b) => b.tagName === "BUTTON" && b.getAttribute("aria-pressed") === "false")).toBe(true);
    expect(text($(el, "[part=heading]"))).toBe("步行15分钟可达的校外实践场所");
    expect($(el, "[part=heading]")?.getAttribute("aria-level")).toBe("2");
    expect(text($(el, "#note"))).toContain("1.3");
    expect(items[0]?.getAttribute("aria-describedby")).toBe("note");
  });

  test("emits jlt-venue-select (bubbling, composed) with id, venue and minutes, and presses the item", async () => {
    const el = await mount({ lat: "31.1925", lng: "121.4366" }, { venues: xuhuiVenues });
    const seen: CustomEvent<VenueSelectDetail>[] = [];
    document.addEventListener("jlt-venue-select", (e) => seen.push(e));
    ($$(el, "[part=item]")[1] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(seen).toHaveLength(1);
    const event = seen[0];
    expect(event?.bubbles && event.composed && event.cancelable).toBe(true);
    const expected = inCircle.ok ? inCircle.value[1] : undefined;
    expect(event?.detail.id).toBe(expected?.place.id);
    expect(event?.detail.venue).toMatchObject({ id: expected?.place.id, nameZh: expected?.place.nameZh });
    expect(event?.detail.minutes).toBeCloseTo(expected?.minutes ?? Number.NaN, 9);
    expect(el.value).toBe(expected?.place.id);
    expect(el.getAttribute("value")).toBe(expected?.place.id);
    expect($$(el, "[aria-pressed=true]").map((b) => b.closest("li"))).toEqual([$$(el, "li")[1]]);
  });

  test("a cancelled jlt-venue-select keeps the previous value (controlled use)", async () => {
    const el = await mount({ lat: "31.1925", lng: "121.4366", value: expectedIds[0] ?? "" }, { venues: xuhuiVenues });
    el.addEventListener("jlt-venue-select", (e) => e.preventDefault());
    ($$(el, "[part=item]")[1] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.value).toBe(expectedIds[0]);
    expect($$(el, "[part=item]")[0]?.getAttribute("aria-pressed")).toBe("true");
  });

  test("renders hostile names as text, ignores invalid records and shows their count", async () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const venues = [
      ...xuhuiVenues,
      { id: "evil-1", nameZh: hostile, nameEn: hostile, themes: ["music"], location: school },
      { id: "bad-lat", nameZh: "x", themes: ["music"], location: { ...school, lat: 91 } },
      { id: "bad-theme", nameZh: "x", themes: ["<script>"], location: school },
      "<script>alert(1)</script>",
      null,
    ];
    const el = await mount({ lat: "31.1925", lng: "121.4366", lang: "en" }, { venues });
    expect($$(el, "[part=item]")).toHaveLength(expectedIds.length + 1);
    expect($$(el, "img")).toHaveLength(0);
    expect($$(el, "[part=item-name]").map(text)).toContain(hostile);
    expect(text($(el, ".ignored"))).toBe("4 invalid records ignored.");
    expect(el.ignoredRecords.map((r) => r.reason)).toEqual(["location", "themes", "not-an-object", "not-an-object"]);
  });

  test("shows the empty state", async () => {
    const el = await mount({ lat: "31.1925", lng: "121.4366", minutes: "1" }, { venues: xuhuiVenues });
    expect($$(el, "[part=item]")).toHaveLength(0);
    expect($(el, "[part=list]")).toBeNull();
    expect(text($(el, "[part=status]"))).toBe("步行1分钟范围内暂无场所。");
    expect($(el, "[part=status]")?.getAttribute("role")).toBe("status");
  });

  test.each([
    ["no location", {}, "学校坐标无效"],
    ["latitude out of range", { lat: "91", lng: "121.4" }, "学校坐标无效"],
    ["unknown mode", { lat: "31.19", lng: "121.43", mode: "car" }, "出行方式无效"],
    ["unknown theme", { lat: "31.19", lng: "121.43", theme: "<b>" }, "未知的主题代码:<b>"],
    ["zero minutes", { lat: "31.19", lng: "121.43", minutes: "0" }, "时间设置无效"],
    ["unknown crs", { lat: "31.19", lng: "121.43", crs: "EPSG:4326" }, "坐标系无效"],
  ])("shows an alert for %s", async (_name, attrs, message) => {
    const el = await mount(attrs, { venues: xuhuiVenues });
    const status = $(el, "[part=status]");
    expect(status?.getAttribute("role")).toBe("alert");
    expect(text(status)).toContain(message);
    expect($(el, "[part=list]")).toBeNull();
  });

  test("filters by theme and travels by bike", async () => {
    const el = await mount(
      { lat: "31.1925", lng: "121.4366", theme: "science-technology", mode: "bike", lang: "en" },
      { venues: xuhuiVenues },
    );
    const expected = reachableWithin(school, xuhuiVenues, { minutes: 15, mode: "bike" });
    const ids = expected.ok ? expected.value.filter((r) => r.place.themes.includes("science-technology")) : [];
    expect($$(el, "[part=item]")).toHaveLength(ids.length);
    expect(text($(el, "[part=heading]"))).toBe("Practice venues within a 15-minute bike ride: Science and technology");
    expect(text($$(el, "[part=item-meta]")[0] ?? null)).toMatch(/≈ \d+ min by bike$/);
  });

  test(`lists at most ${MAX_LISTED_VENUES} venues and says so`, async () => {
    const many = Array.from({ length: 80 }, (_, i) => ({
      id: `v${i}`,
      nameEn: `Venue ${i}`,
      themes: ["sports"],
      location: { ...school, lat: school.lat + i * 0.00001 },
    }));
    const el = await mount({ lat: "31.1925", lng: "121.4366", lang: "en" }, { venues: many });
    expect($$(el, "[part=item]")).toHaveLength(MAX_LISTED_VENUES);
    expect(text($(el, "[part=status]"))).toContain(`Showing the nearest ${MAX_LISTED_VENUES} of 80 venues.`);
  });

  describe("language", () => {
    test("own lang, else closest ancestor's, else the document's; re-renders when <html lang> changes", async () => {
      document.documentElement.lang = "en";
      const wrapper = document.createElement("section");
      wrapper.lang = "zh-Hans";
      document.body.append(wrapper);
      const el = document.createElement("jlt-venue-finder");
      Object.assign(el, { lat: 31.1925, lng: 121.4366, venues: xuhuiVenues });
      wrapper.append(el);
      await el.updateComplete;
      expect(text($(el, "[part=heading]"))).toBe("步行15分钟可达的校外实践场所");
      el.lang = "en-GB";
      await el.updateComplete;
      expect(text($(el, "[part=heading]"))).toBe("Practice venues within a 15-minute walk");
      expect($(el, "[part=base]")?.getAttribute("lang")).toBe("en");
      el.removeAttribute("lang");
      wrapper.removeAttribute("lang");
      document.documentElement.lang = "zh-CN";
      await vi.waitFor(() => expect(text($(el, "[part=heading]"))).toBe("步行15分钟可达的校外实践场所"));
      document.documentElement.lang = "fr";
      await vi.waitFor(() => expect(text($(el, "[part=heading]"))).toBe("Practice venues within a 15-minute walk"));
    });

    test("marks a name shown in the other language", async () => {
      const el = await mount(
        { lat: "31.1925", lng: "121.4366", lang: "en" },
        { venues: [{ id: "z", nameZh: "徐家汇书院", themes: ["arts-culture"], location: school }] },
      );
      expect($(el, "[part=item-name]")?.getAttribute("lang")).toBe("zh-CN");
    });
  });

  describe("src", () => {
    test("loads venues from src, showing loading then the list", async () => {
      let release: (r: Response) => void = () => {};
      const fetch = vi.fn((_url: string, _init: RequestInit) => new Promise<Response>((r) => (release = r)));
      vi.stubGlobal("fetch", fetch);
      const el = await mount({ lat: "31.1925", lng: "121.4366", src: "/data/venues.json" });
      expect(fetch).toHaveBeenCalledTimes(1);
      expect(fetch.mock.calls[0]?.[0]).toBe("/data/venues.json");
      expect(text($(el, "[part=status]"))).toBe("正在加载场所数据…");
      release(new Response(JSON.stringify(xuhuiVenues)));
      await vi.waitFor(() => expect($$(el, "[part=item]")).toHaveLength(expectedIds.length));
    });

    test("changing src aborts the previous request", async () => {
      const signals: AbortSignal[] = [];
      vi.stubGlobal(
        "fetch",
        vi.fn((_url: string, init: RequestInit) => {
          signals.push(init.signal as AbortSignal);
          return new Promise<Response>(() => {});
        }),
      );
      const el = await mount({ lat: "31.1925", lng: "121.4366", src: "a.json" });
      el.src = "b.json";
      await el.updateComplete;
      expect(signals.map((s) => s.aborted)).toEqual([true, false]);
    });

    test("shows a localized alert when loading fails or the data is not an array", async () => {
      vi.stubGlobal(
        "fetch",
        vi.fn(async () => new Response("", { status: 503 })),
      );
      const el = await mount({ lat: "31.1925", lng: "121.4366", src: "a.json", lang: "en" });
      await vi.waitFor(() => expect(text($(el, "[role=alert]"))).toBe("Could not load the venue data (HTTP 503)."));
      vi.stubGlobal(
        "fetch",
        vi.fn(async () => new Response('{"venues": []}')),
      );
      el.src = "b.json";
      await vi.waitFor(() =>
        expect(text($(el, "[role=alert]"))).toBe("The venue data is not valid: expected a JSON array."),
      );
    });

    test("the venues property takes precedence over src", async () => {
      const fetch = vi.fn();
      vi.stubGlobal("fetch", fetch);
      const el = await mount({ lat: "31.1925", lng: "121.4366", src: "a.json" }, { venues: xuhuiVenues });
      expect(fetch).not.toHaveBeenCalled();
      expect($$(el, "[part=item]")).toHaveLength(expectedIds.length);
    });

    test("without src or venues it says no data is provided", async () => {
      const el = await mount({ lat: "31.1925", lng: "121.4366" });
      expect(text($(el, "[part=status]"))).toBe("尚未提供场所数据。");
    });
  });
});
