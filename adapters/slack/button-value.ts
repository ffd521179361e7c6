/**
 * What the "Share in channel" and "More sources" buttons carry. Slack caps a button's `value` at 2,000
 * characters, so a button holds the id of the answer in the server-side cache plus the question, clipped:
 * after a restart (cache empty) the click re-asks the question instead of failing.
 */
import { z } from "zod";
import { clip, escapeMrkdwn, unescapeMrkdwn } from "./escape.js";

export const SHARE_ACTION = "deal_share";
export const MORE_SOURCES_ACTION = "deal_more_sources";

/** Slack's limit for a button's `value`. */
export const MAX_BUTTON_VALUE = 2000;

const ButtonValueSchema = z.object({
  /** Key of the answer in the adapter's answer cache. */
  k: z.string().max(64),
  /** What the person asked (command text or question), to re-ask on a cache miss. */
  q: z.string().max(MAX_BUTTON_VALUE),
  /** The thread's earlier question, for follow-ups. */
  p: z.string().max(MAX_BUTTON_VALUE).optional(),
});
export type ButtonValue = z.infer<typeof ButtonValueSchema>;

/**
 * Serializes a button value, shortening the texts until it fits Slack's limit. The texts are stored
 * escaped: a value is never rendered, but no payload should carry a raw `<!channel>` at all.
 */
export function encodeButtonValue(value: ButtonValue): string {
  for (const [q, p] of [
    [600, 300],
    [300, 0],
    [100, 0],
    [0, 0],
  ] as const) {
    const encoded = JSON.stringify({
      k: value.k,
      q: escapeMrkdwn(clip(value.q, q)),
      ...(p && value.p ? { p: escapeMrkdwn(clip(value.p, p)) } : {}),
    });
    if (encoded.length <= MAX_BUTTON_VALUE) return encoded;
  }
  return JSON.stringify({ k: value.k.slice(0, 64), q: "" });
}

/** Parses a button value from a click; undefined when it is not one of ours. */
export function decodeButtonValue(raw: string | undefined): ButtonValue | undefined {
  if (!raw) return undefined;
  try {
    const parsed = ButtonValueSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return undefined;
    const { k, q, p } = parsed.data;
    return { k, q: unescapeMrkdwn(q), ...(p ? { p: unescapeMrkdwn(p) } : {}) };
  } catch {
    return undefined;
  }
}
