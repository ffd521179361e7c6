/**
 * Whether a sentence says yes or no to a yes/no question, or says that it is not told. Only the clause of
 * the sentence that is about the question counts ("GV also invested, while Quenby did not take part":
 * no for Quenby, yes for GV). A clause denies what the question asks when it holds an odd number of
 * denials among: negation words ("not", "no", "never", "n't", "zero": "holders get zero"); verbs of not doing ("stop paying", "dropped
 * out", "withdrew", "refused to", "failed to"); a word opposite to one the question asks about ("rejected"
 * for "accept", "fell" for "rise"); and the question's own negations. "Declined to say whether …", "would
 * not disclose …" — a denied verb of telling — leave the question unanswered.
 *
 * Verbs of not doing, verbs of telling and opposites come from WordNet, not from a word list: a verb is one
 * of not doing when one of its commoner senses is, or specialises within two steps, a sense of ceasing,
 * refusing, failing, denying, preventing, cancelling, abandoning or rejecting ("withdraw" → retire →
 * discontinue); one of telling when it specialises a sense of saying, informing, talking, confirming,
 * specifying or naming ("disclose" → tell → inform); opposites are WordNet's antonym pointers between the
 * two words' commoner senses ("keep" → continue ↔ discontinue).
 */
import nlp from "compromise";
import { type RelatedWords, type Sense, sharedWordNet } from "../search/related-words.js";
import { processTerm, stemTerm, termsOf } from "../search/terms.js";

/** What a sentence says to a yes/no question. */
export type Polarity = "yes" | "no" | "unstated";

/** The WordNet look-ups polarity needs. */
export type SenseLexicon = Pick<RelatedWords, "senses" | "synset">;

/** Words that deny the clause they stand in. */
const NEGATION = /^(?:no|not|never|none|neither|nor|nothing|nobody|without|cannot|zero|nil)$|n't$/;

/** Words after which the next word is a verb ("would stop", "to say", "did not"). */
const BEFORE_VERB =
  /^(?:to|will|would|can|could|may|might|must|shall|should|did|does|do|has|have|had|is|are|was|were|be|been|not|never|also|n't|won't|wouldn't|didn't|doesn't)$/;

/** A deal the question asks about, and another one a sentence puts something under. */
const DEAL_NOUN = /\b(?:deal|agreement|contract|transaction|merger|acquisition|takeover|order|package)\b/i;
const OTHER_DEAL =
  /\b(?:separate|different|another|other|own)\s+(?:[\p{L}-]+\s+)?(?:deal|agreement|contract|arrangement|transaction)\b/u;

/** Where a sentence's clauses part: semicolons, dashes, contrasting conjunctions, relative clauses. */
const CLAUSE_BREAK =
  /\s*[;:—–]\s*|,?\s+(?:but|while|whereas|although|though|however|yet)\s+|,\s+(?:which|who|whose|where|and)\s+/i;

/** Senses of not doing: (word, sense number) in WordNet 3.1, commonest sense first. */
const NOT_DOING: readonly [string, number][] = [
  ["discontinue", 0],
  ["refuse", 0],
  ["fail", 0],
  ["deny", 0],
  ["prevent", 0],
  ["cancel", 0],
  ["abandon", 0],
  ["reject", 0],
];
/** Senses of telling: saying, informing, talking, confirming, specifying, naming. */
const TELLING: readonly [string, number][] = [
  ["say", 0],
  ["inform", 0],
  ["talk", 0],
  ["confirm", 1],
  ["specify", 1],
  ["name", 1],
];
/** Senses of a word that count: the rarer ones mean something else ("decline" is "worsen" first). */
const SENSES = 3;
/** Hypernym steps from a word's sense to a seed sense. */
const DEPTH = 2;

const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|any|some|each|every)$/;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
}

/** compromise's lexicon knows irregular verb forms ("withdrew" → withdraw, "fell" → fall). */
const world = nlp.world() as unknown as {
  methods: {
    two: { transform: { verb: { toInfinitive: (w: string, model: unknown, tense: string) => string } } };
  };
  model: { one: { lexicon: Record<string, string | string[] | undefined> } };
};
const VERB_FORM = new Set(["PastTense", "Gerund", "PresentTense", "Participle"]);

function lexiconTag(word: string): string | undefined {
  const tag = world.model.one.lexicon[word];
  return Array.isArray(tag) ? tag[0] : tag;
}

