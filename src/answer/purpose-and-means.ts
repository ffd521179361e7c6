/**
 * Questions about an action's purpose ("what will the money be used for?", "why …?") or its means ("how
 * will Solvik finance the plant?", "how is the purchase paid for?"). Sharing words with the question
 * is not enough there: "the deal values the group at $4.2bn, including the new money" shares "money" with
 * a purpose question but states no purpose. A sentence answers a purpose question when it states one (an
 * infinitive of purpose, "to build a lab"; "because …"), and a means question when it uses a verb WordNet
 * relates to the asked one ("fund" is a way to "finance", which is a way to "pay": one sense of either is
 * the other's, or lies at most two hypernyms above it) and says with what ("with cash", "from operating
 * cash flow", "through a bridge loan"). A word only counts as that verb where WordNet knows it as a verb:
 * "financial adviser" finances nothing.
 */

import { irregularBase } from "../search/lemmatize.js";
import type { RelatedWords } from "../search/related-words.js";
import { processTerm, tokenize } from "../search/terms.js";
import type { Passage } from "../types.js";

export type Relation = "purpose" | "means";

/** What a question asks of its action, with the asked verb of a means question. */
export interface AskedRelation {
  relation: Relation;
  /** The asked verb as written ("finance"), for a means question. */
  verb?: string;
  /** Its search term. */
  verbTerm?: string;
  /**
   * The search terms of the question's own words: "agreed to sell the towers" restates the act "why sell
   * the towers?" asks about, and gives no purpose of it.
   */
  askedTerms?: readonly string[];
}

/** Only a word's commonest senses count: rarer ones relate it to unrelated acts. */
const SENSES = 3;
/** How far up WordNet's verb tree a sense may lie and still be the same act done another way. */
const HYPERNYM_STEPS = 2;

const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your)$/;
const AUXILIARY = /^(?:will|would|does|do|did|is|are|was|were|can|could|has|have|had|should|might|may)$/;

/** What a question asks of its action, or undefined for any other question. */
export function askedRelation(
  text: string,
  wordNet: Pick<RelatedWords, "partsOfSpeech" | "senses">,
): AskedRelation | undefined {
  const q = text.toLowerCase().replace(/[’‘]/g, "'").trim();
  const askedTerms = tokenize(q).flatMap((w) => processTerm(w) ?? []);
  // A reason is told in many ways ("because", "after", a judgement quoted): no verb binds it.
  if (/^(?:and\s+)?why\b|\bpurpose\b|\bwhat for\b|\bfor what\b/.test(q))
    return { relation: "purpose", askedTerms };
  // "what is Corbrae doing with the cash?", "what will they do with the proceeds?": what it is used for.
  if (/^(?:and\s+)?what\b.*\bdo(?:es|ing)?\s+with\b/.test(q)) return { relation: "purpose", askedTerms };
  // "what will the money be used for?", "what is the cash going towards?", "what will it be spent on?"
  // "what will Quanta use the capacity for?", "what is the new money for?": a stranded "for" after "what".
  if (
    /^(?:and\s+)?what\b.*\bfor\s*[?.!]*$/.test(q) ||
    /\b(?:use|used|uses|spent|spend|going|go|put|earmarked|needed)\b.*\b(?:on|towards?)\s*[?.!]*$/.test(q)
  ) {
    const what = /^(?:and\s+)?what\s+(\S+)\s+(.*)$/.exec(q);
    const verb = what && AUXILIARY.test(what[1]!) ? askedVerb(text, what[2]!, wordNet, false) : undefined;
    return { relation: "purpose", askedTerms, ...(verb && { verb: verb.verb, verbTerm: verb.verbTerm }) };
  }
  const how = /^(?:and\s+)?how\s+(\S+)\s+(.*)$/.exec(q);
  if (!how || !AUXILIARY.test(how[1]!)) return undefined;
  const verb = askedVerb(text, how[2]!, wordNet, /^(?:is|are|was|were)$/.test(how[1]!));
  // Only an act done to something has a means ("finance the plant", "pay for it"); "how did the shares
  // react?", "how did the stock do on its first day?" ask how something went.
  return verb?.object ? { relation: "means", verb: verb.verb, verbTerm: verb.verbTerm } : undefined;
}

/** The search term of "cause", which WordNet's glosses of causing verbs use. */
const CAUSE_TERM = processTerm("cause") ?? "";

