/**
 * "More sources" under an answer: shows the clicker, privately, every supporting quote and the quotes
 * that state a different value.
 */
import type { App, BlockButtonAction } from "@slack/bolt";
import { ANSWER_EXPIRED_TEXT, ANSWER_UNAVAILABLE_TEXT } from "../../../src/commands/reply.js";
import { AnswerUnavailableError } from "../../../src/store/button-answer-store.js";
import { decodeButtonValue, MORE_SOURCES_ACTION } from "../button-value.js";
import type { SlackDeps } from "../deps.js";
import { APOLOGY, describeError, withRetries } from "../failures.js";
import { renderMoreSources, renderPlain, type SlackMessage } from "../render.js";

export function registerMoreSourcesButton(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(MORE_SOURCES_ACTION, async ({ body, action, respond }) => {
    const team = body.team?.id ?? body.user.team_id ?? "unknown";
    const channel = body.channel?.id ?? "unknown";
    const user = body.user.id;
    const log = deps.logger.child({ platform: "slack", team, channel, user, action: MORE_SOURCES_ACTION });
    let message: SlackMessage;
    try {
      const value = decodeButtonValue(action.value);
      const entry = value && (await deps.answers.resolve(value));
      message = entry ? renderMoreSources(entry.reply.result) : renderPlain(ANSWER_EXPIRED_TEXT);
    } catch (err) {
      if (err instanceof AnswerUnavailableError) {
        message = renderPlain(ANSWER_UNAVAILABLE_TEXT);
      } else {
        log.error({ err: describeError(err) }, "showing more sources failed");
        message = renderPlain(APOLOGY);
      }
    }
    await withRetries(
      () => respond({ response_type: "ephemeral", replace_original: false, ...message }),
      deps.respondRetryDelaysMs,
    ).catch((err: unknown) =>
      log.error({ err: describeError(err), method: "response_url" }, "replying to More sources failed"),
    );
  });
}
