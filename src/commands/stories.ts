/**
 * Commands about stories: `/deal stories` lists them, `/deal follow <story>` adds one to the channel's
 * followed stories (its digest reports on them; questions that name no story go to them),
 * `/deal unfollow <story>` takes one away, `/deal sources [story]` lists one story's articles — a story named
 * by its id, its title's words or its number in `/deal stories`. Also how
 * every question learns the conversation's and the channel's stories (`answerOptionsFor`).
 */

import { distance } from "fastest-levenshtein";
import type { AnswerOptions, Engine } from "../answer/engine.js";
import { countOf } from "../count-text.js";
import { sharedWordNet } from "../search/related-words.js";
import { STOP_WORDS } from "../search/terms.js";
import type { Story } from "../stories/describe-story.js";
import type { CommandContext, CommandSpec } from "./command.js";
import type { Reply } from "./reply.js";

/**
 * What `/deal follow` and `/deal unfollow` say when the store does not answer (a shared database that is
 * down or hangs): an expected failure, not a fault of the bot's.
 */
const FOLLOWS_UNREACHABLE: Reply = {
  type: "notice",
  tone: "error",
  text: "Followed stories are kept in the shared database, which is unreachable right now — try again in a minute.",
};

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

/**
 * A name's words: letter runs and figures, so "Maltbury–Vantor", "$5 billion" and an id's "1-2" all split into
 * words ("intel", "nvidia", "5", "billion", "1", "2"); a decimal ("1.2") stays one figure.
 */
const words = (text: string) => text.toLowerCase().match(/\p{L}+|\p{N}+(?:[.,]\p{N}+)*/gu) ?? [];

/**
 * The words a story answers to: its title's and its id's, but not an id's figure fragments ("1", "2" of
 * "…-1-2-billion"), which would make "1 billion" name a $1.2 billion story.
 */
const ownWords = (story: Story) =>
  new Set([...words(story.title), ...words(story.id).filter((w) => /\p{L}/u.test(w))]);

/** How far a mistyped word may be from a story's word: none below 4 letters, then a third of its length. */
const typoBudget = (word: string) =>
  word.length < 4 || !/^\p{L}+$/u.test(word) ? 0 : Math.floor(word.length / 3);

/** The result of looking a story up by what a person typed. */
export type StoryLookup =
  | { ok: true; story: Story }
  /** The words fit several stories equally: the person must pick one. */
  | { ok: false; ambiguous: Story[] }
  /** No story fits; `suggestions` are the stories the words come close to (typos), best first. */
  | { ok: false; suggestions: Story[] };

/**
 * The story a person named: by id, by title, or by words all found in its title or id ("oracle", "intel
 * nvidia 5 billion" — a figure counts like any word). Words no story has are read as typos of the closest
 * title or id word (Levenshtein distance up to a third of the word, as `suggestCommands` allows), which
 * makes the story a suggestion, never a silent pick; words still unmatched are ignored as long as one
 * word fits, the stories found then offered as suggestions too. Several fitting stories are `ambiguous`.
 * Function words ("the", "of") are no part of a name. Where the title words fit no one story ("the
 * salesforce deal": "deal" is another story's title word; "the informatica acquisition": "acquisition" is
 * no title's), `pointedTo` — the story the words point to by what its articles say (the engine's story
 * choice for a question) — decides, when the typed words are its own title or id words padded with
 * everyday words WordNet knows; else (a typo, a stray token) it leads the suggestions.
 */
export function findStory(
  stories: readonly Story[],
  input: string,
  pointedTo?: (text: string) => Story | undefined,
): StoryLookup {
  const found = findStoryByName(stories, input);
  if (found.ok || "ambiguous" in found || !pointedTo) return found;
  const pointed = pointedTo(input);
  if (!pointed || !stories.includes(pointed)) return found;
  const own = ownWords(pointed);
  const vocabulary = new Set(stories.flatMap((s) => [...ownWords(s)]));
  const typed = words(input.toLowerCase()).filter((w) => !STOP_WORDS.has(w));
  // Followed only when the name is the story's own words padded with everyday ones ("deal", "acquisition");
  // a mistyped name word or a stray token ("northwinx", "<@1100…>") leaves it a suggestion.
  const padding = (w: string) =>
    /^\p{L}+$/u.test(w) &&
    sharedWordNet().partsOfSpeech(w).length > 0 &&
    (vocabulary.has(w) || ![...vocabulary].some((v) => distance(w, v) <= typoBudget(w)));
  if (typed.some((w) => own.has(w)) && typed.every((w) => own.has(w) || padding(w))) {
    return { ok: true, story: pointed };
  }
  return { ok: false, suggestions: [pointed, ...found.suggestions.filter((s) => s !== pointed)] };
}

