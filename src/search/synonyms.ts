/**
 * The domain's interchangeable words that neither WordNet nor stemming relates, folded to one term at
 * index and query time. WordNet files "chip" under fragments and food before microchips and knows no
 * "GPU"; puts a deal's "worth" and its "price" in different trees; links no "ambition" to a "plan", no
 * "deal" to an "agreement", no "staff" to "employees", no "capacity" to "infrastructure"; has no "boss"
 * who runs a company. Every other relation between words comes from WordNet at question time
 * (`related-words.ts`: "purchase" → buy, "risks" → hazard), and irregular forms from compromise
 * (`lemmatize.ts`: "said" → say), so nothing here pairs words a dictionary already pairs.
 */

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
  // News writes a company's chief executive as its "chief" or "boss" ("Nimbus chief Jane Doe"); a
  // department's chief is folded to its own title first (`notation.ts`).
  ["ceo", "boss", "chief"],
  ["deal", "agreement", "agreements", "partnership", "contract", "pact", "alliance", "arrangement"],
  ["operational", "online", "live", "operating", "deploy", "deployed", "deployment", "deploying"],
  ["year", "years", "long", "duration", "term"],
  ["employee", "employees", "staff", "workers", "people", "headcount", "employs", "employ"],
  ["mean", "means", "meaning", "implication", "implications", "impact", "impacts", "effect", "effects"],
  ["compute", "computing", "computational", "capacity", "infrastructure"],
  ["ambition", "ambitions", "plan", "plans", "goal", "goals", "aim", "aims", "vision", "target", "targets"],
];
