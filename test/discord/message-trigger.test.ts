import { describe, expect, it } from "vitest";
import {
  classifyMessage,
  type MessageFacts,
  notAnsweredReason,
  stripBotMention,
} from "../../adapters/discord/handlers/message-trigger.js";

const facts = (over: Partial<MessageFacts>): MessageFacts => ({
  botId: "9",
  authorIsBot: false,
  isDm: false,
  mentionsBot: false,
  repliesToBot: false,
  ...over,
});
const memory = new Map([
  ["m1", "how much is the deal worth?"],
  ["t1", "which chips?"],
]);
const recall = (id: string) => memory.get(id);

describe("classifyMessage", () => {
  it("stays quiet for a channel message that is not for the bot", () => {
    expect(classifyMessage(facts({}), recall)).toBeUndefined();
  });

  it("ignores bots even when they mention it or DM it", () => {
    expect(
      classifyMessage(facts({ authorIsBot: true, mentionsBot: true, isDm: true }), recall),
    ).toBeUndefined();
  });

  it("answers mentions and DMs without a previous question", () => {
    expect(classifyMessage(facts({ mentionsBot: true }), recall)).toEqual({ kind: "mention" });
    expect(classifyMessage(facts({ isDm: true }), recall)).toEqual({ kind: "dm" });
  });

  it("follows up a reply to one of its answers with that answer's question", () => {
    expect(classifyMessage(facts({ referencedMessageId: "m1", repliesToBot: true }), recall)).toEqual({
      kind: "reply",
      previousQuestion: "how much is the deal worth?",
    });
  });

  it("answers a reply to a bot message it no longer remembers, without context", () => {
    expect(classifyMessage(facts({ referencedMessageId: "old", repliesToBot: true }), recall)).toEqual({
      kind: "reply",
      previousQuestion: undefined,
    });
  });

  it("ignores a reply to someone else's message", () => {
    expect(classifyMessage(facts({ referencedMessageId: "other" }), recall)).toBeUndefined();
  });

  it("follows up in a thread it started, but not in other threads", () => {
    expect(classifyMessage(facts({ threadId: "t1", threadOwnerId: "9" }), recall)).toEqual({
      kind: "thread",
      previousQuestion: "which chips?",
    });
    expect(classifyMessage(facts({ threadId: "t1", threadOwnerId: "5" }), recall)).toBeUndefined();
  });
});

describe("stripBotMention", () => {
  it("removes both mention forms of the bot and nobody else's", () => {
    expect(stripBotMention("<@9> value <@!9> <@8>", "9")).toBe("value   <@8>");
  });

  it("removes a mention of the bot's managed role, and no other role's", () => {
    expect(stripBotMention("<@&7> value <@&6>", "9", "7")).toBe("value <@&6>");
    expect(stripBotMention("<@&7> value", "9")).toBe("<@&7> value");
  });
});

describe("notAnsweredReason", () => {
  const author = { isSelf: false, isBot: false, isSystem: false };
  it("names the bot itself before other bots, and system messages", () => {
    expect(notAnsweredReason({ ...author, isSelf: true, isBot: true })).toBe("sent by the bot itself");
    expect(notAnsweredReason({ ...author, isBot: true })).toBe("sent by a bot");
    expect(notAnsweredReason({ ...author, isSystem: true })).toBe("a system message");
    expect(notAnsweredReason(author)).toMatch(/^not addressed to the bot/);
  });
});
