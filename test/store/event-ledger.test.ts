import { afterEach, describe, expect, it } from "vitest";
import { storeBackends } from "./backends.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const t0 = new Date("2025-11-03T07:30:00Z");
const HOUR = 3_600_000;

describe.each(storeBackends)("event ledger on $name", (backend) => {
  async function open() {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    return opened;
  }

  it("lets the first delivery of an event through and refuses its retries", async () => {
    const { stores } = await open();
    expect(await stores.events.claim("slack:Ev1", t0, HOUR)).toBe(true);
    expect(await stores.events.claim("slack:Ev1", new Date(t0.getTime() + 1000), HOUR)).toBe(false);
    expect(await stores.events.claim("slack:Ev2", t0, HOUR)).toBe(true);
  });

  it("forgets an event once its record expires", async () => {
    const { stores } = await open();
    await stores.events.claim("discord:123", t0, HOUR);
    expect(await stores.events.claim("discord:123", new Date(t0.getTime() + HOUR - 1), HOUR)).toBe(false);
    expect(await stores.events.claim("discord:123", new Date(t0.getTime() + HOUR), HOUR)).toBe(true);
  });

  it("gives an event to exactly one of several handles claiming it at once", async () => {
    const opened = await open();
    const handles = [opened.stores, await opened.reopen(), await opened.reopen()];
    const results = await Promise.all(
      handles.flatMap((h) => [1, 2, 3].map(() => h.events.claim("slack:EvRace", t0, HOUR))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("keeps records bounded: expired ones are pruned as new events arrive", async () => {
    const { stores } = await open();
    for (let i = 0; i < 450; i++) await stores.events.claim(`old:${i}`, t0, 1000);
    const later = new Date(t0.getTime() + HOUR);
    for (let i = 0; i < 450; i++) await stores.events.claim(`new:${i}`, later, 1000);
    // Every old record expired before the new ones came; a pruned or expired id is claimable again.
    expect(await stores.events.claim("old:1", later, 1000)).toBe(true);
    expect(await stores.events.claim("new:1", later, 1000)).toBe(false);
  });
});
