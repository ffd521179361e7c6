/**
 * `/deal …`: `/deal value`, `/deal help`, `/deal <free question>`. Acked at once by ack-at-once.ts (Slack's 3-second rule);
 * the reply follows through `response_url`, ephemeral to the asker, with a "Share in channel" button on
 * answers.
 */
import type { App } from "@slack/bolt";
import { askCore, type SlackDeps, slackEnvelope } from "../deps.js";
import { slackTextToPlain } from "../escape.js";
import { APOLOGY, describeError, withRetries } from "../failures.js";
import { renderPlain, renderReply, type SlackMessage } from "../render.js";

/** The command as registered in `manifest.yml`. */
export const SLASH_COMMAND = "/deal";

export function registerSlashCommand(app: App, deps: SlackDeps): void {
  app.command(SLASH_COMMAND, async ({ command, respond, context }) => {
    const team = command.team_id;
    const log = deps.logger.child({
      platform: "slack",
      team,
      channel: command.channel_id,
      user: command.user_id,
    });
    const send = (message: SlackMessage) =>
      withRetries(() => respond({ response_type: "ephemeral", ...message }), deps.respondRetryDelaysMs);
    const text = slackTextToPlain(command.text ?? "", context.botUserId);
    let message: SlackMessage;
    try {
      const asked = await askCore(deps.core, text, slackEnvelope(team, command.channel_id, command.user_id));
      if (!asked.ok) {
        message = renderPlain(asked.text);
      } else if (asked.reply.type === "answer") {
        const value = await deps.answers.put({ reply: asked.reply, text });
        message = renderReply(asked.reply, { moreSources: value, share: value });
      } else {
        message = renderReply(asked.reply);
      }
    } catch (err) {
      log.error({ err: describeError(err), command: text.slice(0, 200) }, "answering /deal failed");
      message = renderPlain(APOLOGY);
    }
    try {
      await send(message);
    } catch (err) {
      log.error({ err: describeError(err), method: "response_url" }, "replying to /deal failed");
      await send(renderPlain(APOLOGY)).catch(() => {});
    }
  });
}
