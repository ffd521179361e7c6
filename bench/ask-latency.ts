/**
 * `npm run bench:asks -- [--count 2500] [--repeat] [--answers out.jsonl] [--built] [--dir folder]`: answering alone,
 * on an engine started the way the bot starts (from the index snapshot; built and snapshotted on the first
 * run). The generated corpus and its snapshot are kept in the system's temp folder between runs, so a run
 * costs seconds and can be profiled (`--cpu-prof`) or repeated to compare two versions of the code on
 * the same machine in the same conditions. Prints first-ask (and with `--repeat`, repeat-ask) latency
 * and the CPU time the questions took, by kind; `--answers` writes every answer, to check a speed change
 * left them unchanged (`diff` two runs' files). `--built` indexes the articles instead of using the snapshot.
 * `--heap` prints the heap a passage holds after a forced GC (the engine's, measured from before its start);
 * `--add N` times adding N new articles to the running engine, one at a time, each taken out again.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEngine } from "../src/bootstrap.js";
import { parseArticle } from "../src/corpus/parse-article.js";
import { NewsCorpus } from "./news-corpus.js";
import { heapAfterGc, type Latency, summarize } from "./run-bench.js";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const count = Number(option("--count") ?? 2_500);
const perKind = Number(option("--per-kind") ?? 50);
const answersFile = option("--answers");
const built = args.includes("--built");
const slowest = Number(option("--slowest") ?? 0);
const mark = option("--mark");
const markPass = option("--mark-pass") ?? "first";
function marked<T>(run: () => T): T {
  return run();
}
const root = option("--dir") ?? join(tmpdir(), `deal-bot-asks-${count}`);
const articlesDir = join(root, "articles");
const dataDir = join(root, "data");

const corpus = new NewsCorpus();
const fresh = !existsSync(articlesDir);
if (fresh) await mkdir(articlesDir, { recursive: true });
for (let i = 0; i < count; i++) {
  const file = corpus.next();
  if (fresh) await writeFile(join(articlesDir, file.name), file.text);
}
const questions = corpus.questions(perKind);

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const heap0 = args.includes("--heap") ? heapAfterGc() : null;
let t = performance.now();
let cpu = cpuMs();
const started = await loadEngine({
  seedsDir: articlesDir,
  publicBaseUrl: "http://localhost:3000",
  ...(built ? {} : { dataDir }),
});
if (!started.ok) throw new Error(started.error);
console.log(
  `${count} articles: engine ${started.fromSnapshot ? "started from the snapshot" : "built"} in ${(performance.now() - t).toFixed(0)} ms (CPU ${(cpuMs() - cpu).toFixed(0)} ms)`,
);

{
  const sizes = started.engine.stories().map((s) => s.articleIds.length);
  console.log(
    `${sizes.length} stories, the largest ${Math.max(...sizes)} articles (${((100 * Math.max(...sizes)) / count).toFixed(1)}% of the corpus)`,
  );
}

const f = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const lat = (l: Latency) => `${f(l.median)} / ${f(l.p99)} / ${f(l.max)}`;
const answers: string[] = [];
const ask = (label: string) => {
  const all: number[] = [];
  const byKind = new Map<string, number[]>();
  const cpuByKind = new Map<string, number[]>();
  const slow: [number, string][] = [];
  const cpuEach: number[] = [];
  cpu = cpuMs();
  t = performance.now();
  for (const { q, kind } of questions) {
    const c = cpuMs();
    const s = performance.now();
    // A question named by --mark runs inside a function of its own, so a CPU profile can pick it out.
    const result =
      mark && (mark === "*" || q.includes(mark) || kind === mark) && label === markPass
        ? marked(() => started.engine.answer(q))
        : started.engine.answer(q);
    const ms = performance.now() - s;
    cpuEach.push(cpuMs() - c);
    all.push(ms);
    slow.push([cpuEach[cpuEach.length - 1]!, `${kind}: ${q}`]);
    byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
    cpuByKind.set(kind, [...(cpuByKind.get(kind) ?? []), cpuEach[cpuEach.length - 1]!]);
    if (label === "first") answers.push(JSON.stringify({ q, result }));
  }
  console.log(
    `${label} asks (${questions.length}): median / p99 / max ${lat(summarize(all))} ms (CPU time ${lat(summarize(cpuEach))} ms); in all ${(performance.now() - t).toFixed(0)} ms, CPU ${(cpuMs() - cpu).toFixed(0)} ms`,
  );
  for (const [kind, ms] of byKind)
    console.log(
      `  ${kind.padEnd(13)} ${lat(summarize(ms))} ms (CPU ${lat(summarize(cpuByKind.get(kind)!))} ms)`,
    );
  if (slowest)
    for (const [ms, q] of slow.sort((a, b) => b[0] - a[0]).slice(0, slowest))
      console.log(`  ${f(ms)} ms CPU  ${q}`);
};
ask("first");
// Repeat asks: once with --repeat, more with --passes N (N passes in all, the first included).
const passes = Number(option("--passes") ?? (args.includes("--repeat") ? 2 : 1));
for (let i = 1; i < passes; i++) ask("repeat");
if (heap0 !== null) {
  const heap1 = heapAfterGc();
  const passages = started.engine.articles().reduce((n, a) => n + a.passages.length, 0);
  if (heap1 !== null)
    console.log(
      `heap after a forced GC: ${((heap1 - heap0) / 2 ** 20).toFixed(0)} MB for ${passages} passages, ${((heap1 - heap0) / passages / 1024).toFixed(2)} KB a passage`,
    );
}
const adding = Number(option("--add") ?? 0);
if (adding) {
  const adds: number[] = [];
  for (let i = 0; i < adding; i++) {
    const file = corpus.next();
    const parsed = parseArticle(file.text, file.name);
    if (!parsed.ok) throw new Error(parsed.error);
    const s = performance.now();
    started.engine.upsert(parsed.article);
    adds.push(performance.now() - s);
    started.engine.remove(parsed.article.meta.id);
  }
  console.log(
    `adding one article (${adding}): median / p99 / max ${lat(summarize(adds))} ms, the first ${f(adds[0]!)} ms`,
  );
}
if (answersFile) await writeFile(answersFile, `${answers.join("\n")}\n`);