function findStoryByName(stories: readonly Story[], input: string): StoryLookup {
  const wanted = input.trim().toLowerCase();
  const exact = stories.find((s) => s.id === wanted || s.title.toLowerCase() === wanted);
  if (exact) return { ok: true, story: exact };
  const own = new Map(stories.map((s) => [s, ownWords(s)] as const));
  const vocabulary = new Set([...own.values()].flatMap((w) => [...w]));
  const asked = [...new Set(words(wanted))].filter((w) => vocabulary.has(w) || !STOP_WORDS.has(w));
  // Each word as the set of story words it may stand for: itself, else its closest typo-distance words.
  let corrected = false;
  const readings = asked.flatMap((word) => {
    if (vocabulary.has(word)) return [new Set([word])];
    const budget = typoBudget(word);
    // A word that fits nothing makes any story found a guess: offered, never picked.
    corrected = true;
    if (!budget) return [];
    const ranked = [...vocabulary].map((v) => ({ v, d: distance(word, v) })).filter((x) => x.d <= budget);
    const best = Math.min(...ranked.map((x) => x.d));
    const closest = ranked.filter((x) => x.d === best).map((x) => x.v);
    if (!closest.length) return [];
    return [new Set(closest)];
  });
  const fitting = readings.length
    ? stories.filter((s) => readings.every((r) => [...r].some((w) => own.get(s)!.has(w))))
    : [];
  if (fitting.length === 1 && !corrected) return { ok: true, story: fitting[0]! };
  if (fitting.length > 1 && !corrected) return { ok: false, ambiguous: fitting };
  if (fitting.length) return { ok: false, suggestions: fitting };
  // A mistyped id ("oracle-openaix") is close to that id as a whole.
  const close = stories
    .map((s) => ({ s, d: distance(wanted, s.id) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(x.s.id.length / 3)))
    .sort((a, b) => a.d - b.d || (a.s.id < b.s.id ? -1 : 1))
    .map((x) => x.s);
  return { ok: false, suggestions: close };
}

/** The story a text's words point to by what the articles say, as a question's would (no conversation). */
const pointedStory = (engine: Engine) => (text: string) => {
  const choice = engine.chooseStory(text);
  return choice.ok && choice.by === "question" ? choice.story : undefined;
};

/** What a name that fits no story, or several, gets: the stories it may mean, each with its command. */
function unknownStory(
  input: string,
  found: Exclude<StoryLookup, { ok: true }>,
  command: string,
  ctx: CommandContext,
): Reply {
  const named = (stories: readonly Story[]) =>
    stories.map((s) => `“${s.title}” (\`/deal ${command} ${s.id}\`)`).join(" or ");
  if ("ambiguous" in found) {
    return {
      type: "notice",
      tone: "warning",
      text: `“${input}” fits ${found.ambiguous.length} stories: ${named(found.ambiguous)}. Which one?`,
    };
  }
  if (found.suggestions.length) {
    return {
      type: "notice",
      tone: "warning",
      text: `I know no story “${input}”. Did you mean ${named(found.suggestions)}?`,
    };
  }
  const known = ctx.engine.stories().map((s) => `\`${s.id}\``);
  return {
    type: "notice",
    tone: "warning",
    text: `I know no story “${input}”. ${known.length ? `Stories: ${known.join(", ")}.` : "No articles are loaded."}`,
  };
}

/** The stories in the order `/deal stories` numbers them: newest first. */
function listingOrder(stories: readonly Story[]): Story[] {
  return [...stories].sort((a, b) =>
    (b.latest ?? "") < (a.latest ?? "") ? -1 : (b.latest ?? "") > (a.latest ?? "") ? 1 : 0,
  );
}

/** A number as people type it from a numbered list: "2", "2.", "2)", "#2". */
const LIST_NUMBER = /^#?(\d{1,4})[.)]?$/;

/**
 * The story a person named by its number in `/deal stories` ("/deal follow 2"), or undefined when the input is
 * no such number. A number past the list's end is no story's number, so it goes on to be read as a name
 * (a title's figure: "/deal follow 38" for a "$38 billion" story).
 */
function byListNumber(stories: readonly Story[], input: string): Story | undefined {
  const n = LIST_NUMBER.exec(input.trim())?.[1];
  return n ? listingOrder(stories)[Number(n) - 1] : undefined;
}

export const storiesCommand: CommandSpec = {
  name: "stories",
  description: "List every deal story I hold, newest first",
  kind: "utility",
  options: [],
  run: async (_options, ctx) => {
    // A follow saved under an id the story had before still marks it.
    const followed = new Set((await followedStories(ctx)).flatMap((id) => ctx.engine.story(id)?.id ?? []));
    const stories = listingOrder(ctx.engine.stories());
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
  description: "The story's id, title words or number in /deal stories",
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
    const numbered = byListNumber(ctx.engine.stories(), input);
    const found: StoryLookup = numbered
      ? { ok: true, story: numbered }
      : findStory(ctx.engine.stories(), input, pointedStory(ctx.engine));
    if (!found.ok) return unknownStory(input, found, "follow", ctx);
    if (!ctx.follows) {
      return {
        type: "notice",
        tone: "error",
        text: "I can't remember a followed story right now: my store is unavailable.",
      };
    }
    // Following again changes nothing: say so, rather than "now follows" as if it were new.
    const before = (await followedStories(ctx)).flatMap((id) => ctx.engine.story(id)?.id ?? []);
    if (before.includes(found.story.id)) {
      return {
        type: "notice",
        tone: "info",
        text: `This channel already follows “${found.story.title}”. \`/deal unfollow\` stops.`,
        story: { id: found.story.id, title: found.story.title },
      };
    }
    try {
      await ctx.follows.saveFollow({
        channelKey: ctx.envelope.channelKey,
        storyId: found.story.id,
        followedBy: ctx.envelope.userId,
        followedAt: ctx.now(),
      });
    } catch {
      return FOLLOWS_UNREACHABLE;
    }
    const others = (await followedStories(ctx))
      .flatMap((id) => ctx.engine.story(id) ?? [])
      .filter((s) => s.id !== found.story.id);
    const also = others.length
      ? ` It also follows ${others.map((s) => `“${s.title}”`).join(", ")}; a question that names none of them is answered from the one its words point to, else I ask.`
      : " Questions that name no other story are answered from it.";
    return {
      type: "notice",
      tone: "success",
      text: `This channel now follows “${found.story.title}” (${countOf(found.story.articleIds.length, "source")}).${also} \`/deal unfollow\` stops.`,
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
    let followedIds: string[];
    try {
      // Read here, not through followedStories: "this channel follows no story" would be wrong.
      followedIds = (await ctx.follows.listFollows(ctx.envelope.channelKey)).map((f) => f.storyId);
    } catch {
      return FOLLOWS_UNREACHABLE;
    }
    const followed = followedIds.flatMap((id) => {
      const story = ctx.engine.story(id);
      return story ? [{ id, story }] : [];
    });
    const numbered = byListNumber(ctx.engine.stories(), input);
    const found: StoryLookup = numbered
      ? followed.some((f) => f.story === numbered)
        ? { ok: true, story: numbered }
        : { ok: false, suggestions: [] }
      : findStory(
          followed.map((f) => f.story),
          input,
        );
    if (!found.ok && "ambiguous" in found) return unknownStory(input, found, "unfollow", ctx);
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
    try {
      for (const id of ids) await ctx.follows.deleteFollow(ctx.envelope.channelKey, id);
    } catch {
      return FOLLOWS_UNREACHABLE;
    }
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
      const numbered = byListNumber(engine.stories(), input);
      const found: StoryLookup = numbered
        ? { ok: true, story: numbered }
        : findStory(engine.stories(), input, pointedStory(engine));
      if (!found.ok) return unknownStory(input, found, "sources", ctx);
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
