import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "../../../test-support/chromium.js";
import { type StaticServer, serveStatic } from "../../../test-support/staticServer.js";

// Every story of the built Storybook (storybook-static/) opens without errors and with zero axe violations.
const staticDir = fileURLToPath(new URL("../storybook-static", import.meta.url));
const indexFile = `${staticDir}/index.json`;
if (!existsSync(indexFile)) throw new Error("Run `npm run build-storybook` first: storybook-static/ is missing.");
const index = JSON.parse(readFileSync(indexFile, "utf8")) as {
  entries: Record<string, { id: string; type: string; title: string; name: string }>;
};
const stories = Object.values(index.entries).filter((e) => e.type === "story");

// A story iframe is a fragment, not a page: rules about a whole page's landmarks and title do not apply to it.
const PAGE_LEVEL_RULES = ["landmark-one-main", "region", "page-has-heading-one"];

/**
 * Runs axe on the story. Storybook's a11y addon runs axe itself right after a story renders, and axe refuses to run
 * twice at once in a frame ("Axe is already running"): wait for the addon's run to end and try again.
 */
const analyze = async (page: Page): Promise<Awaited<ReturnType<AxeBuilder["analyze"]>>> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await new AxeBuilder({ page }).include("#storybook-root").disableRules(PAGE_LEVEL_RULES).analyze();
    } catch (error) {
      if (attempt >= 20 || !String(error).includes("Axe is already running")) throw error;
      await page.waitForTimeout(250);
    }
  }
};

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(staticDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("storybook-static", () => {
  test("has the stories of jlt-venue-finder", () => {
    expect(stories.map((s) => s.name)).toEqual([
      "Default",
      "English",
      "Theme Filter",
      "Bike",
      "Ignored Records",
      "Load Error",
    ]);
  });

  test.each(stories.map((s) => [s.id, s] as const))(
    "%s renders with no errors and zero axe violations",
    async (_id, story) => {
      const context = await browser.newContext(); // AxeBuilder opens a helper page in the context
      // iframe.html declares no icon: answer Chromium's automatic /favicon.ico so its 404 is not counted as an error.
      await context.route("**/favicon.ico", (route) => route.fulfill({ status: 204 }));
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
      });
      try {
        await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`);
        const finder = page.locator("#storybook-root jlt-venue-finder");
        // Settled: a list, an empty note or an alert, never "loading".
        await finder.locator("[part=item], [role=alert], [part=status] p").first().waitFor();
        await expect.poll(() => finder.locator("[part=status]").textContent()).not.toMatch(/加载|Loading/);
        if (story.name === "Load Error") expect(await finder.locator("[role=alert]").count()).toBe(1);
        else expect(await finder.locator("[part=item]").count()).toBeGreaterThan(0);
        const result = await analyze(page);
        expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
