/**
 * A "which story?" button: asks the question again within the picked story and puts the answer in place
 * of the question's "which story?" reply (`replace_original` through the click's `response_url`) — kept
 * ephemeral when it was, with the buttons its kind of answer has. In a thread or DM the picked story
 * becomes the conversation's, so follow-ups stay in it.
 */
import type { App, BlockButtonAction } from "@slack/bolt";
import { ANSWER_EXPIRED_TEXT } from "../../../src/commands/reply.js";
import { askCore, type SlackDeps, slackEnvelope } from "../deps.js";
import { APOLOGY, describeError, withRetries } from "../failures.js";
import { renderPlain, renderReply, type SlackMessage } from "../render.js";
import { decodeStoryPick, STORY_PICK_ACTION_PATTERN } from "../story-pick-value.js";
import { threadKey } from "../thread-memory.js";

export function registerStoryPickButton(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(
    { type: "block_actions", action_id: STORY_PICK_ACTION_PATTERN },
    async ({ body, action, respond }) => {
      const team = body.team?.id ?? body.user.team_id ?? "unknown";
      const channel = body.channel?.id ?? "unknown";
      const user = body.user.id;
      const log = deps.logger.child({ platform: "slack", team, channel, user, action: action.action_id });
      // An ephemeral reply (to `/deal`) has no message in the payload; a thread or DM reply has one.
      const ephemeral = body.container?.is_ephemeral === true || !body.message;
      const key = ephemeral ? undefined : threadKey(team, channel, body.message?.thread_ts);
      let message: SlackMessage;
      try {
        const pick = decodeStoryPick(action.value);
        if (!pick?.q) {
          message = renderPlain(ANSWER_EXPIRED_TEXT);
        } else {
          // The thread's question before this one, for a short follow-up ("and when?") that needed a story.
          const state = key ? await deps.threads.recall(key) : undefined;
          const before = state?.question;
          const envelope = slackEnvelope(team, channel, user, before !== pick.q ? before : undefined, pick.s);
          const asked = await askCore(deps.core, pick.q, envelope);
          if (!asked.ok) {
            message = renderPlain(asked.text);
          } else {
            if (key) await deps.threads.remember(key, asked.reply, state);
            const value =
              asked.reply.type === "answer"
                ? await deps.answers.put({
                    reply: asked.reply,
                    text: pick.q,
                    previousQuestion: envelope.previousQuestion,
                  })
                : undefined;
            message = renderReply(asked.reply, {
              moreSources: value,
              ...(ephemeral ? { share: value } : {}),
            });
          }
        }
      } catch (err) {
        log.error({ err: describeError(err) }, "answering within the picked story failed");
        message = renderPlain(APOLOGY);
      }
      await withRetries(
        () =>
          respond({
            ...(ephemeral ? { response_type: "ephemeral" as const } : {}),
            replace_original: true,
            ...message,
          }),
        deps.respondRetryDelaysMs,
      ).catch((err: unknown) =>
        log.error({ err: describeError(err), method: "response_url" }, "replying to a story pick failed"),
      );
    },
  );
}