/** Reads polarity with one WordNet; the seed senses are resolved once. */
export function createPolarityReader(lexicon: SenseLexicon) {
  const seedIds = (seeds: readonly [string, number][]) =>
    new Set(seeds.flatMap(([word, n]) => lexicon.senses(word, "verb")[n]?.id ?? []));
  const notDoing = seedIds(NOT_DOING);
  const telling = seedIds(TELLING);
  const memo = new Map<string, number>();

  /**
   * The verb a word is a form of: an irregular or inflected form through compromise's lexicon ("fell" →
   * fall, "rose" → rise), a word WordNet lists as it is otherwise.
   */
  const lemmas = new Map<string, string>();
  const lemma = (word: string): string => {
    let found = lemmas.get(word);
    if (found === undefined) {
      found = lemmaOf(word);
      if (lemmas.size >= 20_000) lemmas.clear();
      lemmas.set(word, found);
    }
    return found;
  };
  const lemmaOf = (word: string): string => {
    if (word.includes("_")) return word;
    const tag = lexiconTag(word);
    if (tag && !VERB_FORM.has(tag) && lexicon.senses(word, "verb").length) return word;
    const base = world.methods.two.transform.verb.toInfinitive(
      word,
      world.model,
      tag && VERB_FORM.has(tag) ? tag : "PastTense",
    );
    return base && lexicon.senses(base, "verb").length ? base : word;
  };

  /** The verb senses of a word as written: its lemma's first ("fell" → fall, before "to fell a tree"). */
  const verbSenses = (word: string): readonly Sense[] => {
    const own = lexicon.senses(word, "verb");
    const base = lemma(word);
    if (base === word) return own;
    const inflected = lexicon.senses(base, "verb");
    return [...inflected, ...own.filter((s) => !inflected.some((b) => b.id === s.id))];
  };

  /** Index of the first of a word's commoner senses within DEPTH steps of a seed, or -1. */
  const seedSense = (word: string, seeds: Set<number>, senses = SENSES): number => {
    const key = `${seeds === notDoing ? "n" : "t"}${senses}:${word}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let found = -1;
    verbSenses(word)
      .slice(0, senses)
      .some((sense, k) => {
        let front = [sense.id];
        for (let step = 0; step <= DEPTH && front.length; step++) {
          if (front.some((id) => seeds.has(id))) {
            found = k;
            return true;
          }
          front = front.flatMap((id) => lexicon.synset(id, "verb")?.hypernyms ?? []);
        }
        return false;
      });
    memo.set(key, found);
    return found;
  };

  /**
   * A word used as a verb: in a sentence, inflected as one or after an auxiliary, a modal, "to" or a
   * negation; in a question ("will it stop paying?"), anywhere but after a determiner.
   */
  const usedAsVerb = (all: readonly string[], i: number, asked: boolean): boolean =>
    asked
      ? i === 0 || !DETERMINER.test(all[i - 1]!)
      : /(?:ed|ing)$/.test(all[i]!) ||
        VERB_FORM.has(lexiconTag(all[i]!) ?? "") ||
        (i > 0 && BEFORE_VERB.test(all[i - 1]!));

  /** The word at i, joined with the next where WordNet knows the phrase ("dropped out", "pulled back"). */
  const phraseAt = (all: readonly string[], i: number): string => {
    const next = all[i + 1];
    return next && verbSenses(`${all[i]}_${next}`).length ? `${all[i]}_${next}` : all[i]!;
  };

  /**
   * Whether the verb at i is one of not doing, as used here: its commonest senses count anywhere, a
   * rarer one only before what is not done ("declined to say", "stop paying"), not before a number
   * ("shares declined 4%").
   */
  const deniesAt = (all: readonly string[], i: number, asked = false): boolean => {
    if (!usedAsVerb(all, i, asked)) return false;
    const k = seedSense(phraseAt(all, i), notDoing);
    if (k < 0) return false;
    const next = all[i + 1] ?? "";
    return k < 2 || next === "to" || next === "from" || next === "out" || /ing$/.test(next);
  };

  /** Denials in a run of words: negation words and verbs of not doing. */
  const denials = (all: readonly string[], asked = false): number =>
    all.reduce((n, w, i) => n + (NEGATION.test(w) || deniesAt(all, i, asked) ? 1 : 0), 0);

  /** A word's commoner verb and adjective senses. */
  const sensesOf = (word: string): Sense[] => [
    ...verbSenses(word).slice(0, SENSES),
    ...lexicon.senses(word, "adj").slice(0, SENSES),
  ];

  /** Whether two words' commoner senses are antonyms (in either direction). */
  const opposite = (a: string, b: string): boolean => {
    const aSenses = sensesOf(a);
    if (!aSenses.length) return false;
    const aIds = new Set(aSenses.map((s) => s.id));
    const aAntonyms = new Set(aSenses.flatMap((s) => s.antonyms));
    return sensesOf(b).some((s) => aAntonyms.has(s.id) || s.antonyms.some((id) => aIds.has(id)));
  };

  /**
   * "yes", "no" or "unstated": what `evidence` (one sentence) says to the yes/no `question`. Without a
   * clause about the question the whole sentence counts.
   */
  return function readPolarity(question: string, evidence: string): Polarity {
    const asked = words(question);
    const said = words(aboutClause(evidence, new Set(termsOf(question))));
    // A denied verb of telling: "declined to say whether …", "would not disclose" — unless the telling is
    // what is asked: "did either company disclose the price?" is answered no by "neither disclosed it".
    const asksTelling = asked.some((w, i) => usedAsVerb(asked, i, true) && seedSense(w, telling, 2) >= 0);
    for (let i = 0; i < said.length && !asksTelling; i++) {
      if (!(NEGATION.test(said[i]!) || deniesAt(said, i))) continue;
      for (let j = i + 1; j <= i + 3 && j < said.length; j++) {
        if (usedAsVerb(said, j, false) && seedSense(said[j]!, telling, 2) >= 0) return "unstated";
      }
    }
    let count = denials(said) + denials(asked, true);
    // "rather than cashing out", "instead of selling it": what follows is not done, when it is asked.
    const askedStems = new Set(asked.filter((w) => processTerm(w) !== null).map((w) => stemTerm(lemma(w))));
    // "does the deal cover Canada?" against "games in Canada stay on X under a separate agreement": what
    // another agreement covers, the asked one does not.
    const clauseText = said.join(" ");
    if (DEAL_NOUN.test(question) && OTHER_DEAL.test(clauseText)) count++;
    for (let i = 0; i + 1 < said.length; i++) {
      if (!/^(?:rather than|instead of)$/.test(`${said[i]} ${said[i + 1]}`)) continue;
      if (said.slice(i + 2, i + 7).some((w) => askedStems.has(stemTerm(lemma(w))))) count++;
    }
    // An asked word's opposite counts where the clause does not use the word itself ("rose after falling").
    const saidStems = new Set(said.map((w) => stemTerm(lemma(w))));
    const content = asked.filter(
      (w, i) => processTerm(w) !== null && !NEGATION.test(w) && !deniesAt(asked, i, true),
    );
    for (const word of content) {
      if (saidStems.has(stemTerm(lemma(word)))) continue;
      if (said.some((w, i) => processTerm(w) !== null && !deniesAt(said, i) && opposite(word, w))) count++;
    }
    return count % 2 ? "no" : "yes";
  };
}

/**
 * The clause of a sentence holding most of the question's terms (the first on a tie), or the whole
 * sentence when no clause holds any. A clause opening with a verb shares the subject before it, so it
 * stays with that clause ("Apollo looked at it but dropped out").
 */
export function aboutClause(sentence: string, askedTerms: ReadonlySet<string>): string {
  const clauses: string[] = [];
  // A relative clause after a noun phrase with no verb of its own is that phrase's predicate: "and
  // shareholders, who get zero".
  let relativeOfBare = false;
  let at = 0;
  for (const brk of [...sentence.matchAll(new RegExp(CLAUSE_BREAK.source, "gi")), undefined]) {
    const part = sentence.slice(at, brk ? brk.index : sentence.length);
    const joins = relativeOfBare;
    relativeOfBare = false;
    if (brk) at = brk.index + brk[0].length;
    if (!part.trim()) continue;
    const first = words(part)[0] ?? "";
    const opensWithVerb = VERB_FORM.has(lexiconTag(first) ?? "") && !/ing$/.test(first);
    if ((opensWithVerb || joins) && clauses.length) clauses[clauses.length - 1] += ` ${part}`;
    else clauses.push(part);
    relativeOfBare = !!brk && /^,\s+(?:who|which)\s+$/i.test(brk[0]) && bareNounPhrase(part);
  }
  let best = sentence;
  let bestCount = 0;
  for (const clause of clauses) {
    const count = termsOf(clause).filter((t) => askedTerms.has(t)).length;
    if (count > bestCount) {
      best = clause;
      bestCount = count;
    }
  }
  return best;
}

/** Longest run of words read as a bare noun phrase ("shareholders", "the senior lenders"). */
const BARE_PHRASE_WORDS = 4;

/** Whether a clause is a short noun phrase with no verb: no verb form compromise knows, none ending "-ed". */
function bareNounPhrase(part: string): boolean {
  const all = words(part);
  return (
    all.length > 0 &&
    all.length <= BARE_PHRASE_WORDS &&
    !all.some((w) => /ed$/.test(w) || VERB_FORM.has(lexiconTag(w) ?? ""))
  );
}

let shared: ((question: string, evidence: string) => Polarity) | undefined;

/** A polarity reader over the shared WordNet, made on first use. */
export function sharedPolarity(): (question: string, evidence: string) => Polarity {
  shared ??= createPolarityReader(sharedWordNet());
  return shared;
}
