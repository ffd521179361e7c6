/**
 * Answering inside a conversation (a channel thread or a DM): ask the core, post the reply with
 * `chat.postMessage`, remember the thread's question. Shared by the mention, DM and thread listeners.
 * Whatever fails, the person gets a short visible reply where Slack still accepts one.
 */
import type { webApi } from "@slack/bolt";
import { askCore, type SlackDeps, slackEnvelope } from "./deps.js";
import { APOLOGY, describeError } from "./failures.js";
import { postMessageOnce } from "./post-message.js";
import { renderPlain, renderReply, type SlackMessage } from "./render.js";
import { threadKey } from "./thread-memory.js";

export interface Conversation {
  client: webApi.WebClient;
  team: string;
  channel: string;
  user: string;
  /** The thread to answer in; undefined answers at the top level (a DM). */
  threadTs?: string;
  /** What the person wrote, as plain text, the bot's mention removed. */
  text: string;
  /** In a shared channel a rate-limit notice goes to the asker alone. */
  shared: boolean;
  /**
   * True when the message opens the thread (a mention at a channel's top level): nothing can be
   * remembered for a thread that did not exist, so thread memory (a store round trip) is not read.
   */
  opensThread?: boolean;
}

/** Answers `text` in the conversation; never throws. */
export async function answerInConversation(deps: SlackDeps, c: Conversation): Promise<void> {
  const log = deps.logger.child({
    platform: "slack",
    team: c.team,
    channel: c.channel,
    user: c.user,
    thread: c.threadTs,
  });
  const key = threadKey(c.team, c.channel, c.threadTs);
  let message: SlackMessage;
  try {
    const before = c.opensThread ? undefined : await deps.threads.recall(key);
    const envelope = slackEnvelope(c.team, c.channel, c.user, before?.question, before?.storyId);
    const asked = await askCore(deps.core, c.text, envelope);
    if (!asked.ok) {
      await postNotice(c, asked.text).catch((err: unknown) =>
        log.error({ err: describeError(err) }, "posting the rate-limit notice failed"),
      );
      return;
    }
    // Both written before the answer is posted (a follow-up or a click may reach another replica), at once.
    const [, moreSources] = await Promise.all([
      deps.threads.remember(key, asked.reply, before),
      asked.reply.type === "answer"
        ? deps.answers.put({ reply: asked.reply, text: c.text, previousQuestion: envelope.previousQuestion })
        : undefined,
    ]);
    message = renderReply(asked.reply, { moreSources });
  } catch (err) {
    log.error(
      { err: describeError(err), question: c.text.slice(0, 200) },
      "answering a Slack message failed",
    );
    message = renderPlain(APOLOGY);
  }
  const onDelay = (seconds: number) => {
    log.warn({ retryAfter: seconds }, "Slack rate-limited the answer; telling the asker");
    void c.client.chat
      .postEphemeral({
        channel: c.channel,
        user: c.user,
        ...(c.threadTs ? { thread_ts: c.threadTs } : {}),
        text: `Slack is rate-limiting this channel: your answer is delayed by about ${Math.ceil(seconds)} s.`,
      })
      .catch((err: unknown) =>
        log.warn({ err: describeError(err) }, "telling the asker of the delay failed"),
      );
  };
  try {
    await post(c, message, deps.respondRetryDelaysMs, onDelay);
  } catch (err) {
    log.error({ err: describeError(err), method: "chat.postMessage" }, "posting the answer to Slack failed");
    // A rejected payload (invalid_blocks, msg_too_long) still leaves room for a plain apology.
    await post(c, { text: APOLOGY, blocks: [] }, deps.respondRetryDelaysMs).catch((err2: unknown) =>
      log.error({ err: describeError(err2), method: "chat.postMessage" }, "posting the apology failed too"),
    );
  }
}

function post(
  c: Conversation,
  message: SlackMessage,
  retryDelaysMs?: readonly number[],
  onDelay?: (seconds: number) => void,
) {
  return postMessageOnce(
    c.client,
    {
      channel: c.channel,
      ...(c.threadTs ? { thread_ts: c.threadTs } : {}),
      text: message.text,
      ...(message.blocks.length ? { blocks: message.blocks } : {}),
      unfurl_links: false,
      unfurl_media: false,
    },
    { retryDelaysMs, onDelay },
  );
}

function postNotice(c: Conversation, text: string) {
  const message = renderPlain(text);
  if (!c.shared) return post(c, message);
  return c.client.chat.postEphemeral({
    channel: c.channel,
    user: c.user,
    ...(c.threadTs ? { thread_ts: c.threadTs } : {}),
    text: message.text,
  });
}
