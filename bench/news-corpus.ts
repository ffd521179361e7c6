/**
 * A deterministic corpus that grows like news, for the bench: deal stories (acquisitions, funding rounds,
 * cloud and chip contracts), each told by several outlets in ~40 sentences. Companies, people, products,
 * places and figures are invented from syllables by a seeded PRNG, and new ones keep appearing as the corpus
 * grows — the distinct vocabulary follows Heaps' law, V(n) = K·n^β (Heaps 1978), as real news does — while
 * common business words recur in every article. Nothing is copied from the seed articles.
 */

/** mulberry32: a tiny, fast, seeded PRNG (Tommy Ettinger's public-domain generator); returns [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Heaps' law parameters for invented names (β ≈ 0.5–0.6 in news text). */
const HEAPS_K = 12;
const HEAPS_BETA = 0.6;

const ONSETS = [
  "b",
  "br",
  "c",
  "cr",
  "d",
  "f",
  "g",
  "gr",
  "h",
  "j",
  "k",
  "l",
  "m",
  "n",
  "p",
  "qu",
  "r",
  "s",
  "st",
  "t",
  "tr",
  "v",
  "z",
];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"];
const CODAS = ["", "", "n", "r", "l", "x", "s", "th", "nd", "rk"];
const COMPANY_SUFFIXES = [
  "",
  "",
  " Systems",
  " Labs",
  " Capital",
  " Networks",
  " Holdings",
  " Group",
  " AI",
  " Cloud",
  " Bio",
  " Energy",
];
const ROLES = ["chief executive", "CEO", "chief financial officer", "founder", "president", "chair"];
const OUTLETS = [
  "Daily Ledger",
  "Market Wire",
  "Tech Courier",
  "The Signal",
  "Deal Journal",
  "Briefing Post",
  "Capital Times",
  "Circuit News",
];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DEAL_KINDS = [
  "acquisition",
  "funding round",
  "cloud contract",
  "chip supply agreement",
  "merger",
  "joint venture",
];
const SECTORS = [
  "cloud computing",
  "semiconductors",
  "payments",
  "logistics",
  "biotech",
  "energy storage",
  "robotics",
  "cybersecurity",
  "advertising",
  "satellite broadband",
];
const COMMON = [
  "analysts said the market reaction was muted",
  "investors have watched the sector closely for months",
  "the companies did not disclose further financial terms",
  "regulators are expected to review the transaction",
  "the agreement follows a year of rapid growth in demand",
  "shares of both companies traded higher after the announcement",
  "the deal is subject to customary closing conditions",
  "executives described the partnership as a long-term commitment",
  "competition for computing capacity has intensified this year",
  "the industry has seen a wave of consolidation",
];

export interface Entity {
  name: string;
  /** A word invented for this entity (a product, a city): vocabulary that grows with the corpus. */
  product: string;
  place: string;
}

export interface Person {
  name: string;
  role: string;
  company: string;
}

/** One deal and its facts, as the articles about it report them. */
export interface Story {
  id: number;
  kind: string;
  buyer: Entity;
  target: Entity;
  /** Other companies named in passing (advisers, rivals). */
  others: Entity[];
  amount: string;
  stake: number;
  years: number;
  closes: string;
  announced: string;
  chips: number;
  speaker: Person;
  otherPerson: Person;
  remark: string;
  sector: string;
}

/** A generated article file: front matter and text, as a file in SEEDS_DIR holds it. */
export interface ArticleFile {
  name: string;
  text: string;
  storyId: number;
}

/** One bench question and its kind. */
export interface BenchQuestion {
  kind: string;
  q: string;
}

export class NewsCorpus {
  private readonly rand: () => number;
  private readonly companies: Entity[] = [];
  private readonly words = new Set<string>();
  private readonly stories: Story[] = [];
  private articles = 0;

