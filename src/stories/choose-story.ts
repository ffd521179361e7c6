/**
 * Which story a question is about. In order: the names or terms of the question that one story has far
 * more than any other ("Informatica", "Series C"); else the conversation's story; else the channel's
 * followed story; else the only story. Otherwise it cannot tell, and the candidates go back to the person
 * to pick from — never a guess.
 */
import type { Story } from "./describe-story.js";

/** How a story was chosen, for logs and tests. */
export type ChosenBy = "question" | "conversation" | "followed" | "only";

export type StoryChoice =
  | { ok: true; story: Story; by: ChosenBy }
  | { ok: false /** Best candidates first; never empty while any story exists. */; candidates: Story[] };

export interface ChooseStoryInput {
  /** The question's canonical terms (names included, lower-cased and stemmed like every term). */
  terms: readonly string[];
  /** Terms the question writes as names (capitalised mid-sentence): they count double. */
  names?: ReadonlySet<string>;
  stories: readonly Story[];
  /** Share of a story's articles (0–1) that use a term. */
  coverage: (storyId: string, term: string) => number;
  /** The conversation's story (the previous answer's, or one the person picked). */
  conversation?: string;
  /** The channel's followed story. */
  followed?: string;
}

/** A term speaks for a story when the story uses it at least this many times as widely as any other. */
const DOMINANCE = 2;

/**
 * Per story, how strongly the question's terms point to it (0 when none does): each term that one story
 * uses far more widely than any other adds the difference in coverage ("informatica" 1.0 − 0 adds 1.0,
 * "chief" 0.6 − 0.2 adds 0.4), doubled for a name.
 */
export function storyScores(
  input: Pick<ChooseStoryInput, "terms" | "names" | "stories" | "coverage">,
): Map<string, number> {
  const scores = new Map(input.stories.map((s) => [s.id, 0]));
  for (const term of new Set(input.terms)) {
    let best: Story | undefined;
    let top = 0;
    let other = 0;
    for (const s of input.stories) {
      const c = input.coverage(s.id, term);
      if (c > top) {
        other = top;
        top = c;
        best = s;
      } else if (c > other) other = c;
    }
    if (best && top >= DOMINANCE * other) {
      const weight = input.names?.has(term) ? 2 : 1;
      scores.set(best.id, scores.get(best.id)! + weight * (top - other));
    }
  }
  return scores;
}

/** Chooses the story for a question; see the module comment for the order. */
export function chooseStory(input: ChooseStoryInput): StoryChoice {
  const { stories } = input;
  const byId = (id: string | undefined) => (id ? stories.find((s) => s.id === id) : undefined);
  const scores = storyScores(input);
  const ranked = [...stories].sort((a, b) => scores.get(b.id)! - scores.get(a.id)!);
  const [first, second] = ranked;
  const top = first ? scores.get(first.id)! : 0;
  if (first && top > 0 && (!second || top >= DOMINANCE * scores.get(second.id)!)) {
    return { ok: true, story: first, by: "question" };
  }
  const conversation = byId(input.conversation);
  if (conversation) return { ok: true, story: conversation, by: "conversation" };
  const followed = byId(input.followed);
  if (followed) return { ok: true, story: followed, by: "followed" };
  if (stories.length === 1) return { ok: true, story: stories[0]!, by: "only" };
  // Stories the question points to at all come first; when it points to none, all are candidates.
  const pointed = ranked.filter((s) => scores.get(s.id)! > 0);
  return { ok: false, candidates: pointed.length > 1 ? pointed : ranked };
}
