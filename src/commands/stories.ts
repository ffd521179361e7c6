/**
 * Commands about stories: `/deal stories` lists them, `/deal follow <story>` makes one the channel's
 * default, `/deal sources [story]` lists one story's articles. Also how every question learns the
 * conversation's and the channel's story (`answerOptionsFor`).
 */
import { distance } from "fastest-levenshtein";
import type { AnswerOptions } from "../answer/engine.js";
import type { Story } from "../stories/describe-story.js";
import type { CommandContext, CommandSpec } from "./command.js";
import type { Reply } from "./reply.js";

/** The channel's followed story, where the store has one and it answers. */
async function followedStory(ctx: CommandContext): Promise<string | undefined> {
  try {
    return (await ctx.follows?.getFollow(ctx.envelope.channelKey))?.storyId;
  } catch {
    // A store that cannot be read costs the default story, never the answer.
    return undefined;
  }
}

/**
 * What a question in this conversation and channel is answered with: the previous question (unless
 * `previousQuestion: false`, for a shorthand that is a whole question), the conversation's story and the
 * channel's followed story.
 */
export async function answerOptionsFor(
  ctx: CommandContext,
  use: { previousQuestion: boolean } = { previousQuestion: true },
): Promise<AnswerOptions> {
  const followed = await followedStory(ctx);
  const { previousQuestion, storyId } = ctx.envelope;
  return {
    ...(use.previousQuestion && previousQuestion ? { previousQuestion } : {}),
    ...(storyId ? { storyId } : {}),
    ...(followed ? { followedStoryId: followed } : {}),
  };
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}$.]+/gu) ?? [];

/**
 * The story a person named: by id, by title, or by words all found in its title ("oracle", "openai
 * oracle"); else the closest ids for a did-you-mean.
 */
export function findStory(
  stories: readonly Story[],
  input: string,
): { ok: true; story: Story } | { ok: false; suggestions: string[] } {
  const wanted = input.trim().toLowerCase();
  const exact = stories.find((s) => s.id === wanted || s.title.toLowerCase() === wanted);
  if (exact) return { ok: true, story: exact };
  const asked = words(wanted);
  const matching = stories.filter((s) => {
    const own = new Set([...words(s.title), ...s.id.split("-")]);
    return asked.length > 0 && asked.every((w) => own.has(w));
  });
  if (matching.length === 1) return { ok: true, story: matching[0]! };
  const close = (matching.length ? matching : stories)
    .map((s) => ({ id: s.id, d: matching.length ? 0 : distance(wanted, s.id) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(x.id.length / 3)))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .map((x) => x.id);
  return { ok: false, suggestions: close };
}

function unknownStory(input: string, suggestions: string[], command: string, ctx: CommandContext): Reply {
  if (suggestions.length) {
    return { type: "did_you_mean", input, suggestions: suggestions.map((id) => `${command} ${id}`) };
  }
  const known = ctx.engine.stories().map((s) => `\`${s.id}\``);
  return {
    type: "notice",
    tone: "warning",
    text: `I know no story “${input}”. ${known.length ? `Stories: ${known.join(", ")}.` : "No articles are loaded."}`,
  };
}

export const storiesCommand: CommandSpec = {
  name: "stories",
  description: "List the deals I follow, newest first",
  kind: "utility",
  options: [],
  run: async (_options, ctx) => {
    const followed = await followedStory(ctx);
    // A follow saved under an id the story had before still marks it.
    const followedId = followed ? ctx.engine.story(followed)?.id : undefined;
    const stories = [...ctx.engine.stories()].sort((a, b) =>
      (b.latest ?? "") < (a.latest ?? "") ? -1 : (b.latest ?? "") > (a.latest ?? "") ? 1 : 0,
    );
    return {
      type: "stories",
      stories: stories.map((s) => ({
        id: s.id,
        title: s.title,
        sources: s.articleIds.length,
        ...(s.latest ? { latest: s.latest } : {}),
        followed: followedId !== undefined && s.id === followedId,
      })),
    };
  },
};

export const followCommand: CommandSpec = {
  name: "follow",
  description: "Answer this channel's questions from one story by default",
  kind: "utility",
  options: [
    {
      name: "story",
      description: "The story's id or title words (see /deal stories)",
      required: true,
      rest: true,
    },
  ],
  run: async (options, ctx) => {
    const input = options.story?.trim() ?? "";
    const found = findStory(ctx.engine.stories(), input);
    if (!found.ok) return unknownStory(input, found.suggestions, "follow", ctx);
    if (!ctx.follows) {
      return {
        type: "notice",
        tone: "error",
        text: "I can't remember a followed story right now: my store is unavailable.",
      };
    }
    await ctx.follows.saveFollow({
      channelKey: ctx.envelope.channelKey,
      storyId: found.story.id,
      followedBy: ctx.envelope.userId,
      followedAt: ctx.now(),
    });
    return {
      type: "notice",
      tone: "success",
      text: `This channel now follows “${found.story.title}” (${found.story.articleIds.length} sources): questions that name no other story are answered from it.`,
    };
  },
};

export const sourcesCommand: CommandSpec = {
  name: "sources",
  description: "List the articles of a story",
  kind: "utility",
  options: [
    {
      name: "story",
      description: "The story (default: this conversation's or channel's)",
      required: false,
      rest: true,
    },
  ],
  run: async (options, ctx) => {
    const { engine } = ctx;
    const listings = (ids: readonly string[]) => ids.flatMap((id) => engine.listing(id) ?? []);
    const input = options.story?.trim();
    let story: Story | undefined;
    if (input) {
      const found = findStory(engine.stories(), input);
      if (!found.ok) return unknownStory(input, found.suggestions, "sources", ctx);
      story = found.story;
    } else {
      const choice = engine.chooseStory("", await answerOptionsFor(ctx));
      story = choice.ok ? choice.story : undefined;
    }
    // With one story, or none chosen, every article is listed as before.
    if (!story || engine.stories().length <= 1) {
      return { type: "sources", sources: listings(engine.articles().map((a) => a.meta.id)) };
    }
    return {
      type: "sources",
      sources: listings(story.articleIds),
      story: { id: story.id, title: story.title },
    };
  },
};
