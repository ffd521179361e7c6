/**
 * Commands about stories: `/deal stories` lists them, `/deal follow <story>` adds one to the channel's
 * followed stories (its digest reports on them; questions that name no story go to them),
 * `/deal unfollow <story>` takes one away, `/deal sources [story]` lists one story's articles. Also how
 * every question learns the conversation's and the channel's stories (`answerOptionsFor`).
 */
import { distance } from "fastest-levenshtein";
import type { AnswerOptions } from "../answer/engine.js";
import type { Story } from "../stories/describe-story.js";
import type { CommandContext, CommandSpec } from "./command.js";
import type { Reply } from "./reply.js";

/** The channel's followed story ids, most recent first, where the store answers. */
async function followedStories(ctx: CommandContext): Promise<string[]> {
  try {
    return ((await ctx.follows?.listFollows(ctx.envelope.channelKey)) ?? []).map((f) => f.storyId);
  } catch {
    // A store that cannot be read costs the default stories, never the answer.
    return [];
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
  const followed = await followedStories(ctx);
  const { previousQuestion, storyId } = ctx.envelope;
  return {
    ...(use.previousQuestion && previousQuestion ? { previousQuestion } : {}),
    ...(storyId ? { storyId } : {}),
    ...(followed.length ? { followedStoryIds: followed } : {}),
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
  description: "List every deal story I hold, newest first",
  kind: "utility",
  options: [],
  run: async (_options, ctx) => {
    // A follow saved under an id the story had before still marks it.
    const followed = new Set((await followedStories(ctx)).flatMap((id) => ctx.engine.story(id)?.id ?? []));
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
        followed: followed.has(s.id),
      })),
    };
  },
};

/** The story a command names: its id or words of its title, the rest of the line. */
const NAMED_STORY: CommandSpec["options"][number] = {
  name: "story",
  description: "The story's id or title words (see /deal stories)",
  required: true,
  rest: true,
};

export const followCommand: CommandSpec = {
  name: "follow",
  description: "Follow a story in this channel: its digest, and questions that name no story",
  kind: "utility",
  options: [NAMED_STORY],
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
    const others = (await followedStories(ctx))
      .flatMap((id) => ctx.engine.story(id) ?? [])
      .filter((s) => s.id !== found.story.id);
    const also = others.length
      ? ` It also follows ${others.map((s) => `“${s.title}”`).join(", ")}; a question that names none of them is answered from the one its words point to, else I ask.`
      : " Questions that name no other story are answered from it.";
    return {
      type: "notice",
      tone: "success",
      text: `This channel now follows “${found.story.title}” (${found.story.articleIds.length} source${found.story.articleIds.length === 1 ? "" : "s"}).${also} \`/deal unfollow\` stops.`,
      story: { id: found.story.id, title: found.story.title },
    };
  },
};

export const unfollowCommand: CommandSpec = {
  name: "unfollow",
  description: "Stop following a story in this channel",
  kind: "utility",
  options: [NAMED_STORY],
  run: async (options, ctx) => {
    const input = options.story?.trim() ?? "";
    if (!ctx.follows) {
      return {
        type: "notice",
        tone: "error",
        text: "I can't change followed stories right now: my store is unavailable.",
      };
    }
    const followedIds = await followedStories(ctx);
    const followed = followedIds.flatMap((id) => {
      const story = ctx.engine.story(id);
      return story ? [{ id, story }] : [];
    });
    const found = findStory(
      followed.map((f) => f.story),
      input,
    );
    // A follow whose story is gone can still be removed by the id it was saved under.
    const gone = followedIds.find((id) => id === input.toLowerCase() && !ctx.engine.story(id));
    const ids = found.ok
      ? followed.filter((f) => f.story === found.story).map((f) => f.id)
      : gone
        ? [gone]
        : [];
    if (!ids.length) {
      const names = followed.map((f) => `\`${f.story.id}\``);
      return {
        type: "notice",
        tone: "warning",
        text: names.length
          ? `This channel does not follow “${input}”. It follows: ${names.join(", ")}.`
          : "This channel follows no story.",
      };
    }
    for (const id of ids) await ctx.follows.deleteFollow(ctx.envelope.channelKey, id);
    const title = found.ok ? found.story.title : input;
    return { type: "notice", tone: "success", text: `This channel no longer follows “${title}”.` };
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
