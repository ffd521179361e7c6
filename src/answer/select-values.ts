/**
 * From a passage's precomputed values, the ones of the kind the question asks for, and the short answer
 * they make. "which chips?" wants names that are not already in the question; "when … operational?" prefers
 * a date about completion over one about the start.
 */
import { sharedWordNet } from "../search/related-words.js";
import { processTerm, termsOf, tokenize } from "../search/terms.js";
import type { AnswerType } from "../types.js";
import { DEAL_TERMS, eventTerms, type QuestionAnalysis } from "./analyze-question.js";
import { anotherPartysDeal, datedEarlier } from "./another-party.js";
import { actPositions } from "./asked-act.js";
import { appositeWords, baseBindings, datelineEnd, roleHolders, type WordSpan } from "./bind-entities.js";
import {
  attachedWords,
  attachmentCost,
  inAppositive,
  inCondition,
  ownedByOther,
  qualifierAfter,
} from "./bind-values.js";
import { namesDay, remarkDatedBy, remarkDatesEvent } from "./extract-dates.js";
import {
  type CountValue,
  compatibleMeasures,
  type DateValue,
  isNumberWord,
  type MoneyMeasure,
  type MoneyValue,
  type NameValue,
  nounPhrase,
  type Value,
} from "./extract-values.js";
import type { IndexedPassage } from "./indexed-passage.js";
import { isPartyNoun } from "./kind-noun.js";
import { learnAliases } from "./learn-aliases.js";
import { isCalendarWord, isDemonym, isPersonName, isPlace } from "./name-lexicon.js";
import { openingName } from "./opening-name.js";
import { placesFollowing } from "./place-before.js";
import { sameRateUnit } from "./rate-unit.js";
import { withoutTrailingTime } from "./trailing-time.js";

/** Capitalised words that are common nouns here. */
const GENERIC_WORDS =
  /^(?:ai|agi|c[a-z]o|series|gpus?|cpus?|llms?|it|us|u\.s\.|uk|eu|ml|api|ipo|q[1-4]|here|well|now)$/i;
/** An acronym-led adjective ("AI-focused"): lower case after the hyphen, as a double-barrelled surname ("Oakes-Whitby") is not. */
const HYPHENED_ADJECTIVE = /^[A-Za-z]{2,}-[a-z][\w-]*$/;

/** Whether a capitalised word or name is no name: a common noun here or an acronym-led adjective. */
function genericName(text: string): boolean {
  return GENERIC_WORDS.test(text) || HYPHENED_ADJECTIVE.test(text);
}

/**
 * Whether a question's own words already name this value (so it cannot be the answer): its first word
 * ("Quanta" names Quanta Robotics), or a one-word name. A later, generic word ("Arcadia Semiconductor" for
 * "who supplies the chips?") does not.
 */
