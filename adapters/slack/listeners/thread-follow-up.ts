/**
 * `message.channels` / `message.groups`: a reply in a channel thread where deal-bot already answered.
 * It needs no mention and is read with the thread's earlier question as context. Messages that do
 * mention the bot are left to the `app_mention` listener, so nothing is answered twice. A channel message
 * it leaves alone on purpose (not addressed to it, or in a thread it cannot place — never answered there,
 * or its memory of the thread is gone) is logged at debug with the reason.
 */
import type { App } from "@slack/bolt";
import { answerInConversation } from "../conversation.js";
import type { SlackDeps } from "../deps.js";
import { slackTextToPlain } from "../escape.js";
import { eventTeam, personMessage } from "../person-message.js";
import { threadKey } from "../thread-memory.js";

export function registerThreadFollowUp(app: App, deps: SlackDeps): void {
  app.message(async ({ message: event, body, context, client }) => {
    const message = personMessage(event);
    if (!message || message.channelType === "im") return;
    if (context.botUserId && message.text.includes(`<@${context.botUserId}`)) return;
    const skip = (reason: string) =>
      deps.logger.debug(
        { platform: "slack", reason, channel: message.channel, ts: event.ts },
        "message not answered",
      );
    if (!message.threadTs) return skip("a channel message not addressed to the bot");
    const team = eventTeam(body, context);
    if (!(await deps.threads.recall(threadKey(team, message.channel, message.threadTs)))) {
      return skip("a thread the bot has not answered in, or whose memory is gone (expired or lost)");
    }
    await answerInConversation(deps, {
      client,
      team,
      channel: message.channel,
      user: message.user,
      threadTs: message.threadTs,
      text: slackTextToPlain(message.text, context.botUserId),
      shared: true,
    });
  });
}
