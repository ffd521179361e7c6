/**
 * What compromise's lexicon knows about capitalised words: given and family names (so "Idris Cardona" is a
 * person and "Brightwater Cloud" is not, or a role word stands beside the name, as in "Harbor CEO Jane Doe"),
 * demonyms ("Indian" describes, it names no company) and places ("New York"). compromise's full parser costs milliseconds a
 * sentence, far too slow for a growing corpus; its lexicon alone is a dictionary lookup.
 */
import nlp from "compromise";

interface CompromiseWorld {
  model: { one: { lexicon: Record<string, string | string[]> } };
}

const lexicon = (nlp as unknown as { world(): CompromiseWorld }).world().model.one.lexicon;

function tagged(word: string, pattern: RegExp): boolean {
  const lower = word.toLowerCase();
  const tags = lexicon[lower] ?? lexicon[withoutDiacritics(lower)];
  return tags !== undefined && pattern.test(String(tags));
}

/** A word as compromise's English lexicon spells it: "wrocław" → "wroclaw", "são paulo" → "sao paulo". */
function withoutDiacritics(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .replace(/ø/g, "o")
    .replace(/ß/g, "ss");
}

const FIRST_NAME = /MaleName|FemaleName|FirstName/;
const LAST_NAME = /LastName/;

/** Words that say the next or previous name is a person's. */
// Any C-level title ("CFO", "finance chief", "chief financial officer"), and a title set off by a comma
// ("Corvell's finance chief, Devan Mehta").
const ROLE_BEFORE =
  /\b(?:c[a-z]o|chief|officer|founder|co-founder|chairman|chairwoman|president|analyst|executive|director|minister|spokesperson|partner|governor|secretary|judge|said|says|according to)\s*,?\s*$/i;

/** One word of a person's name: capitalised, lower case after, each part of a hyphenated surname capitalised or not. */
const PERSON_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;

/**
 * Whether a capitalised name of two or three words is a person's: by its given or family name, a role or
 * speech verb in `textBefore`, or an office set off after it (`officeAfter`: "X, the mine's general
 * manager,").
 */
export function isPersonName(name: string, textBefore: string, officeAfter = false): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  // Any script's letters: "Zoë Ørsted", "Radek Zielarski", "José Núñez"; a double-barrelled surname
  // capitalises each part ("Asha Pellworth-Quist").
  if (!words.every((w) => PERSON_WORD.test(w))) return false;
  const last = words[words.length - 1]!;
  return (
    tagged(words[0]!, FIRST_NAME) ||
    // An honorific before the given name: "Dame Ines Carrow", "Sir Keir Lennox".
    (words.length === 3 && tagged(words[1]!, FIRST_NAME)) ||
    tagged(last, LAST_NAME) ||
    last.split("-").some((part) => tagged(part, LAST_NAME)) ||
    ROLE_BEFORE.test(textBefore) ||
    officeAfter
  );
}

/** Whether a word names a people or nationality ("Indian", "American"), not a company or product. */
export function isDemonym(word: string): boolean {
  return tagged(word, /Demonym/);
}

/** Whether a name is a place ("New York", "Tel Aviv", "India"): where something is, not who. */
export function isPlace(name: string): boolean {
  return tagged(name, /Place|City|Country|Region/);
}

/**
 * Whether a word names a day or a month ("Monday", "May", "Sept"): a date, not who. V8's date parser reads
 * any word opening with a month's first three letters as that month ("Maria" as March, "Janet" as January,
 * "Julian" as July), so a word it parses counts only when it is the start of the month's own name.
 */
export function isCalendarWord(word: string): boolean {
  if (tagged(word, /WeekDay|Month/)) return true;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const parsed = Date.parse(`15 ${word} 2000`);
  if (Number.isNaN(parsed)) return false;
  // The month's name by its number: Intl's toLocaleString (0.1 ms a call) was an eighth of adding an article.
  return MONTHS[new Date(parsed).getUTCMonth()]!.startsWith(word.toLowerCase());
}

/** English month names, January first (what `toLocaleString("en-US", { month: "long" })` writes). */
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
