/**
 * Picks out the message events a person wrote. Bolt's `ignoreSelf` drops only the bot's own messages;
 * other bots, edits (`message_changed`), joins and file shares arrive too and must never be answered.
 */
import type { types } from "@slack/bolt";

export interface PersonMessage {
  user: string;
  text: string;
  ts: string;
  threadTs?: string;
  channel: string;
  channelType: string;
}

/**
 * Subtypes that still carry a person's own words: a thread reply also sent to the channel, a message
 * with a file, a `/me` message. Every other subtype (edits, deletions, joins, bot messages…) is not a
 * question.
 */
const PERSON_SUBTYPES = new Set(["thread_broadcast", "file_share", "me_message"]);

/** Why `message` is not a person's message to answer, or undefined when it is one. */
export function notPersonReason(message: types.MessageEvent | types.AppMentionEvent): string | undefined {
  const m = message as Partial<types.GenericMessageEvent> & { subtype?: string };
  if (m.subtype !== undefined && !PERSON_SUBTYPES.has(m.subtype)) return `message subtype ${m.subtype}`;
  if (m.bot_id) return "sent by a bot";
  if (!m.user) return "no user";
  if (!m.text) return "no text";
  if (!m.ts || !m.channel) return "no timestamp or channel";
  return undefined;
}

/** The message as a person's message, or undefined when it is anything else. */
export function personMessage(
  message: types.MessageEvent | types.AppMentionEvent,
): PersonMessage | undefined {
  const m = message as Partial<types.GenericMessageEvent> & { subtype?: string };
  if (notPersonReason(message) || !m.user || !m.text || !m.ts || !m.channel) return undefined;
  return {
    user: m.user,
    text: m.text,
    ts: m.ts,
    ...(m.thread_ts ? { threadTs: m.thread_ts } : {}),
    channel: m.channel,
    channelType: m.channel_type ?? "channel",
  };
}

/** The team an event belongs to: the envelope's, else the event's own. */
export function eventTeam(body: { team_id?: string }, context: { teamId?: string }): string {
  return body.team_id ?? context.teamId ?? "unknown";
}
