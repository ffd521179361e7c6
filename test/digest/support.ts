/**
 * Shared test helpers for the digest: a clock tests move by hand, a poster that records (or refuses) posts,
 * hand-built articles, and temporary SQLite files.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Reply } from "../../src/commands/reply.js";
import type { DigestPoster, PostResult } from "../../src/digest/poster.js";
import { createLogger } from "../../src/logger.js";
import type { DigestStore } from "../../src/store/digest-store.js";
import { openSqliteDigestStore } from "../../src/store/sqlite-digest-store.js";
import type { Article } from "../../src/types.js";

export const silentLogger = createLogger("silent");

/** A clock that only moves when told to. */
export function fakeClock(start: string) {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set(iso: string) {
      t = new Date(iso).getTime();
    },
    advance(ms: number) {
      t += ms;
    },
  };
}

export interface RecordedPost {
  channelKey: string;
  reply: Reply;
  at: Date;
}

/** A poster that records every post; `fail` makes the next posts reject, `hold` keeps them pending. */
export function recordingPoster(platform: DigestPoster["platform"], now: () => Date) {
  const posts: RecordedPost[] = [];
  let failures = 0;
  let gate: Promise<void> | undefined;
  let open: () => void = () => {};
  let entered: () => void = () => {};
  let enteredPromise: Promise<void> = new Promise((r) => {
    entered = r;
  });
  const poster: DigestPoster & {
    posts: RecordedPost[];
    fail(times: number): void;
    hold(): { started: Promise<void>; release(): void };
  } = {
    platform,
    posts,
    fail(times) {
      failures = times;
    },
    hold() {
      gate = new Promise((r) => {
        open = r;
      });
      enteredPromise = new Promise((r) => {
        entered = r;
      });
      return {
        started: enteredPromise,
        release: () => {
          gate = undefined;
          open();
        },
      };
    },
    async post(channelKey, reply): Promise<PostResult> {
      entered();
      if (gate) await gate;
      if (failures > 0) {
        failures--;
        throw new Error("platform said: channel_not_found");
      }
      posts.push({ channelKey, reply, at: now() });
      return { messageId: `m${posts.length}` };
    },
  };
  return poster;
}

/** An article added to the corpus at `added`, its passages split from `sentences`. */
export function makeArticle(id: string, added: string | undefined, sentences: string[]): Article {
  return {
    meta: { id, title: `Title of ${id}`, publisher: "Example News", published: "2025-11-03", added },
    text: sentences.join(" "),
    aiGenerated: false,
    passages: sentences.map((text, index) => ({
      id: `${id}:${index}`,
      articleId: id,
      index,
      kind: "sentence" as const,
      text,
      paragraph: 0,
    })),
  };
}

/** A temporary directory, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), "deal-bot-digest-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens the SQLite store at `file`, failing the test on error. */
export function openStore(file: string): DigestStore {
  const opened = openSqliteDigestStore(file);
  if (!opened.ok) throw new Error(opened.error);
  return opened.store;
}
