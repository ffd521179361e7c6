/**
 * Which entity of a sentence fills a role: the name standing in apposition to a role noun ("Merrowby's
 * chair, Dame Helen Marsh", "Ivo Feld, the lab's chairman", "chairwoman Ruth Obiora"), the maker
 * written with its product ("running on Maltbury's K9 chips"), the place a company is based in ("the
 * Leeds-based group", "X, which is headquartered in Seattle"), and the dateline that opens a wire story
 * ("LONDON, June 9 (Harbour Wire) -"), which names no answer. Plain string work on one sentence: cheap enough
 * to run on the few candidates of a question.
 */
import { sharedWordNet } from "../search/related-words.js";
import type { NameValue, Value } from "./extract-values.js";
import { isPartyNoun } from "./kind-noun.js";
import { isCalendarWord, isPlace } from "./name-lexicon.js";

/** A word's span in a sentence: [at, end). */
export interface WordSpan {
  at: number;
  end: number;
}

/**
 * A wire story's dateline: a place in capitals, maybe a date, maybe the agency in brackets, and a dash
 * ("LONDON, June 9 (Harbour Wire) - ", "SAN FRANCISCO (AP) — ", "WARSAW/BERLIN, May 12 -").
 */
const DATELINE =
  /^\s*\p{Lu}{2,}[\p{Lu}\p{M}.'’-]*(?:[\s/]+\p{Lu}{2,}[\p{Lu}\p{M}.'’-]*)*(?:,\s*[\p{L}\p{N}.]+(?:\s+[\p{L}\p{N}.]+){0,3})*\s*(?:\([^)]{1,40}\))?\s*[-—–]{1,2}\s*/u;

