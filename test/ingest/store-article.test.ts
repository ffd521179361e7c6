import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isTempFile, writeFileAtomic } from "../../src/ingest/store-article.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "deal-bot-store-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("writes the file and leaves no temp file behind", async () => {
    const file = path.join(dir, "a.md");
    expect(await writeFileAtomic(file, "---\nid: a\n---\nText.")).toEqual({ ok: true });
    expect(await readFile(file, "utf8")).toBe("---\nid: a\n---\nText.");
    expect(await readdir(dir)).toEqual(["a.md"]);
  });

  it("refuses to replace an existing file when exclusive, keeping its content", async () => {
    const file = path.join(dir, "a.md");
    await writeFile(file, "original");
    const result = await writeFileAtomic(file, "replacement", { exclusive: true });
    expect(result).toMatchObject({ ok: false });
    expect(await readFile(file, "utf8")).toBe("original");
    expect(await readdir(dir)).toEqual(["a.md"]);
  });

  it("lets only one of two simultaneous exclusive writers win", async () => {
    const file = path.join(dir, "a.md");
    const results = await Promise.all([
      writeFileAtomic(file, "one", { exclusive: true }),
      writeFileAtomic(file, "two", { exclusive: true }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(["one", "two"]).toContain(await readFile(file, "utf8"));
  });

  it("reports a folder that does not exist as a value", async () => {
    const result = await writeFileAtomic(path.join(dir, "missing", "a.md"), "x");
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toContain("missing");
  });
});

describe("isTempFile", () => {
  it("recognises our temp names and editors' dotfiles but not articles", () => {
    expect(isTempFile("/s/.a.md.1f2e3d.tmp")).toBe(true);
    expect(isTempFile("/s/.a.md.swp")).toBe(true);
    expect(isTempFile("/s/a.md")).toBe(false);
  });
});
