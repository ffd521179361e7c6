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

/** The message as a person's message, or undefined when it is anything else. */
export function personMessage(
  message: types.MessageEvent | types.AppMentionEvent,
): PersonMessage | undefined {
  const m = message as Partial<types.GenericMessageEvent> & { subtype?: string };
  if (m.subtype !== undefined || m.bot_id || !m.user || !m.text || !m.ts || !m.channel) return undefined;
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
