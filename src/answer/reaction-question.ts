/**
 * "How did the units trade on the news?", "how did the bonds fare?", "how did investors take the news?",
 * "how did the landlords respond to the sale?": a question asking how someone or something reacted. Its verb
 * ("react", "take", "trade") is never what the answering sentence says: a security reacts by moving ("units
 * fell 4.6%"), a party by what it said or did ("the landlords objected"). Which nouns are securities is
 * WordNet's call (a sense below "security" or "debt instrument": shares, stock, bonds, notes, warrants);
 * one the market trades ("units") is told by a verb of a trading day with no object ("trade", "close").
 */
import type { RelatedWords } from "../search/related-words.js";

type WordNet = Pick<RelatedWords, "senses" | "synset">;

/** The reaction asked: its verb as written, whether a security's move is asked, and the stimulus's words. */
export interface AskedReaction {
  /** The reaction's verb as written ("trade", "take", "respond"). */
  verb: string;
  /** A security's move is asked ("how did the shares react?"): a percentage change answers. */
  market: boolean;
  /** The subject's words naming the security ("shares", "units"); [] for a party's reaction. */
  security: string[];
  /** The words naming what was reacted to when they name news ("the news", "the announcement"), else []. */
  stimulus: string[];
}

/** A question asking how something reacted, from "how" and its auxiliary to the reaction's verb. */
const HOW_REACTED =
  /^(?:and\s+)?how\s+(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+(.*?)\b(react|reacted|reacting|respond|responded|responding|take|taken|took|taking|do|doing|done|fare|fared|faring|perform|performed|performing|trade|traded|trading|close|closed|closing|open|opened|opening|finish|finished|end|ended|settle|settled)\b\s*(.*?)[?.!\s]*$/;
/** Verbs only a security does on its own (no object): "the units traded lower", "the stock closed at …". */
const TRADING = /^(?:trad|clos|open|finish|end|settl)/;
/** Verbs of reacting that say nothing without a security or a person reacting: "how did it do?". */
const MARKET_ONLY = /^(?:do|doing|done|fare|fared|faring|perform|performed|performing)$/;
/** Forms of "take": a reaction only with news for its object ("take the news", not "take control"). */
const TAKE = /^(?:take|taken|took|taking)$/;
/** WordNet's lexicographer files of nouns for acts, communication and events (lexnames(5WN)). */
const NEWS_FILES = new Set([4, 10, 11]);
/** WordNet's lexicographer file of communication nouns: "news", "announcement", "report". */
const NOUN_COMMUNICATION = 10;
/** How far up WordNet's hypernyms a security's kind is looked for ("share" → stock certificate → security). */
const SECURITY_DEPTH = 3;
const SECURITY_KINDS = new Set(["security", "debt_instrument"]);

/** Whether some noun sense of a lower-case word is a kind of security ("shares", "stock", "bonds", "notes"). */
export function isSecurity(word: string, wordNet: WordNet): boolean {
  for (const sense of wordNet.senses(word, "noun")) {
    let layer = [sense];
    for (let depth = 0; depth <= SECURITY_DEPTH && layer.length; depth++) {
      if (layer.some((s) => s.words.some((w) => SECURITY_KINDS.has(w)))) return true;
      layer = layer.flatMap((s) => s.hypernyms.flatMap((id) => wordNet.synset(id, "noun") ?? []));
    }
  }
  return false;
}

/**
 * The reaction a lower-case question asks about (see `AskedReaction`), or undefined. A security's
 * reaction: a subject WordNet files as a security, or a verb of trading with no object. A party's: "react",
 * "respond", or "take" with news for its object; "do", "fare", "perform" with no security say nothing.
 */
export function askedReaction(q: string, wordNet: WordNet): AskedReaction | undefined {
  const m = HOW_REACTED.exec(q.replace(/[’‘]/g, "'"));
  if (!m) return undefined;
  const [, subject, verb, rest] = m as unknown as [string, string, string, string];
  if (!subject.trim()) return undefined;
  const words = rest.split(/\s+/).filter(Boolean);
  const object =
    words.length > 0 && !/^(?:on|at|to|in|after|following|when|since|up|down|higher|lower)$/.test(words[0]!);
  const nouns = subject
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/'s$/, ""));
  const securities = nouns.filter((w) => isSecurity(w, wordNet));
  // "the units traded lower": what trades is a security, whatever WordNet says of the word.
  const traded = TRADING.test(verb) && !object ? nouns.slice(-1) : [];
  const market = securities.length > 0 || traded.length > 0;
  if (!market && (MARKET_ONLY.test(verb) || TRADING.test(verb))) return undefined;
  // "take the news", "react to the announcement": news is what every reaction answers; a sale or a price
  // reacted to ("respond to the sale") still says which reaction.
  const stimulus = /^(?:to|on)?\s*(?:the|this|that|its|their)\s+([a-z-]+)$/.exec(words.join(" "));
  const noun = stimulus?.[1];
  const news = noun !== undefined && wordNet.senses(noun, "noun")[0]?.lexFile === NOUN_COMMUNICATION;
  if (TAKE.test(verb) && !(noun && NEWS_FILES.has(wordNet.senses(noun, "noun")[0]?.lexFile ?? -1)))
    return undefined;
  return {
    verb,
    market,
    security: market ? [...new Set([...securities, ...traded])] : [],
    stimulus: news ? words : [],
  };
}
