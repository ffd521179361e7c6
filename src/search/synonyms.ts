/**
 * Words people use interchangeably when asking about a deal. Each group folds to one canonical term at
 * index and query time, so "chips", "GPUs" and "accelerators" find the same sentences. Groups are about
 * the domain (business news on deals and infrastructure), never about particular questions.
 */

/** What a phrase is rewritten to: one word, or the word made from the match ("chief financial officer" → "cfo"). */
export type PhraseWord = string | ((match: string, ...groups: string[]) => string);

/** The C-level acronym of a title: "c", the department's initial, "o" ("financial" → "cfo"). */
const cLevel = (_match: string, department: string) => `c${department[0]!.toLowerCase()}o`;

/** Multi-word expressions rewritten to one word before tokenising (both in articles and questions). */
export const PHRASES: ReadonlyArray<readonly [RegExp, PhraseWord]> = [
  [/\binitial public offerings?\b/gi, "ipo"],
  [/\bchief executive(?: officer)?\b/gi, "ceo"],
  // Every other chief officer is its own role, written as its acronym is ("CFO", "chief financial
  // officer"): folded whole, "who is the CEO?" never matches a finance chief through the word "chief".
  [/\bchief ([a-z]+) officer\b/gi, cLevel],
  // "finance chief", "technology chief": the department before the word. Only department nouns: "the
  // company chief" or "Northwind chief" is the chief executive.
  [
    /\b(financ(?:e|ial)|tech(?:nology)?|operat(?:ing|ions)|marketing|information|legal|people|product|investment|strategy|commercial|security|data|medical|science|digital|revenue|risk) chief\b/gi,
    cLevel,
  ],
  [/\bprice tag\b/gi, "value"],
  [/\bgraphics processing units?\b/gi, "gpu"],
  // Folded whole, before stemming: Porter2 gives "accelerator" and "accelerate" the same stem.
  [/\baccelerators?\b/gi, "chip"],
  [/\bdata cent(?:er|re)s?\b/gi, "datacenter"],
  [/\bstock market\b/gi, "market"],
  [/\bmarket cap(?:italisation|italization)?\b/gi, "marketvalue"],
  [/\bmarket value\b/gi, "marketvalue"],
  [/\bmarket shares?\b/gi, "marketshare"],
  [/\bshares? of the (?:[a-z-]+ )?market\b/gi, "marketshare"],
  [/\b(?:go|goes|going|went) public\b/gi, "ipo"],
  [/\bpublic listing\b/gi, "ipo"],
];

/** Groups of interchangeable words; the first is the canonical form. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  [
    "chip",
    "chips",
    "gpu",
    "gpus",
    "processor",
    "processors",
    "hardware",
    "silicon",
    "semiconductor",
    "semiconductors",
  ],
  [
    "value",
    "valued",
    "worth",
    "price",
    "priced",
    "cost",
    "costs",
    "commitment",
    "valuation",
    "amount",
    "sum",
    "pay",
    "pays",
    "paid",
    "paying",
  ],
  // "who runs X" also means the CEO; analyze-question.ts adds that for person questions only, since
  // "how long does the deal run" has nothing to do with a CEO.
  ["ceo", "boss", "chief"],
  ["deal", "agreement", "agreements", "partnership", "contract", "pact", "alliance", "arrangement"],
  [
    "say",
    "said",
    "says",
    "stated",
    "state",
    "states",
    "quote",
    "quoted",
    "told",
    "remark",
    "remarks",
    "emphasized",
    "noted",
    "commented",
    "comment",
    "write",
    "writes",
    "wrote",
    "written",
  ],
  ["share", "shares", "stock", "stocks"],
  [
    "risk",
    "risks",
    "risky",
    "challenge",
    "challenges",
    "concern",
    "concerns",
    "danger",
    "dangers",
    "threat",
    "threats",
    "downside",
    "worry",
    "worries",
  ],
  ["sign", "signed", "signs", "signing", "ink", "inked", "strike", "strikes", "struck"],
  ["ipo", "ipos"],
  ["operational", "online", "live", "operating", "deploy", "deployed", "deployment", "deploying"],
  ["begin", "begins", "start", "starts", "started", "commence", "commences"],
  ["ambition", "ambitions", "plan", "plans", "goal", "goals", "aim", "aims", "vision", "target", "targets"],
  ["provider", "providers", "vendor", "vendors", "supplier", "suppliers"],
  ["year", "years", "long", "duration", "term"],
  ["compute", "computing", "computational", "capacity", "infrastructure"],
  [
    "acquire",
    "acquires",
    "acquired",
    "acquiring",
    "acquisition",
    "buy",
    "buys",
    "bought",
    "buying",
    "purchase",
    "purchased",
    "takeover",
  ],
  ["employee", "employees", "staff", "workers", "people", "headcount", "employs", "employ"],
  ["company", "companies", "firm", "firms", "business", "businesses"],
  ["investor", "investors", "backer", "backers"],
  ["mean", "means", "meaning", "implication", "implications", "impact", "impacts", "effect", "effects"],
];
