/**
 * Scores the passages the index found for a question. A passage must be about the question's subject
 * (weighted coverage of its terms, rare terms counting most) and, for typed questions, hold a value of the
 * asked type; the search score only breaks near-ties.
 */
import type { PassageHit } from "../search/passage-index.js";
import { sharedWordNet } from "../search/related-words.js";
import { processTerm, termsOf } from "../search/terms.js";
import { acronymExpansions, DEAL_TERMS, type QuestionAnalysis, type Slot } from "./analyze-question.js";
import type { MoneyValue, PercentValue, Value } from "./extract-values.js";
import type { IndexedPassage } from "./indexed-passage.js";
import { isPlace } from "./name-lexicon.js";
import { openingName } from "./opening-name.js";
import { sameRateUnit } from "./rate-unit.js";
import {
  answerKey,
  isRate,
  locatedCount,
  modifiedCount,
  type SelectOptions,
  selectValues,
} from "./select-values.js";
import { predicateAsThing, predicateSubject, statesComparison } from "./yes-no.js";

/** The lexicographer file of a word's commonest noun sense in WordNet, if it is a noun. */
const nounFile = (word: string) => sharedWordNet().senses(word, "noun")[0]?.lexFile;

export interface Candidate {
  ip: IndexedPassage;
  /** Weighted share (0–1) of the question's terms the passage (or, at half weight, its context) holds. */
  coverage: number;
  /** Values of the asked type, best first. */
  values: Value[];
  /** Comparable form of this passage's answer. */
  key?: string;
  score: number;
  /** Terms of the earlier sentence its opening definite noun phrase points back to (`antecedentTerms`). */
  antecedent?: ReadonlySet<string>;
}

/** Below this coverage a passage is not about the question. */
export const MIN_COVERAGE = 0.5;

/** Cue terms tell the kind of answer; they weigh this much of a subject term. */
export const CUE_WEIGHT = 0.25;
/** A synonym of the asked word is good evidence, the word itself better. */
const SYNONYM_MATCH = 0.8;
/** A word WordNet relates to the asked one ("stockholders" for "shareholders") may be used in another sense. */
const RELATED_MATCH = 0.75;

/** A count whose words describe a part or a kind the question does not ask ("additional shares") loses this much. */
const MODIFIED_COUNT = 0.1;
/** A sentence where another subject does what a yes/no question asks loses this much. */
const OTHER_DOER = 0.3;
/** A sentence stating a comparison gains this much for a yes/no question asking one, as a typed value does. */
const COMPARISON_BONUS = 0.15;

export interface RankInput {
  analysis: QuestionAnalysis;
  hits: readonly PassageHit[];
  lookup: (passageId: string) => IndexedPassage | undefined;
  /** Weight of a canonical term (rarer terms weigh more; unknown terms the most). */
  weight: (term: string) => number;
  select: SelectOptions;
}

/** Types whose answer must be a value found in the sentence. */
export function needsValue(analysis: QuestionAnalysis): boolean {
  return analysis.answerType !== "none" && !analysis.yesNo;
}

