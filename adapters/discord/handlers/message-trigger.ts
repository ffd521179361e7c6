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
  /**
   * The bot is mentioned: its user (explicitly, or as the pinged author of a replied-to message), or its
   * own managed role (`<@&id>`, which Discord's @-autocomplete offers beside the user).
   */
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

/** The question without the bot's mention(s): of its user, and of its managed role when it has one. */
export function stripBotMention(content: string, botId: string, botRoleId?: string): string {
  const role = botRoleId ? `|<@&${botRoleId}>` : "";
  return content.replace(new RegExp(`<@!?${botId}>${role}`, "g"), " ").trim();
}

/** Why a message the bot does not answer is left alone, for the debug log (mirrors Slack's reasons). */
export function notAnsweredReason(author: { isSelf: boolean; isBot: boolean; isSystem: boolean }): string {
  if (author.isSelf) return "sent by the bot itself";
  if (author.isSystem) return "a system message";
  if (author.isBot) return "sent by a bot";
  return "not addressed to the bot (no mention of it or its role, not a DM, not a reply to its answer or in its thread)";
}
