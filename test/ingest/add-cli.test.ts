import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/parse-article.js";
import { FORTY_FIVE_BILLION, type NewsSite, startNewsSite } from "./fixtures/news-site.js";
import { tempSeeds } from "./fixtures/temp-seeds.js";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

/** Runs `tsx adapters/shell/add.ts [--json] <target>`; resolves with the exit code and both streams. */
async function add(target: string, env: Record<string, string>, flags: string[] = ["--json"]) {
  try {
    const { stdout, stderr } = await run(TSX, ["adapters/shell/add.ts", ...flags, target], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.close());

let dir: string;
let removeDir: () => Promise<void>;
beforeEach(async () => {
  const seeds = await tempSeeds();
  dir = seeds.dir;
  removeDir = seeds.remove;
});
afterEach(() => removeDir());

describe("add script", () => {
  it("adds a file to SEEDS_DIR and prints what it added as JSON", async () => {
    await mkdir(path.join(dir, "incoming"));
    const source = path.join(dir, "incoming", "hsj.md");
    await writeFile(
      source,
      `---\nid: hsj-pact\ntitle: ${FORTY_FIVE_BILLION.title}\npublished: 2025-11-06\n---\n${FORTY_FIVE_BILLION.paragraphs.join("\n").replace(/## /g, "")}\n`,
    );
    const result = await add(source, { SEEDS_DIR: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({
      id: "hsj-pact",
      title: FORTY_FIVE_BILLION.title,
      file: path.join(dir, "hsj-pact.md"),
    });
    expect(printed.passages).toBeGreaterThanOrEqual(5);
    // The temp folder holds the five seeds of one deal; this article is about the same deal.
    expect(printed.story).toMatchObject({ sources: 6, started: false });
    expect(printed.story.title).toMatch(/\$38 billion/);
    expect(Date.parse(printed.added)).not.toBeNaN();
    const stored = parseArticle(await readFile(printed.file, "utf8"), printed.file);
    expect(stored.ok && stored.article.meta.added).toBe(printed.added);
  }, 30_000);

  it("says in words what it added and which story it joined or started", async () => {
    const same = path.join(dir, "..", `same-${path.basename(dir)}.md`);
    await writeFile(
      same,
      `---\nid: hsj-pact\ntitle: ${FORTY_FIVE_BILLION.title}\npublisher: Harbour Street Journal\npublished: 2025-11-06\n---\n${FORTY_FIVE_BILLION.paragraphs.join("\n").replace(/## /g, "")}\n`,
    );
    const joined = await add(same, { SEEDS_DIR: dir }, []);
    expect(joined.code).toBe(0);
    const [what, where, ...rest] = joined.stdout.split("\n");
    expect(what).toBe(
      `Added ${path.join(dir, "hsj-pact.md")}: ${FORTY_FIVE_BILLION.title} — Harbour Street Journal, 2025-11-06 (${what!.match(/\((\d+) passages\)$/)?.[1]} passages)`,
    );
    expect(where).toMatch(/^Added to .*\$38 billion.* \(6 sources\)$/);
    expect(rest).toEqual([""]);

    const other = path.join(dir, "..", `other-${path.basename(dir)}.md`);
    await writeFile(
      other,
      "---\nid: kelp-farm\ntitle: Harvestline buys Tidewater Kelp for $240 million\npublisher: Coastal Ledger\n---\n" +
        "Harvestline agreed to buy the seaweed grower Tidewater Kelp for $240 million in cash, the companies said on Tuesday.\n" +
        "Tidewater Kelp farms 3,000 hectares off the coast of Maine and supplies food and fertiliser makers.\n" +
        "Harvestline chief executive Dana Ortiz said the purchase would double its supply of kelp by 2027.\n",
    );
    const started = await add(other, { SEEDS_DIR: dir }, []);
    expect(started.code).toBe(0);
    expect(started.stdout.split("\n")[1]).toMatch(/^Started a new story: .*Harvestline/);
  }, 60_000);

  it("refuses an unknown option with the usage", async () => {
    const result = await add("x.md", { SEEDS_DIR: dir }, ["--jsn"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^add: unknown option --jsn; usage: /);
  }, 30_000);

  it("adds a page by URL", async () => {
    const url = `${site.baseUrl}/news/openai-widens-amazon-pact`;
    const result = await add(url, { SEEDS_DIR: dir, ALLOW_PRIVATE_URLS: "true" });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      publisher: "Harbour Street Journal",
      published: "2025-11-06",
      url,
    });
  }, 30_000);

  it("fails with a clear reason and exit code 1 for a private address", async () => {
    const result = await add(`${site.baseUrl}/news/openai-widens-amazon-pact`, { SEEDS_DIR: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^add: refused http:\/\/127\.0\.0\.1:\d+\/news\/openai-widens-amazon-pact: 127\.0\.0\.1 is a loopback address\n$/,
    );
  }, 30_000);

  it("fails with exit code 1 when the page's gzip body never ends", async () => {
    const started = performance.now();
    const result = await add(`${site.baseUrl}/endless.gz`, {
      SEEDS_DIR: dir,
      ALLOW_PRIVATE_URLS: "true",
      FETCH_TIMEOUT_MS: "500",
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("500 ms");
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it("fails with exit code 1 for a file that is already in the corpus", async () => {
    const result = await add(path.join(dir, "003_887da713244190c2.md"), { SEEDS_DIR: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("add: already in the corpus");
  }, 30_000);
});
