/**
 * Answering within one story: which story a question is about (`chooseStory`), and the engine's state
 * narrowed to that story — its articles, its passages (a filter on the shared index), its term
 * frequencies and its main actors — so ranking, agreement ("N of M sources") and conflicts see only that
 * story's sources, as if it were loaded alone. Narrowed states are built on first use and kept while the
 * story's articles stay the same (a story set hands out the same `articleIds` array until they change), so
 * an article added to one story leaves every other story's state in place.
 */
import type { PassageIndex } from "../search/passage-index.js";
import { lowerCaseWords, termsOf } from "../search/terms.js";
import { type ChooseStoryInput, chooseStory, type StoryChoice } from "../stories/choose-story.js";
import type { Story } from "../stories/describe-story.js";
import type { StorySet } from "../stories/story-set.js";
import type { AnswerResult, Article } from "../types.js";
import type { AnswerState } from "./answer-question.js";
import type { AnswerOptions } from "./engine.js";
import { countHolding, type IndexedPassage, passagesHolding } from "./indexed-passage.js";
import { dominantOf, type ValueKind, valueKindsBeside } from "./learn-value-kinds.js";

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
  /** The articles whose profile (what story grouping compares) uses a term: kept up to date per article. */
  articlesUsing(term: string): Iterable<string>;
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
  /** Per term, the share of each story's articles using it (only stories that do, highest first); emptied on changes. */
  const coverage = new Map<string, Map<string, number>>();

  const coverageOf = (term: string): Map<string, number> => {
    let shares = coverage.get(term);
    if (shares) return shares;
    const counts = new Map<Story, number>();
    for (const id of deps.articlesUsing(term)) {
      const story = stories.storyOf(id);
      if (story) counts.set(story, (counts.get(story) ?? 0) + 1);
    }
    shares = new Map(
      [...counts]
        .map(([story, n]) => [story.id, n / story.articleIds.length] as const)
        .sort((a, b) => b[1] - a[1]),
    );
    coverage.set(term, shares);
    return shares;
  };

  /**
   * The state narrowed to a story. Cheap to build (its articles and passage ids); what it needs per term
   * — document frequency, whether the story writes a word in lower case — is counted over the story's
   * passages on first use and kept, since a question needs a handful of terms, not the story's thousands.
   */
  const narrow = (story: Story): AnswerState => {
    const articles = new Map<string, Article>();
    const passageIds = new Set<string>();
    const held: IndexedPassage[] = [];
    for (const id of story.articleIds) {
      const article = whole.articles.get(id);
      if (!article) continue;
      articles.set(id, article);
      for (const p of article.passages) {
        passageIds.add(p.id);
        const ip = whole.passages.get(p.id);
        if (ip) held.push(ip);
      }
    }
    const df = new Map<string, number>();
    const frequency = (term: string) => {
      let n = df.get(term);
      if (n === undefined) {
        n = countHolding(held, term);
        df.set(term, n);
      }
      return n;
    };
    const lower = new Map<string, boolean>();
    const writesLowerCase = (word: string) => {
      let found = lower.get(word);
      if (found === undefined) {
        // No article anywhere writes it in lower case: no need to look in this story's.
        found = false;
        if (whole.select.isCommonWord(word)) {
          search: for (const article of articles.values()) {
            for (const p of article.passages) {
              if (p.text.includes(word) && lowerCaseWords(p.text).includes(word)) {
                found = true;
                break search;
              }
            }
          }
        }
        lower.set(word, found);
      }
      return found;
    };
    // A noun's kind of value is the story's own: another deal's "rate" may be an amount.
    const kinds = new Map<string, ValueKind | undefined>();
    const valueKindOf = (term: string) => {
      if (!kinds.has(term)) {
        const holding = passagesHolding(held, term).map((ip) => ({
          text: ip.passage.text,
          values: ip.values,
        }));
        kinds.set(term, dominantOf(valueKindsBeside(holding).get(term)));
      }
      return kinds.get(term);
    };
    const index: PassageIndex = {
      add: readOnly,
      remove: readOnly,
      // The set itself, not a predicate: the index then scores the story's few passages directly.
      search: (terms, limit) => whole.index.search(terms, limit, passageIds),
      fullSearch: (terms) => whole.index.fullSearch(terms).filter((h) => passageIds.has(h.passageId)),
      toJSON: readOnly,
      documentFrequency: frequency,
      closestTerm: (term) => {
        const close = whole.index.closestTerm(term);
        return close && frequency(close) > 0 ? close : undefined;
      },
      get size() {
        return passageIds.size;
      },
    };
    return {
      ...whole,
      index,
      articles,
      valueKindOf,
      select: {
        ubiquitous: deps.actorsAmong(story.articleIds, passageIds.size),
        isCommonWord: writesLowerCase,
        onlyDescribes: whole.select.onlyDescribes,
      },
    };
  };

  const byQuestion = (question: string): Omit<ChooseStoryInput, "conversation" | "followed"> => ({
    terms: termsOf(question),
    // Capitalised after the first word ("…does Pinecrest get?"), or a story's name however written.
    names: new Set([
      ...termsOf((question.match(/(?<=\s)[A-Z][\p{L}\p{N}'’.-]*/gu) ?? []).join(" ")),
      ...termsOf(question).filter((t) => stories.nameTerms().has(t)),
    ]),
    stories: stories.stories(),
    coverage: coverageOf,
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
      coverage.clear();
      // States of stories whose articles changed are rebuilt on use; those of stories gone are dropped.
      for (const id of states.keys()) if (!stories.get(id)) states.delete(id);
    },
  };
}
