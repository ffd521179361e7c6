/**
 * "Share in channel" on an ephemeral `/deal` answer: posts the same answer publicly, attributed to the
 * asker by the user ID in Slack's signed payload (never by anything typed), then removes the ephemeral copy.
 */

import type { App, BlockButtonAction } from "@slack/bolt";
import { ANSWER_EXPIRED_TEXT, ANSWER_UNAVAILABLE_TEXT } from "../../../src/commands/reply.js";
import { AnswerUnavailableError } from "../../../src/store/button-answer-store.js";
import { decodeButtonValue, SHARE_ACTION } from "../button-value.js";
import type { SlackDeps } from "../deps.js";
import { APOLOGY, describeError, NOT_IN_CHANNEL, slackErrorCode, withRetries } from "../failures.js";
import { postMessageOnce } from "../post-message.js";
import { renderPlain, renderReply } from "../render.js";

export function registerShareButton(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(SHARE_ACTION, async ({ body, action, client, respond }) => {
    const team = body.team?.id ?? body.user.team_id ?? "unknown";
    const channel = body.channel?.id;
    const user = body.user.id;
    const log = deps.logger.child({ platform: "slack", team, channel, user, action: SHARE_ACTION });
    const tell = (text: string) =>
      withRetries(
        () => respond({ response_type: "ephemeral", replace_original: false, ...renderPlain(text) }),
        deps.respondRetryDelaysMs,
      ).catch((err: unknown) => log.error({ err: describeError(err) }, "replying to Share failed"));
    const value = decodeButtonValue(action.value);
    let entry: Awaited<ReturnType<typeof deps.answers.resolve>>;
    try {
      entry = value ? await deps.answers.resolve(value) : undefined;
    } catch (err) {
      if (!(err instanceof AnswerUnavailableError)) throw err;
      await tell(ANSWER_UNAVAILABLE_TEXT);
      return;
    }
    if (!entry || !channel) {
      log.debug({ reason: "answer expired" }, "share not posted");
      await tell(ANSWER_EXPIRED_TEXT);
      return;
    }
    try {
      const message = renderReply(entry.reply, {
        moreSources: action.value,
        sharedBy: { userId: user, question: `/deal ${entry.text}` },
      });
      await postMessageOnce(
        client,
        { channel, ...message, unfurl_links: false, unfurl_media: false },
        { retryDelaysMs: deps.respondRetryDelaysMs },
      );
    } catch (err) {
      log.error({ err: describeError(err), method: "chat.postMessage" }, "sharing an answer failed");
      await tell(slackErrorCode(err) === "not_in_channel" ? NOT_IN_CHANNEL : APOLOGY);
      return;
    }
    await withRetries(() => respond({ delete_original: true }), deps.respondRetryDelaysMs).catch(
      (err: unknown) =>
        log.warn({ err: describeError(err) }, "removing the ephemeral answer after sharing failed"),
    );
  });
}
