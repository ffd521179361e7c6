import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { type CorpusCounts, createEngine } from "../../src/answer/create-engine.js";
import {
  contentHash,
  readSnapshot,
  type SnapshotContent,
  snapshotPath,
  writeSnapshot,
} from "../../src/answer/index-snapshot.js";
import { articleNames, indexArticle, unpack } from "../../src/answer/indexed-passage.js";
import { loadEngine } from "../../src/bootstrap.js";
import { loadArticles } from "../../src/corpus/load-articles.js";
import { createPassageIndex } from "../../src/search/passage-index.js";
import type { SavedGroup } from "../../src/stories/story-set.js";

const BASE = "http://localhost:3000";
const QUESTIONS = [
  "how much is the deal worth?",
  "what chips?",
  "who is the AWS CEO?",
  "what did Sam Altman say?",
  "what is the capital of France?",
];
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "deal-bot-snapshot-"));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

let content: SnapshotContent;
beforeAll(async () => {
  const loaded = await loadArticles("seeds");
  if (!loaded.ok) throw new Error(loaded.error);
  const indexed = new Map(loaded.articles.map((a) => [a.meta.id, indexArticle(a)]));
  const index = createPassageIndex();
  const profiles = new Map();
  const anchors = new Map();
  const grouping: { groups?: SavedGroup[] } = {};
  const counts: { saved?: CorpusCounts } = {};
  createEngine(loaded.articles, { publicBaseUrl: BASE, index, indexed, profiles, anchors, grouping, counts });
  content = {
    articles: loaded.articles,
    indexed,
    index,
    profiles,
    anchors,
    groups: grouping.groups!,
    counts: counts.saved!,
    errors: [{ file: "x.md", message: "x.md: bad" }],
  };
});

