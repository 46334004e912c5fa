import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "../../../test-support/chromium.js";
import { type StaticServer, serveStatic } from "../../../test-support/staticServer.js";

// Every story of the built Storybook, in Debian's Chromium: it renders, logs no error and has zero axe violations.
// Run `npm run build-storybook` first (turbo's test:browser depends on it).

interface IndexEntry {
  readonly id: string;
  readonly type: "story" | "docs";
  readonly title: string;
  readonly name: string;
}

const staticDir = fileURLToPath(new URL("../storybook-static", import.meta.url));
const indexFile = `${staticDir}/index.json`;
// Read at collection time so that each story is its own test (own timeout, own report line).
const stories: IndexEntry[] = existsSync(indexFile)
  ? Object.values(
      (JSON.parse(readFileSync(indexFile, "utf8")) as { entries: Record<string, IndexEntry> }).entries,
    ).filter((e) => e.type === "story")
  : [];

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

/**
 * Opens a story alone (no manager UI) in a fresh context and collects page errors and console errors while it renders.
 * AxeBuilder needs a page from `browser.newContext()` (it rejects `browser.newPage()`), so each story gets a context.
 */
const openStory = async (id: string): Promise<{ page: Page; errors: string[] }> => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // The browser's own favicon probe hits the test server, not the story (iframe.html links no favicon.ico).
    if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) errors.push(`console: ${m.text()}`);
  });
  // `a11y.manual`: addon-a11y's own automatic axe run would collide with ours ("Axe is already running").
  await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`);
  // Storybook marks the body when a story renders (`sb-show-main`) or fails (`sb-show-errordisplay`).
  await page.waitForSelector("body.sb-show-main, body.sb-show-errordisplay", { timeout: 30_000 });
  const failed = await page.evaluate(() => document.body.classList.contains("sb-show-errordisplay"));
  if (failed) errors.push(`story error: ${await page.locator("#error-message").textContent()}`);
  else {
    // A component that throws while mounting leaves the root empty although Storybook reports it as shown.
    const rendered = await page
      .locator("#storybook-root > *")
      .first()
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (!rendered) errors.push("rendered nothing into #storybook-root");
  }
  return { page, errors };
};

describe("Storybook in Chromium", () => {
  test("storybook-static/index.json lists the practice-circle stories", () => {
    expect(existsSync(indexFile), `${indexFile} missing: run npm run build-storybook`).toBe(true);
    const ids = stories.map((s) => s.id);
    for (const name of ["default", "english", "bike", "error-state"])
      expect(ids).toContain(`practice-circle-practicecirclelist--${name}`);
  });

  test.each(stories.map((s) => [s.id] as const))(
    "%s renders without errors and with zero axe violations",
    async (id) => {
      const { page, errors } = await openStory(id);
      try {
        const axe = await new AxeBuilder({ page }).include("#storybook-root").analyze();
        const violations = axe.violations.map(
          (v) => `axe ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
        );
        expect([...errors, ...violations]).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
  );

  test("the default story is keyboard usable: Tab to a venue, Space selects it, focus is visible", async () => {
    const { page, errors } = await openStory("practice-circle-practicecirclelist--default");
    try {
      const first = page.locator(".jlt-practice-circle__venue").first();
      const name = (await first.locator(".jlt-practice-circle__name").textContent()) ?? "(no name)";
      await page.keyboard.press("Tab");
      await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
      const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).toBe("solid");
      await page.keyboard.press("Space");
      await expect.poll(() => first.getAttribute("aria-pressed")).toBe("true");
      await expect.poll(() => page.locator(".example-selection").textContent()).toContain(name);
      await page.keyboard.press("Enter");
      await expect.poll(() => first.getAttribute("aria-pressed")).toBe("false");
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test("the error story announces the validation message in an alert", async () => {
    const { page } = await openStory("practice-circle-practicecirclelist--error-state");
    try {
      const alert = page.getByRole("alert");
      await expect.poll(() => alert.textContent()).toContain("GeoPoint 数据不符合要求");
    } finally {
      await page.context().close();
    }
  });
});
