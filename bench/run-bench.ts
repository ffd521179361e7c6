/**
 * The bench itself, shared by `npm run bench` and the smoke test: for each corpus size it writes the
 * articles to a folder, loads and indexes them, writes and reads the index snapshot, measures the heap,
 * times adding one article, and asks questions of every kind twice (first asks, then repeat asks), each
 * timed beside a bare MiniSearch `search()` of the same terms on the same index, in the same loop.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contentHash, readSnapshot, snapshotPath } from "../src/answer/index-snapshot.js";
import { buildEngineWithSnapshot, cpuMs, loadEngine } from "../src/bootstrap.js";
import { loadArticles } from "../src/corpus/load-articles.js";
import { parseArticle } from "../src/corpus/parse-article.js";
import { termsOf } from "../src/search/terms.js";
import { type BenchQuestion, NewsCorpus } from "./news-corpus.js";

/** Latency summary in milliseconds. */
export interface Latency {
  median: number;
  p99: number;
  max: number;
}

export interface SizeResult {
  articles: number;
  passages: number;
  questions: number;
  loadMs: number;
  indexMs: number;
  /**
   * CPU time (user + system, every thread of the process) of indexing and of the start from the snapshot:
   * on a shared machine wall time also counts waiting for a core, CPU time does not.
   */
  indexCpuMs: number;
  startCpuMs: number;
  snapshotWriteMs: number | null;
  snapshotLoadMs: number | null;
  startToFirstAnswerMs: number | null;
  /**
   * Heap after a forced GC (articles, index and per-passage data), typed arrays' buffers included, per
   * passage; null without --expose-gc.
   */
  heapBytesPerPassage: number | null;
  addOneArticleMs: Latency;
  first: Latency;
  firstBare: Latency;
  repeat: Latency;
  repeatBare: Latency;
  /** Per kind of question, first asks: answer and bare search latency. */
  byKind: Record<string, { answer: Latency; bare: Latency }>;
}

