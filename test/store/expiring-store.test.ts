import { afterEach, describe, expect, it } from "vitest";
import { storeBackends } from "./backends.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const t0 = new Date("2025-11-03T07:30:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);
const DAY = 86_400_000;

describe.each(storeBackends)("expiring stores (buttons, conversations) on $name", (backend) => {
  async function open() {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    return opened;
  }

  it("returns a conversation's state to another handle, as stored, until it expires", async () => {
    const opened = await open();
    const other = await opened.reopen();
    const state = { question: "how much is the “deal” worth? — 10% & <more>", storyId: "s-1" };
    await opened.stores.conversations.put("slack:T1:C1:1700.1", state, later(DAY));
    expect(await other.conversations.get("slack:T1:C1:1700.1", t0)).toEqual(state);
    expect(await other.conversations.get("slack:T1:C1:1700.1", later(DAY - 1))).toEqual(state);
    expect(await other.conversations.get("slack:T1:C1:1700.1", later(DAY))).toBeUndefined();
    expect(await other.conversations.get("slack:T1:C1:other", t0)).toBeUndefined();
  });

  it("replaces a key's value and expiry on a second put", async () => {
    const { stores } = await open();
    await stores.conversations.put("k", { question: "first" }, later(1000));
    await stores.conversations.put("k", { question: "second" }, later(DAY));
    expect(await stores.conversations.get("k", later(5000))).toEqual({ question: "second" });
  });

  it("stores every one of a burst of concurrent puts, the last put of a key winning", async () => {
    const { stores } = await open();
    await Promise.all(
      Array.from({ length: 120 }, (_, i) => stores.buttons.put(`b${i % 100}`, { answer: i }, later(DAY))),
    );
    expect(await stores.buttons.get("b5", t0)).toEqual({ answer: 105 });
    expect(await stores.buttons.get("b50", t0)).toEqual({ answer: 50 });
    expect(await stores.buttons.get("b99", t0)).toEqual({ answer: 99 });
  });

  it("keeps buttons and conversations apart under the same key", async () => {
    const { stores } = await open();
    await stores.buttons.put("same", { answer: 1 }, later(DAY));
    await stores.conversations.put("same", { question: "q" }, later(DAY));
    expect(await stores.buttons.get("same", t0)).toEqual({ answer: 1 });
    expect(await stores.conversations.get("same", t0)).toEqual({ question: "q" });
  });

  it("survives a restart: a new handle after closing the first still reads it", async () => {
    const opened = await open();
    await opened.stores.buttons.put("discord:abc", { question: "q", askerId: "1" }, later(DAY));
    await opened.stores.close();
    const again = await opened.reopen();
    expect(await again.buttons.get("discord:abc", t0)).toEqual({ question: "q", askerId: "1" });
  });

  it("prunes expired rows as new ones are stored", async () => {
    const { stores } = await open();
    // Expired long ago (pruning compares with the wall clock); the 200th put deletes them.
    const past = new Date(Date.now() - DAY);
    for (let i = 0; i < 199; i++) await stores.conversations.put(`old:${i}`, { i }, past);
    await stores.conversations.put("new", { i: 200 }, new Date(Date.now() + DAY));
    expect(await stores.conversations.get("old:1", new Date(0))).toBeUndefined();
    expect(await stores.conversations.get("new", new Date())).toEqual({ i: 200 });
  });
});
