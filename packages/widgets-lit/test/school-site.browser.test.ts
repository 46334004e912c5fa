import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { xuhuiVenues } from "@jiaolianti/core";
import { reachableWithin } from "@jiaolianti/matching";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "../../../test-support/chromium.js";
import { type StaticServer, serveStatic } from "../../../test-support/staticServer.js";

// A plain school page (test/fixtures/school-site.html) loads the BUILT dist/jiaolianti-widgets.js with one module
// script tag, as a school site would; venues.json sits next to it with real venues plus hostile records.
const dist = fileURLToPath(new URL("../dist", import.meta.url));
const fixture = fileURLToPath(new URL("./fixtures/school-site.html", import.meta.url));
const school = { lat: 31.1925, lng: 121.4366, crs: "WGS84" } as const;
const HOSTILE_NAME = "<img src=x onerror=alert(1)>";

const hostileRecords = [
  // Valid shape, hostile text, inside the circle: must be listed, as text.
  { id: "hostile-name", nameZh: HOSTILE_NAME, nameEn: HOSTILE_NAME, themes: ["arts-culture"], location: school },
  // Invalid: each must be ignored and counted.
  { id: "bad-latitude", nameZh: "纬度错误", themes: ["music"], location: { ...school, lat: 91 } },
  { id: "bad-theme", nameZh: "未知主题", themes: ["<script>alert(1)</script>"], location: school },
  { id: "", nameZh: "空 id", themes: ["music"], location: school },
  { id: "long-name", nameZh: "长".repeat(201), themes: ["music"], location: school },
  { ...xuhuiVenues[0], nameZh: "重复 id" },
  "<script>alert(1)</script>",
  null,
];
const IGNORED = hostileRecords.length - 1;
const circle = reachableWithin(school, xuhuiVenues, { minutes: 15, mode: "walk" });
const expectedCount = (circle.ok ? circle.value.length : Number.NaN) + 1;

let site: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(dist, "jiaolianti-widgets.js"))) throw new Error("Run `npm run build` first: dist/ is missing.");
  site = mkdtempSync(join(tmpdir(), "jlt-school-site-"));
  copyFileSync(fixture, join(site, "index.html"));
  writeFileSync(join(site, "venues.json"), JSON.stringify([...xuhuiVenues, ...hostileRecords]));
  server = await serveStatic(site, { "/assets/": dist });
  browser = await launchChromium();
  // A real context: AxeBuilder opens a helper page in it (a page from browser.newPage() cannot).
  page = await (await browser.newContext()).newPage();
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${server.url}/index.html`);
  await page.locator("jlt-venue-finder [part=item]").first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

const finder = () => page.locator("jlt-venue-finder");

describe("a plain school page embedding dist/jiaolianti-widgets.js", () => {
  test("the bundle has no bare imports and defines the element", async () => {
    expect(await page.evaluate(() => customElements.get("jlt-venue-finder")?.name)).toBeTruthy();
    expect(await page.evaluate(() => document.querySelector("jlt-venue-finder")?.shadowRoot?.mode)).toBe("open");
  });

  test("renders the venues of the 15-minute circle plus the hostile-named one", async () => {
    expect(circle.ok).toBe(true);
    await expect.poll(() => finder().locator("[part=item]").count()).toBe(expectedCount);
    expect(await finder().locator("[part=heading]").textContent()).toBe("步行15分钟可达的校外实践场所");
    expect(await finder().locator("[part=heading]").getAttribute("aria-level")).toBe("3");
    // Nearest first: the hostile record sits on the school (0 min), then the circle in matching's order.
    const names = await finder().locator("[part=item-name]").allTextContents();
    expect(names).toEqual([HOSTILE_NAME, ...(circle.ok ? circle.value.map((r) => r.place.nameZh) : [])]);
  });

  test("a hostile name is text: no element injected, no script run", async () => {
    const result = await page.evaluate(() => {
      const root = document.querySelector("jlt-venue-finder")?.shadowRoot;
      return {
        images: (root?.querySelectorAll("img").length ?? 0) + document.querySelectorAll("img").length,
        scripts: root?.querySelectorAll("script").length ?? 0,
        names: [...(root?.querySelectorAll("[part=item-name]") ?? [])].map((n) => n.textContent),
      };
    });
    expect(result.images).toBe(0);
    expect(result.scripts).toBe(0);
    expect(result.names).toContain(HOSTILE_NAME);
  });

  test("shows how many records were ignored", async () => {
    expect(await finder().locator(".ignored").textContent()).toBe(`已忽略 ${IGNORED} 条无效记录。`);
    const reasons = await page.evaluate(() =>
      document.querySelector("jlt-venue-finder")?.ignoredRecords.map((r) => r.reason),
    );
    expect(reasons).toEqual(["location", "themes", "id", "name", "duplicate-id", "not-an-object", "not-an-object"]);
  });

  test("a click emits jlt-venue-select across the shadow root to the page's listener", async () => {
    const second = circle.ok ? circle.value[0] : undefined; // item 1 (item 0 is the hostile record at the school)
    await finder().locator("[part=item]").nth(1).click();
    await expect.poll(() => page.locator("#picked").textContent()).toBe(second?.place.nameZh);
    const last = await page.evaluate(() => (window as unknown as { lastSelect: Record<string, unknown> }).lastSelect);
    expect(last).toMatchObject({ id: second?.place.id, target: "JLT-VENUE-FINDER", composed: true, bubbles: true });
    expect(last.minutes).toBeCloseTo(second?.minutes ?? Number.NaN, 6);
    expect(await finder().locator("[part=item]").nth(1).getAttribute("aria-pressed")).toBe("true");
    expect(await finder().getAttribute("value")).toBe(second?.place.id);
  });

  test("is operable by keyboard with a visible focus ring", async () => {
    await finder().locator("[part=item]").first().focus();
    await page.keyboard.press("Tab");
    const outline = await finder()
      .locator("[part=item]")
      .nth(1)
      .evaluate((b) => [
        b.matches(":focus-visible"),
        getComputedStyle(b).outlineStyle,
        getComputedStyle(b).outlineWidth,
      ]);
    expect(outline).toEqual([true, "solid", "3px"]);
    await page.keyboard.press("Enter");
    await expect.poll(() => finder().locator("[part=item]").nth(1).getAttribute("aria-pressed")).toBe("true");
  });

  test("switching lang re-renders in English", async () => {
    await finder().evaluate((el) => el.setAttribute("lang", "en"));
    await expect
      .poll(() => finder().locator("[part=heading]").textContent())
      .toBe("Practice venues within a 15-minute walk");
    expect(await finder().locator(".ignored").textContent()).toBe(`${IGNORED} invalid records ignored.`);
    await finder().evaluate((el) => el.setAttribute("lang", "zh-CN"));
  });

  test("has zero axe violations (every rule, shadow DOM included)", async () => {
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(10);
  });

  test("logs no page errors, console errors or warnings, and opens no dialog", () => {
    expect(problems).toEqual([]);
  });
});