/** Where a sentence's dateline ends (0 when it opens with none): names before it are never answers. */
export function datelineEnd(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/**
 * Between a role noun and the name after it: nothing, a comma ("chair, Dame Helen Marsh") or a phrase
 * opening examples ("investors such as X").
 */
const ROLE_THEN_NAME = /^\s*,?\s*(?:(?:such\s+as|including|like|among\s+them)\s+)?$/;
/** A person's or a group's noun (WordNet's noun.person, noun.group) between a role and a name: "stalking-horse bidder X". */
const HEAD_NOUN = /^\s+(\p{Ll}[\p{Ll}-]*)\s+$/u;

/**
 * Whether the words between a role noun and the name after it put the name in apposition: nothing, a comma,
 * a phrase opening examples, or one noun naming a kind of person or group the role qualifies ("stalking-horse
 * bidder Lowick Partners", "lead arranger bank Brasco").
 */
function roleThenName(between: string): boolean {
  if (ROLE_THEN_NAME.test(between)) return true;
  const head = HEAD_NOUN.exec(between)?.[1];
  return head !== undefined && isPartyNoun(head, sharedWordNet());
}

/** A role noun right after "as": "agreed to serve as stalking horse", "was named as lead arranger". */
const AS_ROLE = /\bas\s+(?:(?:the|a|an|its|their)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)?$/u;
/** Words between a clause's subject and its "as": a verb phrase, no clause of its own. */
const SUBJECT_REACH = 12;

/**
 * The subject of the clause a role after "as" completes: the nearest name before it, no further than
 * SUBJECT_REACH words and no semicolon, dash or clause of its own between ("X, the buyer, agreed in
 * October to serve as stalking horse" makes X the stalking horse).
 */
function subjectBefore<N extends NameValue>(text: string, names: readonly N[], at: number): N | undefined {
  const before = names.filter((n) => n.at + n.text.length <= at && !isCalendarWord(n.text));
  // "X will move to Quarnell Foods as its CFO": a name after a preposition is its object, not the subject.
  const n = before.findLast((b) => !PREPOSITION_BEFORE.test(text.slice(0, b.at)));
  if (!n) return undefined;
  const gap = text.slice(n.at + n.text.length, at);
  const words = gap.match(/\S+/g)?.length ?? 0;
  return words <= SUBJECT_REACH && !/[;:—–]|\s-\s|\b(?:which|who|that|while|but|and)\b/.test(gap)
    ? n
    : undefined;
}

/** A preposition right before a name: the name is its object. */
const PREPOSITION_BEFORE =
  /\b(?:to|from|with|for|of|by|at|in|on|into|onto|over|under|against|about)\s+(?:the\s+)?$/;

/**
 * A phrase set off by commas right after a subject, before its verb: "X, Talvern's CFO since 2020, becomes
 * …", "Y, currently vice president and controller, will become …". The verb's role is the subject's.
 */
const APPOSITIVE_BEFORE_VERB =
  /^\s*,[^,;:()—–]{1,80},(?=\s+(?:is|was|are|were|remains|became|becomes|will|would|has\s+been)\b)/;

/** Between a possessor and the name it owns: "'s" and a few lower-case words ("HALDEN's advanced VX200"). */
const POSSESSED = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** Between two names of one list: a comma, "and", "or". */
const LIST_JOIN = /^\s*(?:,|,?\s+(?:and|or))\s+$/;
/**
 * Between a name and the role noun after it, set off by a comma or linked by "is" / "as": a determiner or
 * a possessor, singular or plural ("the Harriers' head coach"), and a few lower-case modifiers ("Ivo Feld, Orrery's chairman", "Blackfin Capital, its
 * largest shareholder", "Pellham Brothers is Quorvane's financial adviser", "Ingrid Orrell, the board's lead
 * independent director").
 */
const NAME_COMMA_ROLE =
  /^(?:\s*,|\s+(?:is|was|are|were|remains|became|becomes|will\s+(?:be|become)|would\s+become|is\s+to\s+become|has\s+been|as))\s*(?:(?:the|its|their|his|her|a|an|\p{Lu}[\p{L}\p{N}&.-]*(?:['’]s|s['’])|(?:the|its|their)\s+(?:\p{Lu}[\p{L}\p{N}&.-]*s['’]|\p{Ll}[\p{Ll}-]*(?:['’]s|s['’])))\s+)?(?:[\p{Ll}\p{N}][\p{L}\p{N}-]*\s+){0,3}$/u;
/** Between a possessor or maker and its role noun: "'s" and at most one word ("Maltbury's K9 chips"). */
const NAME_BEFORE_ROLE = /^(?:['’]s)?\s+(?:[\p{L}\p{N}][\p{L}\p{N}-]*\s+)?$/u;

/**
 * Whether the words between a name and a role noun say what the name does rather than what it is:
 * "Ivo Hollerith, continues to urge shareholders" (an infinitive's "to", or a verb form WordNet knows only as
 * a verb) makes the role the verb's object, held by nobody named.
 */
function predicates(gap: string): boolean {
  const wordNet = sharedWordNet();
  return (gap.match(/\p{Ll}[\p{Ll}-]*/gu) ?? []).some((w) => {
    // "will become vice-chair" says what the name is, as "is" does.
    if (/^becom(?:e|es|ing)$|^became$/.test(w)) return false;
    if (w === "to") return true;
    const pos = wordNet.partsOfSpeech(w);
    // "managing director": a participle in -ing may describe the role.
    return pos.length > 0 && pos.every((p) => p === "verb") && !/ing$/.test(w);
  });
}

/**
 * Whether the words between a name and a role noun after it say the name holds the role: set off by a
 * comma or linked by a copula (`NAME_COMMA_ROLE`), maybe past a phrase in apposition to the name first
 * ("X, Talvern's CFO since 2020, becomes Brackmoor's chief financial officer"), and saying what it is, not
 * what it does (`predicates`).
 */
function namesItsRole(gap: string): boolean {
  const rest = gap.replace(APPOSITIVE_BEFORE_VERB, "");
  return NAME_COMMA_ROLE.test(rest) && !predicates(rest);
}

/**
 * The names of a sentence bound to any of the role nouns at `roles`, each list in order of position:
 * `holders` stand in apposition (right after the noun, "chairwoman Ruth Obiora", "investors such as X, Y
 * and Z"; or set off by a comma before it, "Ivo Feld, Orrery's chairman") and hold the role; `kind`
 * end with the noun ("Brightwater Cloud" for "cloud"); `owners` stand right before it and own or make it
 * ("Maltbury's K9 chips", "Merrowby's chair").
 */
export function roleHolders<N extends NameValue>(
  text: string,
  names: readonly N[],
  roles: readonly WordSpan[],
): { holders: N[]; kind: N[]; owners: N[] } {
  const holders = new Set<N>();
  const kind = new Set<N>();
  const owners = new Set<N>();
  /** Holders after the noun: a list may go on from them. */
  const listed = new Set<N>();
  for (const r of roles) {
    const subject = AS_ROLE.test(text.slice(0, r.at)) ? subjectBefore(text, names, r.at) : undefined;
    if (subject) holders.add(subject);
    for (const n of names) {
      const end = n.at + n.text.length;
      if (n.at >= r.end && roleThenName(text.slice(r.end, n.at))) {
        // "chips, including HALDEN's advanced VX200 …": a possessor says whose they are; the thing follows.
        const owned = names.find((o) => o.at > end && POSSESSED.test(text.slice(end, o.at)));
        holders.add(owned ?? n);
        listed.add(owned ?? n);
      } else if (
        end <= r.at &&
        namesItsRole(text.slice(end, r.at)) &&
        // "will move to Quarnell Foods as its CFO": the preposition's object is where the subject goes.
        !(/^\s+as\b/.test(text.slice(end, r.at)) && PREPOSITION_BEFORE.test(text.slice(0, n.at)))
      )
        holders.add(n);
      else if (end <= r.at && NAME_BEFORE_ROLE.test(text.slice(end, r.at))) owners.add(n);
      else if (n.at < r.at && end >= r.end) kind.add(n);
    }
  }
  // "investors such as X, Y and Z": a name listed after one in apposition holds the role too.
  const sorted = [...names].sort((a, b) => a.at - b.at);
  for (let i = 0; i < sorted.length - 1; i++) {
    const [n, next] = [sorted[i]!, sorted[i + 1]!];
    if (listed.has(n) && LIST_JOIN.test(text.slice(n.at + n.text.length, next.at))) {
      holders.add(next);
      listed.add(next);
    }
  }
  // "Vantor's V3 accelerators": the possessor owns or makes them; the name it possesses is the thing's own.
  for (const o of owners) {
    const possessor = [...owners].find(
      (p) => p !== o && /^['’]s\s+$/.test(text.slice(p.at + p.text.length, o.at)),
    );
    if (possessor) owners.delete(o);
  }
  const inOrder = (set: Set<N>) => [...set].sort((a, b) => a.at - b.at);
  return { holders: inOrder(holders), kind: inOrder(kind), owners: inOrder(owners) };
}

/** The word or two right before a name, maybe with a comma: "chief executive Ivo Hollerith", "CEO Jane Doe". */
const ROLE_WORDS_BEFORE =
  /(?<![\p{L}\p{N}])((?:\p{Ll}[\p{Ll}-]*\s+)?(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,4}))\s*,?\s+$/u;
/** A noun phrase set off by a comma right after a name: "Hugo Ferrity, an analyst at …", "X, Orrery's chairman,". */
const ROLE_WORDS_AFTER =
  /^\s*,\s+(?:(?:the|its|their|his|her|an?|\p{Lu}[\p{L}\p{N}&.-]*['’]s)\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)(?=\s*(?:[,.;]|$)|\s+(?:of|at|for|in)\b)/u;

/**
 * The words in apposition to a name that may say its role: right before it ("finance chief Devan Mehta") or
 * set off by a comma after it ("Devan Mehta, the finance chief"). Undefined when neither stands there.
 * Whether the words name a role is the caller's call.
 */
export function appositeWords(text: string, name: Value): string | undefined {
  const before = ROLE_WORDS_BEFORE.exec(text.slice(0, name.at))?.[1];
  return before ?? ROLE_WORDS_AFTER.exec(text.slice(name.at + name.text.length))?.[1];
}

/** A place and the company based there (undefined: a company the sentence does not name, "the Leeds-based group"). */
export interface BaseBinding {
  place: Value;
  company?: NameValue;
}

/** A capitalised place name of up to three words. */
const PLACE_WORDS = String.raw`(?!(?:The|A|An|Its|This|That)\s)\p{Lu}[\p{L}.'’]*(?:[\s-]\p{Lu}[\p{L}.'’]*){0,2}`;
/** "based in P", "headquartered in P", "headquarters are in P" (P and, after a comma, its region). */
const BASED_IN = new RegExp(
  String.raw`\b(?:[Bb]ased|[Hh]eadquartered|[Hh]eadquarters(?:\s+(?:is|are))?)\s+(?:in|near)\s+(${PLACE_WORDS})(?:,\s+(${PLACE_WORDS}))?`,
  "gu",
);
/** "its Toronto head office", "the group's Leeds headquarters": the home of a company the sentence names before. */
const PLACE_HEAD_OFFICE = new RegExp(
  String.raw`\b(?:its|their|the\s+(?:company|group|bank|firm)['’]s)\s+(${PLACE_WORDS})\s+(?:head\s+office|headquarters|HQ)\b`,
  "gu",
);
/** "the Leeds-based group", "Seattle-headquartered Orrery". */
const PLACE_BASED = new RegExp(String.raw`(${PLACE_WORDS})-(?:based|headquartered)\b`, "gu");
/** Words between a company and "based in" that keep the company as the subject: ", which is", " is", ", ". */
const COMPANY_THEN_BASED =
  /^(?:['’]s)?\s*(?:,\s*(?:which|that|who)\s+(?:is|was|are|has been|will be|would be)\s+|,\s*|\s+(?:is|was|are|remains|will be|would be|will remain|is to be|has been)\s+)(?:(?:still|now|also)\s+)?$/;

/**
 * The places a sentence says companies are based in, each with the company it binds to: "X, which is
 * based in P" and "X is headquartered in P" bind P to X; "Headquartered in P, X …" and "P-based X" too;
 * "the P-based group" and "its P head office" bind P to a company the sentence leaves unnamed. "Halifax, Nova
 * Scotia" is one place.
 */
export function baseBindings(text: string, names: readonly NameValue[]): BaseBinding[] {
  const out: BaseBinding[] = [];
  const placeAt = (words: string, at: number): Value => ({
    text: words,
    key: `place:${words.toLowerCase()}`,
    at,
  });
  const after = (from: number) =>
    names.find((n) => n.at >= from && n.at - from < 4 && /^[\s,]*$/.test(text.slice(from, n.at)));
  for (const m of text.matchAll(BASED_IN)) {
    const at = m.index + m[0].indexOf(m[1]!);
    // "Headquartered in Leeds, Merrowby …": what follows the comma is the company unless it is a region.
    const opening = /^\s*$/.test(text.slice(0, m.index));
    const region = m[2] && (!opening || isPlace(m[2])) ? m[2] : undefined;
    const words = region ? `${m[1]}, ${region}` : m[1]!;
    const end = at + words.length;
    const company = opening
      ? after(end)
      : names.find(
          (n) =>
            n.at + n.text.length <= m.index &&
            COMPANY_THEN_BASED.test(text.slice(n.at + n.text.length, m.index)),
        );
    // Unnamed, the company is a noun before ", which is based in" ("the group, which is based in …").
    if (company || opening || /\bwhich\s+is\s+$/.test(text.slice(0, m.index)))
      out.push({ place: placeAt(words, at), company });
  }
  for (const m of text.matchAll(PLACE_HEAD_OFFICE))
    out.push({ place: placeAt(m[1]!, m.index + m[0].indexOf(m[1]!, m[0].search(/\s/))) });
  for (const m of text.matchAll(PLACE_BASED)) {
    const end = m.index + m[0].length;
    // The name may run on over "-based" ("Austin-based Brightfin Labs" is one run of capitals).
    const whole = names.find((n) => n.at <= m.index && n.at + n.text.length > end + 1);
    const rest = whole && /^\s+(\p{Lu}.*)$/u.exec(whole.text.slice(end - whole.at))?.[1];
    const company = rest
      ? {
          ...whole,
          text: rest,
          key: `name:${rest.toLowerCase()}`,
          at: whole.at + whole.text.length - rest.length,
        }
      : after(end);
    out.push({ place: placeAt(m[1]!, m.index), company });
  }
  return out;
}
