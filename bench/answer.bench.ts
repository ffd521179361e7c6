/**
 * `npm run bench`: how long answering takes, in memory, on the seed articles and on a corpus grown twenty
 * times (the seeds copied under new ids, so every question meets twenty times the passages). Also times
 * the one-off work: building the engine and adding one article to a running one.
 */
import { readFileSync } from "node:fs";
import { Bench } from "tinybench";
import { createEngine } from "../src/answer/create-engine.js";
import { loadArticles } from "../src/corpus/load-articles.js";
import type { Article } from "../src/types.js";

const loaded = await loadArticles(process.env.SEEDS_DIR ?? "seeds");
if (!loaded.ok) throw new Error(loaded.error);
const seeds = loaded.articles;
const questions = readFileSync(new URL("../../shared/eval/questions.dev.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((line) => (JSON.parse(line) as { q: string }).q);

/** The seeds under new ids: a bigger corpus with the same language. */
function copies(times: number): Article[] {
  return Array.from({ length: times }, (_, i) =>
    seeds.map((a) => {
      const id = `${a.meta.id}-copy${i}`;
      return {
        ...a,
        meta: { ...a.meta, id },
        passages: a.passages.map((p) => ({ ...p, articleId: id, id: `${id}:${p.index}` })),
      };
    }),
  ).flat();
}

const options = { publicBaseUrl: "http://localhost:3000" };
let t = performance.now();
const small = createEngine(seeds, options);
const buildSmall = performance.now() - t;
const grown = copies(20);
t = performance.now();
const large = createEngine(grown, options);
const buildLarge = performance.now() - t;

let i = 0;
const next = () => questions[i++ % questions.length]!;
const bench = new Bench({ time: 2000, warmupTime: 500 });
bench
  .add(`answer, ${seeds.length} articles (dev questions in turn)`, () => {
    small.answer(next());
  })
  .add(`answer, ${grown.length} articles (dev questions in turn)`, () => {
    large.answer(next());
  })
  .add(`add one article to ${grown.length} (incremental index)`, () => {
    large.upsert(seeds[0]!);
    large.remove(seeds[0]!.meta.id);
  });
await bench.run();

console.log(
  `build engine: ${seeds.length} articles ${buildSmall.toFixed(0)} ms; ${grown.length} articles ${buildLarge.toFixed(0)} ms`,
);
console.table(
  bench.tasks.map((task) => {
    const r = task.result as unknown as {
      latency?: { mean: number; p99: number };
      mean?: number;
      p99?: number;
    };
    const mean = r.latency?.mean ?? r.mean ?? Number.NaN;
    const p99 = r.latency?.p99 ?? r.p99 ?? Number.NaN;
    return { task: task.name, "mean µs": Math.round(mean * 1000), "p99 µs": Math.round(p99 * 1000) };
  }),
);