/**
 * "what + verb + someone + into / to …" with "what" the verb's subject ("what sent the chain into
 * bankruptcy?", "what drove the owner to sell?", "what led to the sale?"): the resultative construction asks
 * what caused the result, where the verb is one WordNet defines by causing (a gloss saying "cause": send,
 * drive, lead, push, prompt), not an act of its own ("what sold the shares to …"). Lower-case input; the
 * verb as written, or undefined.
 */
export function asksCause(
  q: string,
  wordNet: Pick<RelatedWords, "senses" | "glossTerms">,
): string | undefined {
  const m = /^(?:and\s+)?what\s+([a-z]+)\s+(?:[\w&'’-]+\s+){0,4}?(?:into|to|towards?)\b/.exec(q);
  if (!m || AUXILIARY.test(m[1]!) || /^(?:is|are|was|were|be)$/.test(m[1]!)) return undefined;
  const base = verbBase(m[1]!, wordNet);
  return base !== undefined && wordNet.glossTerms(base).has(CAUSE_TERM) ? m[1] : undefined;
}

/**
 * Words after which a verb has no object: the question ends, a time or place follows, or a "to" complement
 * ("how did the landlords respond to the sale?" asks a reaction, not a means).
 */
const NO_OBJECT = /^(?:to|on|in|at|after|since|during|over|today|yesterday|so|when|then)$/;
/** Words that end the subject and verb: an object's determiner, a pronoun or a preposition. */
const PHRASE_END =
  /^(?:the|a|an|its|their|his|her|this|that|these|those|it|them|for|on|in|at|with|from|by|of|towards?|into|after|over|so|when)$/;

/**
 * The asked verb of `rest` (the question after its auxiliary): the last word WordNet knows as a verb
 * before the object's determiner, a preposition or the end ("Northwind shares move", "Solvik finance |
 * the plant", "the money be used | for", "Quanta plan to finance | the purchase"). `object` says whether
 * the act is done to something: an object follows, or a participle after "be" ("how is it financed?").
 */
function askedVerb(
  text: string,
  rest: string,
  wordNet: Pick<RelatedWords, "partsOfSpeech" | "senses">,
  passive: boolean,
): { verb: string; verbTerm: string; object: boolean } | undefined {
  const words = tokenize(text.slice(text.toLowerCase().indexOf(rest)));
  let found: { at: number; base: string } | undefined;
  let i = DETERMINER.test(words[0]?.toLowerCase() ?? "") ? 1 : 0;
  for (; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    if (PHRASE_END.test(lower)) break;
    // "do" after the auxiliary is the asked verb itself ("how did the stock do on its first day?").
    if (/^\p{Lu}/u.test(w) || (AUXILIARY.test(lower) && !/^(?:do|does|did)$/.test(lower))) continue;
    if (/^(?:be|been|being|to)$/.test(lower)) continue;
    const base = verbBase(lower, wordNet);
    if (base) found = { at: i, base };
  }
  if (!found) return undefined;
  const word = words[found.at]!.toLowerCase();
  const verbTerm = processTerm(word);
  if (!verbTerm) return undefined;
  const next = words[found.at + 1]?.toLowerCase();
  const participle = passive && (/(?:ed|en)$/.test(word) || irregularBase(word) !== word);
  return {
    verb: found.base,
    verbTerm,
    object: participle || (next !== undefined && !NO_OBJECT.test(next)),
  };
}

/**
 * The base form WordNet files a verb form under ("used" → use, "paid" → pay, "funding" → fund), or
 * undefined for a word that is no verb. WordNet's own lookup stops at a form it lists as an adjective.
 */
export function verbBase(word: string, wordNet: Pick<RelatedWords, "senses">): string | undefined {
  const forms = [
    word,
    irregularBase(word),
    word.replace(/(?<=[^aeiou])ied$/, "y"),
    word.replace(/(?<=..)(?:ed|ing)$/, "e"),
    word.replace(/(?<=..)(?:ed|ing|s)$/, ""),
    word.replace(/(?<=..)([^aeiou])\1(?:ed|ing)$/, "$1"),
  ];
  return forms.find((f) => wordNet.senses(f, "verb").length > 0);
}

/** Each verb's senses, kept: WordNet is shared and fixed, and sentences repeat their verbs. */
const SENSE_CACHE = new Map<string, { own: Set<number>; above: Set<number> }>();
/** Past this many verbs the cache starts over (a bound on memory, not a tuning knob). */
const SENSE_CACHE_LIMIT = 20_000;

/** Synset ids of a verb's commonest senses and of the acts up to HYPERNYM_STEPS above them. */
function senseIds(
  word: string,
  wordNet: Pick<RelatedWords, "senses" | "synset">,
): {
  own: Set<number>;
  above: Set<number>;
} {
  let ids = SENSE_CACHE.get(word);
  if (!ids) {
    if (SENSE_CACHE.size >= SENSE_CACHE_LIMIT) SENSE_CACHE.clear();
    ids = lookUpSenseIds(word, wordNet);
    SENSE_CACHE.set(word, ids);
  }
  return ids;
}

function lookUpSenseIds(
  word: string,
  wordNet: Pick<RelatedWords, "senses" | "synset">,
): {
  own: Set<number>;
  above: Set<number>;
} {
  const own = new Set(
    wordNet
      .senses(word, "verb")
      .slice(0, SENSES)
      .map((s) => s.id),
  );
  const above = new Set(own);
  let layer = [...own];
  for (let step = 0; step < HYPERNYM_STEPS; step++) {
    layer = layer.flatMap((id) => wordNet.synset(id, "verb")?.hypernyms ?? []);
    for (const id of layer) above.add(id);
  }
  return { own, above };
}

/** Whether two verbs name the same act, one as a way of doing the other ("fund" and "pay"). */
export function sameAct(a: string, b: string, wordNet: Pick<RelatedWords, "senses" | "synset">): boolean {
  const x = senseIds(a, wordNet);
  const y = senseIds(b, wordNet);
  return [...x.own].some((id) => y.above.has(id)) || [...y.own].some((id) => x.above.has(id));
}

/**
 * The words of the asked verb's acts and of the acts up to HYPERNYM_STEPS above them ("finance" → pay,
 * "fund" → finance, pay): what a sentence telling the means may say instead of the asked verb.
 */
export function actWords(verb: string, wordNet: Pick<RelatedWords, "senses" | "synset">): string[] {
  const { above } = senseIds(verb, wordNet);
  const words = [...above].flatMap((id) => wordNet.synset(id, "verb")?.words ?? []);
  return [...new Set(words.filter((w) => !w.includes("_")))];
}

/** "to build", "to scale its labs": a candidate infinitive of purpose, with the word after the verb. */
const INFINITIVE = /\bto\s+([a-z]+)\b(?:\s+([a-z]+))?/g;
/** A word after which "to" begins a noun phrase, not an infinitive ("according to people familiar …"). */
const PREPOSITION_TO = /\b(?:according|due|up|prior|next|close|compared|relative|owing|thanks|addition)\s+$/i;
/** Words that open a noun phrase: after "to X" they make X a verb taking an object ("to scale its labs"). */
const OBJECT_OPENER =
  /^(?:the|a|an|its|their|his|her|our|it|them|this|that|these|those|some|more|new|up|out|both)$/;
/**
 * Explicit connectives of cause and purpose (the Penn Discourse Treebank's Contingency.Cause and Purpose
 * senses: Prasad et al., "The Penn Discourse TreeBank 2.0", LREC 2008), and the prepositions of cause.
 */
const REASON =
  /\b(?:because|so that|in order to|so as to|as a result(?: of)?|due to|owing to|thanks to|given that|now that|consequently|therefore)\b/i;
/**
 * A cause told by a verb or a phrase instead of a connective: "the decision came down to cost", "the sale
 * was driven by debt", "stems from", "citing concerns over …", "on the back of rising demand" (the Penn
 * Discourse Treebank's alternative lexicalisations of Cause: Prasad, Joshi and Webber, "Realization of
 * Discourse Relations by Other Means: Alternative Lexicalizations", COLING 2010).
 */
const CAUSE_PHRASE =
  /\b(?:(?:came|comes?) down to|(?:driven|prompted|spurred|fuell?ed|motivated) by|stem(?:s|med)? from|citing|blaming|on the back of|(?:attributed|attributable) to|the result of)\b/i;
/**
 * A reason reported with the act: a participle of saying or judging after it ("rejected the offer,
 * calling it opportunistic and saying it undervalues the company"), and a result the act would let come
 * about ("splitting the companies would let each focus on its own customers"). News reports a party's
 * reasons this way more often than with a connective (PDTB's implicit and AltLex Cause relations: Prasad
 * et al. 2008, 2010).
 */
const REPORTED_REASON =
  /,\s+(?:saying|arguing|calling|contending|complaining)\b|\b(?:would|will|could|to) (?:let|allow|enable|help)\b/i;
/**
 * A statement saying "why" or naming "the reason" introduces the reason it gives ("That is why delivery
 * risk was a criterion", "Varnes, on why nuclear: …"); the Penn Discourse Treebank files such phrases as
 * alternative lexicalisations of Cause (AltLex).
 */
const REASON_NAMED = /\b(?:why|reasons?|rationale)\b/i;

/**
 * Whether a sentence gives a cause in so many words ("because …", "due to …", "came down to …"), not only a
 * purpose; or stands under a heading that says it does ("Why the yard won", "Reasons for the sale").
 */
export function statesCause(sentence: string, heading?: string): boolean {
  return REASON.test(sentence) || CAUSE_PHRASE.test(sentence) || namesReason(heading);
}

/**
 * The heading right above `passage`, or undefined: "Why the yard won" announces the reason the sentence
 * opening its section gives; the sentences after it go on to explain, or to other things ("Velmora. …
 * The CEO needed an asset this year"). `passages` are the article's, by index.
 */
export function openingHeading(passage: Passage, passages: readonly Passage[]): string | undefined {
  const above = passages[passage.index - 1];
  return above?.kind === "heading" ? passage.heading : undefined;
}

/** Whether a heading announces the reason its section gives: it says "why" or names "the reason". */
function namesReason(heading: string | undefined): boolean {
  return heading !== undefined && REASON_NAMED.test(heading) && !/\?\s*$/.test(heading);
}
/** What an act is done with: its means. */
const MEANS = /^(?:with|from|through|using|via|by)$/;
/** How many words after the verb its means may stand ("fund the purchase with cash"). */
const MEANS_REACH = 8;
/**
 * How well a sentence states what the question asks of its action: 2 where the purpose or means is
 * bound to the asked act (its verb, or one WordNet relates to it: "use the money to build …", "spend it
 * on …", "pay for the deal with cash"), or where a question naming no act is given a cause in so many
 * words ("because …", "citing …", ", saying …"); 1 where the sentence only states some purpose ("to
 * deliver") or a cause beside another act; 0 where it states none.
 */
export function statesRelation(
  sentence: string,
  asked: AskedRelation,
  wordNet: Pick<RelatedWords, "senses" | "synset" | "partsOfSpeech">,
  /** The heading of the sentence's section, if any. */
  heading?: string,
): 0 | 1 | 2 {
  const words = tokenize(sentence);
  const lowered = words.map((w) => w.toLowerCase());
  if (asked.relation === "purpose") {
    // A question naming no act ("why …?") is answered by a cause in so many words before a bare
    // infinitive, which often only completes a verb ("intends to nominate", "set to close").
    if (
      !asked.verb &&
      (REASON.test(sentence) ||
        CAUSE_PHRASE.test(sentence) ||
        REPORTED_REASON.test(sentence) ||
        namesReason(sentence) ||
        namesReason(heading))
    )
      return 2;
    if (REASON.test(sentence)) return 1;
    let stated: 0 | 1 = 0;
    for (const m of sentence.matchAll(INFINITIVE)) {
      if (!isInfinitive(m, sentence, wordNet) || complementOf(m, sentence, asked, wordNet)) continue;
      stated = 1;
      if (!asked.verb) break;
      // The asked act before the infinitive ("would be used both to train", "use the money to build").
      const at = tokenize(sentence.slice(0, m.index)).length;
      if (actAt(words, Math.max(0, at - PURPOSE_REACH), at, asked, wordNet) >= 0) return 2;
    }
    // "spend much of the money on a laboratory": the act with what it goes on.
    if (asked.verb) {
      for (let i = 0; i < words.length; i++) {
        const at = actAt(words, i, words.length, asked, wordNet);
        if (at < 0) break;
        if (lowered.slice(at + 1, at + 1 + PURPOSE_REACH).some((w) => PURPOSE_OBJECT.test(w))) return 2;
        i = at;
      }
    }
    return stated;
  }
  if (!asked.verb) return 0;
  for (let i = 0; i < words.length; i++) {
    const at = actAt(words, i, words.length, asked, wordNet);
    if (at < 0) break;
    if (lowered.slice(at + 1, at + 1 + MEANS_REACH).some((x) => MEANS.test(x))) return 2;
    i = at;
  }
  return 0;
}

/** How many words before a purpose the asked act may stand ("use the new funds to …"). */
const PURPOSE_REACH = 6;
/** What an act's purpose is put with besides an infinitive: "spend it on …", "put it towards …". */
const PURPOSE_OBJECT = /^(?:on|towards?|into)$/;

/**
 * The index of the first word in words[from, to) that does the asked act: the asked verb or a verb
 * WordNet relates to it (see `sameAct`), written in lower case (a capital beyond the first word is a
 * name); -1 when none does.
 */
function actAt(
  words: readonly string[],
  from: number,
  to: number,
  asked: AskedRelation,
  wordNet: Pick<RelatedWords, "senses" | "synset" | "partsOfSpeech">,
): number {
  const verb = asked.verb;
  if (!verb) return -1;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (i > 0 && /^\p{Lu}/u.test(w)) continue;
    const lower = w.toLowerCase();
    // A word after a determiner is a noun ("the shares", "its funds"), whatever WordNet files it as.
    if (i > 0 && DETERMINER.test(words[i - 1]!.toLowerCase())) continue;
    if (processTerm(lower) === asked.verbTerm) return i;
    const base = verbBase(lower, wordNet);
    if (base && sameAct(base, verb, wordNet)) return i;
  }
  return -1;
}

/** Forms of "be": a participle after one is passive ("will be used to build"), and its infinitive a purpose. */
const BE = /^(?:be|been|being|is|are|was|were|am)$/i;

/** WordNet's lexicographer files of verbs of communication and of being (lexnames(5WN)). */
const VERB_COMMUNICATION = 32;
const VERB_STATIVE = 42;

/**
 * Whether the infinitive "to X" only completes the act before it, stating no purpose: it is the asked act
 * itself ("held talks to sell the towers" for "why sell the towers?"), or it is the object of a verb of
 * saying or of being whose commonest sense WordNet files there ("agreed to buy", "refused to sell", "needs
 * to raise", "had to spend"). A verb of aiming states an aim ("seeks to cut its debt", "plans to expand"),
 * and a passive one what for ("will be used to build").
 */
function complementOf(
  m: RegExpMatchArray,
  sentence: string,
  asked: AskedRelation,
  wordNet: Pick<RelatedWords, "senses">,
): boolean {
  const verbTerm = processTerm(m[1]!);
  if (verbTerm && asked.askedTerms?.includes(verbTerm) && verbTerm !== asked.verbTerm) return true;
  const before = tokenize(sentence.slice(0, m.index)).slice(-2);
  const word = before[1]?.toLowerCase();
  // "use the proceeds to repay": a word after a determiner is a noun, whatever else WordNet files it as.
  const previous = before[0]?.toLowerCase() ?? "";
  if (!word || BE.test(previous) || DETERMINER.test(previous) || /^\p{Lu}/u.test(before[1]!)) return false;
  if (/^(?:have|has|had|having)$/.test(word)) return true;
  const base = verbBase(word, wordNet);
  const file = base ? wordNet.senses(base, "verb")[0]?.lexFile : undefined;
  return file === VERB_COMMUNICATION || file === VERB_STATIVE;
}

/**
 * Whether "to X" is an infinitive: X is a verb to WordNet, and either mostly a verb (more verb senses than
 * noun senses: "to build", "to train") or followed by its object ("to scale its labs"). "according to
 * people familiar with …" is a preposition before a noun WordNet also lists as a rare verb.
 */
function isInfinitive(
  m: RegExpMatchArray,
  sentence: string,
  wordNet: Pick<RelatedWords, "senses" | "partsOfSpeech">,
): boolean {
  const word = m[1]!;
  if (word === "be" || PREPOSITION_TO.test(sentence.slice(0, m.index))) return false;
  const verbSenses = wordNet.senses(word, "verb").length;
  if (!verbSenses) return false;
  return verbSenses > wordNet.senses(word, "noun").length || OBJECT_OPENER.test(m[2] ?? "");
}