/** All candidates, best first. */
export function rankCandidates(input: RankInput): Candidate[] {
  const { analysis, hits, lookup, weight } = input;
  const weighted = [
    ...analysis.terms.map((t) => [t, weight(t)] as const),
    ...analysis.cueTerms.map((t) => [t, weight(t) * CUE_WEIGHT] as const),
  ];
  const total = weighted.reduce((sum, [, w]) => sum + w, 0) || 1;
  const topSearch = hits[0]?.score || 1;
  const typed = needsValue(analysis);
  const clause = analysis.clause;
  const subject = new Set(
    clause?.subject.flatMap((t) => [
      t,
      ...(analysis.nameSiblings?.get(t) ?? []),
      ...(analysis.related?.get(t) ?? []),
    ]),
  );
  const predicateTerm = clause && processTerm(clause.predicate);
  const dealNouns = new Set(analysis.dealTerms);
  // The story's main actors: a sentence often names one only as "the company" or "it".
  const actorTerms = actorTermsOf(input.select.ubiquitous);
  const askedActors = analysis.terms.filter((t) => actorTerms.has(t));
  const predicateWeight = predicateTerm ? (weighted.find(([t]) => t === predicateTerm)?.[1] ?? 0) : 0;
  const siblings = analysis.nameSiblings;
  // A name of several words is named by any of them ("Quanta" names "Quanta AI").
  const named = (term: string, terms: ReadonlySet<string>) => {
    if (terms.has(term)) return true;
    const others = siblings?.get(term);
    if (others) for (const t of others) if (terms.has(t)) return true;
    return false;
  };
  const out: Candidate[] = [];
  for (const hit of hits) {
    const ip = lookup(hit.passageId);
    if (!ip || ip.passage.kind === "heading") continue;
    // Each is a view built on access: taken once per passage, not once per term.
    const terms = ip.terms;
    const contextTerms = ip.contextTerms;
    let stems: ReadonlySet<string> | undefined;
    // "… won a water licence for its mine. … The licence runs 25 years": a sentence opening with a
    // definite noun an earlier sentence of its paragraph names goes on about what that one said.
    const antecedent = antecedentTerms(ip, lookup);
    // Coverage decides whether a passage is about the question (synonyms count fully); the score also
    // prefers the words the question itself used.
    const values = typed ? selectValues(ip, analysis, input.select) : [];
    // "11% above Friday's close" is a premium though it does not say so.
    const measured =
      analysis.percentMeasure !== undefined &&
      (values[0] as PercentValue | undefined)?.measure === analysis.percentMeasure;
    // "$45 million a year" says "every year" whatever words the question used for the rate.
    const atRate =
      analysis.per !== undefined && sameRateUnit((values[0] as MoneyValue | undefined)?.per, analysis.per);
    let covered = 0;
    let exact = 0;
    // "the deal", "the offer": every sentence of a story is about its deal, so the word counts where a
    // passage says it and is not missed where it does not ("The deal is expected to close" holds no price).
    let passageTotal = total;
    // A main actor the question names is implied by a sentence naming no main actor at all ("The company
    // now operates three factories" for "how many factories does Quanta have?"): neither found nor missed.
    const implied = askedActors.length > 0 && !namesAny(actorTerms, terms, contextTerms);
    for (const [term, w] of weighted) {
      if (
        !named(term, terms) &&
        ((measured && analysis.measureTerms?.includes(term)) ||
          (atRate && analysis.rateTerms?.includes(term)))
      ) {
        // The value names the asked quantity or rate itself ("shares jumped 21%" is the stock's reaction).
        covered += w;
        exact += w;
      } else if (named(term, terms)) {
        covered += w;
        const asked = analysis.stems.get(term);
        if (!asked) exact += w;
        else {
          stems ??= ip.stems;
          exact += asked.some((s) => stems!.has(s)) ? w : w * SYNONYM_MATCH;
        }
      } else if (antecedent && named(term, antecedent)) {
        covered += w;
        exact += w / 2;
      } else if (named(term, contextTerms)) {
        covered += w / 2;
        exact += w / 2;
      } else if (
        analysis.related?.get(term)?.some((r) => terms.has(r)) ||
        fillsSlot(ip, term, analysis.slots?.get(term))
      ) {
        covered += w * RELATED_MATCH;
        exact += w * RELATED_MATCH * SYNONYM_MATCH;
      } else if (dealNouns.has(term) || (implied && actorTerms.has(term))) {
        passageTotal -= w;
      }
    }
    // A yes/no question is answered by what its subject does: "the board voted" says nothing of whether
    // the holders will vote, so the predicate counts as missing there and the sentence ranks low.
    // "the firm supplies the cash" uses the asked verb's word for a thing: it says nothing of cashing out.
    const doer = !clause
      ? "none"
      : predicateAsThing(ip.passage.text, clause, nounFile)
        ? "other"
        : predicateSubject(ip.passage.text, clause, (t) => subject.has(t));
    if (doer === "other" && predicateTerm) {
      covered -= predicateWeight;
      exact -= predicateWeight;
    }
    const coverage = covered / (passageTotal || 1);
    const score =
      exact / total +
      0.1 * (hit.score / topSearch) +
      // A rate where none is asked ("$850 million a season" for "how much did it offer?") answers only
      // where no sentence states a total.
      (typed && values.length && !isRate(values[0]!, analysis) ? 0.15 : 0) -
      // "4.2 million additional shares" counts a part: a sentence counting the whole answers first.
      (analysis.answerType === "count" &&
      values[0] &&
      (modifiedCount(values[0], analysis) || locatedCount(ip.passage.text, values[0], analysis))
        ? MODIFIED_COUNT
        : 0) +
      // An amount its sentence ties to the asked quantity ("valued at €11.7 billion") beats a bare one.
      (analysis.measure && (values[0] as MoneyValue | undefined)?.measure === analysis.measure ? 0.05 : 0) +
      (ip.informative ? 0.03 : 0) +
      (doer === "same" ? 0.05 : doer === "other" ? -OTHER_DOER : 0) +
      (analysis.compares && statesComparison(ip.passage.text) ? COMPARISON_BONUS : 0) +
      // A framing verb the passage shares ("what does it mean for …" / "… means …") tips a near-tie.
      0.02 * analysis.frameTerms.filter((t) => terms.has(t)).length -
      (ip.words < 6 ? 0.1 : 0) -
      // Of two sentences saying the same, the shorter makes the better quote.
      0.002 * Math.max(0, ip.words - 25) -
      // A sentence that asks ("What could this mean for India?") states nothing.
      (ip.asks ? 0.2 : 0);
    out.push({
      ip,
      coverage,
      values,
      key: answerKey(analysis.answerType, values),
      score,
      ...(antecedent ? { antecedent } : {}),
    });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Whether any passage of the candidate's article holds one of `terms` (a name's). */
function articleNames(ip: IndexedPassage, terms: readonly string[]): boolean {
  const wanted = new Set(terms);
  return ip.article.passages.some((p) => termsOf(p.text).some((t) => wanted.has(t)));
}

/**
 * A sentence's opening definite noun phrase: "The plan", "The new facility" ("This" and "That" often stand
 * alone: "That values the club at …").
 */
const DEFINITE_OPENING = /^The\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}?[\p{Ll}][\p{L}-]*\b/u;
/** How many sentences back, within its paragraph, a definite noun phrase's antecedent is looked for. */
const ANTECEDENT_REACH = 3;