function namedInQuestion(name: string, analysis: QuestionAnalysis): boolean {
  const asked = new Set([...analysis.terms, ...analysis.cueTerms]);
  const words = name.split(/\s+/).map((w) => processTerm(w.replace(/['’]s$/, "")));
  const distinctive = words.find((t): t is string => t !== null);
  return distinctive !== undefined && asked.has(distinctive);
}

export interface SelectOptions {
  /** Lower-cased names found in most articles ("Northwind", "Harbor"): background, not an answer to "which X". */
  ubiquitous: ReadonlySet<string>;
  /** Whether the articles also use this word in lower case (so capitalised it only opened a sentence). */
  isCommonWord: (lowerCaseWord: string) => boolean;
  /**
   * Whether a dictionary knows the word only as an adjective or verb, never a noun ("existing",
   * "separately"): capitalised at a sentence's start it names nothing.
   */
  onlyDescribes?: (lowerCaseWord: string) => boolean;
}

/**
 * A name without the capitalised common word that only opened its sentence ("Diversification") and
 * without generic trailing words ("Voltline GPU" names Voltline).
 */
function trimName(n: NameValue, options: SelectOptions): NameValue | undefined {
  let words = n.text.split(/\s+/);
  const first = words[0]!.toLowerCase();
  if (n.initial && (options.isCommonWord(first) || options.onlyDescribes?.(first) || isPluralNoun(first)))
    words = words.slice(1);
  while (words.length && genericName(words[words.length - 1]!)) words = words.slice(0, -1);
  const rest = words.join(" ");
  if (!rest) return undefined;
  return rest === n.text ? n : { ...n, text: rest, key: `name:${rest.toLowerCase()}`, initial: false };
}

/**
 * Whether WordNet knows a word only as the plural of a common noun ("analysts", "regulators"): opening a
 * sentence it names nobody. A name that is also a noun's base form ("Stratus", "Siemens") is kept.
 */
export function isPluralNoun(word: string): boolean {
  if (!/s$/.test(word)) return false;
  const senses = sharedWordNet().senses(word, "noun");
  return senses.length > 0 && senses.every((s) => !s.words.includes(word));
}

/**
 * Names that answer nothing: those in a wire story's dateline ("LONDON, June 9 (Harbour Wire) -") and the
 * article's own publisher ("told the Financial Times").
 */
function notSources<N extends Value>(names: readonly N[], ip: IndexedPassage): N[] {
  const dateline = datelineEnd(ip.passage.text);
  const publisher = ip.article.meta.publisher?.toLowerCase().replace(/^the\s+/, "");
  return names.filter(
    (n) => n.at >= dateline && (!publisher || n.text.toLowerCase().replace(/^the\s+/, "") !== publisher),
  );
}

/**
 * A name the sentence defines with its initials ("the Trade and Markets Tribunal (TMT)") as one
 * name, though "and" splits it, and without the initials beside it.
 */
function definedNames(names: NameValue[], text: string): NameValue[] {
  if (!text.includes("(")) return names;
  let out = names;
  for (const { long, short } of learnAliases(text)) {
    const at = text.indexOf(long);
    if (at < 0) continue;
    const end = at + long.length;
    const inside = (n: NameValue) => n.at >= at && n.at < end;
    const first = out.find(inside);
    if (!first) continue;
    const whole: NameValue = { text: long, key: `name:${long.toLowerCase()}`, at, initial: first.initial };
    const initials = text.indexOf(`(${short})`, end);
    out = out.flatMap((n) => (n === first ? [whole] : inside(n) || n.at === initials + 1 ? [] : [n]));
  }
  return out;
}

/** The role a "who"/"whose"/"which" question asks the holder of, and how strictly. */
interface AskedRole {
  /** The role noun's canonical term and the corpus terms WordNet relates to it ("chair" → chairman). */
  terms: ReadonlySet<string>;
  /**
   * "who is the other bidder?", "whose chips …?": only a name bound to the role answers; a sentence
   * using the role noun with no name bound to it ("a second bidder, which was not named") answers nothing.
   */
  strict: boolean;
  /** "whose chips": the answer is the owner or maker, not the thing. */
  owner: boolean;
  /**
   * Terms of the kinds right above the role ("investor" for "shareholder"): a sentence using only one of
   * them answers with the name it binds there or not at all ("one of its investors said …" names none).
   */
  broader: ReadonlySet<string>;
  /** Only a name in apposition holds it (a role the question's verb names: "who chairs …"). */
  holderOnly: boolean;
  /** A person's office or part ("chief executive", "chair"): the company written before it gives it. */
  personal: boolean;
  /** The role as the question writes it ("chief executive", "chairman", "chair" of "who chairs"). */
  written: string;
}

/**
 * "who is the other bidder?", "who is Pelagic's biggest shareholder?", "who's the chair of X?", "who is the
 * council's treasurer?", "who will be vice-chair?" (a bare role only right after the verb).
 */
const WHO_IS_ROLE =
  /^(?:and\s+)?who(?:'s|\s+(?:is|was|are|were|will\s+be))\s+(?:(?:the|an?|its|their|[\p{L}\p{N}&.-]+(?:'s|s'))\s+(?:[\p{Ll}-]+(?:'s|s')?\s+){0,2}?)?([\p{Ll}][\p{Ll}-]*)\s*(?:\?|$|\b(?:of|at|in|for|on|to|behind|that|who|which)\b)/u;
const WHOSE = /^(?:and\s+)?whose\s+([a-z][a-z-]*)/;

/** Words between "which" and the role noun that are no part of it. */
const NOT_ROLE = new Set(["other", "else", "another", "additional", "the", "of"]);

/**
 * The role noun of "which regulator …", "which other cloud …": the last of the nouns right after
 * "which" (WordNet's parts of speech tell "investors" from "joined").
 */
function whichNoun(q: string): string | undefined {
  const m = /^(?:and\s+)?(?:which|what)\s+((?:[a-z-]+\s*){1,4})/.exec(q);
  let noun: string | undefined;
  const wordNet = sharedWordNet();
  for (const w of m?.[1]?.trim().split(/\s+/) ?? []) {
    if (NOT_ROLE.has(w)) continue;
    if (!wordNet.partsOfSpeech(w).includes("noun") || AUXILIARY.test(w)) break;
    // "which analyst put a number on it?": after the kind, a word WordNet's sense-tagged corpus uses
    // mostly as a verb is the question's verb ("put"), not more of the kind.
    if (noun && wordNet.taggedSenses(w, "verb") > wordNet.taggedSenses(w, "noun")) break;
    noun = w;
  }
  return noun;
}
/** Whether one of a word's commonest noun senses is a person ("chair" → chairman; not "join", "lead"). */
function namesPerson(word: string): boolean {
  return sharedWordNet()
    .senses(word, "noun")
    .slice(0, 3)
    .some((s) => s.lexFile === NOUN_PERSON);
}
/**
 * The one-word terms of a word's commonest noun senses naming a person: "chair" → chairman, chairwoman,
 * chairperson. "who chairs X?" is answered by "its chairman, Y".
 */
function personTerms(word: string): string[] {
  return sharedWordNet()
    .senses(word, "noun")
    .slice(0, 3)
    .filter((s) => s.lexFile === NOUN_PERSON)
    .flatMap((s) => s.words.flatMap((w) => (w.includes("_") ? [] : (processTerm(w) ?? []))));
}
/** WordNet's lexicographer file of nouns naming people (lexnames(5WN)). */
const NOUN_PERSON = 18;
/** WordNet's lexicographer files of nouns naming groups (organisations) and people. */
const NOUN_GROUP = 14;

/**
 * The terms of the one-word kinds right above a role noun in WordNet, in its commonest sense naming a
 * person or an organisation: "shareholder" → investor, "bidder" → applicant. "Another investor, X" names
 * a shareholder.
 */
function broaderTerms(noun: string): string[] {
  const wordNet = sharedWordNet();
  const sense = wordNet
    .senses(noun, "noun")
    .find((s) => s.lexFile === NOUN_PERSON || s.lexFile === NOUN_GROUP);
  return (sense?.hypernyms ?? []).flatMap((id) =>
    (wordNet.synset(id, "noun")?.words ?? []).flatMap((w) => (w.includes("_") ? [] : (processTerm(w) ?? []))),
  );
}

/**
 * The term of the kind a "which X" question asks for: the noun after "which" ("which banks provided the
 * bridge loan?" → bank), else the question's focus.
 */
export function askedKind(analysis: QuestionAnalysis): string | undefined {
  const noun = whichNoun(analysis.text.toLowerCase());
  // The canonical term, as passages' terms are ("accelerators" is filed under "chip").
  return (noun && termsOf(noun)[0]) || analysis.focus;
}
const AUXILIARY = /^(?:is|are|was|were|will|would|can|could|does|do|did|has|have|had|may|might|must|should)$/;

const askedRoles = new WeakMap<QuestionAnalysis, AskedRole | null>();
function askedRoleOf(analysis: QuestionAnalysis): AskedRole | undefined {
  let found = askedRoles.get(analysis);
  if (found === undefined) {
    const q = analysis.text.toLowerCase().replace(/[’‘]/g, "'");
    const whose = WHOSE.exec(q)?.[1];
    // "who is the team's president these days?": the role noun ends the phrase before a time adverbial.
    const word = whose ?? WHO_IS_ROLE.exec(withoutTrailingTime(q, sharedWordNet()))?.[1];
    const noun = word ?? whichNoun(q);
    // "who chairs X?": the verb names a role ("chair"), held by the name in apposition to its noun.
    const verb = analysis.agentVerb;
    const term = noun ? termsOf(noun)[0] : verb && namesPerson(verb) ? verb : undefined;
    const broader = noun ? broaderTerms(noun).filter((t) => t !== term) : [];
    found = term
      ? {
          terms: new Set([
            term,
            ...(noun ? rolePhrases(q, noun).map((p) => p.term) : []),
            ...(noun ? hyphenatedRole(q, noun) : []),
            ...(noun ? [processTerm(noun) ?? term] : personTerms(term)),
            ...(analysis.related?.get(term) ?? []),
            ...broader,
          ]),
          broader: new Set(broader),
          strict: Boolean(word),
          owner: Boolean(whose),
          holderOnly: !noun,
          personal: namesPerson(noun ?? term),
          written: noun ? (rolePhrases(q, noun)[0]?.phrase ?? noun) : term,
        }
      : null;
    askedRoles.set(analysis, found);
  }
  return found ?? undefined;
}

/**
 * The phrases ending in a role noun that read as one term, longest first, with that term: "chief
 * executive" (read as ceo) for "who is X's chief executive?", whose noun alone is "executive".
 */
function rolePhrases(q: string, noun: string): { phrase: string; term: string }[] {
  const before =
    new RegExp(`((?:[\\p{L}-]+\\s+){1,2})${noun}\\b`, "u").exec(q)?.[1]?.trim().split(/\s+/) ?? [];
  return before.flatMap((word, i) => {
    // A phrase opens with a word of its own ("chief"), not a function word ("is the chairman").
    if (processTerm(word) === null) return [];
    const phrase = `${before.slice(i).join(" ")} ${noun}`;
    const terms = termsOf(phrase);
    return terms.length === 1 ? [{ phrase, term: terms[0]! }] : [];
  });
}

/**
 * The term of a role of two words written as one hyphenated word ("stalking-horse" for "who was the
 * stalking horse?"), as articles often write it and index it whole.
 */
function hyphenatedRole(q: string, noun: string): string[] {
  const before = new RegExp(`([\\p{L}]+)\\s+${noun}\\b`, "u").exec(q)?.[1];
  if (!before || processTerm(before) === null) return [];
  const term = processTerm(`${before}-${noun}`);
  return term ? [term] : [];
}

/** Words before a verb: "will chair the board" uses the role's word as a verb, naming no holder. */
const BEFORE_VERB = /\b(?:will|would|to|shall|may|might|can|could|must|should|did|does|do)\s+$/;

/** The spans of a passage's words used as nouns whose term is one of `terms`. */
function spansOf(ip: IndexedPassage, terms: ReadonlySet<string>): WordSpan[] {
  const text = ip.passage.text;
  const wordNet = sharedWordNet();
  return ip.positions.flatMap((p) => {
    if (!terms.has(p.term)) return [];
    const word = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(p.at))?.[0] ?? "";
    // "advising Quarnex" is no adviser named; "the watchdog" and "CEO" are nouns.
    // A hyphenated title WordNet does not list whole ("vice-chair") is the kind of its last word.
    const lower = word.toLowerCase();
    const listed = wordNet.partsOfSpeech(lower);
    const parts =
      listed.length || !lower.includes("-")
        ? listed
        : wordNet.partsOfSpeech(lower.slice(lower.lastIndexOf("-") + 1));
    const noun = /^\p{Lu}+$/u.test(word) || parts.includes("noun");
    // "to chair the board" uses the verb; "according to treasurer Paulo Mendes" the noun, no verb at all.
    if (!noun || (BEFORE_VERB.test(text.slice(0, p.at)) && parts.includes("verb"))) return [];
    return [{ at: p.at, end: phraseEnd(text, p.at, p.term) ?? p.at + word.length }];
  });
}

/**
 * Where the longest run of words read as one term ends ("Chief Financial Officer" read as cfo, though
 * "Chief" alone reads as another), from the word at `at`.
 */
function phraseEnd(text: string, at: number, term: string): number | undefined {
  const words = /^[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,3}/u.exec(text.slice(at))?.[0] ?? "";
  let found: number | undefined;
  for (const m of words.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    const end = m.index + m[0].length;
    const terms = termsOf(words.slice(0, end));
    // A stop word after the phrase ("Semiconductor will") is no part of it.
    if (terms.length === 1 && terms[0] === term && processTerm(m[0]) !== null) found = at + end;
  }
  return found;
}

/**
 * The names of a passage that hold the asked role, or undefined when the question asks no role or the
 * passage does not use the role's noun (the caller then picks names as before). `[]` for a strict role
 * the passage uses without naming its holder.
 */
function roleFillers<N extends NameValue>(
  names: readonly N[],
  ip: IndexedPassage,
  analysis: QuestionAnalysis,
  person: boolean,
): N[] | undefined {
  const role = askedRoleOf(analysis);
  if (!role) return undefined;
  const all = spansOf(ip, role.terms);
  if (!all.length) return undefined;
  const text = ip.passage.text;
  const candidates = names.filter((n) => !isPlace(n.text));
  // "who is Wexcombe's chief executive?" against "Fenmart chief executive Rosa Sorby": a role written
  // with another company before it is that company's, and its holder is not the one asked for. So is a
  // role in a sentence naming another company before it and the asked one only after ("Fenmart's board,
  // led by chair X, urged holders to reject Wexcombe's offer" names no chair of Wexcombe).
  // All the sentence's names: those passed may leave out the ones the question uses.
  const companies = ip.values.names.filter(
    (n) => !isPlace(n.text) && !isPersonName(n.text, text.slice(0, n.at)),
  );
  const asked = companies.filter((n) => namedInQuestion(n.text, analysis));
  const spans =
    role.owner || !role.personal || !analysis.names.length
      ? all
      : all.filter((sp) => {
          const owner = companies.find(
            (n) => n.at < sp.at && givesRole(text.slice(n.at + n.text.length, sp.at)),
          );
          if (owner) return namedInQuestion(owner.text, analysis);
          const otherBefore = companies.some((n) => n.at < sp.at && !asked.includes(n));
          return !(otherBefore && asked.length && asked.every((n) => n.at > sp.at));
        });
  if (!spans.length) return [];
  const bound = roleHolders(text, candidates, spans);
  // A person holds a role in apposition; "whose chips" asks for the maker written before them; "which
  // cloud" for names in apposition or of that kind ("Brightwater Cloud").
  const found =
    person || role.holderOnly
      ? bound.holders
      : role.owner
        ? bound.owners.length
          ? bound.owners
          : bound.kind
        : bound.holders.length
          ? bound.holders
          : bound.kind;
  const out = found;
  const onlyBroader = spans.every((sp) => role.broader.has(processTerm(text.slice(sp.at, sp.end)) ?? ""));
  // "who chairs X?" against "gave the X chair a new argument": the verb's word used as a determined noun
  // names the office, and nobody holds it in this sentence; the sentence's other names do not chair X.
  const asNoun = role.holderOnly && spans.some((sp) => DETERMINED.test(text.slice(0, sp.at)));
  return out.length || role.strict || onlyBroader || asNoun ? out : undefined;
}

/**
 * Whether the words between a company and a role noun make the company give the role: "Fenmart chief
 * executive", "Fenmart's new chief executive", a plural's "the Harriers' team coach" — not "Ines Carrow and
 * chief executive".
 */
function givesRole(between: string): boolean {
  const m = /^(?:['’]s?)?\s+(?:(\p{Ll}+)\s+)?$/u.exec(between);
  return m !== null && (m[1] === undefined || processTerm(m[1]) !== null);
}

/**
 * Whether a name stands in apposition to a person's role other than the asked one: "chief executive Ivo
 * Hollerith" holds no shareholding, "Hugo Ferrity, an analyst at …" no chair. Whether the words name a
 * person's role is WordNet's call (`namesPerson`).
 */
function holdsOtherRole(name: Value, text: string, role: AskedRole): boolean {
  const words = appositeWords(text, name);
  if (!words || termsOf(words).some((t) => role.terms.has(t))) return false;
  const head = words.split(/\s+/).pop()!.toLowerCase();
  return namesPerson(head);
}

/**
 * For a decline: a person a sentence names in another role of the question's company ("Fenmart's chief
 * executive, Rosa Sorby" for "who is Fenmart's chairman?"), as "Fenmart's chief executive, Rosa Sorby, not
 * a chairman". Undefined when the question asks no person's role or the sentence names no such person.
 */
export function otherRoleNamed(ip: IndexedPassage, analysis: QuestionAnalysis): string | undefined {
  const role = askedRoleOf(analysis);
  if (!role?.personal) return undefined;
  const text = ip.passage.text;
  for (const p of ip.values.people) {
    if (namedInQuestion(p.text, analysis) || !holdsOtherRole(p, text, role)) continue;
    const words = appositeWords(text, p)!;
    const found = text.lastIndexOf(words, p.at);
    const at = found >= 0 && /^\s*,?\s*$/.test(text.slice(found + words.length, p.at)) ? found : -1;
    // The company giving the role, written right before it; the question's own when it names one.
    const owner =
      at < 0
        ? undefined
        : ip.values.names.find((n) => n.at < at && givesRole(text.slice(n.at + n.text.length, at)));
    if (analysis.names.length && !(owner && namedInQuestion(owner.text, analysis))) continue;
    const company = owner?.text.replace(/['’]s$/, "");
    const whose = company ? (/s$/.test(company) ? `${company}' ` : `${company}'s `) : "the ";
    const article = /^[aeiou]/i.test(role.written) ? "an" : "a";
    return `${whose}${words}, ${p.text}, not ${article} ${role.written}`;
  }
  return undefined;
}

/** Right before a noun, not a verb: a determiner or a possessor, maybe with a name between ("the X chair"). */
const DETERMINED =
  /(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:\p{Lu}[\p{L}\p{N}&.-]*\s+)?|['’]s\s+)$/u;

/** Words of a funding round: a valuation beside them is the company's, not a deal's price. */
const FUNDING = /\b(?:round|funding|rais(?:e|es|ed|ing)|series [a-z]|investors?)\b/i;

/** A value further than this many content words from every word of the question's subject is about something else. */
const MAX_VALUE_DISTANCE = 6;

/** The index of the first word at or after character `at` (binary search: positions are in order). */
function wordIndexAt(positions: IndexedPassage["positions"], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Nouns naming each money quantity, as in a question ("the round", "the deal"). */
const MEASURE_NOUNS: Record<MoneyMeasure, string[]> = {
  valuation: ["valuation", "valued", "worth"],
  raised: ["round", "funding", "raise", "raised", "investment", "series"],
  price: ["price", "deal", "purchase", "acquisition", "offer", "takeover"],
  revenue: ["revenue", "sales"],
};

/** Search terms naming money quantities other than `measure` (none when no quantity is asked). */
function otherMeasureTerms(measure: MoneyMeasure | undefined): Set<string> {
  if (!measure) return new Set();
  return new Set(
    Object.entries(MEASURE_NOUNS)
      .filter(([m]) => m !== measure)
      .flatMap(([, words]) => words.flatMap((w) => processTerm(w) ?? [])),
  );
}

/** The search terms of a name's words ("Quanta AI's" → quanta, ai). */
function processTermsOf(name: string): string[] {
  return name.split(/\s+/).flatMap((w) => processTerm(w.replace(/['’]s$/, "")) ?? []);
}

/** Per question, the subject's terms and the cue terms: the same for each of its candidates, built once. */
const subjects = new WeakMap<QuestionAnalysis, { subject: Set<string>; cues: Set<string> }>();
function subjectOf(analysis: QuestionAnalysis): { subject: Set<string>; cues: Set<string> } {
  let found = subjects.get(analysis);
  if (!found) {
    // In "valued at after the round?" the round only dates the valuation: an amount beside it is the round's.
    const otherMeasures = otherMeasureTerms(analysis.measure);
    const subject = new Set(
      analysis.terms
        .filter((t) => !otherMeasures.has(t))
        .flatMap((t) => [t, ...(analysis.related?.get(t) ?? [])]),
    );
    found = { subject, cues: new Set(analysis.cueTerms) };
    subjects.set(analysis, found);
  }
  return found;
}

/** How far (words, clause breaks at four words each) a count holding only the asked unit may stand from the question's other words. */
const UNIT_REACH = 15;

/** A value right beside a word of its kind ("valued at $38 billion", "a $38 billion commitment") is that kind's. */
const CUE_DISTANCE = 2;

/**
 * Keeps the values that stand near a word of the question's subject, or right beside a word of the asked
 * kind: in "the $38 billion deal is cost-effective, but the revenue model…" the amount is the deal's, not
 * the revenue's. Passages that name the subject only in their context (the sentence before) keep their values.
 */
function nearSubject<V extends Value>(values: V[], ip: IndexedPassage, analysis: QuestionAnalysis): V[] {
  // Most candidates hold no value of the asked type: nothing to place.
  if (!values.length) return values;
  const { subject, cues } = subjectOf(analysis);
  const text = ip.passage.text;
  const hits = ip.positions.flatMap((p, i) =>
    subject.has(p.term) && !otherCompound(text, p.at, analysis.text) ? [i] : [],
  );
  if (!hits.length) return values;
  // A list after a colon is in the order the question's ordinal counts, where no ordinal in the sentence
  // picks an item itself: "payable in three tranches: $1.1 billion on signing; $1.3 billion …" gives the
  // first tranche $1.1 billion. The question's words before the colon say what the list is of.
  const position = analysis.listOrdinal?.position;
  const listed = position === undefined ? undefined : listedAt(text, values, position);
  if (
    listed &&
    hits.some((h) => ip.positions[h]!.at < listed.colon) &&
    !ip.positions.some((p) => ordinalOfAsked(text, p.at, analysis.text))
  )
    return [listed.value, ...values.filter((v) => v !== listed.value)];
  // A count's own unit ("megawatts" of "the first 300 megawatts") is in every figure of its kind: it
  // places the figure only when the question's other words stand in reach of it too ("Park plans to
  // spend $1.4 trillion on developing 30 gigawatts"), not clauses away ("… with the rest at sites in
  // Tromvale"). The counted thing asked for ("GPUs" of "500 GPUs") places it anyway.
  const inside = (at: number, v: Value) => at >= v.at && at < v.at + v.text.length;
  const unit = (h: number) => {
    const p = ip.positions[h]!;
    return (
      analysis.answerType === "count" && p.term !== analysis.focus && values.some((v) => inside(p.at, v))
    );
  };
  const placing = hits.filter((h) => !unit(h));
  const unplaced = (v: V) =>
    placing.length > 0 &&
    hits.every((h) => !inside(ip.positions[h]!.at, v) || unit(h)) &&
    placing.every((h) => attachmentCost(text, ip.positions[h]!.at, v) > UNIT_REACH);
  values = values.filter((v) => !unplaced(v));
  if (analysis.answerType === "money")
    values = values.filter((v) => !headedByOther(v, ip, analysis, subject));
  if (!values.length) return values;
  const cueHits = ip.positions.flatMap((p, i) => (cues.has(p.term) ? [i] : []));
  // Names other than the subject's: a value beside its cue word but nearer one of them than the subject
  // is theirs ("X lags: Rival closed a round at a valuation of $183 billion"). A place or a day only
  // locates or dates a value ("announced in New York on Wednesday, are worth $9.6 billion").
  const others = ip.values.names
    .filter(
      (n) =>
        !processTermsOf(n.text).some((t) => subject.has(t)) &&
        !isPlace(n.text) &&
        !isCalendarWord(n.text) &&
        !genericName(n.text) &&
        !placesFollowing(ip.passage.text.slice(0, n.at)),
    )
    .map((n) => wordIndexAt(ip.positions, n.at));
  const bound = bindToSubject(
    values.filter((v) => {
      // A long span ("at Book Week at the start of the summer") is as near as its nearest word.
      const first = wordIndexAt(ip.positions, v.at);
      const last = Math.max(first, wordIndexAt(ip.positions, v.at + v.text.length) - 1);
      const distance = (h: number) => (h < first ? first - h : h > last ? h - last : 0);
      if (hits.some((h) => distance(h) <= MAX_VALUE_DISTANCE)) return true;
      if (!cueHits.some((h) => distance(h) <= CUE_DISTANCE)) return false;
      const nearestSubject = Math.min(...hits.map(distance));
      return !others.some((o) => distance(o) < nearestSubject);
    }),
    ip,
    analysis,
    hits,
  );
  // Sorted by how many of the subject's words attach to each value; equal ones keep their order.
  const kept = bound.map(([v]) => v);
  // Of counts of the asked thing, an exact number still beats a vague one wherever it stands.
  if (analysis.answerType === "count") return kept.sort((a, b) => Number(isVague(a)) - Number(isVague(b)));
  if (analysis.answerType !== "money") return kept;
  // Of two amounts of the asked quantity, the one nearest the subject's word is the subject's: "raised
  // 1.7 billion euros with Korva, which put in 1.3 billion euros" answers "how much is Korva investing?".
  const away = (v: V) => {
    const word = wordIndexAt(ip.positions, v.at);
    return Math.min(...hits.map((h) => Math.abs(h - word)));
  };
  const asked = (v: V) =>
    Number(
      analysis.measure !== undefined &&
        (v as Value & { measure?: MoneyMeasure }).measure === analysis.measure,
    );
  const attached = new Map(bound);
  return [...kept].sort(
    (a, b) =>
      Number(isRate(a, analysis)) - Number(isRate(b, analysis)) ||
      asked(b) - asked(a) ||
      attached.get(b)! - attached.get(a)! ||
      away(a) - away(b),
  );
}

/** A word joined by hyphens to others ("one-off", "long-term"), from its first letter. */
const COMPOUND_AT = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/u;

/**
 * Whether the word at character `at` is part of a hyphenated compound the question does not write: the
 * "one" of "one-off costs" is not the "one" of "what does one ship cost?", and places no value.
 */
function otherCompound(text: string, at: number, question: string): boolean {
  const start = text.slice(0, at).search(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*-?$/u);
  const compound = COMPOUND_AT.exec(text.slice(start < 0 ? at : start))?.[0];
  return compound !== undefined && !question.toLowerCase().includes(compound.toLowerCase());
}

/** The lower-case words right after an amount, up to a function word, a name or punctuation ("green bond program"). */
const HEAD_AFTER = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}?\p{Ll}[\p{Ll}-]*)(?=[\s,.;:!?)]|$)/u;

/**
 * Whether an amount is what another noun measures: written before a noun phrase of its own that holds
 * no word of the question ("a new €3 billion green bond program" is the program's size), in a sentence
 * whose other words include the question's own ("pay for its share of the investment from …"), so the
 * sentence tells the two apart. A noun phrase holding a word of the question ("a €10 billion investment")
 * or none at all ("€3 billion, the CFO said") leaves the amount where it was.
 */
function headedByOther(
  v: Value,
  ip: IndexedPassage,
  analysis: QuestionAnalysis,
  subject: ReadonlySet<string>,
): boolean {
  const text = ip.passage.text;
  const end = v.at + v.text.length;
  const m = HEAD_AFTER.exec(text.slice(end));
  if (!m) return false;
  // The phrase stops before its first word that is no noun or adjective ("bid for", "deal is", "$50m
  // alongside it"), and ends with a noun.
  const words = nounPhrase(m[1]!.split(/\s+/));
  if (!words.length) return false;
  const deal = new Set(analysis.dealTerms);
  const own = new Set(termsOf(words.join(" ")));
  const asked = [...subject].filter((t) => !deal.has(t) && !namedTermsOf(analysis).has(t));
  if (!asked.length || asked.some((t) => own.has(t)) || analysis.cueTerms.some((t) => own.has(t)))
    return false;
  const phraseEnd = end + m[0].indexOf(words[words.length - 1]!) + words[words.length - 1]!.length;
  const names = ip.values.names;
  const inName = (at: number) => names.some((n) => at >= n.at && at < n.at + n.text.length);
  const elsewhere = ip.positions.filter(
    (p) => asked.includes(p.term) && (p.at < v.at || p.at >= phraseEnd) && !inName(p.at),
  );
  // "raised a $2 billion round": the question's word governing the amount's phrase still owns it.
  return elsewhere.length > 0 && elsewhere.every((p) => attachmentCost(text, p.at, v) > HEAD_REACH);
}

/** A question's word this near an amount (words, clause breaks counted) governs it, whatever noun follows. */
const HEAD_REACH = 3;

/**
 * The values the question's subject owns, each with how many of its words attach to it, most first
 * (`bind-values.ts`): a value whose clause names another party, where the party the question names stands
 * in another clause, is that party's and is dropped.
 */
function bindToSubject<V extends Value>(
  values: V[],
  ip: IndexedPassage,
  analysis: QuestionAnalysis,
  hits: readonly number[],
): [V, number][] {
  const text = ip.passage.text;
  const named = namedTermsOf(analysis);
  // A party named by a common noun only where the question names none ("Ellsworth shareholders" is
  // Ellsworth's, and "Brantleigh shareholders" beside it not the asked party).
  const actors = named.size ? new Set<string>() : partyNounTermsOf(analysis);
  let owned = values;
  if (named.size || actors.size) {
    const names = ip.values.names.filter(
      (n) =>
        !genericName(n.text) &&
        !isCalendarWord(n.text) &&
        !isPersonName(n.text, text.slice(0, n.at)) &&
        // A place locates a value ("9,100 employees across Texas"); it does not own it.
        !isPlace(n.text) &&
        !placesFollowing(text.slice(0, n.at)),
    );
    const isAsked = (n: NameValue) => processTermsOf(n.text).some((t) => named.has(t));
    // "how much did the liquidators bid?": a party the question names by a common noun stands where its
    // word does ("X won with a bid of $525 million, beating a group of liquidators" is X's bid).
    const asked = [
      ...names.filter(isAsked).map((n) => n.at),
      ...ip.positions.filter((p) => actors.has(p.term)).map((p) => p.at),
    ].sort((a, b) => a - b);
    const others = names.filter((n) => !isAsked(n)).map((n) => n.at);
    owned = values.filter((v) => !ownedByOther(text, v, asked, others));
  }
  // The name only says whose value it is (ownership is settled above); the nouns say which of its values:
  // "Wexcombe holds a 9.8% stake and had acceptances for a further 21.4%" gives the acceptances 21.4%.
  const [nameHits, nounHits] = [
    hits.filter((h) => named.has(ip.positions[h]!.term)),
    hits.filter((h) => !named.has(ip.positions[h]!.term)),
  ];
  const at = (hs: readonly number[]) => hs.map((h) => ip.positions[h]!.at);
  const byName = attachedWords(text, owned, at(nameHits));
  const byNoun = attachedWords(text, owned, at(nounHits));
  // An asked ordinal picks the value it stands nearest, however many other words attach elsewhere: "the
  // first ship is due in 2031 and the last in 2036" dates the last ship, "ship" and "due" being the first's.
  const ordinals = at(nounHits).filter((w) => ordinalOfAsked(text, w, analysis.text));
  const nearest = owned.map((v) => Math.min(...ordinals.map((w) => attachmentCost(text, w, v))));
  return owned
    .map((v, i) => [v, 2 * byNoun[i]! + byName[i]!, nearest[i]!] as const)
    .sort((a, b) => a[2] - b[2] || b[1] - a[1])
    .map(([v, n]) => [v, n] as [V, number]);
}

/**
 * The value at a place (1-based; -1 the last) of a list written after a colon, its items parted by
 * semicolons (or else commas): "three tranches: $1.1 billion on signing; $1.3 billion at tool-in; $0.8
 * billion …". Each item is the first of `values` in its part; at least two parts must hold one. Undefined
 * without such a list.
 */
function listedAt<V extends Value>(
  text: string,
  values: readonly V[],
  position: number,
): { value: V; colon: number } | undefined {
  const sorted = [...values].sort((a, b) => a.at - b.at);
  const colon = text.lastIndexOf(":", sorted[sorted.length - 1]?.at ?? -1);
  if (colon < 0) return undefined;
  const rest = text.slice(colon + 1);
  // "1,100" is one number: a comma parts items only before a space.
  const separator = rest.includes(";") ? /;/g : /,\s/g;
  const ends = [...rest.matchAll(separator)].map((m) => colon + 1 + m.index);
  ends.push(text.length);
  const items: V[] = [];
  let start = colon;
  for (const end of ends) {
    const first = sorted.find((v) => v.at > start && v.at < end);
    if (first) items.push(first);
    start = end;
  }
  if (items.length < 2) return undefined;
  const value = position > 0 ? items[position - 1] : items[items.length + position];
  return value && { value, colon };
}

/**
 * Whether the word at character `at` is an ordinal picking what the question's ordinal picks: followed by
 * the question's own next word ("the last ship") or by none, its noun left out ("and the last in 2036");
 * "the first hour" is not "the first day".
 */
function ordinalOfAsked(text: string, at: number, question: string): boolean {
  const [word, next] = /^(\p{L}+)\s*([\p{L}\p{N}'’-]*)/u.exec(text.slice(at))?.slice(1) ?? [];
  if (!word || !ORDINAL.test(word)) return false;
  const nextTerm = next ? processTerm(next) : null;
  if (nextTerm === null) return true;
  const asked = new RegExp(`\\b${word}\\s+([\\p{L}\\p{N}'’-]+)`, "iu").exec(question)?.[1];
  return asked !== undefined && processTerm(asked) === nextTerm;
}

/**
 * Whether an amount read as no rate is followed by "a"/"an" and the very unit the question asks per: "at
 * about $690,000 a tower" for "what are they paying per tower?". Extraction takes "a" before a noun of time
 * or quantity only ("$4 billion a record" is no rate); the question's own unit settles it.
 */
function askedUnitAfter(text: string, m: MoneyValue, per: string | undefined): boolean {
  if (!per || m.per) return false;
  const after = /^\s+an?\s+([\p{L}-]+)/u.exec(text.slice(m.at + m.text.length))?.[1];
  return after !== undefined && processTerm(after) === processTerm(per);
}

/** "how many of the towers …", "how many of its stores …": a part of a whole is counted. */
const PARTITIVE = /\bhow many of (?:the|its|their|these|those)\b/i;

/**
 * Whether a count question asks a part of a whole ("how many of the towers are in rural areas?") that the
 * passage does not tell apart: a word saying which part stands neither in it nor in the sentence before
 * (a word WordNet relates to it, "country" for "area", does not say "rural"). The whole's count
 * ("its 9,400 towers") answers no part of it.
 */
function partOfWhole(ip: IndexedPassage, analysis: QuestionAnalysis): boolean {
  if (!PARTITIVE.test(analysis.text)) return false;
  const deal = new Set(analysis.dealTerms);
  return analysis.terms.some(
    (t) => t !== analysis.focus && !deal.has(t) && !ip.terms.has(t) && !ip.contextTerms.has(t),
  );
}

/**
 * After a count, where it is: "1,100 people in central Ohio", "620 people work at its plant in Dunmoor"
 * (a capitalised name within a few words after "in", "at" or "across").
 */
const LOCATED_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+){0,3}?(?:in|at|across)\s+(?:(?:the|its|their|central|northern|southern|eastern|western|north|south|east|west)\s+)*(?:[\p{Ll}-]+\s+(?:in|at)\s+)?\p{Lu}/u;

/**
 * Whether a count is located in a place the question does not name ("1,100 people in central Ohio" for
 * "how many employees does it have?"): a part of the whole, counted there.
 */
export function locatedCount(text: string, v: Value, analysis: QuestionAnalysis): boolean {
  if (!("noun" in v)) return false;
  const m = LOCATED_AFTER.exec(text.slice(v.at + v.text.length));
  if (!m) return false;
  const place = /^[\p{L}-]+/u.exec(text.slice(v.at + v.text.length + m[0].length - 1))?.[0] ?? "";
  return !namedInQuestion(place, analysis);
}

/** A question asking a whole over time: "in total", "altogether", "over the whole term". */
const TOTAL_ASKED = /\b(?:in total|total|altogether|overall|all told|cumulative(?:ly)?|in all)\b/i;
const asksTotal = (analysis: QuestionAnalysis) => TOTAL_ASKED.test(analysis.text);
/**
 * After an amount, the one period it is for: "$290m in year one", "$400 million in rent in the first
 * year", "$12 million for the opening season".
 */
const ONE_PERIOD_AFTER =
  /^\s+(?:(?:of|in)\s+[\p{Ll}-]+\s+)?(?:in|for|during)\s+(?:the\s+|its\s+)?(?:(?:first|opening|initial|1st)\s+(?:year|month|quarter|season)|(?:year|month|quarter|season)\s+(?:one|1))\b/u;
/** Whether an amount is one period's: a rate ("a year") or written for its first period. */
function onePeriod(text: string, m: MoneyValue): boolean {
  return Boolean(m.per && m.per !== "share") || ONE_PERIOD_AFTER.test(text.slice(m.at + m.text.length));
}

/** Words that pick one of a series ("the first … and the last …"): a closed class. */
const ORDINAL =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|initial|next|earliest|latest|previous)$/i;

const partyNounTerms = new WeakMap<QuestionAnalysis, Set<string>>();
/**
 * The subject terms of the question's common nouns naming a party, people or a group ("liquidators",
 * "lenders", "holders": WordNet's commonest noun sense in noun.person or noun.group), once per question.
 */
function partyNounTermsOf(analysis: QuestionAnalysis): Set<string> {
  let found = partyNounTerms.get(analysis);
  if (!found) {
    const subject = new Set(analysis.terms);
    const wordNet = sharedWordNet();
    found = new Set(
      tokenize(analysis.text).flatMap((w) => {
        const t = processTerm(w);
        if (!t || !subject.has(t) || /^\p{Lu}/u.test(w)) return [];
        return isPartyNoun(w.toLowerCase(), wordNet) ? [t] : [];
      }),
    );
    partyNounTerms.set(analysis, found);
  }
  return found;
}

/** The subject terms of the names a question spells with capitals ("Merrowby" in "what stake does Merrowby take?"). */
function namedTermsOf(analysis: QuestionAnalysis): Set<string> {
  const subject = new Set(analysis.terms);
  return new Set(analysis.names.flatMap((n) => processTermsOf(n)).filter((t) => subject.has(t)));
}

/** A rate right after an amount, or after what it measures: "a day", "of water per month", "each year". */
const RATE_AFTER =
  /^\s*(?:of\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:a|an|per|each|every)\s+(?:day|week|month|quarter|year|annum|hour)\b/i;

/** Whether a count is a measured rate ("40,000 wafers a month", "20,000 cubic metres a day"). */
const atRate = (text: string, c: Value) => RATE_AFTER.test(text.slice(c.at + c.text.length));
/**
 * Whether a count measures `noun` ("250,000 ounces of gold", "2 million tonnes of refined copper", "15 MHz
 * of its 700 MHz airwaves").
 */
const countsOf = (text: string, c: Value, noun: string) =>
  new RegExp(`^\\s+of\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?${noun}\\b`, "iu").test(
    text.slice(c.at + c.text.length),
  );

/**
 * Whether a count written as a modifier measures a word the question asks about: "a 38,500-square-foot lab
 * expansion" measures the lab, for "how much lab space …?".
 */
function measuresAsked(text: string, c: Value, analysis: QuestionAnalysis): boolean {
  if (!/\d-[\p{L}-]+$/u.test(c.text)) return false;
  const next = /^\s+([\p{L}-]+)/u.exec(text.slice(c.at + c.text.length))?.[1];
  const term = next ? processTerm(next) : null;
  return term !== null && analysis.terms.includes(term);
}

/** Whether a value is a vague count ("hundreds of thousands of GPUs"). */
const isVague = (v: Value) => Boolean((v as Partial<CountValue>).vague);

/** What joins the two ends of a range: "$21 to $24", "$21.00–$24.00", "between $21 and $24". */
const RANGE_JOIN = /^\s*(?:to|and|-|–|—)\s*$/;

/**
 * The ranges of amounts a passage states ("marketed at $21 to $24 each, before lifting the range to $25
 * to $27"), as one value each, keyed by both ends so another source's "$21.00–$24.00" agrees; the first
 * or the last one first as asked.
 */
function moneyRanges(ip: IndexedPassage, asked: NonNullable<QuestionAnalysis["range"]>): Value[] {
  const text = ip.passage.text;
  const money = ip.values.money;
  const out: Value[] = [];
  for (let i = 0; i + 1 < money.length; i++) {
    const [low, high] = [money[i]!, money[i + 1]!];
    const join = text.slice(low.at + low.text.length, high.at);
    if (!RANGE_JOIN.test(join) || (/and/.test(join) && !/\bbetween\s+$/i.test(text.slice(0, low.at))))
      continue;
    const [currency, a] = low.key.split(":").slice(1);
    const b = high.key.split(":")[2];
    if (currency !== high.key.split(":")[1] || Number.parseFloat(a!) >= Number.parseFloat(b!)) continue;
    out.push({
      text: text.slice(low.at, high.at + high.text.length),
      key: `money:${currency}:${a}-${b}`,
      at: low.at,
    });
    i++;
  }
  return asked === "last" ? out.reverse() : out;
}

/**
 * "how much of the plant …", "what share of the market …": the words naming the whole a percentage is
 * asked of (a name — "how much of Wexcombe" — is matched as any subject word is).
 */
const WHOLE_ASKED =
  /\b(?:how much|what (?:percentage|percent|share|proportion|portion|part|fraction))\s+of\s+(?:(?:the|its|their|this)\s+)?([\p{L}\s-]+)/iu;

const wholes = new WeakMap<QuestionAnalysis, Set<string>>();
/** The terms of the common nouns naming the whole a percentage question asks a part of (none for another question). */
function askedWhole(analysis: QuestionAnalysis): Set<string> {
  let found = wholes.get(analysis);
  if (!found) {
    const words = WHOLE_ASKED.exec(analysis.text)?.[1]?.trim().split(/\s+/).slice(0, 3) ?? [];
    const nouns: string[] = [];
    for (const w of words) {
      // The noun phrase ends at the verb: "how much of the plant will …".
      // A name ("how much of Wexcombe") is no common noun here: capitalised, it ends the phrase too.
      if (/^\p{Lu}/u.test(w) || AUXILIARY.test(w) || !sharedWordNet().partsOfSpeech(w).includes("noun"))
        break;
      nouns.push(w);
    }
    const terms = termsOf(nouns.join(" "));
    found = new Set(terms.flatMap((t) => [t, ...(analysis.related?.get(t) ?? [])]));
    wholes.set(analysis, found);
  }
  return found;
}

/** Common nouns a percentage is "of", right after it: "70% of the water it uses". */
const OF_WHOLE = /^\s+of\s+(?:(?:the|its|their|this|a|an)\s+)?((?:\p{Ll}[\p{Ll}-]*\s*){1,3})/u;

/**
 * Whether a percentage is a part of another whole than the asked one: "recycle 70% of the water it uses
 * and build a treatment plant" gives no share of the plant. Only where the sentence names the asked whole
 * elsewhere (so tells the two apart); a percentage of a name or of nothing written may be any.
 */
function ofAnotherWhole(ip: IndexedPassage, p: Value, whole: ReadonlySet<string>): boolean {
  const text = ip.passage.text;
  const of = OF_WHOLE.exec(text.slice(p.at + p.text.length))?.[1];
  if (!of || termsOf(of).some((t) => whole.has(t))) return false;
  return ip.positions.some((pos) => whole.has(pos.term));
}

/** Whether an amount is a rate ("$850 million a season") where the question asks none: a total answers first. */
export function isRate(v: Value, analysis: QuestionAnalysis): boolean {
  const per = (v as MoneyValue).per;
  return !analysis.per && Boolean(per) && !(analysis.anyPer && per === "share");
}

/** Words of a count's span that only write its number: "4.2 million", "hundreds of thousands of". */
const NUMBER_WORD =
  /^(?:[\d.,]+|tens|dozens?|hundreds?|thousands?|millions?|billions?|trillions?|about|around|some|nearly|almost|roughly)$/i;

/**
 * Whether a count's own words describe its noun by a word the question does not use: "4.2 million
 * additional shares", "6 million secondary shares" count a part or a kind; "28 million shares" the whole.
 * A name between ("500 Voltline GPUs") only says whose.
 */
export function modifiedCount(v: Value, analysis: QuestionAnalysis): boolean {
  if (!("noun" in v)) return false;
  const words = v.text.split(/\s+/).slice(0, -1);
  const asked = new Set([...analysis.terms, ...analysis.cueTerms]);
  return words.some((w) => {
    // A name says whose ("500 Voltline GPUs"); a compound of a name and a common word says which kind
    // ("four Skua-class ferries", "two Ohio-based plants"): a part of the whole.
    if (NUMBER_WORD.test(w) || isNumberWord(w) || (/^\p{Lu}/u.test(w) && !/-\p{Ll}/u.test(w))) return false;
    const t = processTerm(w);
    return t !== null && !asked.has(t);
  });
}

/**
 * Whether the phrase qualifying an amount holds a word of the question's subject other than the deal's:
 * "rising from $960 million in the first season to $1.45 billion" gives the first season's amount.
 */
function qualifiedByQuestion(ip: IndexedPassage, v: Value, analysis: QuestionAnalysis): boolean {
  const range = qualifierAfter(ip.passage.text, v);
  if (!range) return false;
  const phrase = ip.passage.text.slice(...range);
  const deal = new Set(analysis.dealTerms);
  const asked = analysis.terms.filter((t) => !deal.has(t));
  return termsOf(phrase).some((t) => asked.includes(t));
}

/** "the pension top-up of £140 million": the noun a value is "of", just before it. */
const NOUN_OF = /([\p{L}][\p{L}'’-]*)\s+of\s+(?:about\s+|some\s+|around\s+|roughly\s+|up\s+to\s+)?$/iu;

/**
 * Whether the value is the question's subject by name — "the pension top-up of £140 million" for "how much
 * is the pension top-up?" — and so what is asked even inside a condition ("unless it honours the pension
 * top-up of …"), which otherwise makes a figure a threshold or a hypothesis ("lapses unless it secures more
 * than 90%": the verb before it names no thing).
 */
function namedJustBefore(text: string, v: Value, analysis: QuestionAnalysis): boolean {
  const noun = NOUN_OF.exec(text.slice(Math.max(0, v.at - 60), v.at))?.[1];
  return noun !== undefined && termsOf(noun).some((t) => analysis.terms.includes(t));
}

/** "before the bid", "prior to the merger": a time placed before an event of the story. */
const BEFORE_EVENT = /\b(?:before|prior to|ahead of)\s+(?:the|this|its|that|their)\s+([\p{L}-]+)/giu;

/**
 * Whether a sentence places its figure before the same event the question does ("had valued the
 * terminals at $4.2 billion before the bid" for "what were they worth before the bid?"): the event's
 * noun, by its canonical term, after "before"/"prior to"/"ahead of" in both.
 */
function sameTimeQualifier(sentence: string, question: string): boolean {
  const events = (text: string) => new Set([...text.matchAll(BEFORE_EVENT)].flatMap((m) => termsOf(m[1]!)));
  const asked = events(question);
  if (!asked.size) return false;
  return [...events(sentence)].some((t) => asked.has(t));
}

/** The first number written in a span ("1,100" of "1,100 people", "20" of "20 per cent"). */
function numberOf(text: string): number | undefined {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(text);
  return m ? Number(m[0].replace(/,/g, "")) : undefined;
}

const askedNumberSets = new WeakMap<QuestionAnalysis, Set<number>>();
/** The numbers a question writes ("20" of "its 20%"), read once per question. */
function askedNumbers(analysis: QuestionAnalysis): Set<number> {
  let found = askedNumberSets.get(analysis);
  if (!found) {
    found = new Set(
      [...analysis.text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, ""))),
    );
    askedNumberSets.set(analysis, found);
  }
  return found;
}

/** A question about the past: "how long had it been running?", "how long did the review take?". */
const PAST_QUESTION = /\b(?:did|was|were|had|used to)\b/i;

/** Types answered by a figure. */
const NUMERIC: ReadonlySet<AnswerType> = new Set(["money", "percent", "count"]);
/** A question asking about a condition itself ("what happens if …", "how much would it pay if …"). */
const CONDITIONAL_QUESTION = /\b(?:if|unless|would|could|in case|threshold|minimum|needs?)\b/i;

/** Values in the passage that answer the question's type, best first. */
export function selectValues(
  ip: IndexedPassage,
  analysis: QuestionAnalysis,
  options: SelectOptions,
): Value[] {
  const type = analysis.answerType;
  // "Compare Rival's contract: 20 years" gives another deal's figure, not the story's.
  if ((NUMERIC.has(type) || type === "duration") && anotherPartysDeal(ip, analysis, options.ubiquitous))
    return [];
  if (type === "money" && analysis.range) return moneyRanges(ip, analysis.range);
  const typed = selectTypedValues(ip, analysis, options);
  // A figure in a condition answers only a question about that condition, and one the question itself
  // writes ("how much did X pay for its 20%?") answers nothing: it is what the question asks about.
  const asked = NUMERIC.has(type) ? askedNumbers(analysis) : undefined;
  const found = NUMERIC.has(type)
    ? typed.filter(
        (v) =>
          (CONDITIONAL_QUESTION.test(analysis.text) ||
            !inCondition(ip.passage.text, v) ||
            namedJustBefore(ip.passage.text, v, analysis)) &&
          !asked?.has(numberOf(v.text) ?? Number.NaN),
      )
    : typed;
  if (type === "place") return placesOfSubject(found, ip, analysis);
  return isListType(type) || type === "quote" || type === "person" ? found : nearSubject(found, ip, analysis);
}

/**
 * A place this near a word of the question ("plant in Poland", "build a robotic lab in Cambridge") is where
 * its subject is; one farther off ("… sent its shares down 3% in Toronto") is where something else happens.
 */
const PLACE_ATTACHED = 5;
/** What joins places listed together: "Georgia and North Carolina", "Austin, Dallas or Houston". */
const PLACE_LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;

/**
 * Of several places in a sentence, those where the question's subject is: near a word of it, or listed
 * with such a place. "a new plant in Poland sent its shares down 4.3% in Amsterdam" places the plant in
 * Poland; Amsterdam is where the shares trade. All of them when none stands beside the subject.
 */
function placesOfSubject(found: Value[], ip: IndexedPassage, analysis: QuestionAnalysis): Value[] {
  if (found.length < 2) return found;
  const { subject, cues } = subjectOf(analysis);
  const text = ip.passage.text;
  const asked = (term: string) => subject.has(term) || cues.has(term);
  const hits = ip.positions
    .filter((p) => asked(p.term) && !found.some((v) => p.at >= v.at && p.at < v.at + v.text.length))
    .map((p) => p.at);
  const kept = new Set(found.filter((v) => hits.some((h) => attachmentCost(text, h, v) <= PLACE_ATTACHED)));
  if (!kept.size) return found;
  // Places listed together share where they stand, in either direction along the list.
  let grew = true;
  while (grew) {
    grew = false;
    for (const v of found) {
      if (kept.has(v)) continue;
      const listed = [...kept].some((k) => {
        const [a, b] = k.at < v.at ? [k, v] : [v, k];
        return PLACE_LIST_GAP.test(text.slice(a.at + a.text.length, b.at));
      });
      if (listed) {
        kept.add(v);
        grew = true;
      }
    }
  }
  return found.filter((v) => kept.has(v));
}

/** Per question, whether it asks what a party is worth (`asksPartyWorth`), decided once. */
const partyWorth = new WeakMap<QuestionAnalysis, boolean>();

/**
 * Whether a money question asks what a company is worth ("what is Tessaly valued at?", "how much is the
 * firm worth?"): a valuation asked of the names it gives or of a noun whose commonest sense is a party
 * (WordNet), and of nothing else ("the Tessaly lease" is a deal's worth, which its price tells).
 */
function asksPartyWorth(analysis: QuestionAnalysis): boolean {
  let found = partyWorth.get(analysis);
  if (found === undefined) {
    const named = new Set(analysis.names.flatMap((n) => processTermsOf(n)));
    const others = analysis.terms.filter((t) => !named.has(t));
    const wordNet = sharedWordNet();
    found =
      analysis.measure === "valuation" &&
      !analysis.dealTerms?.length &&
      (named.size > 0 || others.length > 0) &&
      others.every((t) => isPartyNoun(t, wordNet));
    partyWorth.set(analysis, found);
  }
  return found;
}

/**
 * Whether a sentence states another party's worth: it opens with a party the question does not name and
 * names none it does ("Veltro expects a deal soon. Sundale is valued at $11 billion": the second sentence,
 * found through the first's name, tells nothing of Veltro's worth).
 */
function valuesOther(ip: IndexedPassage, analysis: QuestionAnalysis): boolean {
  const asked = analysis.names.flatMap((n) => processTermsOf(n));
  if (!asked.length || asked.some((t) => ip.terms.has(t))) return false;
  const subject = openingName(ip);
  return subject !== undefined && !termsOf(subject.text).some((t) => asked.includes(t));
}

function selectTypedValues(ip: IndexedPassage, analysis: QuestionAnalysis, options: SelectOptions): Value[] {
  const v = ip.values;
  switch (analysis.answerType) {
    case "money": {
      const askedDealWorth = !analysis.measure && Boolean(analysis.dealTerms?.length);
      const companyWorth = asksPartyWorth(analysis);
      // A valuation beside a funding round, in a sentence naming no deal, is the company's.
      const companyValued =
        askedDealWorth && FUNDING.test(ip.passage.text) && ![...DEAL_TERMS].some((t) => ip.terms.has(t));
      // A rate answers only a question about that rate ("$25 a share" for "per share"), and a total one
      // about the total: "$100 million a year" is not what a deal is worth.
      // An amount of another quantity does not answer either ("raises €1.7 billion" for "valued at?");
      // an amount with no cue word beside it may be any.
      // An amount attached to the asked quantity comes before one with no cue word.
      return v.money
        .filter(
          (m) =>
            (sameRateUnit(m.per, analysis.per) ||
              askedUnitAfter(ip.passage.text, m, analysis.per) ||
              ((analysis.anyPer || analysis.relaxed) && m.per === "share") ||
              // "how much did the rival offer?" may be told only as a rate ("$850 million a season"):
              // kept, after any total (`isRate`); a price a share answers only a question about shares.
              (!analysis.per && m.per !== "share")) &&
            compatibleMeasures(analysis.measure, m.measure) &&
            // A company's worth is told only as a valuation of it: a deal's price, a round or a commitment
            // beside its name ("the $38 billion commitment") is what it pays or is paid, not what it is worth.
            !(companyWorth && (m.measure !== "valuation" || valuesOther(ip, analysis))) &&
            // An earlier figure answers only a question about the earlier one, and the other way round;
            // a figure its sentence dates years back answers either, and an earlier one answers where
            // the question names what dates it ("from $960 million in the first season to …").
            (Boolean(m.prior) === analysis.prior ||
              (analysis.prior && (m.dated || sameTimeQualifier(ip.passage.text, analysis.text))) ||
              (m.prior && analysis.relaxed && !analysis.prior) ||
              (m.prior && qualifiedByQuestion(ip, m, analysis))) &&
            // "How much is the deal worth?": a deal may be "valued at" its price ("it is valued at $38
            // billion"), but not in a round ("the funding gives Quanta a valuation of $2.4 billion").
            !(companyValued && m.measure === "valuation") &&
            // "how much will it pay in total?" is not told by one year's amount ("$290m in year one").
            !(asksTotal(analysis) && onePeriod(ip.passage.text, m)),
        )
        .sort(
          (a, b) =>
            Number(isRate(a, analysis)) - Number(isRate(b, analysis)) ||
            (analysis.measure
              ? Number(b.measure === analysis.measure) - Number(a.measure === analysis.measure)
              : 0) ||
            // An exact amount before a vague one ("$38 billion" over "tens of billions").
            Number(Boolean(a.range)) - Number(Boolean(b.range)),
        );
    }
    case "percent": {
      // A stock's move does not answer "what stake?"; a percentage with no cue word may be any.
      const asked = analysis.percentMeasure;
      const whole = askedWhole(analysis);
      return v.percent
        .filter((p) => !asked || !p.measure || p.measure === asked)
        .filter((p) => !whole.size || !ofAnotherWhole(ip, p, whole))
        .sort((a, b) => Number(b.measure === asked) - Number(a.measure === asked));
    }
    case "duration":
      // "after a 15-year agreement in 2024": an earlier deal's term answers only a question about the past.
      return analysis.prior || PAST_QUESTION.test(analysis.text)
        ? v.duration
        : v.duration.filter((d) => !datedEarlier(ip, d.at, d.text.length));
    case "date":
      return preferAspect(
        v.date.filter(
          (d) =>
            // "What date …?" is not answered by a milestone ("if the board keeps refusing").
            !(analysis.asksDay && d.kind === "event") &&
            !restatesQuestion(d, ip, analysis) &&
            // "said on Monday that …" dates a remark, not the asked event, unless a remark is asked about
            // or what is said reports the asked event done.
            (ASKS_REMARK.test(analysis.text) || datesAskedEvent(ip.passage.text, d, analysis)),
        ),
        analysis,
      );
    case "count": {
      const focus = analysis.focus;
      if (partOfWhole(ip, analysis)) return [];
      // Typeset quotes inside a count ("“hundreds of thousands” of GPUs") are not part of the answer.
      // "how much gold …?" no amount of money answered: "250,000 ounces of gold" does, never "11 years".
      const of = analysis.measuredNoun;
      const counts = v.count.filter((c) =>
        of
          ? (analysis.measured && atRate(ip.passage.text, c)) ||
            countsOf(ip.passage.text, c, of) ||
            measuresAsked(ip.passage.text, c, analysis)
          : (focus ? c.noun === focus : analysis.terms.includes(c.noun)) ||
            (analysis.measured && atRate(ip.passage.text, c)) ||
            (analysis.anyCount && !c.vague),
      );
      // "how many employees does it have overall?": a count located in one place is a part.
      if (asksTotal(analysis)) {
        const whole = counts.filter((c) => !locatedCount(ip.passage.text, c, analysis));
        counts.splice(0, counts.length, ...whole);
      }
      // Exact numbers before vague ones ("30 gigawatts" over "thousands of"), the whole before a part.
      return counts.sort(
        (a, b) =>
          Number(a.vague) - Number(b.vague) ||
          Number(modifiedCount(a, analysis)) - Number(modifiedCount(b, analysis)),
      );
    }
    case "quote":
      // A remark naming the asked speaker inside it ("he kept in touch with Jane Doe") is someone
      // else's remark about them, not theirs.
      return v.quotes.filter((r) => !analysis.speaker.some((w) => r.words.includes(w)));
    case "person": {
      // "Merrowby's chair, Dame Helen Marsh": the name in apposition to the asked role is the person,
      // known given name or not.
      const holders = roleFillers(notSources(v.names, ip), ip, analysis, true);
      const asked = holders?.filter((n) => !namedInQuestion(n.text, analysis));
      if (asked?.length) return asked;
      // A sentence using the asked role's noun with nobody in apposition to it ("the board, led by its
      // chief executive, …") names no holder: another person there holds another role, or none.
      const role = askedRoleOf(analysis);
      if (holders && role && (role.strict || role.holderOnly)) return [];
      return doers(
        notSources(v.people, ip).filter(
          (p) => !namedInQuestion(p.text, analysis) && !(role && holdsOtherRole(p, ip.passage.text, role)),
        ),
        ip,
        analysis,
      );
    }
    case "place":
      return places(notSources(v.names, ip), ip.passage.text, analysis, options);
    case "organization":
    case "things": {
      const people = new Set(v.people.map((p) => p.text.toLowerCase()));
      // The story's parties, as its headline names them, are not "the other" anything.
      const title = new Set(
        analysis.excludesMain ? (ip.article.meta.title?.toLowerCase().match(/[\p{L}\p{N}&]+/gu) ?? []) : [],
      );
      const usable = definedNames(notSources(v.names, ip), ip.passage.text)
        .flatMap((n) => trimName(n, options) ?? [])
        .filter((n) => {
          const name = n.text.toLowerCase();
          if (
            genericName(n.text) ||
            isDemonym(n.text) ||
            isCalendarWord(n.text) ||
            namedInQuestion(n.text, analysis)
          )
            return false;
          // "Who founded Wiz?" is answered by people and companies, not by "New York".
          if (analysis.answerType === "organization" && isPlace(n.text)) return false;
          if (title.has(name.split(/\s+/)[0]!)) return false;
          // The story's main actors answer "who signed", not "which chips"; "which other investors" leaves
          // out the parties its headline names (above), not co-investors most articles list.
          return analysis.answerType === "organization" || !options.ubiquitous.has(name);
        });
      // A sentence not naming the asked kind ("which regulator …?" against "reviewed by the FMT") answers
      // only with the names its words bind to the question's own: "reviewed by X", "a loan from X". A
      // name bound so, or to the role, may look like a person's ("Morgan Stanley") and still answer.
      const role = askedRoleOf(analysis);
      if (analysis.answerType === "things" && role && ![...role.terms].some((t) => ip.terms.has(t))) {
        const bound = agentsOf(usable, ip, subjectOf(analysis).subject);
        // "which banks advised the buyer?" against "Tarrow and Eskdale advised the buyer": the names doing
        // the asked verb, in the active voice too.
        if (!bound.length && analysis.kindVerb) {
          const verb = analysis.kindVerb;
          return dedupe(doersOf(usable, ip, analysis, processTerm(verb) ?? undefined, verb) ?? []);
        }
        return dedupe(bound);
      }
      // "who chairs X?" is not answered by a sentence that neither chairs nor names a chair.
      if (role?.holderOnly && ![...role.terms].some((t) => ip.terms.has(t))) return [];
      const holders = roleFillers(usable, ip, analysis, false);
      if (holders) return dedupe(holders);
      // "Who will sit on the board?" may be answered by a person; "which company" may not. "Maltbury's
      // HVentures", "Orrery's venture arm OV": the possessor describes the name it owns, which answers.
      const named = usable.filter(
        (n) =>
          !possessesName(ip.passage.text, n, usable) &&
          (!people.has(n.text.toLowerCase()) || analysis.who) &&
          !inAppositive(ip.passage.text, n) &&
          !(role && people.has(n.text.toLowerCase()) && holdsOtherRole(n, ip.passage.text, role)),
      );
      const verb = analysis.answerType === "things" ? analysis.kindVerb : undefined;
      const acted =
        verb && named.length ? doersOf(named, ip, analysis, processTerm(verb) ?? undefined, verb) : undefined;
      return dedupe(acted ?? doers(named, ip, analysis));
    }
    default:
      return [];
  }
}

/** Between a possessor and a name it owns: "'s" and at most two lower-case words ("'s venture arm "). */
const OWNS_NAME = /^['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

/** Whether a name is written as the possessor of another of `names` ("Maltbury" in "Maltbury's HVentures"). */
function possessesName(text: string, n: NameValue, names: readonly NameValue[]): boolean {
  const end = n.at + n.text.length;
  return names.some((o) => o.at > end && OWNS_NAME.test(text.slice(end, o.at)));
}

/**
 * Where a passive verb's doers end: a stop, a comma before anything but another name or "and", or a word
 * opening another phrase ("led by Pinecrest Capital, with participation from …").
 */
const AFTER_DOERS =
  /[;:.!?](?:\s|$)|,\s+(?!and\b|[A-Z])|\s(?:with|which|who|while|after|before|in|at|on|for|to|as|from|that|said|says|including)\b/;
/** Where the clause before an active verb begins: its doers stand between it and the verb. */
const CLAUSE_BREAK = /[,;:—–]\s|\b(?:that|but|while|when|after|because|which|who)\s/g;

/** The range of names after "by" or "from" following the word at `end` ("led by X, Y", "a loan from X"). */
function byRange(text: string, end: number): readonly [number, number] | undefined {
  const by = /^\s+(?:by|from)\s+/.exec(text.slice(end));
  if (!by) return undefined;
  const from = end + by[0].length;
  const stop = text.slice(from).search(AFTER_DOERS);
  return [from, stop < 0 ? text.length : from + stop];
}

/** The names a passage writes after "by" or "from" following one of `terms` ("reviewed by the FMT"). */
function agentsOf<V extends Value>(names: V[], ip: IndexedPassage, terms: ReadonlySet<string>): V[] {
  const text = ip.passage.text;
  const ranges = ip.positions.flatMap((p) => {
    if (!terms.has(p.term)) return [];
    const range = byRange(text, p.at + (/^[\p{L}'’-]+/u.exec(text.slice(p.at))?.[0].length ?? 0));
    return range ? [range] : [];
  });
  return names.filter((n) => ranges.some(([lo, hi]) => n.at >= lo && n.at < hi));
}

/**
 * Characters [from, to) holding a verb's doers; `relative`: only the last name there ("X, which supplies");
 * `receiver`: the name the verb is done to or for, if written right after it or as its possessor
 * ("advising Quarnex", "adviser to Quorvane", "Quorvane's financial adviser").
 */
type DoerRange = readonly [number, number, relative?: boolean, receiver?: NameValue];

/**
 * Between a verb (or its noun) and the name it is done to: "advising X", "adviser to X", "lender for the
 * X" ("led the Series C" names what was led, not for whom).
 */
const TO_RECEIVER = /^\s+(?:(?:to|for)\s+(?:the\s+)?)?$/;
/** Between a possessor and the verb's noun: "X's financial adviser". */
const POSSESSOR_OF = /^['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;

/** The name a verb at [at, end) is done to or for (see `DoerRange`). */
function receiverOf(ip: IndexedPassage, at: number, end: number): NameValue | undefined {
  const text = ip.passage.text;
  const names = ip.values.names;
  return (
    names.find((n) => n.at >= end && TO_RECEIVER.test(text.slice(end, n.at))) ??
    names.find((n) => n.at + n.text.length <= at && POSSESSOR_OF.test(text.slice(n.at + n.text.length, at)))
  );
}

/**
 * The character ranges holding the doers of the asked act in a passage: "led by X", "X led"; "X won" for
 * "who got …?" (`actPositions`).
 */
function doerRanges(ip: IndexedPassage, term: string | undefined, verb: string | undefined): DoerRange[] {
  const text = ip.passage.text;
  const out: DoerRange[] = [];
  for (const p of actPositions(text, ip.positions, term, verb, sharedWordNet())) {
    const end = p.at + (/^[\p{L}'’-]+/u.exec(text.slice(p.at))?.[0].length ?? 0);
    const by = /^\s+by\s/.test(text.slice(end)) && byRange(text, end);
    const receiver = by ? undefined : receiverOf(ip, p.at, end);
    if (by) out.push(by);
    else {
      const breaks = [...text.slice(0, p.at).matchAll(CLAUSE_BREAK)];
      const last = breaks[breaks.length - 1];
      const from = last ? last.index + last[0].length : 0;
      // "Corbrae Acoustics, which already supplies Pelagic": the relative pronoun stands for the name
      // before it, which does the verb.
      if (
        last &&
        /^(?:which|who|that)\s/.test(last[0]) &&
        /^(?:\s*(?:also|already|now|still|currently|\p{Ll}+ly))?\s*$/u.test(text.slice(from, p.at))
      ) {
        let k = breaks.length - 2;
        // The comma opening the relative clause belongs to it.
        if (k >= 0 && breaks[k]!.index + breaks[k]![0].length === last.index) k--;
        const start = k >= 0 ? breaks[k]!.index + breaks[k]![0].length : 0;
        out.push([start, last.index, true, receiver]);
      } else out.push([from, p.at, false, receiver]);
    }
  }
  return out;
}

/**
 * Of the names a passage offers for "who VERB …?", those doing the verb there ("round led by Pinecrest
 * Capital and Harlow Ventures" for "who led the round?": not the company raising, not "Series"); all of
 * them when the passage does not use the verb or no name stands where its doers do.
 */
function doers<V extends Value>(names: V[], ip: IndexedPassage, analysis: QuestionAnalysis): V[] {
  if ((!analysis.agentVerb && !analysis.agentAct) || !names.length) return names;
  const found = doersOf(names, ip, analysis, analysis.agentVerb, analysis.agentAct);
  // Where the passage does not do the act, or no name stands where its doers do, every name may answer.
  return found ?? names;
}

/**
 * The names a passage says do the act a "who VERB …?" or "which KIND VERB …?" question asks ("Halvard
 * Partners advised Skarven" for "who advised Skarven?"), less those the question names: `doers` is []
 * where the question asks no act, the passage does not do it or does it only for another party, or no
 * name stands where its doers do; `forAsked` says the passage names a party of the question as the one
 * the act is done to or for ("advised Skarven"), not only a doer.
 */
export function askedActDoers(
  ip: IndexedPassage,
  analysis: QuestionAnalysis,
): { doers: Value[]; forAsked: boolean } {
  const verb = analysis.agentAct ?? analysis.kindVerb;
  const term = analysis.agentVerb ?? (verb ? (processTerm(verb) ?? undefined) : undefined);
  if (!verb && !term) return { doers: [], forAsked: false };
  const names = notSources(ip.values.names, ip).filter((n) => !namedInQuestion(n.text, analysis));
  const doers = doersOf(names, ip, analysis, term, verb) ?? [];
  const forAsked =
    doers.length > 0 &&
    doerRanges(ip, term, verb).some(([, , , r]) => r !== undefined && namedInQuestion(r.text, analysis));
  return { doers, forAsked };
}

/**
 * The names doing a verb (its canonical term and the word as written) in a passage: [] where it is done
 * by none of them, or done only for another party than the question's; undefined where the passage does
 * not do it, or no name stands where its doers do (see `doers`).
 */
function doersOf<V extends Value>(
  names: V[],
  ip: IndexedPassage,
  analysis: QuestionAnalysis,
  term: string | undefined,
  verb: string | undefined,
): V[] | undefined {
  const all = doerRanges(ip, term, verb);
  // "who advised Quarnex?" against "Pellham Brothers is Quorvane's financial adviser, and Centerview is
  // advising Quarnex": a verb done for another party the sentence names has no doer for the asked one.
  const ranges = analysis.names.length
    ? all.filter(([, , , receiver]) => !receiver || namedInQuestion(receiver.text, analysis))
    : all;
  const receivers = new Set(all.flatMap(([, , , r]) => (r ? [r.at] : [])));
  const doing = names.filter(
    (n) =>
      !receivers.has(n.at) &&
      ranges.some(
        ([lo, hi, relative]) =>
          n.at >= lo && n.at < hi && !(relative && names.some((o) => o.at > n.at && o.at < hi)),
      ),
  );
  if (all.length && !ranges.length) return [];
  // "after the shipbuilder won a contract from Rellan" for "who got the contract?": a related act is done
  // there, by no one it names. (The asked verb itself may be done by the question's own party, "X signed
  // with Y", and the others then answer.)
  if (all.length && !doing.length && !(term && ip.terms.has(term))) return [];
  return doing.length ? doing : undefined;
}

/**
 * Whether a time only restates the question's own: a calendar time all of whose words the question writes
 * ("2027" for "what date is the 2027 annual meeting?"), or a milestone naming the question's own event
 * ("once it is running at full capacity" does not say when the plant reaches full capacity: more than half
 * its words are the question's subject).
 */
function restatesQuestion(d: DateValue, ip: IndexedPassage, analysis: QuestionAnalysis): boolean {
  // "What date is the 2027 annual meeting?" is not answered by "2027".
  if (d.kind === "calendar") {
    const asked = new Set(analysis.text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    return d.key
      .slice("date:".length)
      .split(/[\s-]+/)
      .every((w) => asked.has(w));
  }
  if (d.kind !== "event") return false;
  const { subject } = subjectOf(analysis);
  const words = ip.positions.filter((p) => p.at >= d.at && p.at < d.at + d.text.length);
  return words.length > 0 && words.filter((p) => subject.has(p.term)).length * 2 > words.length;
}

/** Whether a time is not merely when something else was said (`remarkDatedBy`, `remarkDatesEvent`). */
function datesAskedEvent(text: string, d: DateValue, analysis: QuestionAnalysis): boolean {
  const said = remarkDatedBy(text, d);
  return said === undefined || remarkDatesEvent(said, eventTerms(analysis));
}

/** "When did she say …", "when was it announced": a question about a remark or announcement itself. */
const ASKS_REMARK =
  /\b(?:say|says|said|tell|tells|told|comment\w*|speak|spoke|add|added|note|noted|announc\w*)\b/;

/**
 * Times before milestones ("in 2027" over "once it is approved"), a day first where one is asked ("what
 * date …?"), and the asked aspect first.
 */
function preferAspect(
  dates: DateValue[],
  analysis: Pick<QuestionAnalysis, "aspect" | "asksDay">,
): DateValue[] {
  const { aspect } = analysis;
  return [...dates].sort(
    (a, b) =>
      Number(a.kind === "event") - Number(b.kind === "event") ||
      (analysis.asksDay ? Number(namesDay(b)) - Number(namesDay(a)) : 0) ||
      (aspect === "other" ? 0 : Number(b.aspect === aspect) - Number(a.aspect === aspect)),
  );
}

/** The initials of a multi-word name ("Federal Trade Commission" → "ftc"). */
function initials(name: string): string {
  const words = name.split(/\s+/);
  return words.length > 1 ? words.map((w) => w[0]!.toLowerCase()).join("") : "";
}

/** Drops repeated names, and an acronym standing beside its spelled-out name ("Federal Trade Commission (FTC)"). */
function dedupe(values: Value[]): Value[] {
  const seen = new Set<string>();
  const spelled = new Set(values.map((v) => initials(v.text)).filter(Boolean));
  return values.filter(
    (v) =>
      !seen.has(v.key) &&
      seen.add(v.key) &&
      !(/^[A-Z]{2,}$/.test(v.text) && spelled.has(v.text.toLowerCase())),
  );
}

/** Types whose answer is a list of names rather than one value. */
export function isListType(type: AnswerType): boolean {
  return type === "organization" || type === "things" || type === "place";
}

/**
 * The places a passage names, for "where …?": names the lexicon knows as places ("Georgia", "North
 * Carolina"), a city written with its region ("Columbus, Ohio") as one; failing those, a name right after
 * "in", "near" or a site's "at" that is no person and no main actor ("a plant in Veldhoven", "the yard at
 * Brask"). Not a place the question already names.
 */
function places(
  names: readonly NameValue[],
  text: string,
  analysis: QuestionAnalysis,
  options: SelectOptions,
): Value[] {
  if (BASE_QUESTION.test(analysis.text)) return basePlaces(names, text, analysis);
  const usable = names
    .flatMap((n) => trimName(n, options) ?? [])
    .filter((n) => !namedInQuestion(n.text, analysis) && !isCalendarWord(n.text) && !isDemonym(n.text));
  const known = usable.filter((n) => isPlace(n.text));
  const found = known.length
    ? known
    : usable.filter(
        (n) =>
          placesFollowing(text.slice(0, n.at)) &&
          !isPersonName(n.text, text.slice(0, n.at)) &&
          !options.ubiquitous.has(n.text.toLowerCase()),
      );
  const out: Value[] = [];
  for (const n of found) {
    // "Columbus, Ohio": a city (known or not) just before its region reads as one place.
    const city = usable.find(
      (c) => c !== n && c.at < n.at && /^,\s*$/.test(text.slice(c.at + c.text.length, n.at)),
    );
    if (city && placesFollowing(text.slice(0, city.at)) && !isPlace(city.text)) {
      const whole = text.slice(city.at, n.at + n.text.length);
      out.push({ text: whole, key: `place:${whole.toLowerCase()}`, at: city.at });
    } else out.push({ text: n.text, key: `place:${n.text.toLowerCase()}`, at: n.at });
  }
  return dedupe(out);
}

/** "where is X based / headquartered?", "where is its head office?": a company's home, not its sites. */
const BASE_QUESTION = /\b(?:based|headquarter(?:s|ed)?|head\s+office|home\s+town|hometown)\b/i;

/**
 * For "where is X based?": the places the passage says a company is based in, bound to the question's
 * company or to one it leaves unnamed ("the Leeds-based group"); not a place bound to another company
 * ("Varenne, which is based in Lyon"), nor the other sites a sentence lists. None when the passage states
 * no company's base.
 */
function basePlaces(names: readonly NameValue[], text: string, analysis: QuestionAnalysis): Value[] {
  const bound = baseBindings(text, names).filter(
    (b) =>
      !namedInQuestion(b.place.text, analysis) && (!b.company || namedInQuestion(b.company.text, analysis)),
  );
  // A company the question names comes before an unnamed one.
  return dedupe(
    bound.sort((a, b) => Number(Boolean(b.company)) - Number(Boolean(a.company))).map((b) => b.place),
  );
}

/** Names as a list is said: "A", "A and B", "A, B and C". */
export function listPhrase(names: readonly string[]): string {
  return names.length > 1
    ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`
    : (names[0] ?? "");
}

/** The short answer a passage's values make. */
export function answerText(type: AnswerType, values: readonly Value[]): string {
  if (!values.length) return "";
  if (isListType(type)) return listPhrase(values.slice(0, 5).map((v) => v.text));
  if (type === "quote") return `“${values[0]!.text}”`;
  return values[0]!.text;
}

/** The comparable key of a passage's answer: one value's key, or the names for lists. */
export function answerKey(type: AnswerType, values: readonly Value[]): string | undefined {
  if (!values.length) return undefined;
  const first = values[0]!;
  if (type === "date") return `${first.key}|${(first as DateValue).aspect}`;
  return first.key;
}
