import { describe, expect, it, vi } from "vitest";
import { CannotStartError, orExit, startCore } from "../../adapters/start-core.js";
import { parseConfig } from "../../src/config.js";
import { boundForAnswers } from "../../src/store/answer-path-stores.js";
import type { Stores } from "../../src/store/open-store.js";
import { silentLogger } from "../digest/support.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { hangingStores } from "../fixtures/hanging-stores.js";

describe("startCore", () => {
  it("stops with a message naming the masked DATABASE_URL when the first read of shared articles fails", async () => {
    const parsed = parseConfig({ DATABASE_URL: "postgres://bot:s3cret@db.internal:5432/deals", FEEDS: "" });
    if (!parsed.ok) throw new Error(parsed.error);
    // Migrations ran, then the database stopped answering: the catch-up read fails as pg reports it.
    const stores: Stores = {
      ...hangingStores().stores,
      articles: {
        put: async () => true,
        since: () => Promise.reject(new Error("Connection terminated due to connection timeout")),
        watch: async () => async () => undefined,
      },
    };
    const started = startCore({
      engine: createFakeEngine(),
      config: parsed.config,
      logger: silentLogger,
      now: () => new Date(),
      posters: [],
      schedule: false,
      opened: { stores: boundForAnswers(stores, { logger: silentLogger }), health: { ok: true } },
    });
    await expect(started).rejects.toBeInstanceOf(CannotStartError);
    await expect(started).rejects.toThrow(
      "cannot reach PostgreSQL at postgres://bot:***@db.internal:5432/deals (DATABASE_URL): reading the " +
        "shared articles failed (Connection terminated due to connection timeout)",
    );
  });

  it("prints a CannotStartError's message without a stack and exits 1; other errors go on", async () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const exit = vi.spyOn(process, "exit").mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    try {
      await expect(orExit(Promise.reject(new CannotStartError("cannot reach PostgreSQL")))).rejects.toThrow(
        "exit 1",
      );
      expect(printed.mock.calls).toEqual([["deal-bot cannot start: cannot reach PostgreSQL"]]);
      await expect(orExit(Promise.reject(new TypeError("a bug")))).rejects.toThrow("a bug");
      expect(await orExit(Promise.resolve(7))).toBe(7);
    } finally {
      printed.mockRestore();
      exit.mockRestore();
    }
  });
});
