/**
 * Runs the ```ts examples of a README as real modules, so documentation cannot drift from the API. Each block is
 * written to a git-ignored `.readme-examples/` folder inside the package (so `@jiaolianti/*` imports resolve as in a
 * vendor's project, through the test's source condition) and imported; console output is captured and returned.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The ```ts code blocks of a markdown file, in order. */
export const readmeExamples = (readmePath: string): string[] =>
  [...readFileSync(readmePath, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

/** Writes `code` as module `name` under `packageDir/.readme-examples/` and returns its absolute path. */
export const writeExample = (packageDir: string, name: string, code: string): string => {
  const dir = join(packageDir, ".readme-examples");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, `${code}\nexport {};\n`);
  return file;
};

/**
 * Declares the vitest suite that runs every ```ts example of the given markdown files (paths relative to `packageDir`)
 * as a module; an example fails when it throws or writes to `console.error`.
 */
export const describeReadmeExamples = async (
  packageDir: string,
  markdownFiles: ReadonlyArray<string>,
): Promise<void> => {
  const { describe, expect, test, vi } = await import("vitest");
  const examples = markdownFiles.flatMap((file) => readmeExamples(join(packageDir, file)));
  describe("README examples run", () => {
    test("the README has examples", () => {
      expect(examples.length).toBeGreaterThan(0);
    });

    test.each(examples.map((code, i) => [i + 1, code] as const))("example %i", async (i, code) => {
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      const error = vi.spyOn(console, "error").mockImplementation(() => {});
      try {
        await import(/* @vite-ignore */ writeExample(packageDir, `example-${i}`, code));
        expect(error).not.toHaveBeenCalled();
      } finally {
        log.mockRestore();
        error.mockRestore();
      }
    });
  });
};
