/**
 * `/deal add <url>` as the command table sees it: checks who may add, runs the pipeline and turns the
 * outcome into a reply. Anything unexpected is logged and answered with a short apology, never silence.
 */
import type { Engine } from "../answer/engine.js";
import type { Reply } from "../commands/reply.js";
import { unwrapUrl } from "../commands/unwrap-url.js";
import type { Logger } from "../logger.js";
import type { Envelope } from "../types.js";
import type { ArticleAdder } from "./add-article.js";
import { addedReply } from "./added-reply.js";

/** Adding coverage as the command table sees it. */
export interface IngestService {
  /** Fetches, extracts, stores and indexes the article at `url`, if the asker may add. */
  addUrl(url: string, envelope: Envelope): Promise<Reply>;
}

export interface IngestServiceDeps {
  engine: Engine;
  adder: ArticleAdder;
  /** ADD_ALLOWED_USERS: `*` for everyone, else platform user IDs (optionally `slack:U1`, `discord:123`). */
  allowedUsers: readonly string[];
  publicBaseUrl: string | undefined;
  logger: Logger;
  /**
   * False while the shared store (PostgreSQL) is known to be unreachable: the article is then answered on
   * this replica only, and the reply says when the others get it.
   */
  storeReachable?: () => boolean;
}

/** What `/deal add` adds to its reply while the shared store is unreachable. */
export const SHARED_LATER_NOTE =
  "The shared database is unreachable: this replica answers from the article now; the other replicas get it once the database is back (the write is retried).";

/** True when `envelope`'s user may add articles. */
export function mayAdd(allowedUsers: readonly string[], envelope: Envelope): boolean {
  return (
    allowedUsers.includes("*") ||
    allowedUsers.includes(envelope.userId) ||
    allowedUsers.includes(`${envelope.platform}:${envelope.userId}`)
  );
}

/** Creates the service the `add` command calls. */
export function createIngestService(deps: IngestServiceDeps): IngestService {
  return {
    async addUrl(url, envelope) {
      if (!mayAdd(deps.allowedUsers, envelope)) {
        deps.logger.info(
          { userId: envelope.userId, platform: envelope.platform },
          "add refused: user not allowed",
        );
        return {
          type: "notice",
          tone: "warning",
          text: "You may not add articles on this bot; ask an admin to add your user ID to ADD_ALLOWED_USERS.",
        };
      }
      try {
        const outcome = await deps.adder.addUrl(unwrapUrl(url));
        const reply = addedReply(outcome, deps.engine, deps.publicBaseUrl);
        const down = deps.storeReachable !== undefined && !deps.storeReachable();
        return reply.type === "added" && down ? { ...reply, note: SHARED_LATER_NOTE } : reply;
      } catch (error) {
        deps.logger.error({ err: error, url }, "adding an article failed unexpectedly");
        return {
          type: "notice",
          tone: "error",
          text: "Sorry, something went wrong while adding that article; nothing was added.",
        } satisfies Reply;
      }
    },
  };
}
