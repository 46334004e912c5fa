import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), "utf8");
const withoutComments = (css: string): string => css.replace(/\/\*[\s\S]*?\*\//g, "");
const styleOf = (sfc: string): string => withoutComments(sfc.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? "");
const all = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => m[1] as string);

const tokens = withoutComments(read("./tokens.css"));
const components = {
  PracticeCircleList: read("../practice-circle/PracticeCircleList.vue"),
  PlanKpiBoard: read("../plan-kpi/PlanKpiBoard.vue"),
};

describe("design tokens (tokens.css)", () => {
  test("gives every public --jlt-* property exactly one default", () => {
    const publicNames = all(/var\((--jlt-[a-z-]+),/g, tokens);
    expect(publicNames.length).toBeGreaterThan(0);
    expect(new Set(publicNames).size).toBe(publicNames.length);
  });

  test.each(Object.entries(components))("%s writes no --jlt-* default of its own and imports tokens.css", (_, sfc) => {
    expect(styleOf(sfc)).not.toMatch(/--jlt-/);
    expect(sfc).toMatch(/^import "\.\.\/tokens\/tokens\.css";$/m);
  });

  test.each(Object.entries(components))("every --_* alias %s reads is declared in tokens.css", (_, sfc) => {
    const declared = new Set(all(/(--_[a-z-]+)\s*:/g, tokens));
    const read = new Set(all(/var\((--_[a-z-]+)\)/g, styleOf(sfc)));
    expect(read.size).toBeGreaterThan(0);
    for (const alias of read) expect(declared, alias).toContain(alias);
  });

  test("every alias tokens.css declares is read by a component", () => {
    const declared = new Set(all(/(--_[a-z-]+)\s*:/g, tokens));
    const read = new Set(Object.values(components).flatMap((sfc) => all(/var\((--_[a-z-]+)\)/g, styleOf(sfc))));
    for (const alias of declared) expect(read, alias).toContain(alias);
  });
});
