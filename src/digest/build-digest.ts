/**
 * What changed since a channel's last digest, per story the digest covers: articles added since, each with
 * its gist; facts whose answer, agreement or conflicts changed; and the story's fact card. A story without
 * news is left out. Pure: engine and times in, a `Digest` out.
 */
import type { AnswerOptions, Engine } from "../answer/engine.js";
import type { Digest } from "../commands/reply.js";
import { quoteUrl } from "../links.js";
import type { Story } from "../stories/describe-story.js";
import type { Article, Quote } from "../types.js";
import { answerFacts, type DigestSnapshot, describeChange, snapshotFacts } from "./fact-card.js";
import { pickGist } from "./pick-gist.js";

export interface BuildDigestInput {
  engine: Engine;
  /** Articles added after this and up to `asOf` are new. */
  since: Date;
  asOf: Date;
  /** The channel's local date and timezone the digest is for. */
  date: string;
  timezone: string;
  /**
   * The stories the channel follows. Its digest covers those alone; without any (or when no id is a story
   * any more) it covers every story.
   */
  followedStoryIds?: readonly string[];
  /** The fact cards posted with the last digest; without them, no fact counts as changed. */
  previous?: DigestSnapshot;
  publicBaseUrl: string | undefined;
}

/** Where `NO_STORY` keys the card of an engine that forms no stories (all its articles as one). */
const NO_STORY = "";

interface StoryNews {
  story?: Story;
  newArticles: Digest["newArticles"];
  changedFacts: Digest["changedFacts"];
  factCard: Digest["factCard"];
  news: boolean;
}

/** The digest, and the fact cards to store with it (by story id; cards of stories not covered are kept). */
export function buildDigest(input: BuildDigestInput): { digest: Digest; snapshot: DigestSnapshot } {
  const { engine } = input;
  const all = engine.stories();
  // Followed ids resolve through the engine: an id a story had before still finds it (and its card).
  const followedUnder = new Map<Story, string>();
  for (const id of input.followedStoryIds ?? []) {
    const story = engine.story(id);
    if (story && !followedUnder.has(story)) followedUnder.set(story, id);
  }
  const covered: (Story | undefined)[] = followedUnder.size
    ? [...followedUnder.keys()]
    : all.length
      ? [...all]
      : [undefined];
  const snapshot: DigestSnapshot = { stories: { ...input.previous?.stories } };
  const reports = covered.map((story): StoryNews => {
    const key = story?.id ?? NO_STORY;
    const options: AnswerOptions | undefined = story && { storyId: story.id };
    const facts = answerFacts(engine, options);
    const card = snapshotFacts(facts);
    // A card stored before stories existed was the only story's card.
    // A followed story's card may be stored under an id the story had before.
    const formerKey = story && followedUnder.get(story);
    const before =
      input.previous?.stories[key] ??
      (formerKey ? input.previous?.stories[formerKey] : undefined) ??
      (all.length <= 1 ? input.previous?.legacy : undefined);
    snapshot.stories[key] = card;
    const ids = story && new Set(story.articleIds);
    const newArticles = newArticlesOf(
      engine.articles().filter((a) => !ids || ids.has(a.meta.id)),
      input,
    );
    const changedFacts = facts.flatMap((f) => {
      const change = describeChange(before?.[f.label], card[f.label]!);
      return change ? [{ label: f.label, change, result: f.result }] : [];
    });
    return {
      story,
      newArticles,
      changedFacts,
      // An unanswered line would only say "I don't know" on every digest; the card keeps what is known.
      factCard: facts.filter((f) => f.result.status === "answered"),
      // A channel's first digest is never empty: the whole card is news to it.
      news: !input.previous || newArticles.length > 0 || changedFacts.length > 0,
    };
  });
  // One post reports one story: the one with the most new sources; others with news are named below it.
  const withNews = reports
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.news)
    .sort((a, b) => b.r.newArticles.length - a.r.newArticles.length || a.i - b.i)
    .map(({ r }) => r);
  const [shown, ...runnersUp] = withNews;
  // Below the lead only new articles and changed facts are shown, never a card: a story that is news only
  // for being in a first digest would be a bare heading.
  const rest = runnersUp.filter((r) => r.newArticles.length > 0 || r.changedFacts.length > 0);
  // A channel that follows stories hears each one's news; without follows, the others are named only.
  const followedOthers = followedUnder.size ? rest : [];
  const others = followedUnder.size ? [] : rest;
  const lead = shown ?? reports[0]!;
  const named = all.length > 1 && lead.story ? { id: lead.story.id, title: lead.story.title } : undefined;
  return {
    digest: {
      date: input.date,
      timezone: input.timezone,
      ...(named ? { story: named } : {}),
      newArticles: shown ? lead.newArticles : [],
      changedFacts: shown ? lead.changedFacts : [],
      factCard: lead.factCard,
      ...(followedOthers.length
        ? {
            moreStories: followedOthers.flatMap(({ story, newArticles, changedFacts }) =>
              story ? [{ story: { id: story.id, title: story.title }, newArticles, changedFacts }] : [],
            ),
          }
        : {}),
      ...(others.length
        ? {
            alsoNew: others.flatMap(({ story, newArticles }) =>
              story ? [{ id: story.id, title: story.title, newSources: newArticles.length }] : [],
            ),
          }
        : {}),
      empty: !shown,
    },
    snapshot,
  };
}

function newArticlesOf(articles: readonly Article[], input: BuildDigestInput): Digest["newArticles"] {
  const { engine } = input;
  return articles
    .filter((a) => isAddedBetween(a, input.since, input.asOf))
    .sort((a, b) => Date.parse(a.meta.added!) - Date.parse(b.meta.added!))
    .flatMap((article) => {
      const source = engine.listing(article.meta.id);
      return source ? [{ source, gist: gistQuote(article, engine, input.publicBaseUrl) }] : [];
    });
}

function isAddedBetween(article: Article, since: Date, asOf: Date): boolean {
  if (!article.meta.added) return false;
  const added = Date.parse(article.meta.added);
  return added > since.getTime() && added <= asOf.getTime();
}

function gistQuote(article: Article, engine: Engine, publicBaseUrl: string | undefined): Quote | undefined {
  const passage = pickGist(article);
  const source = engine.source(article.meta.id);
  if (!passage || !source) return undefined;
  return {
    articleId: source.articleId,
    title: source.title,
    publisher: source.publisher,
    published: source.published,
    articleUrl: source.articleUrl,
    aiGenerated: source.aiGenerated,
    text: passage.text,
    passageId: passage.id,
    url: quoteUrl(article.meta, passage, publicBaseUrl),
  };
}