  constructor(seed = 20_26) {
    this.rand = prng(seed);
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)]!;
  }

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }

  /** An invented word never produced before: 2–3 syllables. */
  private word(): string {
    for (;;) {
      const syllables = this.int(2, 3);
      let w = "";
      for (let i = 0; i < syllables; i++)
        w += this.pick(ONSETS) + this.pick(VOWELS) + (i === syllables - 1 ? this.pick(CODAS) : "");
      if (!this.words.has(w)) {
        this.words.add(w);
        return w;
      }
    }
  }

  private cap(w: string): string {
    return w[0]!.toUpperCase() + w.slice(1);
  }

  /** An existing company, or a new one when Heaps' law says the vocabulary should have grown by now. */
  private company(): Entity {
    const due = HEAPS_K * (this.articles + 1) ** HEAPS_BETA;
    if (this.companies.length < due || this.companies.length < 4) {
      const entity = {
        name: this.cap(this.word()) + this.pick(COMPANY_SUFFIXES),
        product: this.cap(this.word()) + this.int(2, 9) * 100,
        place: this.cap(this.word()),
      };
      this.companies.push(entity);
      return entity;
    }
    // Popular companies recur: a Zipf-like pick favours the earlier (bigger) names.
    const i = Math.floor(this.companies.length * this.rand() ** 2);
    return this.companies[i]!;
  }

  private person(company: string): Person {
    return { name: `${this.cap(this.word())} ${this.cap(this.word())}`, role: this.pick(ROLES), company };
  }

  private newStory(): Story {
    const buyer = this.company();
    let target = this.company();
    while (target === buyer) target = this.company();
    const billions = this.rand() < 0.7;
    const amount = billions
      ? `$${this.int(1, 90)}${this.rand() < 0.4 ? `.${this.int(1, 9)}` : ""} billion`
      : `$${this.int(20, 900)} million`;
    const remark = Array.from({ length: this.int(8, 14) }, () =>
      this.pick([...COMMON.join(" ").split(" "), this.word()]),
    ).join(" ");
    const story: Story = {
      id: this.stories.length,
      kind: this.pick(DEAL_KINDS),
      buyer,
      target,
      others: [this.company(), this.company(), this.company()],
      amount,
      stake: this.int(5, 49),
      years: this.int(2, 12),
      closes: `${this.pick(MONTHS)} ${this.int(2026, 2030)}`,
      announced: `${this.pick(MONTHS)} ${this.int(1, 28)}, ${this.int(2024, 2026)}`,
      chips: this.int(2, 900) * 1000,
      speaker: this.person(buyer.name),
      otherPerson: this.person(target.name),
      remark: `${this.cap(remark)}.`,
      sector: this.pick(SECTORS),
    };
    this.stories.push(story);
    return story;
  }

  /** The next article: usually another outlet's take on a recent story, sometimes a new story. */
  next(): ArticleFile {
    const recent = this.stories.slice(-20);
    const story = !recent.length || this.rand() < 0.25 ? this.newStory() : this.pick(recent);
    const n = this.articles++;
    const id = `bench-${String(n).padStart(6, "0")}`;
    const outlet = this.pick(OUTLETS);
    const s = story;
    // Sources disagree now and then, as they do: a different figure for the same deal.
    const amount = this.rand() < 0.1 ? s.amount.replace(/\d+/, (d) => String(Number(d) + 1)) : s.amount;
    const filler = () => `${this.cap(this.pick(COMMON))}, according to ${this.pick(OUTLETS)}.`;
    const lines = [
      `${s.buyer.name} agreed to a ${amount} ${s.kind} with ${s.target.name}, the companies said on ${s.announced}.`,
      `The ${s.kind} gives ${s.buyer.name} a ${s.stake}% stake in ${s.target.name} and runs for ${s.years} years.`,
      `${s.speaker.name}, ${s.speaker.role} of ${s.buyer.name}, said: "${s.remark}"`,
      `The deal is expected to close in ${s.closes}, pending approval.`,
      filler(),
      "## What the deal covers",
      `${s.target.name} will supply ${s.chips.toLocaleString("en-US")} ${s.target.product} chips to ${s.buyer.name} data centers in ${s.target.place}.`,
      `${s.others[0]!.name} and ${s.others[1]!.name} advised on the transaction.`,
      `The agreement is worth ${amount} over ${s.years} years, making it one of the largest in ${s.sector}.`,
      `${s.otherPerson.name}, ${s.otherPerson.role} of ${s.target.name}, called it "a turning point for ${s.target.product}".`,
      filler(),
      `${s.buyer.name} already works with ${s.others[2]!.name} on ${s.buyer.product}.`,
      "## Why it matters",
      ...Array.from({ length: 8 }, () => filler()),
      `Rivals of ${s.buyer.name} in ${s.sector} are likely to respond, ${this.pick(["analysts", "bankers", "investors"])} said.`,
      `The ${s.target.place} site is expected to be operational by ${s.closes}.`,
      "## Risks",
      ...Array.from({ length: 6 }, () => filler()),
      `Some investors warned that the ${amount} price could prove too high if demand for ${s.sector} slows.`,
      `${s.buyer.name} shares rose ${this.int(1, 12)}% on the news, while ${s.target.name} gained ${this.int(1, 20)}%.`,
      "Key points:",
      `- ${s.buyer.name} pays ${amount} for the ${s.kind}.`,
      `- ${s.target.name} supplies ${s.target.product} chips from ${s.target.place}.`,
      `- ${s.others[0]!.name} advised ${s.buyer.name}.`,
      ...Array.from({ length: 6 }, () => filler()),
      `This story first appeared in ${outlet}.`,
    ];
    const text = [
      "---",
      `id: ${id}`,
      `title: ${s.buyer.name} in ${amount} ${s.kind} with ${s.target.name}`,
      `publisher: ${outlet}`,
      `published: 2026-${String(this.int(1, 12)).padStart(2, "0")}-${String(this.int(1, 28)).padStart(2, "0")}`,
      `url: https://news.example/${id}`,
      "---",
      ...lines,
    ].join("\n");
    return { name: `${id}.md`, text, storyId: s.id };
  }

  /**
   * Questions of every kind about the stories told so far, `perKind` of each: each one asked for the first
   * time (names and figures vary), plus questions no article answers and questions of common words only.
   */
  questions(perKind: number): BenchQuestion[] {
    const out: BenchQuestion[] = [];
    const told = this.stories;
    const r = prng(7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
    const kinds: [string, (s: Story) => string][] = [
      ["amount", (s) => `how much is the ${s.buyer.name} deal with ${s.target.name} worth?`],
      ["name", (s) => `who is the ${s.speaker.role} of ${s.buyer.name}?`],
      ["date", (s) => `when will the ${s.buyer.name} ${s.kind} close?`],
      ["quote", (s) => `what did ${s.speaker.name} say?`],
      ["yes/no", (s) => `did ${s.buyer.name} take a stake in ${s.target.name}?`],
      ["list", (s) => `which companies advised ${s.buyer.name}?`],
      [
        "unanswerable",
        (s) =>
          pick([
            `what is the capital of ${s.target.place}?`,
            `how much equity does ${s.others[2]!.name} get in ${s.target.name}?`,
            "zzkrr blorf",
            "what is the data center's street address?",
          ]),
      ],
      [
        "long",
        (s) =>
          `I was reading about the ${s.kind} between ${s.buyer.name} and ${s.target.name} this morning and wanted to know how many ${s.target.product} chips will be supplied to the data centers in ${s.target.place} over the years of the agreement?`,
      ],
      [
        "common-word",
        () =>
          `${pick(["how much is", "what is", "who signed", "when will", "how big is", "why does", "who is behind"])} ${pick(["the deal", "the agreement", "the transaction", "the contract", "the partnership", "this"])}${pick(["", " worth", " value", " about", " for investors", " in the market"])}?`,
      ],
    ];
    // Every question is asked once as a first ask: duplicates are drawn again (a bounded number of times).
    const seen = new Set<string>();
    for (const [kind, make] of kinds) {
      for (let i = 0, tries = 0; i < perKind && tries < perKind * 20; tries++) {
        const q = make(pick(told));
        if (seen.has(q)) continue;
        seen.add(q);
        out.push({ kind, q });
        i++;
      }
    }
    return out;
  }
}
