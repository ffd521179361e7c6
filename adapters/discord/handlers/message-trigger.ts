/**
 * Decides whether a message is for the bot, and what it follows up on. Pure, so every rule is tested
 * without Discord.
 */

/** The facts about a message that matter for the decision. */
export interface MessageFacts {
  botId: string;
  authorIsBot: boolean;
  /** In a DM with the bot (no guild). */
  isDm: boolean;
  /** The bot's user is mentioned (explicitly, or as the pinged author of a replied-to message). */
  mentionsBot: boolean;
  /** The message replies to this message. */
  referencedMessageId?: string;
  /** The replied-to message's author is the bot. */
  repliesToBot: boolean;
  /** The message stands in this thread... */
  threadId?: string;
  /** ...which this user started. */
  threadOwnerId?: string;
}

export type MessageTrigger =
  | { kind: "reply" | "thread"; previousQuestion?: string }
  | { kind: "mention" | "dm"; previousQuestion?: undefined };

/**
 * Why the bot should answer, or undefined to stay quiet. A reply to one of its answers, or a message in
 * a thread it started, is a follow-up needing no mention; `recall` finds the earlier question.
 */
export function classifyMessage(
  facts: MessageFacts,
  recall: (messageOrThreadId: string) => string | undefined,
): MessageTrigger | undefined {
  // Other bots (and the bot itself) could otherwise answer each other forever.
  if (facts.authorIsBot) return undefined;
  const ref = facts.referencedMessageId;
  if (ref) {
    const previousQuestion = recall(ref);
    if (previousQuestion !== undefined || facts.repliesToBot) return { kind: "reply", previousQuestion };
  }
  if (facts.threadId && facts.threadOwnerId === facts.botId) {
    return { kind: "thread", previousQuestion: recall(facts.threadId) };
  }
  if (facts.isDm) return { kind: "dm" };
  if (facts.mentionsBot) return { kind: "mention" };
  return undefined;
}

/** The question without the bot's mention(s). */
export function stripBotMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").trim();
}
