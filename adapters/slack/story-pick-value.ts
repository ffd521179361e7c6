/**
 * What a "which story?" button carries: the story picked and the question to ask again within it. Slack
 * caps a button's `value` at 2,000 characters and an `action_id` at 255; each button of one block needs
 * its own action id, so the id is a prefix plus the button's position, and the value holds the rest.
 */
import { z } from "zod";
import { MAX_BUTTON_VALUE } from "./button-value.js";
import { clip, escapeMrkdwn, unescapeMrkdwn } from "./escape.js";

/** Prefix of every story-picker button's `action_id` (`deal_pick_story_0`, `deal_pick_story_1`…). */
export const STORY_PICK_ACTION = "deal_pick_story_";
/** Matches the story-picker buttons' action ids. */
export const STORY_PICK_ACTION_PATTERN = /^deal_pick_story_\d+$/;

const StoryPickSchema = z.object({
  /** The picked story's id. */
  s: z.string().min(1).max(80),
  /** The question to ask again within that story. */
  q: z.string().max(MAX_BUTTON_VALUE),
});
export type StoryPick = z.infer<typeof StoryPickSchema>;

/**
 * Serializes a pick, shortening the texts until it fits Slack's limit. Texts are stored escaped, like
 * every button value: a value is never rendered, but no payload should carry a raw `<!channel>`.
 */
export function encodeStoryPick(pick: StoryPick): string {
  const s = pick.s.slice(0, 80);
  for (const max of [1000, 600, 300]) {
    const encoded = JSON.stringify({ s, q: escapeMrkdwn(clip(pick.q, max)) });
    if (encoded.length <= MAX_BUTTON_VALUE) return encoded;
  }
  return JSON.stringify({ s, q: "" });
}

/** Parses a pick from a click; undefined when it is not one of ours. */
export function decodeStoryPick(raw: string | undefined): StoryPick | undefined {
  if (!raw) return undefined;
  try {
    const parsed = StoryPickSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return undefined;
    return { s: parsed.data.s, q: unescapeMrkdwn(parsed.data.q) };
  } catch {
    return undefined;
  }
}
