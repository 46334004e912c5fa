#!/usr/bin/env node
// Collects every workspace's `bench/results.json` (written by `vitest bench --outputJson`) into bench/RESULTS.md,
// with the machine and date, so committed figures always say where and when they were measured.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const workspaces = ["packages", "apps"].flatMap((d) =>
  existsSync(join(root, d)) ? readdirSync(join(root, d)).map((w) => join(root, d, w)) : [],
);
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(4));

const lines = [
  "# Benchmark results",
  "",
  "Written by `npm run bench` (vitest bench → `bench/collect.mjs`). Each group runs its candidates side by side in one",
  "process; `× fastest` is the candidate's mean time over the fastest mean in its group (1.00 = fastest).",
  "",
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
  `- Runtime: Node ${process.version} (${process.platform} ${process.arch})`,
  `- Load average when collected (1/5/15 min): ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ")} — figures measured on a busy machine are slower than on an idle one`,
  "",
];
let found = 0;
for (const ws of workspaces) {
  const file = join(ws, "bench", "results.json");
  if (!existsSync(file)) continue;
  const pkg = JSON.parse(readFileSync(join(ws, "package.json"), "utf8")).name;
  const data = JSON.parse(readFileSync(file, "utf8"));
  lines.push(`## ${pkg}`, "");
  // Quality figures a bench measured besides time (optimality gaps, throughput per core …), written by the bench run.
  const notes = join(ws, "bench", "notes.md");
  if (existsSync(notes)) lines.push(readFileSync(notes, "utf8").trim(), "");
  for (const f of data.files) {
    for (const g of f.groups) {
      found++;
      const fastest = Math.min(...g.benchmarks.map((b) => b.mean));
      lines.push(`### ${g.fullName.replace(/^.*? > /, "")}`, "", `Source: \`${relative(root, f.filepath)}\``, "");
      lines.push("| candidate | mean ms | median ms | p99 ms | ops/s | ±rme | samples | × fastest |");
      lines.push("|---|--:|--:|--:|--:|--:|--:|--:|");
      for (const b of [...g.benchmarks].sort((x, y) => x.mean - y.mean)) {
        lines.push(
          `| ${b.name} | ${fmt(b.mean)} | ${fmt(b.median)} | ${fmt(b.p99)} | ${b.hz.toFixed(1)} | ${b.rme.toFixed(1)} % | ${b.sampleCount} | ${(b.mean / fastest).toFixed(2)} |`,
        );
      }
      lines.push("");
    }
  }
}
if (found === 0) {
  console.error("bench/collect: no bench/results.json found — run `npm run bench`.");
  process.exit(1);
}
writeFileSync(join(root, "bench", "RESULTS.md"), `${lines.join("\n")}\n`);
console.log(`bench/collect: ${found} groups → bench/RESULTS.md`);
