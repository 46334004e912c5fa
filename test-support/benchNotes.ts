/**
 * Benchmarks record the figures they measure besides time (optimality gaps, students per second per core …) in
 * `bench/notes.md` of their package; `bench/collect.mjs` puts them into bench/RESULTS.md under the package's heading.
 * The file is rewritten by each bench run (one section per bench file, keyed by its title).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const writeBenchNote = (packageDir: string, title: string, lines: ReadonlyArray<string>): void => {
  const file = join(packageDir, "bench", "notes.md");
  const sections = new Map<string, string>();
  if (existsSync(file))
    for (const part of readFileSync(file, "utf8").split(/^(?=### )/m)) {
      const head = part.split("\n", 1)[0] ?? "";
      if (head.startsWith("### ")) sections.set(head.slice(4).trim(), part.trimEnd());
    }
  sections.set(title, [`### ${title}`, "", ...lines].join("\n"));
  writeFileSync(file, `${[...sections.values()].join("\n\n")}\n`);
};
