import { afterEach, describe, expect, it } from "vitest";
import { contentHash } from "../../src/store/article-store.js";
import { storeBackends } from "./backends.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const fileA = "---\nid: a\ntitle: Chipmaker buys rival\n---\nThe deal is worth $4 billion.\n";
const fileB = "---\nid: b\ntitle: Startup raises round\n---\nThe round raised $120 million.\n";

describe.each(storeBackends)("article store on $name", (backend) => {
  async function open() {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    return opened;
  }

  it("stores articles and returns what changed after a sequence number, in order", async () => {
    const { stores } = await open();
    expect(await stores.articles.put("a", fileA)).toBe(true);
    expect(await stores.articles.put("b", fileB)).toBe(true);
    const all = await stores.articles.since(0);
    expect(all.map((r) => [r.id, r.fileText, r.contentHash])).toEqual([
      ["a", fileA, contentHash(fileA)],
      ["b", fileB, contentHash(fileB)],
    ]);
    expect(all[1]!.seq).toBeGreaterThan(all[0]!.seq);
    expect((await stores.articles.since(all[0]!.seq)).map((r) => r.id)).toEqual(["b"]);
  });

  it("is idempotent by content hash: the same text again changes nothing", async () => {
    const { stores } = await open();
    await stores.articles.put("a", fileA);
    const [first] = await stores.articles.since(0);
    expect(await stores.articles.put("a", fileA)).toBe(false);
    expect(await stores.articles.since(first!.seq)).toEqual([]);
  });

  it("moves a changed article after everything stored before the change", async () => {
    const { stores } = await open();
    await stores.articles.put("a", fileA);
    await stores.articles.put("b", fileB);
    const edited = fileA.replace("$4 billion", "$4.2 billion");
    expect(await stores.articles.put("a", edited)).toBe(true);
    const all = await stores.articles.since(0);
    expect(all.map((r) => r.id)).toEqual(["b", "a"]);
    expect(all[1]!.fileText).toBe(edited);
  });

  it("is shared by every handle on the same data", async () => {
    const opened = await open();
    const other = await opened.reopen();
    await opened.stores.articles.put("a", fileA);
    expect((await other.articles.since(0)).map((r) => r.id)).toEqual(["a"]);
  });
});

describe("article store on PostgreSQL", () => {
  it("announces a stored article to every other handle watching, and only a real change", async () => {
    const backend = storeBackends.find((b) => b.name === "PostgreSQL")!;
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    const other = await opened.reopen();
    let announced = 0;
    let resolveNext: () => void = () => {};
    const stop = await other.articles.watch(() => {
      announced++;
      resolveNext();
    });
    cleanups.push(stop);
    const next = () =>
      new Promise<void>((r) => {
        resolveNext = r;
      });
    const first = next();
    await opened.stores.articles.put("a", fileA);
    await first;
    expect(announced).toBe(1);
    // The same text again is no change and announces nothing; the next real change is the second.
    await opened.stores.articles.put("a", fileA);
    const second = next();
    await opened.stores.articles.put("b", fileB);
    await second;
    expect(announced).toBe(2);
  });
});