export function summarize(ms: readonly number[]): Latency {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { median: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

const gc = (globalThis as { gc?: () => void }).gc;
/** Heap used plus typed arrays' contents after a full GC, in bytes; null without `--expose-gc`. */
export function heapAfterGc(): number | null {
  if (!gc) return null;
  gc();
  gc();
  // Typed arrays' contents (the passages' term ids) live outside the JS heap: counted too.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

const OPTIONS = { publicBaseUrl: "http://localhost:3000" };

/** Questions for the seed articles: the development questions plus variations of every kind. */
export const SEED_QUESTIONS: BenchQuestion[] = [
  "what chips?|name",
  "how much is the deal worth?|amount",
  "deal value|common-word",
  "who signed the deal?|name",
  "how many years is the agreement?|amount",
  "when will all planned capacity be operational?|date",
  "how many GPUs?|amount",
  "what did Sam Altman say?|quote",
  "what does the deal mean for Microsoft?|name",
  "which other cloud providers does OpenAI use?|list",
  "how did Amazon shares move?|amount",
  "is OpenAI expected to IPO?|yes/no",
  "who is the AWS CEO?|name",
  "What is the capital of France?|unanswerable",
  "how much equity does Amazon get in OpenAI?|unanswerable",
  "zzkrr blorf|unanswerable",
  "I read that OpenAI signed a very large multi-year agreement with Amazon Web Services for computing capacity and want to know when all of the planned capacity will be up and running?|long",
  "what is the deal?|common-word",
].map((line) => {
  const [q, kind] = line.split("|") as [string, string];
  return { q, kind };
});

async function writeCorpus(dir: string, corpus: NewsCorpus, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const file = corpus.next();
    await writeFile(join(dir, file.name), file.text);
  }
}

/** Runs the bench for one corpus: the seeds (`count` 0) or `count` generated articles. */
export async function benchSize(options: {
  count: number;
  seedsDir: string;
  perKind: number;
  log?: (line: string) => void;
}): Promise<SizeResult> {
  const log = options.log ?? (() => {});
  const dir = await mkdtemp(join(tmpdir(), "deal-bot-bench-"));
  const dataDir = await mkdtemp(join(tmpdir(), "deal-bot-bench-data-"));
  try {
    const corpus = new NewsCorpus();
    let seedsDir = options.seedsDir;
    if (options.count > 0) {
      await writeCorpus(dir, corpus, options.count);
      seedsDir = dir;
    }
    const heap0 = heapAfterGc();
    let t = performance.now();
    const loaded = await loadArticles(seedsDir);
    if (!loaded.ok) throw new Error(loaded.error);
    const loadMs = performance.now() - t;
    // Indexing, then the snapshot the start below reads (the bot's own build path).
    const file = snapshotPath(dataDir);
    const hash = (await contentHash(seedsDir))!;
    const { engine, index, times } = await buildEngineWithSnapshot(loaded, {
      engineOptions: OPTIONS,
      snapshot: { file, hash },
      log,
    });
    const { indexMs, indexCpuMs } = times;
    if (times.snapshotWriteMs === undefined) throw new Error("the snapshot could not be written");
    const snapshotWriteMs = times.snapshotWriteMs;
    const passages = index.size;
    log(
      `  ${loaded.articles.length} articles, ${passages} passages: load ${loadMs.toFixed(0)} ms, index ${indexMs.toFixed(0)} ms (CPU ${indexCpuMs.toFixed(0)} ms)`,
    );
    const heap1 = heapAfterGc();
    const heapBytesPerPassage = heap0 === null || heap1 === null ? null : (heap1 - heap0) / passages;

    const questions = options.count > 0 ? corpus.questions(options.perKind) : SEED_QUESTIONS;
    log(
      `  heap after a forced GC: ${heapBytesPerPassage === null ? "—" : `${(heapBytesPerPassage / 1024).toFixed(2)} KB`} a passage`,
    );

    // The snapshot's write and read and the start from it come before the questions, so a long run
    // reports them early.
    log(`  snapshot written in ${snapshotWriteMs.toFixed(0)} ms`);
    t = performance.now();
    // Only timed: not kept, so three copies of the corpus are never in memory at once.
    if (!(await readSnapshot(file, hash, log)))
      throw new Error("the snapshot just written could not be read");
    const snapshotLoadMs = performance.now() - t;
    log(`  snapshot read in ${snapshotLoadMs.toFixed(0)} ms`);
    // In a function of its own, so the second engine is garbage before the questions.
    const timeStart = async () => {
      const s = performance.now();
      const started = await loadEngine({ seedsDir, publicBaseUrl: OPTIONS.publicBaseUrl, dataDir, log });
      if (!started.ok || !started.fromSnapshot) throw new Error("the engine did not start from the snapshot");
      started.engine.answer(questions[0]!.q);
      return performance.now() - s;
    };
    const cpu = cpuMs();
    const startToFirstAnswerMs = await timeStart();
    const startCpuMs = cpuMs() - cpu;
    log(
      `  start to first answer from the snapshot: ${startToFirstAnswerMs.toFixed(0)} ms (CPU ${startCpuMs.toFixed(0)} ms)`,
    );

    const ask = (qs: readonly BenchQuestion[]) => {
      const answer: number[] = [];
      const bare: number[] = [];
      const byKind: Record<string, { answer: number[]; bare: number[] }> = {};
      for (const [i, { q, kind }] of qs.entries()) {
        if (i % 100 === 99) log(`    ${i + 1} of ${qs.length} questions`);
        let s = performance.now();
        engine.answer(q);
        const a = performance.now() - s;
        s = performance.now();
        index.fullSearch(termsOf(q));
        const b = performance.now() - s;
        answer.push(a);
        bare.push(b);
        byKind[kind] ??= { answer: [], bare: [] };
        const k = byKind[kind];
        k.answer.push(a);
        k.bare.push(b);
      }
      return { answer, bare, byKind };
    };
    const first = ask(questions);
    const repeat = ask(questions);

    // Adding one article to the running engine: a new one each time, then taken out again.
    const adds: number[] = [];
    for (let i = 0; i < 5; i++) {
      const file = corpus.next();
      const parsed = parseArticle(file.text, file.name);
      if (!parsed.ok) throw new Error(parsed.error);
      const s = performance.now();
      engine.upsert(parsed.article);
      adds.push(performance.now() - s);
      engine.remove(parsed.article.meta.id);
    }

    return {
      articles: loaded.articles.length,
      passages,
      questions: questions.length,
      loadMs,
      indexMs,
      indexCpuMs,
      startCpuMs,
      snapshotWriteMs,
      snapshotLoadMs,
      startToFirstAnswerMs,
      heapBytesPerPassage,
      addOneArticleMs: summarize(adds),
      first: summarize(first.answer),
      firstBare: summarize(first.bare),
      repeat: summarize(repeat.answer),
      repeatBare: summarize(repeat.bare),
      byKind: Object.fromEntries(
        Object.entries(first.byKind).map(([k, v]) => [
          k,
          { answer: summarize(v.answer), bare: summarize(v.bare) },
        ]),
      ),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

const f = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const lat = (l: Latency) => `${f(l.median)} / ${f(l.p99)} / ${f(l.max)}`;

/** The results as a Markdown table (what `npm run bench` prints and BENCHMARKS.md records). */
export function table(results: readonly SizeResult[]): string {
  const rows = [
    "| articles (passages) | load + index | snapshot write / load | start to 1st answer | heap / passage | add one article (median) | first ask median / p99 / max | bare search median / p99 / max | p99 ratio answer ÷ bare | repeat ask median / p99 / max | bare, repeat |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const r of results) {
    const snap =
      r.snapshotWriteMs === null || r.snapshotLoadMs === null
        ? "—"
        : `${f(r.snapshotWriteMs)} / ${f(r.snapshotLoadMs)} ms`;
    rows.push(
      `| ${r.articles.toLocaleString("en-US")} (${r.passages.toLocaleString("en-US")}) | ${f(r.loadMs)} + ${f(r.indexMs)} ms | ${snap} | ${
        r.startToFirstAnswerMs === null ? "—" : `${f(r.startToFirstAnswerMs)} ms`
      } | ${r.heapBytesPerPassage === null ? "—" : `${(r.heapBytesPerPassage / 1024).toFixed(2)} KB`} | ${f(
        r.addOneArticleMs.median,
      )} ms | ${lat(r.first)} ms | ${lat(r.firstBare)} ms | ${(r.first.p99 / r.firstBare.p99).toFixed(2)} | ${lat(
        r.repeat,
      )} ms | ${lat(r.repeatBare)} ms |`,
    );
  }
  return rows.join("\n");
}

/** Per kind of question at one size: answer and bare search, first asks. */
export function kindTable(r: SizeResult): string {
  const rows = [
    `| kind (${r.articles.toLocaleString("en-US")} articles) | answer median / p99 / max | bare search median / p99 / max |`,
    "|---|---|---|",
  ];
  for (const [kind, v] of Object.entries(r.byKind))
    rows.push(`| ${kind} | ${lat(v.answer)} ms | ${lat(v.bare)} ms |`);
  return rows.join("\n");
}