/**
 * The terms of the sentence a passage's opening definite noun phrase points back to: the nearest of the
 * `ANTECEDENT_REACH` sentences before it in its paragraph that names one of the phrase's words ("The
 * licence runs 25 years" → "… won a water licence for its mine"); undefined when it opens otherwise or no
 * such sentence stands there. A handful of look-ups, for passages opening so only.
 */
function antecedentTerms(
  ip: IndexedPassage,
  lookup: (passageId: string) => IndexedPassage | undefined,
): ReadonlySet<string> | undefined {
  const opening = DEFINITE_OPENING.exec(ip.passage.text);
  if (!opening) return undefined;
  const nouns = termsOf(opening[0].split(/\s+/).slice(1).join(" "));
  const { articleId, index, paragraph } = ip.passage;
  for (let k = 1; k <= ANTECEDENT_REACH && k <= index; k++) {
    const before = lookup(`${articleId}:${index - k}`);
    if (!before || before.passage.paragraph !== paragraph) return undefined;
    const terms = before.terms;
    if (nouns.some((t) => terms.has(t))) return terms;
  }
  return undefined;
}

/** A word as written at a character offset ("go-shop", "federal"). */
const WORD_AT = /^[\p{L}][\p{L}'’-]*/u;

/**
 * Whether the passage writes, in the asked word's place beside the same neighbour, a word one of whose
 * WordNet definitions names the other ("federal loan" for "government loan": federal is "of the central
 * government"; "go-shop period" for "go-shop window": a window is "the time period …"). The shared
 * neighbour picks the sense that a definition alone would not.
 */
function fillsSlot(ip: IndexedPassage, term: string, slot: Slot | undefined): boolean {
  if (!slot) return false;
  const wordNet = sharedWordNet();
  // A verb's definitions are acts of every kind ("bring": "cause to come …"): only names of things and
  // their qualities are told apart by a definition.
  const verbal = (w: string) => wordNet.taggedSenses(w, "verb") * 2 > wordNet.taggedSenses(w);
  if (verbal(slot.word)) return false;
  const { before, after } = slot;
  if (!(before && ip.terms.has(before)) && !(after && ip.terms.has(after))) return false;
  const text = ip.passage.text;
  const positions = ip.positions;
  const writes = (at: number, t: string) => termsOf(WORD_AT.exec(text.slice(at))?.[0] ?? "").includes(t);
  for (let k = 0; k < positions.length; k++) {
    const at = positions[k]!.at;
    const other =
      before && k + 1 < positions.length && writes(at, before)
        ? positions[k + 1]
        : after && k > 0 && writes(at, after)
          ? positions[k - 1]
          : undefined;
    const word = other && WORD_AT.exec(text.slice(other.at))?.[0].toLowerCase();
    if (!other || !word || other.term === term || verbal(word)) continue;
    if (wordNet.glossTerms(word).has(term) || wordNet.glossTerms(slot.word).has(other.term)) return true;
  }
  return false;
}

/** Candidates good enough to answer from: about the subject, and holding a value when one is asked for. */
export function eligible(
  candidates: readonly Candidate[],
  analysis: QuestionAnalysis,
  /** Lower-cased names of the story's main actors: often only implied ("the company"). */
  mainActors: ReadonlySet<string> = new Set(),
  /**
   * Candidates whose names do the act a "who …?" question asks ("Halvard Partners advised Skarven."): one
   * of the question's names standing there is enough, the others named in its article.
   */
  doers: ReadonlySet<Candidate> = new Set(),
): Candidate[] {
  const typed = needsValue(analysis);
  // A name in a typed question pins its subject: one bank's stock price is not another's. The passage or
  // the sentence before must name it; for "who is the CEO of Brightwater" the sentence itself must. So in a
  // yes/no question: whether Quenby invested is not told by a sentence naming only other investors.
  // The story's own main actors are implied there ("she said", "the company"): only other names must stand.
  const names = typed
    ? nameTerms(analysis, mainActors)
    : analysis.yesNo
      ? nameTerms(analysis, mainActors).filter((n) => !n.main)
      : [];
  const actorTerms = actorTermsOf(mainActors);
  const inSentence = analysis.answerType === "person";
  // A role the question names ("the CFO", "the boss") must stand in the sentence: the chief executive
  // beside a company's name does not answer who its finance chief is.
  const roles = inSentence
    ? [...analysis.terms, ...analysis.cueTerms].filter((t) => C_LEVEL.test(t) && analysis.stems.has(t))
    : [];
  // A title asked as written ("CEO", "chief executive") must stand; an everyday word folded into it
  // ("boss", "chief") names a company's head by whatever title the sentence gives ("managing director",
  // "president"), so there only a sentence naming another chief officer ("CFO") is out.
  const written = roles.filter((t) => analysis.stems.get(t)?.some((s) => C_LEVEL.test(s)));
  const informal = roles.filter((t) => !written.includes(t));
  const otherOfficer = (c: Candidate) =>
    informal.length > 0 && OFFICERS.some((t) => !informal.includes(t) && c.ip.terms.has(t));
  // A main actor may go unnamed ("the deal is valued at $38 billion" is Northwind's deal), unless the
  // sentence names another main actor instead ("Northwind's revenue" does not answer Harbor's).
  // Another main actor the question names too is no "instead" where a pronoun stands for this one: "what
  // would X owe Y?" is answered by "it would owe Y $46 million" (not by "Y holds 10% of Z").
  const askedTerms = names.flatMap((n) => n.terms);
  // Neither a name only the sentence before gives nor a main actor left unnamed stands for a sentence
  // opening with another name, its own subject: "Lumivex goes off patent in 2031" is Lumivex's date.
  const who = analysis.answerType === "organization" || analysis.answerType === "person";
  const named = (c: Candidate, name: NameTerms) =>
    name.terms.some((t) => c.ip.terms.has(t)) ||
    (!inSentence &&
      name.terms.some((t) => c.ip.contextTerms.has(t) || c.antecedent?.has(t)) &&
      !opensWithOtherName(c.ip, name, actorTerms, who));
  const satisfied = (c: Candidate, name: NameTerms) =>
    named(c, name) ||
    (name.main &&
      // A person opening the sentence is the one a person question asks for, not another subject.
      !opensWithOtherName(c.ip, name, actorTerms, who) &&
      (name.deal ||
        !namesAny(
          actorTerms,
          c.ip.terms,
          undefined,
          // Nor one the question names after its subject ("what is X paying Y for the Z power?"): a
          // sentence naming the subject ("X would pay $98") tells what X does with them.
          STANDS_FOR_ACTOR.test(c.ip.passage.text) || name.object || name.owns ? askedTerms : name.terms,
        )));
  return candidates.filter(
    (c) =>
      c.coverage >= MIN_COVERAGE &&
      (!typed || c.values.length > 0) &&
      // "which GPUs …": a sentence not naming the kind holds names only where its words bind them to the
      // question's ("reviewed by X" for "which regulator is reviewing …?"; `select-values.ts`).
      // "Is it anywhere near as valuable as …?" is not answered by a sentence comparing nothing.
      (!analysis.compares || statesComparison(c.ip.passage.text)) &&
      // Each name counts once, by any of its words ("Park said" names Lena Park).
      // A doer of the asked act for one party the question names ("Halvard advised Skarven" for "who
      // advised Skarven on the Tollund purchase?") answers where its article names the others, which only
      // place the act; an article never naming them tells of another deal ("advised Skarven on a bond sale").
      (doers.has(c) && names.length
        ? names.some((name) => satisfied(c, name)) &&
          names.every((name) => satisfied(c, name) || articleNames(c.ip, name.terms))
        : names.every((name) => satisfied(c, name))) &&
      written.every((t) => c.ip.terms.has(t)) &&
      !otherOfficer(c),
  );
}

/** Whether a passage opens with a name other than the asked one ("Lumivex, its older drug, …"): its subject. */
function opensWithOtherName(
  ip: IndexedPassage,
  asked: NameTerms,
  actors: ReadonlySet<string>,
  who = false,
): boolean {
  const first = openingName(ip, who);
  if (!first) return false;
  // The story's main actors go by several names ("Northwind", "NWS"): the rule on main actors judges them.
  const terms = termsOf(first.text);
  return terms.length > 0 && !terms.some((t) => asked.terms.includes(t) || actors.has(t));
}

/**
 * Whether a passage's terms (or its context's) hold any of `wanted` other than those `except` lists.
 * Looks each wanted term up (a handful) rather than walking the passage's terms (dozens, each a lookup).
 */
function namesAny(
  wanted: ReadonlySet<string>,
  terms: ReadonlySet<string>,
  contextTerms?: ReadonlySet<string>,
  except?: readonly string[],
): boolean {
  for (const t of wanted) {
    if (except?.includes(t)) continue;
    if (terms.has(t) || contextTerms?.has(t)) return true;
  }
  return false;
}

/**
 * The search terms of the story's main actors (lower-cased names). A place named throughout ("Ohio") is
 * where things happen, not who does them: a sentence naming it still speaks of the main company.
 */
function actorTermsOf(mainActors: ReadonlySet<string>): Set<string> {
  return new Set([...mainActors].filter((a) => !isPlace(a)).flatMap((a) => termsOf(a)));
}

/** A word standing for a company named before ("it would owe", "the company's"). */
const STANDS_FOR_ACTOR = /\b(?:it|its|they|their|the company|the group)\b/i;

/** A C-level title's term ("ceo", "cfo", "cto"), as `synonyms.ts` folds them. */
const C_LEVEL = /^c[a-z]o$/;
/** Every C-level title's term (`notation.ts` folds "chief X officer" to "c" + X's initial + "o"). */
const OFFICERS = [..."abcdefghijklmnopqrstuvwxyz"].map((d) => `c${d}o`);

interface NameTerms {
  /** The name's subject terms; any one of them names it. */
  terms: string[];
  /** One of the story's main actors. */
  main: boolean;
  /** Named after the question's first name ("is X paying Y for the Z power?"): whom or what X deals with. */
  object?: boolean;
  /** Naming which deal ("in the Z deal", "Z's takeover"): a main actor of it, any other, stands for it. */
  deal?: boolean;
  /** The possessor of the question's next name ("X's Y site"): a sentence naming Y speaks of X's. */
  owns?: boolean;
}

/** The names a question spells with capitals (not counting its first word). */
function nameTerms(analysis: QuestionAnalysis, mainActors: ReadonlySet<string>): NameTerms[] {
  const subject = new Set(analysis.terms);
  // A possessive ends a name: "Brenlow's Quenmoor data campus" names two, each of which must stand.
  const runs = [
    ...analysis.text.matchAll(
      /\p{Lu}[\p{L}\p{N}_'’.-]*?(?:['’]s\b|(?:\s+\p{Lu}[\p{L}\p{N}_'’.-]*?)*(?:['’]s\b)?)(?=[^\p{L}\p{N}_'’.-]|$)/gu,
    ),
  ];
  const actorWords = new Set([...mainActors].flatMap((a) => a.split(/\s+/)));
  const found: NameTerms[] = runs.flatMap((m) => {
    // The question's first word is capitalised without being a name ("What", "Who").
    const words = (m.index === 0 ? m[0].split(/\s+/).slice(1) : m[0].split(/\s+/)).map((w) =>
      w.replace(/['’]s$/, ""),
    );
    // "Corvell's CFO" is a name and a title: the title names nobody.
    const asked = termsOf(words.join(" ")).filter((t) => subject.has(t) && !C_LEVEL.test(t));
    // The unit a rate is asked per, abbreviated ("per MWh"), names nobody.
    if (!asked.length || (words.length === 1 && words[0]!.toLowerCase() === analysis.per)) return [];
    // "TV" abbreviates a common noun: a sentence writing "television" names it too.
    const terms = [
      ...asked,
      ...words
        .filter((w) => termsOf(w).some((t) => asked.includes(t)))
        .flatMap((w) => acronymExpansions(w).flatMap((e) => termsOf(e)))
        .filter((t) => !C_LEVEL.test(t)),
      // "DIP" is named by the "debtor-in-possession" the articles spell it as.
      ...asked.flatMap((t) => analysis.spelledOut?.get(t) ?? []),
    ];
    // A main actor of several words ("oxcombe rovers") is named by any of its words ("Oxcombe").
    const main = words.every((w) => actorWords.has(w.toLowerCase()));
    // "the Oxcombe deal", "X's takeover": a name before a deal's noun says which deal, not whose figure.
    const next = /^(?:['’]s)?\s+([\p{L}-]+)/u.exec(analysis.text.slice(m.index + m[0].length))?.[1];
    const namesDeal = next !== undefined && DEAL_TERMS.has(processTerm(next) ?? "");
    // "Tamsk's Quorrel mine": the possessor of the next name.
    const owns = /['’]s$/.test(m[0]) && /^\s+\p{Lu}/u.test(analysis.text.slice(m.index + m[0].length));
    return [{ terms, main, ...(namesDeal ? { deal: true } : {}), ...(owns ? { owns: true } : {}) }];
  });
  // The first name is the question's subject; a later one is what or whom the subject deals with.
  return found.map((n, i) => (i > 0 ? { ...n, object: true } : n));
}
