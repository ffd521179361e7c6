/**
 * `message.im`: a direct message to deal-bot. The answer goes in the DM (in the thread, if the person
 * wrote in one); the DM itself is the conversation, so follow-ups there need no mention either.
 */
import type { App } from "@slack/bolt";
import { answerInConversation } from "../conversation.js";
import type { SlackDeps } from "../deps.js";
import { slackTextToPlain } from "../escape.js";
import { eventTeam, notPersonReason, personMessage } from "../person-message.js";

export function registerDirectMessage(app: App, deps: SlackDeps): void {
  app.message(async ({ message: event, body, context, client }) => {
    const message = personMessage(event);
    // Logged here only: this listener sees every message event, so each is explained once.
    const reason = notPersonReason(event);
    if (reason) deps.logger.debug({ platform: "slack", reason, ts: event.ts }, "message not answered");
    if (message?.channelType !== "im") return;
    await answerInConversation(deps, {
      client,
      team: eventTeam(body, context),
      channel: message.channel,
      user: message.user,
      ...(message.threadTs ? { threadTs: message.threadTs } : {}),
      text: slackTextToPlain(message.text, context.botUserId),
      shared: false,
    });
  });
}