describe("index snapshot", () => {
  it("restores articles, per-passage data (term sets, values, positions) and the index, answering as the built engine", async () => {
    const file = snapshotPath(await tempDir());
    await writeSnapshot(file, "h1", content);
    const logs: string[] = [];
    const restored = await readSnapshot(file, "h1", (m) => logs.push(m));
    expect(logs).toEqual([]);
    expect(restored).toBeDefined();
    expect(restored!.articles).toEqual(content.articles);
    expect(restored!.errors).toEqual(content.errors);
    const id = content.articles[0]!.meta.id;
    // The values are read from the snapshot when first asked for (unpack asks), the same as built.
    expect(restored!.indexed.get(id)!.map(unpack)).toEqual(content.indexed.get(id)!.map(unpack));
    expect(articleNames(restored!.indexed.get(id)!)).toEqual(articleNames(content.indexed.get(id)!));
    // Each passage's values are parsed alone from its article's line (non-ASCII text shifts byte offsets).
    for (const a of content.articles)
      expect(restored!.indexed.get(a.meta.id)!.map((ip) => ip.values)).toEqual(
        content.indexed.get(a.meta.id)!.map((ip) => ip.values),
      );
    const [kept, built0] = [restored!.indexed.get(id)![3]!, content.indexed.get(id)![3]!];
    for (const field of ["terms", "stems", "contextTerms"] as const)
      expect(new Set(kept[field])).toEqual(new Set(built0[field]));
    expect(kept.positions).toEqual(built0.positions);
    const built = createEngine(content.articles, { publicBaseUrl: BASE });
    expect(restored!.profiles.get(id)).toEqual(content.profiles.get(id));
    expect(restored!.groups).toEqual(content.groups);
    expect(restored!.counts).toEqual(content.counts);
    const again = createEngine(restored!.articles, {
      publicBaseUrl: BASE,
      index: restored!.index,
      indexed: restored!.indexed,
      profiles: restored!.profiles,
      anchors: restored!.anchors,
      grouping: { groups: restored!.groups },
      counts: { saved: restored!.counts },
    });
    for (const q of QUESTIONS) expect(again.answer(q)).toEqual(built.answer(q));
    expect(restored!.index.search(["valu", "deal"], 10)).toEqual(content.index.search(["valu", "deal"], 10));
    // The restored counts (aliases, acronyms, lower-case words) go down and up with the articles as built ones.
    for (const engine of [again, built]) engine.remove(id);
    for (const q of QUESTIONS) expect(again.answer(q)).toEqual(built.answer(q));
    for (const engine of [again, built]) engine.upsert(content.articles[0]!);
    for (const q of QUESTIONS) expect(again.answer(q)).toEqual(built.answer(q));
  });

  it("is not used, with a log line, when the hash differs (articles or code changed)", async () => {
    const file = snapshotPath(await tempDir());
    await writeSnapshot(file, "old", content);
    const logs: string[] = [];
    expect(await readSnapshot(file, "new", (m, level) => logs.push(`${level}: ${m}`))).toBeUndefined();
    // Routine (every change of articles makes one), so not a warning in the operator's log.
    expect(logs.join()).toMatch(/^info: .*stale/);
  });

  it("is never trusted when truncated or corrupt, and says so", async () => {
    const file = snapshotPath(await tempDir());
    await writeSnapshot(file, "h", content);
    const whole = await readFile(file, "utf8");
    const lines = whole.split("\n");
    const damaged = [
      lines.slice(0, 4).join("\n"),
      whole.replace('"passages"', '"passagez"'),
      `${whole.slice(0, 2000)}}{garbage${whole.slice(2000)}`,
      "not json at all",
    ];
    for (const text of damaged) {
      await writeFile(file, text);
      const logs: string[] = [];
      expect(await readSnapshot(file, "h", (m, level) => logs.push(`${level}: ${m}`))).toBeUndefined();
      expect(logs.join()).toMatch(/^warn: .*unusable/);
    }
  });

  it("is never trusted when written in an older format, and says so (a start then rebuilds)", async () => {
    const file = snapshotPath(await tempDir());
    await writeSnapshot(file, "h", content);
    const whole = await readFile(file, "utf8");
    const format = (JSON.parse(whole.slice(0, whole.indexOf("\n"))) as { format: string }).format;
    const older = format.replace(/\d+$/, (n) => String(Number(n) - 1));
    await writeFile(file, whole.replaceAll(JSON.stringify(format), JSON.stringify(older)));
    const logs: string[] = [];
    expect(await readSnapshot(file, "h", (m, level) => logs.push(`${level}: ${m}`))).toBeUndefined();
    expect(logs.join()).toMatch(/^warn: .*unusable \(unknown format.*rebuilding/);
  });

  it("restores passages that do not stand in order in their article's text as they were", async () => {
    const file = snapshotPath(await tempDir());
    const [first, ...rest] = content.articles;
    // Passages out of order (not what splitting the text gives): the article's line keeps them whole.
    const odd = { ...first!, passages: [...first!.passages].reverse() };
    await writeSnapshot(file, "h", {
      ...content,
      articles: [odd, ...rest],
      indexed: new Map([...content.indexed, [odd.meta.id, [...content.indexed.get(odd.meta.id)!].reverse()]]),
    });
    const restored = await readSnapshot(file, "h", () => {});
    expect(restored!.articles[0]).toEqual(odd);
    expect(restored!.articles.slice(1)).toEqual(rest);
    // Passages kept as spans of the text come back in the article's own key order.
    expect(Object.keys(restored!.articles[1]!)).toEqual(Object.keys(rest[0]!));
    expect(restored!.articles[1]!.passages.map((p) => Object.keys(p))).toEqual(
      rest[0]!.passages.map((p) => Object.keys(p)),
    );
  });

  it("is silently absent before the first write", async () => {
    const logs: string[] = [];
    expect(await readSnapshot(join(await tempDir(), "none.jsonl"), "h", (m) => logs.push(m))).toBeUndefined();
    expect(logs).toEqual([]);
  });

  it("hashes the article files: a changed byte changes the hash", async () => {
    const seeds = await tempDir();
    await cp("seeds", seeds, { recursive: true });
    const before = await contentHash(seeds);
    expect(await contentHash(seeds)).toBe(before);
    const name = (await loadArticles(seeds)).ok ? "000_b87e36a32958507a.md" : "";
    await writeFile(join(seeds, name), `${await readFile(join(seeds, name), "utf8")}\nOne more sentence.`);
    expect(await contentHash(seeds)).not.toBe(before);
    expect(await contentHash(join(seeds, "missing"))).toBeUndefined();
  });

  it("starts the engine from the snapshot when the articles are unchanged, and rebuilds when one changes", async () => {
    const seeds = await tempDir();
    const dataDir = await tempDir();
    await cp("seeds", seeds, { recursive: true });
    const logs: string[] = [];
    const start = () =>
      loadEngine({ seedsDir: seeds, publicBaseUrl: BASE, dataDir, log: (m) => logs.push(m) });
    const first = await start();
    const second = await start();
    expect(first.ok && !first.fromSnapshot).toBe(true);
    expect(second.ok && second.fromSnapshot).toBe(true);
    if (!first.ok || !second.ok) return;
    for (const q of QUESTIONS) expect(second.engine.answer(q)).toEqual(first.engine.answer(q));
    await writeFile(join(seeds, "005_extra.md"), "---\nid: extra\n---\nAcme paid $5 billion for Globex.\n");
    const third = await start();
    expect(third.ok && !third.fromSnapshot).toBe(true);
    expect(logs.join()).toMatch(/stale/);
    if (third.ok) expect(third.engine.articles()).toHaveLength(6);
  });
});
