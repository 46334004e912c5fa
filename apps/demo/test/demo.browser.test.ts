import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "../../../test-support/chromium.js";
import { type StaticServer, serveStatic } from "../../../test-support/staticServer.js";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
let server: StaticServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchChromium();
  // AxeBuilder needs a page from an explicit context.
  page = await (await browser.newContext()).newPage();
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${server.url}/index.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the built demo in Chromium", () => {
  test("renders the Vue component and the Lit widget with the same venues", async () => {
    await expect.poll(() => page.locator(".demo-panel").first().locator("[aria-pressed]").count()).toBeGreaterThan(0);
    const vueCount = await page.locator(".demo-panel").first().locator("[aria-pressed]").count();
    // Playwright's CSS locators pierce open shadow roots.
    await expect.poll(() => page.locator("jlt-venue-finder [aria-pressed]").count()).toBe(vueCount);
    expect(await page.locator("h1").textContent()).toContain("教联体");
  });

  test("selecting a venue in the widget updates the shared selection", async () => {
    const first = page.locator("jlt-venue-finder [aria-pressed]").first();
    await first.click();
    await expect.poll(() => page.locator(".demo-selected strong").textContent()).not.toBe("尚未选择");
  });

  test("switches to English", async () => {
    await page.locator(".demo-lang select").selectOption("en");
    await expect.poll(() => page.locator("h1").textContent()).toContain("Jiaolianti");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  });

  test("has zero axe violations in both languages", async () => {
    for (const lang of ["en", "zh-CN"]) {
      await page.locator(".demo-lang select").selectOption(lang);
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    }
  });

  describe("the plan-target board (sample data)", () => {
    const board = () => page.locator(".demo-kpi");
    const setLang = async (lang: string) => {
      await page.locator(".demo-lang select").selectOption(lang);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
    };

    test("renders every target in tables, labelled as sample data", async () => {
      await setLang("zh-CN");
      await expect.poll(() => board().locator("tbody tr").count()).toBeGreaterThan(0);
      expect(await board().locator("h2").textContent()).toContain("示例数据");
      expect(await board().locator(".demo-sample").textContent()).toContain("并非徐汇区的真实统计");
      expect(await board().locator("table caption").first().textContent()).toContain("汇善铸魂");
      // Status in text: the four statuses of the sample and "no data" appear as words in the table.
      for (const label of ["已达成", "进度正常", "存在风险", "偏离目标", "暂无数据"])
        expect(await board().locator("tbody .jlt-plan-kpi__badge", { hasText: label }).count()).toBeGreaterThan(0);
      expect(await board().getByRole("alert").count()).toBe(0);
    });

    test("follows the language switch", async () => {
      await setLang("en");
      await expect.poll(() => board().locator("h3").textContent()).toBe("Plan targets");
      expect(await board().locator("section.jlt-plan-kpi").getAttribute("lang")).toBe("en");
      expect(await board().locator(".demo-sample").textContent()).toContain("not Xuhui statistics");
      expect(await board().locator("tbody .jlt-plan-kpi__badge", { hasText: "Off track" }).count()).toBeGreaterThan(0);
      await setLang("zh-CN");
      await expect.poll(() => board().locator("h3").textContent()).toBe("规划目标进度");
    });

    test("the status filter is reachable and operable with the keyboard", async () => {
      const status = board().locator(".jlt-plan-kpi__filter select").nth(1);
      const all = await board().locator("tbody tr").count();
      await board().locator(".jlt-plan-kpi__filter select").first().focus();
      await page.keyboard.press("Tab");
      await expect.poll(() => status.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await status.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
      await status.selectOption("off-track");
      await expect.poll(() => board().locator("tbody tr").count()).toBe(1);
      expect(await board().locator("tbody tr").getAttribute("data-target-id")).toBe("new-science-venues");
      await status.selectOption("");
      await expect.poll(() => board().locator("tbody tr").count()).toBe(all);
    });

    test("has zero axe violations in both languages", async () => {
      for (const lang of ["zh-CN", "en"]) {
        await setLang(lang);
        const result = await new AxeBuilder({ page }).include(".demo-kpi").analyze();
        expect(result.violations.map((v) => `${lang} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
        expect(result.passes.length).toBeGreaterThan(0);
      }
    });
  });

  test("logs no page or console errors", () => {
    expect(errors).toEqual([]);
  });
});
