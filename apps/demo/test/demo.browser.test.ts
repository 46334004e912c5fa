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

  test("logs no page or console errors", () => {
    expect(errors).toEqual([]);
  });
});
