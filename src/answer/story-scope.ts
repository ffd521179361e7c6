/**
 * Answering within one story: which story a question is about (`chooseStory`), and the engine's state
 * narrowed to that story — its articles, its passages (a filter on the shared index), its term
 * frequencies and its main actors — so ranking, agreement ("N of M sources") and conflicts see only that
 * story's sources, as if it were loaded alone. Narrowed states are built on first use and kept while the
 * story's articles stay the same (a story set hands out the same `articleIds` array until they change), so
 * an article added to one story leaves every other story's state in place.
 */
import type { PassageIndex } from "../search/passage-index.js";
import { termsOf } from "../search/terms.js";
import { type ChooseStoryInput, chooseStory, type StoryChoice } from "../stories/choose-story.js";
import type { Story } from "../stories/describe-story.js";
import type { StorySet } from "../stories/story-set.js";
import type { AnswerResult } from "../types.js";
import type { AnswerState } from "./answer-question.js";
import type { AnswerOptions } from "./engine.js";

/** How many stories a "which story?" reply offers at most. */
const MAX_CHOICES = 5;
/** The echoed question is cut like every answer's. */
const MAX_QUESTION_CHARS = 1000;

export interface StoryScopeDeps {
  /** The state over every article. */
  whole: AnswerState;
  stories: StorySet;
  /** The main actors among some articles (names most of them use often). */
  actorsAmong(articleIds: readonly string[], passageCount: number): Set<string>;
}

export interface StoryScope {
  /** The story to answer from, or the candidates to ask about. */
  choose(question: string, options?: AnswerOptions): StoryChoice;
  /** The engine's state narrowed to one story (the whole state while there is only one). */
  stateOf(story: Story): AnswerState;
  /** The reply that asks which story is meant. */
  askWhich(question: string, candidates: readonly Story[]): AnswerResult;
  /** Call after the articles changed: forgets what belonged to stories that changed or are gone. */
  reset(): void;
}

function readOnly(): never {
  throw new Error("a story's view of the passage index is read-only; change the engine instead");
}

export function createStoryScope(deps: StoryScopeDeps): StoryScope {
  const { whole, stories } = deps;
  /** Per story id, what was built for it and for which articles. */
  const states = new Map<string, { ids: readonly string[]; state: AnswerState }>();
  const coverage = new Map<string, { ids: readonly string[]; share: Map<string, number> }>();

  const coverageOf = (story: Story): Map<string, number> => {
    const kept = coverage.get(story.id);
    if (kept?.ids === story.articleIds) return kept.share;
    const profiles = stories.profiles(story.id);
    const share = new Map<string, number>();
    for (const p of profiles) for (const t of p.terms.keys()) share.set(t, (share.get(t) ?? 0) + 1);
    for (const [t, n] of share) share.set(t, n / profiles.length);
    coverage.set(story.id, { ids: story.articleIds, share });
    return share;
  };

  const narrow = (story: Story): AnswerState => {
    const ids = new Set(story.articleIds);
    const articles = new Map([...whole.articles].filter(([id]) => ids.has(id)));
    const passageIds = new Set<string>();
    const df = new Map<string, number>();
    const lower = new Set<string>();
    for (const article of articles.values()) {
      for (const p of article.passages) {
        passageIds.add(p.id);
        for (const t of whole.passages.get(p.id)?.terms ?? []) df.set(t, (df.get(t) ?? 0) + 1);
        for (const w of p.text.match(/(?<![\p{L}\p{N}])[a-z][a-z'-]*/gu) ?? []) lower.add(w);
      }
    }
    const index: PassageIndex = {
      add: readOnly,
      remove: readOnly,
      // The set itself, not a predicate: the index then scores the story's few passages directly.
      search: (terms, limit) => whole.index.search(terms, limit, passageIds),
      fullSearch: (terms) => whole.index.fullSearch(terms).filter((h) => passageIds.has(h.passageId)),
      toJSON: readOnly,
      documentFrequency: (term) => df.get(term) ?? 0,
      closestTerm: (term) => {
        const close = whole.index.closestTerm(term);
        return close && df.has(close) ? close : undefined;
      },
      get size() {
        return passageIds.size;
      },
    };
    return {
      ...whole,
      index,
      articles,
      select: {
        ubiquitous: deps.actorsAmong(story.articleIds, passageIds.size),
        isCommonWord: (w) => lower.has(w),
      },
    };
  };

  /** Terms of the stories' parties and notable names, so "informatica" written in lower case is a name. */
  let storyNames: Set<string> | undefined;
  const namesOfStories = () => {
    storyNames ??= new Set(stories.stories().flatMap((s) => termsOf([...s.parties, ...s.names].join(" "))));
    return storyNames;
  };
  const byQuestion = (question: string): Omit<ChooseStoryInput, "conversation" | "followed"> => ({
    terms: termsOf(question),
    // Capitalised after the first word ("…does Pinecrest get?"), or a story's name however written.
    names: new Set([
      ...termsOf((question.match(/(?<=\s)[A-Z][\p{L}\p{N}'’.-]*/gu) ?? []).join(" ")),
      ...termsOf(question).filter((t) => namesOfStories().has(t)),
    ]),
    stories: stories.stories(),
    coverage: (storyId, term) => {
      const story = stories.get(storyId);
      return story ? (coverageOf(story).get(term) ?? 0) : 0;
    },
  });

  return {
    choose(question, options) {
      // Ids kept in threads and follows may be ones a story had before: resolve them to today's.
      const known = (id: string | undefined) => (id ? stories.get(id)?.id : undefined);
      let conversation = known(options?.storyId);
      if (!conversation && options?.previousQuestion) {
        const before = chooseStory(byQuestion(options.previousQuestion));
        if (before.ok && before.by === "question") conversation = before.story.id;
      }
      return chooseStory({
        ...byQuestion(question),
        ...(conversation ? { conversation } : {}),
        followed: (options?.followedStoryIds ?? []).flatMap((id) => known(id) ?? []),
      });
    },
    stateOf(story) {
      if (stories.stories().length <= 1) return whole;
      const kept = states.get(story.id);
      if (kept?.ids === story.articleIds) return kept.state;
      const state = narrow(story);
      states.set(story.id, { ids: story.articleIds, state });
      return state;
    },
    askWhich(question, candidates) {
      const choices = candidates.slice(0, MAX_CHOICES).map((s) => ({ id: s.id, title: s.title }));
      return {
        question: question.slice(0, MAX_QUESTION_CHARS),
        status: "no_answer",
        answerType: "none",
        answer: "",
        quotes: [],
        agreement: { sources: 0, of: 0 },
        conflicts: [],
        reason: `Which story do you mean? ${
          candidates.length > choices.length
            ? `Of the ${stories.stories().length} stories I hold, the closest are`
            : `I hold ${stories.stories().length} stories`
        }: ${choices.map((c) => `“${c.title}”`).join(", ")}. Name it in the question or pick one.`,
        suggestions: [],
        storyChoices: choices,
      };
    },
    reset() {
      storyNames = undefined;
      // States of stories whose articles changed are rebuilt on use; those of stories gone are dropped.
      for (const map of [states, coverage]) {
        for (const id of map.keys()) if (!stories.get(id)) map.delete(id);
      }
    },
  };
}
