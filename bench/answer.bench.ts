/**
 * `npm run bench`: answering speed on corpora that grow like news (see news-corpus.ts) — the seeds, 250 and
 * 2,500 generated articles; `--full` (or BENCH_FULL=1) adds 25,000, `--smoke` stops at 250, `--sizes 0,2500` picks sizes (0 = the seeds). Prints a
 * Markdown table and writes the results as JSON (`--json <file>`, default bench-results.json).
 * Run through `node --expose-gc` (the npm script does) so heap per passage is measured after a forced GC.
 */
import { writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { benchSize, kindTable, type SizeResult, table } from "./run-bench.js";

const args = process.argv.slice(2);
const smoke = args.includes("--smoke");
const full = args.includes("--full") || process.env.BENCH_FULL === "1";
const jsonAt = args.indexOf("--json");
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1]! : "bench-results.json";
const sizesAt = args.indexOf("--sizes");
const sizes =
  sizesAt >= 0
    ? args[sizesAt + 1]!.split(",").map(Number)
    : smoke
      ? [0, 250]
      : full
        ? [0, 250, 2_500, 25_000]
        : [0, 250, 2_500];
const perKind = smoke ? 40 : 50;

const machine = `${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`;
console.log(`deal-bot bench on ${machine}`);
const results: SizeResult[] = [];
for (const count of sizes) {
  console.log(`${count ? `${count} generated articles` : "the seed articles"}…`);
  results.push(
    await benchSize({
      count,
      seedsDir: process.env.SEEDS_DIR ?? "seeds",
      perKind,
      log: (l) => console.log(l),
    }),
  );
}
console.log(`\n${table(results)}\n`);
for (const r of results) console.log(`${kindTable(r)}\n`);
await writeFile(
  jsonFile,
  `${JSON.stringify({ machine, date: new Date().toISOString(), results }, null, 2)}\n`,
);
console.log(`results written to ${jsonFile}`);
