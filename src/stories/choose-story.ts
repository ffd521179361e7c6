/**
 * Which story a question is about. In order: the names in the question that one story uses far more
 * than any other ("Dataline", "KORVA"); else the conversation's story; else the channel's followed
 * story; else the only story; else the question's other terms, where one story has them far more than
 * any other ("Series C"). Stories that never mention a name of the question that others mention are out
 * of the running at every step, the conversation's and the followed ones included. Otherwise it cannot tell, and the candidates go back to the person to pick from
 * — never a guess. Ordinary words ("signed", "market") never override the conversation: every deal has
 * them, and a small corpus would make them look distinctive.
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
  /** Terms of the question that are names (capitalised, or a story's party or notable name). */
  names?: ReadonlySet<string>;
  stories: readonly Story[];
  /**
   * Per story using a term, the share of its articles (0–1) that do, highest share first: a posting list,
   * so a question costs the stories its terms occur in, not every story held. Stories not listed use it
   * nowhere.
   */
  coverage: (term: string) => ReadonlyMap<string, number>;
  /** The conversation's story (the previous answer's, or one the person picked). */
  conversation?: string;
  /** The channel's followed stories. */
  followed?: readonly string[];
}

/** A term speaks for a story when the story uses it at least this many times as widely as any other. */
const DOMINANCE = 2;

/** A list of stories' ids to stories and positions in the list. */
interface StoryIndex {
  byId: Map<string, Story>;
  position: Map<string, number>;
}
/**
 * Kept per list: the story set hands out the same list while its stories stay the same, so a question
 * costs the stories its terms occur in, not a pass over every story held.
 */
const indexes = new WeakMap<readonly Story[], StoryIndex>();
function indexOf(stories: readonly Story[]): StoryIndex {
  let found = indexes.get(stories);
  if (!found) {
    found = {
      byId: new Map(stories.map((s) => [s.id, s])),
      position: new Map(stories.map((s, i) => [s.id, i])),
    };
    indexes.set(stories, found);
  }
  return found;
}

/**
 * Per story, how strongly the question's terms point to it (stories none points to are absent): each term
 * that one story uses far more widely than any other adds the difference in coverage ("informatica" 1.0 − 0
 * adds 1.0, "chief" 0.6 − 0.2 adds 0.4).
 */
export function storyScores(
  input: Pick<ChooseStoryInput, "terms" | "names" | "stories" | "coverage">,
): Map<string, number> {
  const { position } = indexOf(input.stories);
  const scores = new Map<string, number>();
  for (const term of new Set(input.terms)) {
    let best: string | undefined;
    let top = 0;
    let other = 0;
    // Highest share first: the first two stories among those asked about are the top and the runner-up.
    for (const [id, c] of input.coverage(term)) {
      if (!position.has(id) || c <= 0) continue;
      if (best === undefined) {
        best = id;
        top = c;
      } else {
        other = c;
        break;
      }
    }
    // A tie at the top leaves other === top, which never dominates: which of the tied comes first is moot.
    if (best && top >= DOMINANCE * other) scores.set(best, (scores.get(best) ?? 0) + top - other);
  }
  return scores;
}

/** Chooses the story for a question; see the module comment for the order. */
export function chooseStory(input: ChooseStoryInput): StoryChoice {
  const { stories } = input;
  const all = indexOf(stories);
  const byId = (id: string | undefined) => (id ? all.byId.get(id) : undefined);
  const decide = (terms: readonly string[], among: readonly Story[] = stories) => {
    const scores = storyScores({ ...input, stories: among, terms });
    const score = (s: Story) => scores.get(s.id) ?? 0;
    // Only the stories the terms point to are sorted (best first, ties in the stories' order); the
    // rest keep their order behind them, and are listed only when no story is clear.
    const { byId: inAmong, position } = indexOf(among);
    const pointed = [...scores.keys()]
      .map((id) => inAmong.get(id)!)
      .filter((s) => score(s) > 0)
      .sort((a, b) => score(b) - score(a) || position.get(a.id)! - position.get(b.id)!);
    const [first, second] = pointed;
    const top = first ? score(first) : 0;
    const clear = first && (!second || top >= DOMINANCE * score(second));
    const ranked = () => [...pointed, ...among.filter((s) => !(score(s) > 0))];
    return { story: clear ? first : undefined, pointed, ranked };
  };
  const nameTerms = [...new Set(input.terms.filter((t) => input.names?.has(t)))];
  const byNames = decide(nameTerms);
  if (byNames.story) return { ok: true, story: byNames.story, by: "question" };
  // A name two stories share ("Intel" in two Intel deals) points to neither, but rules out every story
  // that never mentions it: the conversation's or the followed story only answers when it holds the
  // question's names as well as any story does.
  const held = new Map<string, number>();
  for (const t of nameTerms) {
    for (const [id, share] of input.coverage(t)) if (share > 0) held.set(id, (held.get(id) ?? 0) + 1);
  }
  // From the stories holding a name, never a pass (or a spread) over every story.
  let most = 0;
  for (const n of held.values()) if (n > most) most = n;
  const found =
    most > 0
      ? [...held]
          .flatMap(([id, n]) => (n === most ? (all.byId.get(id) ?? []) : []))
          .sort((a, b) => all.position.get(a.id)! - all.position.get(b.id)!)
      : [];
  const holders = found.length ? found : stories;
  const holds = new Set(holders);
  const conversation = byId(input.conversation);
  if (conversation && holds.has(conversation)) return { ok: true, story: conversation, by: "conversation" };
  // One story followed under two ids (an old and a new one, or two followed stories merged) is one.
  const followed = [...new Set((input.followed ?? []).flatMap((id) => byId(id) ?? []))].filter((s) =>
    holds.has(s),
  );
  if (followed.length === 1) return { ok: true, story: followed[0]!, by: "followed" };
  if (followed.length > 1) {
    // Several followed: the one the question's terms point to among them.
    const among = decide(input.terms, followed);
    if (among.story) return { ok: true, story: among.story, by: "followed" };
  }
  if (holders.length === 1)
    return { ok: true, story: holders[0]!, by: stories.length === 1 ? "only" : "question" };
  const byTerms = decide(input.terms, holders);
  if (byTerms.story) return { ok: true, story: byTerms.story, by: "question" };
  // Stories the question's names point to come first; when they point to none, all that hold its names
  // are candidates — the channel's followed stories ahead of the rest.
  const pointed = byNames.pointed.length > 1 ? byNames.pointed : byTerms.pointed;
  const candidates = pointed.length > 1 ? pointed : byTerms.ranked();
  const isFollowed = new Set(followed);
  return {
    ok: false,
    candidates: [
      ...candidates.filter((s) => isFollowed.has(s)),
      ...candidates.filter((s) => !isFollowed.has(s)),
    ],
  };
}
