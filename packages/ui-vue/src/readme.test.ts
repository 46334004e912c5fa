// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

// The README's Vue examples are the example files themselves (rendered by the stories and checked in Chromium), so the
// documentation cannot drift from code that runs.
const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const examplesDir = fileURLToPath(new URL("./practice-circle/examples/", import.meta.url));
const examples = new Map(
  readdirSync(examplesDir)
    .filter((f) => f.endsWith(".vue"))
    .map((f) => [f, readFileSync(`${examplesDir}${f}`, "utf8")] as const),
);
const blocks = [...readme.matchAll(/```vue\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

describe("README", () => {
  test("has Vue examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });

  test.each(blocks.map((code, i) => [i + 1, code] as const))(
    "Vue example %i is an example file verbatim",
    (_, code) => {
      const file = [...examples].find(([, source]) => source === code)?.[0];
      expect(file, "README block must equal a file in src/practice-circle/examples/").toBeDefined();
      expect(readme).toContain(`src/practice-circle/examples/${file}`);
    },
  );

  test("names every example file", () => {
    for (const file of examples.keys()) expect(readme).toContain(file);
  });
});
