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
