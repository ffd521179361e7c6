/**
 * What every Discord handler gets, and the message options every send uses.
 */
import type { Core } from "../../src/core.js";
import type { Logger } from "../../src/logger.js";
import type { ConversationMemory } from "./memory.js";

export interface DiscordDeps {
  core: Core;
  logger: Logger;
  memory: ConversationMemory;
}

/**
 * Nothing a message carries may ping anyone: not a `<@id>` or `@everyone` typed into a question, not an
 * article's text, not the asker of a replied-to message. Passed explicitly on every send, on top of the
 * client default, so interaction replies and webhook follow-ups are covered too.
 */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const satisfies {
  parse: [];
  repliedUser: boolean;
};

/** The short apology a person sees when answering failed for a reason that is not theirs. */
export const ERROR_TEXT = "Sorry, something went wrong while answering. Please try again in a minute.";

/** The per-user rate-limit key, shared with the core's limiter. */
export function rateLimitKey(userId: string): string {
  return `discord:${userId}`;
}
