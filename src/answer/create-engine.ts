/**
 * Builds the answer engine once from the articles; adding or removing an article later updates the index
 * in place. Everything slow (splitting, value extraction, indexing) happens here, never per question.
 */

import { quoteUrl } from "../links.js";
import { createPassageIndex, type PassageIndex } from "../search/passage-index.js";
import { sharedWordNet } from "../search/related-words.js";
import { lowerCaseWords } from "../search/terms.js";
import { type ArticleProfile, profileArticle } from "../stories/article-profile.js";
import type { Anchor } from "../stories/candidate-neighbours.js";
import { createStorySet, type SavedGroup } from "../stories/story-set.js";
import type { Article, Quote, SourceListing } from "../types.js";
import { type AnswerState, answerQuestion } from "./answer-question.js";
import type { Engine } from "./engine.js";
import { articleNames, type IndexedPassage, indexArticle } from "./indexed-passage.js";
import { type Alias, createAliasTable, learnAliases, phraseAcronyms } from "./learn-aliases.js";
import { createValueKindCounts, type KindCounts, valueKindsBeside } from "./learn-value-kinds.js";
import { createNameStatistics } from "./name-statistics.js";
import { createShorthandIndex } from "./shorthand.js";
import { listingOf, sourceRefOf } from "./source-ref.js";
import { createStoryScope } from "./story-scope.js";
import { suggestNames } from "./suggest-topics.js";
import { createTermPostings } from "./term-postings.js";

/** Quotes are at most this long (the contract's limit); longer passages are cut at a word. */
const MAX_QUOTE_CHARS = 400;

/**
 * A main actor of the story is named by most sources (this share, and three or more) and often
 * (in this share of all passages): the buyer and the seller, but not a rival, named once in passing by each.
 */
const ACTOR_SOURCES = 0.6;
const ACTOR_PASSAGES = 0.08;

/**
 * Corpus-wide counts of the articles' text that a start from a snapshot takes back instead of reading every
 * article's text again (a third of the engine's start from restored data): the aliases the articles define,
 * in the order learned; per set of initials, the phrases spelling them and in how many articles; and the
 * words written in lower case with how many passages write them. Entry lists keep the Maps' order.
 */
export interface CorpusCounts {
  aliases: Alias[];
  acronyms: [string, [string, number][]][];
  lowerWords: [string, number][];
  /** Per noun term, how many values of each kind the articles state beside it (`learn-value-kinds.ts`). */
  valueKinds?: [string, KindCounts][];
}

export interface EngineOptions {
  /** Base of the bot's own `/sources/<id>` pages. */
  publicBaseUrl: string | undefined;
  /** Topic shorthands to suggest when there is no answer. */
  topics?: readonly { name: string; question: string }[];
  /** An empty index to fill (the bench shares it to time a bare search beside each answer); a new one by default. */
  index?: PassageIndex;
  /** Passages' data per article id: used when present (from a snapshot), else computed and stored here. */
  indexed?: Map<string, IndexedPassage[]>;
  /** Articles' story profiles per article id: likewise. */
  profiles?: Map<string, ArticleProfile>;
  /** Articles' anchors in the story set's candidate index, per article id: likewise. */
  anchors?: Map<string, Anchor[]>;
  /**
   * The grouping into stories: groups held here (from a snapshot) are taken instead of grouping the articles
   * again, when they place every article exactly once; otherwise the grouping made at start is written here.
   */
  grouping?: { groups?: SavedGroup[] };
  /**
   * The corpus counts: counts held here (from a snapshot, with `indexed`, `profiles` and `anchors` of the
   * same articles, and an `index` already holding their passages) are taken instead of counting the initial
   * articles' text; otherwise the counts made at start are written here.
   */
  counts?: { saved?: CorpusCounts };
}

/** An article's text as aliases and acronyms are read from: its passages, a line each. */
const textOf = (article: Article) => article.passages.map((p) => p.text).join("\n");

