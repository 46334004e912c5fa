import { fileURLToPath } from "node:url";
import { describe, expect, test, vi } from "vitest";
import { readmeExamples, writeExample } from "../../../test-support/readmeExamples.js";

const pkgDir = fileURLToPath(new URL("..", import.meta.url));
// The repository README's example uses core + matching, so it runs here too.
const examples = [...readmeExamples(`${pkgDir}/README.md`), ...readmeExamples(`${pkgDir}/../../README.md`)];

describe("README examples run", () => {
  test("the README has examples", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  test.each(examples.map((code, i) => [i + 1, code] as const))("example %i", async (i, code) => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await import(/* @vite-ignore */ writeExample(pkgDir, `example-${i}`, code));
      expect(error).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });
});
