/**
 * `app_mention`: someone wrote `@deal-bot …` in a channel. The answer goes in a thread under the question,
 * or in the thread it was asked in.
 */
import type { App } from "@slack/bolt";
import { answerInConversation } from "../conversation.js";
import type { SlackDeps } from "../deps.js";
import { slackTextToPlain } from "../escape.js";
import { eventTeam, notPersonReason, personMessage } from "../person-message.js";

export function registerAppMention(app: App, deps: SlackDeps): void {
  app.event("app_mention", async ({ event, body, context, client }) => {
    const message = personMessage(event);
    if (!message) {
      deps.logger.debug({ platform: "slack", reason: notPersonReason(event) }, "mention not answered");
      return;
    }
    await answerInConversation(deps, {
      client,
      team: eventTeam(body, context),
      channel: message.channel,
      user: message.user,
      threadTs: message.threadTs ?? message.ts,
      text: slackTextToPlain(message.text, context.botUserId),
      shared: true,
      opensThread: message.threadTs === undefined,
    });
  });
}
