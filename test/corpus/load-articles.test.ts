import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isArticleFile, loadArticles } from "../../src/corpus/load-articles.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "corpus-"));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

const article = (id: string, extra = ""): string => `---\nid: ${id}\n${extra}---\nA sentence about ${id}.\n`;

describe("loadArticles", () => {
  it("loads .md and .txt articles sorted by file name, skipping README and other files", async () => {
    await writeFile(join(dir, "b.md"), article("b"));
    await writeFile(join(dir, "a.txt"), article("a"));
    await writeFile(join(dir, "README.md"), "# not an article");
    await writeFile(join(dir, "notes.json"), "{}");
    const result = await loadArticles(dir);
    expect(result).toMatchObject({ ok: true, errors: [] });
    expect(result.ok && result.articles.map((a) => [a.meta.id, a.file])).toEqual([
      ["a", join(dir, "a.txt")],
      ["b", join(dir, "b.md")],
    ]);
  });

  it("reports a bad file by name and field, and still loads the others", async () => {
    await writeFile(join(dir, "good.md"), article("good"));
    await writeFile(join(dir, "x.md"), article("x", "published: 04/11/2025\n"));
    const result = await loadArticles(dir);
    expect(result.ok && result.articles.map((a) => a.meta.id)).toEqual(["good"]);
    expect(result.ok && result.errors).toEqual([
      {
        file: join(dir, "x.md"),
        message: `${join(dir, "x.md")}: published: expected a date YYYY-MM-DD (or an ISO date-time), got "04/11/2025"`,
      },
    ]);
  });

  it("reports a duplicate id and keeps the first file that used it", async () => {
    await writeFile(join(dir, "1.md"), article("same"));
    await writeFile(join(dir, "2.md"), article("same"));
    const result = await loadArticles(dir);
    expect(result.ok && result.articles.map((a) => a.file)).toEqual([join(dir, "1.md")]);
    expect(result.ok && result.errors[0]?.message).toBe(
      `${join(dir, "2.md")}: id: duplicate id "same" (already used by ${join(dir, "1.md")})`,
    );
  });

  it("reports files that are not UTF-8 text", async () => {
    await writeFile(join(dir, "ok.md"), article("ok"));
    await writeFile(join(dir, "latin1.md"), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0xff, 0x0a]));
    const result = await loadArticles(dir);
    expect(result.ok && result.errors.map((e) => e.message)).toEqual([
      `${join(dir, "latin1.md")}: not UTF-8 text (binary file or another encoding)`,
    ]);
  });

  it("fails with a clear message for a folder that does not exist", async () => {
    const missing = join(dir, "nope");
    expect(await loadArticles(missing)).toEqual({
      ok: false,
      error: `cannot read the articles folder "${missing}" (ENOENT); set SEEDS_DIR to a folder of articles`,
    });
  });

  it.skipIf(process.getuid?.() === 0)("fails with a clear message for a folder it may not read", async () => {
    await chmod(dir, 0o000);
    expect(await loadArticles(dir)).toMatchObject({ ok: false, error: expect.stringMatching(/EACCES/) });
  });

  it("fails for an empty folder", async () => {
    expect(await loadArticles(dir)).toEqual({
      ok: false,
      error: `no articles in "${dir}": expected .md or .txt files (front matter optional)`,
    });
  });

  it("fails, listing why, when no file loads", async () => {
    await writeFile(join(dir, "a.md"), "---\nid: a\n---\n- 0 Comments\n");
    const result = await loadArticles(dir);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("a.md: no sentences left") });
  });
});

describe("isArticleFile", () => {
  it("accepts .md and .txt but not README, hidden or other files", () => {
    expect(["a.md", "b.TXT", "README.md", "readme.txt", ".x.md", "a.json"].filter(isArticleFile)).toEqual([
      "a.md",
      "b.TXT",
    ]);
  });
});
