/**
 * The stores as the answer path uses them: no answer waits on the database for more than a short, fixed
 * time. A database that refuses connections fails fast by itself; one that hangs (a frozen host, a network
 * blackhole) would otherwise hold every answer until the pool's query timeout, or for ever on an open
 * connection. Here reads give up after `waitMs` (the callers then use this process's memory), writes are
 * handed to `WriteRetries` (retried in the background, logged), and while the heartbeat says the store is
 * down nothing is tried at all. The digest's own calls and ingestion keep the raw stores.
 */
import { createBoundedMap } from "../bounded-map.js";
import type { Logger } from "../logger.js";
import type { ExpiringStore } from "./button-answer-store.js";
import type { StoryFollow, StoryFollows } from "./digest-store.js";
import type { Stores } from "./open-store.js";
import { createWriteRetries, type WriteRetries, withDeadline } from "./write-retries.js";

/**
 * How long an answer waits on one store call: 2 s. A healthy store answers in milliseconds even under the
 * soak's load; a delivery makes at most a few calls in sequence (claim, follows, rate window, thread memory,
 * then the two writes at once), so even the first answers after the database hangs are seconds late, and
 * once the heartbeat notices (within about 7 s) none wait at all.
 */
export const ANSWER_STORE_WAIT_MS = 2000;

export interface AnswerPathOptions {
  logger: Logger;
  waitMs?: number;
  /** The background retries of writes (default: created here, stopped by `close`). */
  retries?: WriteRetries;
}

/** `Stores` plus the retries behind its writes and the bounded followed stories. */
export type AnswerPathStores = Stores & {
  /** Writes deferred while the database was slow or away, retried in the background. */
  retries: WriteRetries;
  /** The channels' followed stories for questions and `/deal follow` (the digest keeps `digest`). */
  follows: StoryFollows;
};

/**
 * Wraps `stores` (PostgreSQL; SQLite never waits on a network and is returned as it is, with retries that
 * are never used) so that the event ledger's claims, the rate windows, thread memory, button answers and
 * the channels' followed stories are bounded by `waitMs`.
 */
export function boundForAnswers(stores: Stores, options: AnswerPathOptions): AnswerPathStores {
  const waitMs = options.waitMs ?? ANSWER_STORE_WAIT_MS;
  const retries =
    options.retries ?? createWriteRetries({ logger: options.logger, reachable: stores.reachable, waitMs });
  if (stores.backend === "sqlite") return { ...stores, retries, follows: stores.digest };
  const down = () => !stores.reachable();
  const bounded = <T>(what: string, call: () => Promise<T>): Promise<T> =>
    down()
      ? Promise.reject(new Error(`${what}: the store is unreachable (heartbeat)`))
      : withDeadline(call(), waitMs, what);
  const expiring = (store: ExpiringStore, name: string): ExpiringStore => ({
    async put(key, value, expiresAt) {
      await retries.run(`${name}:${key}`, `storing ${name}`, () => store.put(key, value, expiresAt));
    },
    get: (key, now) => bounded(`reading ${name}`, () => store.get(key, now)),
  });
  // The last followed stories read per channel stand in while the store does not answer.
  const lastFollows = createBoundedMap<string, StoryFollow[]>(10_000);
  const { digest } = stores;
  return {
    ...stores,
    retries,
    events: {
      // Not retried here: the caller retries with the same owner, or decides from memory once it is down.
      claim: (key, now, ttlMs, owner) =>
        bounded("claiming a delivery", () => stores.events.claim(key, now, ttlMs, owner)),
    },
    rateWindows: {
      hit: (key, windowStart, limit, expiresAt) =>
        bounded("counting a rate window", () => stores.rateWindows.hit(key, windowStart, limit, expiresAt)),
    },
    buttons: expiring(stores.buttons, "a button's answer"),
    conversations: expiring(stores.conversations, "thread memory"),
    follows: {
      async listFollows(channelKey) {
        try {
          const follows = await bounded("reading followed stories", () => digest.listFollows(channelKey));
          lastFollows.set(channelKey, follows);
          return follows;
        } catch (err) {
          const known = lastFollows.get(channelKey);
          if (known) return known;
          throw err;
        }
      },
      // A person waits on these: they fail clearly rather than hang (the command's reply says so).
      saveFollow: (follow) => bounded("following a story", () => digest.saveFollow(follow)),
      deleteFollow: (channelKey, storyId) =>
        bounded("unfollowing a story", () => digest.deleteFollow(channelKey, storyId)),
    },
    async close() {
      await retries.stop();
      await stores.close();
    },
  };
}
