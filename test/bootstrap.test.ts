import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadEngine } from "../src/bootstrap.js";

const BASE = "http://localhost:3000";
const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "deal-bot-bootstrap-"));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe("loadEngine", () => {
  it("loads the five seed articles without errors and answers from them", async () => {
    const loaded = await loadEngine({ seedsDir: "seeds", publicBaseUrl: BASE });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.errors).toEqual([]);
    expect(loaded.engine.articles()).toHaveLength(5);
    expect(loaded.engine.answer("how much is the deal worth?")).toMatchObject({
      status: "answered",
      agreement: { of: 5 },
    });
  });

  it("suggests topic commands when there is no answer", async () => {
    const loaded = await loadEngine({ seedsDir: "seeds", publicBaseUrl: BASE });
    if (!loaded.ok) throw new Error(loaded.error);
    const result = loaded.engine.answer("what is the population of Lisbon?");
    expect(result.status).toBe("no_answer");
    if (result.status === "no_answer") expect(result.suggestions.length).toBeGreaterThan(0);
  });

  it("fails with a message naming an empty folder", async () => {
    const dir = await tempDir();
    const loaded = await loadEngine({ seedsDir: dir, publicBaseUrl: BASE });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.error).toContain(dir);
      expect(loaded.error).toMatch(/no articles/);
    }
  });

  it("fails with a message naming a folder that does not exist", async () => {
    const dir = join(await tempDir(), "missing");
    const loaded = await loadEngine({ seedsDir: dir, publicBaseUrl: BASE });
    expect(loaded).toEqual({ ok: false, error: expect.stringContaining(dir) });
  });

  it("reports a bad file by name and still answers from the rest", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "good.md"),
      "---\nid: good\ntitle: Good\n---\nOpenAI signed a $38 billion deal with Amazon Web Services.\n",
    );
    await writeFile(join(dir, "bad.md"), "---\nid: [not, an, id\n---\nBroken front matter.\n");
    const loaded = await loadEngine({ seedsDir: dir, publicBaseUrl: BASE });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.errors).toHaveLength(1);
    expect(loaded.errors[0]!.file).toMatch(/bad\.md$/);
    expect(loaded.errors[0]!.message.length).toBeGreaterThan(0);
    expect(loaded.engine.articles().map((a) => a.meta.id)).toEqual(["good"]);
    expect(loaded.engine.answer("how much is the deal worth?")).toMatchObject({
      status: "answered",
      answer: "$38 billion",
      agreement: { sources: 1, of: 1 },
    });
  });
});
