// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

// The README's Vue examples are the example files themselves (rendered by the stories and checked in Chromium), so the
// documentation cannot drift from code that runs.
const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
// One examples folder per component; keys are paths relative to src/ ("practice-circle/examples/BikeMode.vue").
const EXAMPLE_DIRS = ["practice-circle/examples/", "plan-kpi/examples/"];
const examples = new Map(
  EXAMPLE_DIRS.flatMap((dir) => {
    const abs = fileURLToPath(new URL(`./${dir}`, import.meta.url));
    return readdirSync(abs)
      .filter((f) => f.endsWith(".vue"))
      .map((f) => [`${dir}${f}`, readFileSync(`${abs}${f}`, "utf8")] as const);
  }),
);
const blocks = [...readme.matchAll(/```vue\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

describe("README", () => {
  test("has Vue examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(EXAMPLE_DIRS.length * 2);
  });

  test.each(blocks.map((code, i) => [i + 1, code] as const))(
    "Vue example %i is an example file verbatim",
    (_, code) => {
      const file = [...examples].find(([, source]) => source === code)?.[0];
      expect(file, `README block must equal a file in src/{${EXAMPLE_DIRS.join(",")}}`).toBeDefined();
      expect(readme).toContain(`src/${file}`);
    },
  );

  test("names every example file", () => {
    for (const file of examples.keys()) expect(readme).toContain(file.slice(file.lastIndexOf("/") + 1));
  });
});