function clipQuote(text: string): string {
  if (text.length <= MAX_QUOTE_CHARS) return text;
  const cut = text.slice(0, MAX_QUOTE_CHARS - 1);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

export function createEngine(initial: readonly Article[], options: EngineOptions): Engine {
  const articles = new Map<string, Article>();
  /** Aliases the articles define ("Federal Trade Commission (FTC)"), by lower-cased long form. */
  const aliases = createAliasTable();
  const passages = new Map<string, IndexedPassage>();
  const index = options.index ?? createPassageIndex();
  /** Per article, how many of its passages name each (lower-cased) name. */
  const namesByArticle = new Map<string, ReadonlyMap<string, number>>();
  const ubiquitous = new Set<string>();
  const stories = createStorySet();
  /** Per term of the articles' profiles, the articles using it: which stories a question's term points to. */
  const termPostings = createTermPostings();
  /** Reference counts of words the articles write in lower case. */
  const lowerWords = new Map<string, number>();
  /** The same words filed for reading chat shorthand ("ppl" → people). */
  const shorthand = createShorthandIndex();
  /** Initials → the phrases with them → in how many articles; per article, what it added. */
  const acronyms = new Map<string, Map<string, number>>();
  const countAcronyms = (own: ReadonlyMap<string, string>, delta: number) => {
    for (const [initials, long] of own) {
      const phrases = acronyms.get(initials) ?? new Map<string, number>();
      const n = (phrases.get(long) ?? 0) + delta;
      if (n > 0) phrases.set(long, n);
      else phrases.delete(long);
      if (phrases.size) acronyms.set(initials, phrases);
      else acronyms.delete(initials);
    }
  };
  /** The phrase most articles write with these initials. */
  const acronymPhrase = (initials: string): string | undefined => {
    let best: [string, number] | undefined;
    for (const entry of acronyms.get(initials) ?? []) if (!best || entry[1] > best[1]) best = entry;
    return best?.[0];
  };

  /** Per noun term, the kinds of value stated beside it; counted from an article's values as it comes and goes. */
  const valueKinds = createValueKindCounts(options.counts?.saved?.valueKinds);
  const countValueKinds = (indexed: readonly IndexedPassage[], delta: number) =>
    valueKinds.count(
      valueKindsBeside(indexed.map((ip) => ({ text: ip.passage.text, values: ip.values }))),
      delta,
    );

  const countWords = (article: Article, delta: number) => {
    for (const p of article.passages) {
      for (const w of lowerCaseWords(p.text)) {
        const n = (lowerWords.get(w) ?? 0) + delta;
        if (n > 0) lowerWords.set(w, n);
        else lowerWords.delete(w);
        shorthand.count(w, delta);
      }
    }
  };

  // Quotes are built once per passage: their links take string work that should not run per question.
  const quotes = new Map<string, Quote>();
  const toQuote = (ip: IndexedPassage): Quote => {
    let quote = quotes.get(ip.passage.id);
    if (!quote) {
      quote = {
        ...sourceRefOf(ip.article),
        text: clipQuote(ip.passage.text),
        passageId: ip.passage.id,
        url: quoteUrl(ip.article.meta, ip.passage, options.publicBaseUrl),
      };
      quotes.set(ip.passage.id, quote);
    }
    return quote;
  };

  /** The main actors among some articles (one story's; the whole corpus's are kept by `nameStatistics`). */
  const actorsAmong = (ids: readonly string[], passageCount: number): Set<string> => {
    const sources = new Map<string, number>();
    const mentions = new Map<string, number>();
    for (const id of ids) {
      for (const [name, count] of namesByArticle.get(id) ?? []) {
        sources.set(name, (sources.get(name) ?? 0) + 1);
        mentions.set(name, (mentions.get(name) ?? 0) + count);
      }
    }
    const out = new Set<string>();
    for (const [name, count] of sources) {
      const often = (mentions.get(name) ?? 0) >= passageCount * ACTOR_PASSAGES;
      if (count >= 3 && count >= ids.length * ACTOR_SOURCES && often) out.add(name);
    }
    return out;
  };
  // Over the whole corpus, counted incrementally: a recount over every article cost seconds per upsert.
  const nameStatistics = createNameStatistics();
  const recountNames = () => {
    ubiquitous.clear();
    for (const name of nameStatistics.actors(articles.size, passages.size, ACTOR_SOURCES, ACTOR_PASSAGES)) {
      ubiquitous.add(name);
    }
  };

  /** Takes an article's passages out of the index; `keepPlace` leaves its slot for a replacement. */
  const removeArticle = (id: string, keepPlace = false): boolean => {
    const old = articles.get(id);
    if (!old) return false;
    index.remove(old.passages);
    countValueKinds(
      old.passages.flatMap((p) => passages.get(p.id) ?? []),
      -1,
    );
    for (const p of old.passages) {
      passages.delete(p.id);
      quotes.delete(p.id);
    }
    if (!keepPlace) articles.delete(id);
    const names = namesByArticle.get(id);
    if (names) nameStatistics.count(names, -1);
    namesByArticle.delete(id);
    stories.remove(id);
    termPostings.remove(id);
    countWords(old, -1);
    // Found again from the text rather than kept per article: the same text gives the same phrases.
    countAcronyms(phraseAcronyms(textOf(old)), -1);
    return true;
  };

  /**
   * Adds (or replaces) an article; `restored` says its text is already counted in the corpus counts and its
   * passages are already in the index (a start from a snapshot).
   */
  const addArticle = (
    article: Article,
    precomputed?: IndexedPassage[],
    profiled?: ArticleProfile,
    anchors?: readonly Anchor[],
    restored = false,
  ) => {
    // A replaced article keeps its place in the order (Map.set on a present key does not move it).
    removeArticle(article.meta.id, true);
    const indexed = precomputed ?? indexArticle(article, aliases);
    if (!restored) {
      const text = textOf(article);
      for (const a of learnAliases(text)) aliases.add(a);
      countAcronyms(phraseAcronyms(text), 1);
      countWords(article, 1);
      countValueKinds(indexed, 1);
      index.add(article.passages);
    }
    articles.set(article.meta.id, article);
    for (const ip of indexed) passages.set(ip.passage.id, ip);
    const names = articleNames(indexed);
    namesByArticle.set(article.meta.id, names);
    nameStatistics.count(names, 1);
    const profile =
      profiled ??
      profileArticle(
        article,
        indexed.map((ip) => ip.values),
      );
    stories.upsert(profile, anchors);
    termPostings.add(article.meta.id, profile.terms.keys());
    return { indexed, profile };
  };

  const saved = options.counts?.saved;
  if (saved) {
    for (const a of saved.aliases) aliases.add(a);
    for (const [initials, phrases] of saved.acronyms) acronyms.set(initials, new Map(phrases));
    for (const [word, n] of saved.lowerWords) {
      lowerWords.set(word, n);
      shorthand.count(word, n);
    }
  }
  for (const article of initial) {
    const id = article.meta.id;
    const { indexed, profile } = addArticle(
      article,
      options.indexed?.get(id),
      options.profiles?.get(id),
      options.anchors?.get(id),
      saved !== undefined,
    );
    options.indexed?.set(id, indexed);
    options.profiles?.set(id, profile);
    options.anchors?.set(id, stories.anchorsOf(id));
  }
  if (options.counts && !saved)
    options.counts.saved = {
      aliases: aliases.all(),
      acronyms: [...acronyms].map(([initials, phrases]) => [initials, [...phrases]]),
      lowerWords: [...lowerWords],
      valueKinds: valueKinds.all(),
    };
  recountNames();
  // Grouping into stories is start-up work, never the first question's.
  const restored = options.grouping?.groups;
  if (!(restored && stories.restore(restored)) && options.grouping)
    options.grouping.groups = stories.groups();
  stories.stories();

  // WordNet is read here, at start-up, not by the first question.
  const wordNet = sharedWordNet();
  const onlyDescribes = (word: string) => {
    const pos = wordNet.partsOfSpeech(word);
    return pos.length > 0 && !pos.includes("noun");
  };
  const state: AnswerState = {
    aliases,
    acronymPhrase,
    shorthand: shorthand.expansions,
    index,
    passages,
    articles,
    select: { ubiquitous, isCommonWord: (w) => lowerWords.has(w), onlyDescribes },
    toQuote,
    valueKindOf: valueKinds.dominantKind,
    topics: options.topics ?? [],
  };

  const listing = (id: string): SourceListing | undefined => {
    const a = articles.get(id);
    return a && listingOf(a, options.publicBaseUrl);
  };

  const scope = createStoryScope({
    whole: state,
    stories,
    actorsAmong,
    articlesUsing: termPostings.articlesUsing,
  });

  return {
    answer(question, answerOptions) {
      const asked = String(question ?? "");
      // No word and no figure ("🤔", "???"): nothing to choose a story by, and nothing any story answers.
      if (!/[\p{L}\p{N}]/u.test(asked)) return answerQuestion(state, asked);
      const choice = scope.choose(asked, answerOptions);
      if (!choice.ok) return scope.askWhich(asked, choice.candidates);
      const answered = answerQuestion(
        scope.stateOf(choice.story),
        asked,
        answerOptions?.previousQuestion,
        choice.story,
      );
      // Once the story is known, its own notable names make good next questions.
      const result =
        answered.status === "no_answer"
          ? {
              ...answered,
              suggestions: [...answered.suggestions, ...suggestNames(choice.story.names, asked)],
            }
          : answered;
      // With one story there is nothing to tell apart; with more, every answer names its story.
      return stories.stories().length > 1
        ? { ...result, story: { id: choice.story.id, title: choice.story.title } }
        : result;
    },
    stories: () => stories.stories(),
    storyOf: (id) => stories.storyOf(id),
    story: (id) => stories.get(id),
    chooseStory: (question, answerOptions) => scope.choose(String(question ?? ""), answerOptions),
    articles: () => [...articles.values()],
    source: (id) => {
      const a = articles.get(id);
      return a && sourceRefOf(a);
    },
    listing,
    upsert(article) {
      addArticle(article);
      recountNames();
      // The new article finds its story now, at ingestion.
      stories.stories();
      scope.reset();
    },
    remove(id) {
      const removed = removeArticle(id);
      if (removed) {
        recountNames();
        stories.stories();
        scope.reset();
      }
      return removed;
    },
  };
}
