import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { scheduledJobs } from "croner";
import { afterEach, describe, expect, it } from "vitest";
import type { Envelope } from "../../src/commands/command.js";
import { parseConfig } from "../../src/config.js";
import { type DigestRuntime, digestStorePath, startDigest } from "../../src/digest/start-digest.js";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { fakeClock, recordingPoster, silentLogger, tempDir } from "./support.js";

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const envelope: Envelope = { platform: "shell", userId: "U1", channelKey: "shell:local" };

function configFor(dataDir: string) {
  const parsed = parseConfig({ DATA_DIR: dataDir, DIGEST_DEFAULT_TIMEZONE: "Europe/Berlin" });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.config;
}

function setup() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const dataDir = join(t.dir, "nested", "data");
  const clock = fakeClock("2025-11-03T06:00:00Z");
  const poster = recordingPoster("shell", clock.now);
  const engine = createFakeEngine();
  const start = async (schedule = false): Promise<DigestRuntime> => {
    const runtime = await startDigest({
      engine,
      config: configFor(dataDir),
      logger: silentLogger,
      now: clock.now,
      posters: [poster],
      schedule,
    });
    cleanups.push(() => runtime.stop());
    return runtime;
  };
  return { dataDir, clock, poster, start };
}

describe("startDigest", () => {
  it("creates DATA_DIR and a migrated SQLite file on first start", async () => {
    const { dataDir, start } = setup();
    const runtime = await start();
    await runtime.stop();
    const file = digestStorePath(dataDir);
    expect(file).toBe(join(dataDir, "deal-bot.sqlite"));
    expect(existsSync(file)).toBe(true);
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it("uses the configured default timezone for a channel that names none", async () => {
    const { start } = setup();
    const runtime = await start();
    expect(await runtime.service.subscribe(envelope, {})).toMatchObject({
      text: expect.stringContaining("every day at 09:00 (Europe/Berlin)"),
    });
  });

  it("schedules an every-minute job and removes it on stop", async () => {
    const { start } = setup();
    const runtime = await start(true);
    const job = scheduledJobs.find((j) => j.name === "deal-bot-digest");
    expect(job?.getPattern()).toBe("* * * * *");
    await runtime.stop();
    expect(scheduledJobs.find((j) => j.name === "deal-bot-digest")).toBeUndefined();
  });

  it("keeps subscriptions and the ledger across restarts, posting once a day", async () => {
    const { clock, poster, start } = setup();
    const first = await start();
    await first.service.subscribe(envelope, { time: "08:30", timezone: "UTC" });
    await first.stop();

    clock.set("2025-11-03T08:31:00Z");
    const second = await start();
    expect(await second.tick()).toMatchObject([{ outcome: "sent" }]);
    await second.stop();

    const third = await start();
    expect(await third.tick()).toEqual([]);
    expect(poster.posts).toHaveLength(1);
  });

  it("posts once when two bots share the data directory and tick together", async () => {
    const { poster, clock, start } = setup();
    const a = await start();
    const b = await start();
    await a.service.subscribe(envelope, { time: "08:30", timezone: "UTC" });
    clock.set("2025-11-03T08:30:00Z");
    const [fromA, fromB, fromAAgain] = await Promise.all([a.tick(), b.tick(), a.tick()]);
    // A tick asked for while one runs joins it rather than starting a second.
    expect(fromAAgain).toBe(fromA);
    expect([...fromA!, ...fromB!].filter((o) => o.outcome === "sent")).toHaveLength(1);
    expect(poster.posts).toHaveLength(1);
  });

  it("refuses to start when DATA_DIR cannot hold the database, naming it", async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const blocked = join(t.dir, "not-a-dir");
    writeFileSync(blocked, "");
    await expect(
      startDigest({
        engine: createFakeEngine(),
        config: configFor(blocked),
        logger: silentLogger,
        now: () => new Date(),
        posters: [],
        schedule: false,
      }),
    ).rejects.toThrow(blocked);
  });
});
