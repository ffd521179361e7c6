import { describe, expect, it } from "vitest";
import { articleFigures } from "../../src/answer/article-figures.js";
import { corroborate } from "../../src/answer/corroborate.js";
import type { QuoteSpan } from "../../src/answer/extract-values.js";
import {
  findValueConflicts,
  findWordingConflict,
  groupWordings,
  sameAskedNoun,
  sameMeasure,
  settleValueAnswer,
} from "../../src/answer/find-conflicts.js";
import { indexArticle } from "../../src/answer/indexed-passage.js";
import type { Candidate } from "../../src/answer/rank-candidates.js";
import type { Article } from "../../src/types.js";
import { article, PLAIN_SELECT, passageWith, ranker, toQuote } from "./support.js";

/** Runs ranking, corroboration and value conflicts the way the engine does. */
function conflictsFor(articles: Article[], question: string, select = PLAIN_SELECT) {
  const corpus = ranker(articles, select);
  const { analysis, good } = corpus.rank(question);
  const { chosen, supporting } = corroborate(good, analysis, articles.length);
  const agreeing = [chosen, ...supporting];
  return {
    chosen,
    conflicts: findValueConflicts({
      analysis,
      chosen,
      agreeing,
      eligible: good,
      toQuote,
      about: () => "deal value",
      figuresOf: (id) => articleFigures(corpus.passages.filter((ip) => ip.article.meta.id === id)),
    }),
  };
}

const majority = [
  article("a", "The deal is valued at $38 billion."),
  article("b", "OpenAI's deal with Amazon is worth $38 billion."),
  article("c", "Analysts put the deal's value at $38 billion."),
  article("d", "The deal, worth $38 billion, runs for seven years."),
];
const outlier = article(
  "x",
  "We're talking a colossal $3.8 billion deal, all for computing.\nDisclaimer: This article was generated in part using artificial intelligence and may contain errors.",
);

describe("findValueConflicts", () => {
  it("flags a precise outlier against a vague majority, and follows the majority", () => {
    // Google's investment in Anthropic (2025): three sources give it vaguely, one a figure far below.
    const { chosen, conflicts } = conflictsFor(
      [
        article("a", "Google's investment in Anthropic runs to tens of billions of dollars."),
        article("b", "Google's investment in Anthropic is worth tens of billions of dollars in all."),
        article("c", "All told, Google's investment in Anthropic amounts to tens of billions of dollars."),
        article("x", "Google's investment in Anthropic is worth $6 billion."),
      ],
      "how big is Google's investment in Anthropic?",
    );
    expect(chosen.values[0]?.text).toBe("tens of billions of dollars");
    expect(conflicts[0]?.values.map((v) => v.value)).toEqual(["tens of billions of dollars", "$6 billion"]);
  });

  it("finds no conflict between a vague amount and an exact one inside it", () => {
    const { chosen, conflicts } = conflictsFor(
      [
        article("a", "Google's investment in Anthropic runs to tens of billions of dollars."),
        article("b", "Google's investment in Anthropic is worth tens of billions of dollars in all."),
        article("y", "Google's investment in Anthropic is worth $38 billion."),
      ],
      "how big is Google's investment in Anthropic?",
    );
    expect(conflicts).toEqual([]);
    expect(chosen.values[0]?.text).toMatch(/billion/);
  });

  it("flags two premiums worded differently as one quantity in disagreement", () => {
    // Exxon–Pioneer (2023): one source gives the premium by name, another as a price above the close.
    const { chosen, conflicts } = conflictsFor(
      [
        article("a", "Exxon's offer is an 18% premium over Pioneer's unaffected share price."),
        article("b", "The offer carries an 18% premium to the share price, analysts noted."),
        article("c", "Pioneer holders receive $253 a share, 9% above the stock's Friday close."),
      ],
      "what is the premium over the share price?",
    );
    expect(chosen.values[0]?.text).toBe("18%");
    expect(conflicts[0]?.values.map((v) => v.value)).toEqual(["18%", "9%"]);
  });

  it("hears a source through its amount in the chosen currency, not through one in another", () => {
    // Helsing's 2025 round: the third source gives the valuation in dollars first, then a different euro figure.
    const { chosen, conflicts } = conflictsFor(
      [
        article("a", "The round values Helsing at €12 billion."),
        article("b", "Investors now value Helsing at €12 billion after the round."),
        article(
          "x",
          [
            "The round values Helsing at about $13.8 billion, its backers said.",
            "Helsing's €11 billion valuation makes it one of Europe's most valuable defence start-ups.",
          ].join("\n"),
        ),
      ],
      "what is Helsing valued at?",
    );
    expect(chosen.values[0]?.text).toBe("€12 billion");
    expect(conflicts[0]?.values.map((v) => v.value)).toEqual(["€12 billion", "€11 billion"]);
  });

  it("flags $3.8 billion as disagreeing with four sources", () => {
    const { chosen, conflicts } = conflictsFor([...majority, outlier], "how much is the deal worth?");
    expect(chosen.values[0]?.text).toBe("$38 billion");
    expect(conflicts).toHaveLength(1);
    const [mine, theirs] = conflicts[0]!.values;
    expect(conflicts[0]!.about).toBe("deal value");
    expect(mine).toMatchObject({ value: "$38 billion", aiGenerated: false });
    expect([...mine!.articleIds].sort()).toEqual(["a", "b", "c", "d"]);
    expect(mine!.quotes.map((q) => q.articleId)).toEqual(mine!.articleIds);
    expect(theirs).toMatchObject({ value: "$3.8 billion", articleIds: ["x"] });
    expect(theirs!.quotes[0]?.text).toContain("$3.8 billion");
  });

  it("marks the side an AI-generated article states", () => {
    expect(outlier.aiGenerated).toBe(true);
    const { conflicts } = conflictsFor([...majority, outlier], "how much is the deal worth?");
    expect(conflicts[0]!.values.map((v) => v.aiGenerated)).toEqual([false, true]);
  });

  it("finds no conflict when every source states the same value", () => {
    expect(conflictsFor(majority, "how much is the deal worth?").conflicts).toEqual([]);
  });

  it("does not count a source that also states the majority value as disagreeing", () => {
    const both = article(
      "y",
      "The deal is worth $38 billion.\nAn early report put the deal's worth at $3.8 billion, a typo.",
    );
    expect(conflictsFor([...majority, both], "how much is the deal worth?").conflicts).toEqual([]);
  });

  it("never sets a figure the chosen answer's own source also gives against it", () => {
    // A takeover: one source gives the break fee beside the price; another, asked about the price, only
    // the fee. A source that states both cannot be contradicted by one of them.
    const { chosen, conflicts } = conflictsFor(
      [
        article(
          "t1",
          "Corvane will pay $4.1 billion for Lystra.\nLystra would owe Corvane a $150 million fee if the deal collapses.",
        ),
        article("t2", "Corvane's deal for Lystra is worth $4.1 billion."),
        article("t3", "If the Corvane deal for Lystra collapses, it would pay a fee worth $150 million."),
      ],
      "how much is Corvane's deal for Lystra worth?",
    );
    expect(chosen.values[0]?.text).toBe("$4.1 billion");
    expect(conflicts).toEqual([]);
  });

  it("does not let a passage off the subject contradict", () => {
    // "$3.8 billion" here is a revenue figure in a sentence about something else.
    const aside = article("z", "Separately, Amazon reported $3.8 billion in quarterly advertising revenue.");
    expect(conflictsFor([...majority, aside], "how much is the deal worth?").conflicts).toEqual([]);
  });

  it("sets no older deal's figure, dated years back, against the chosen one; sets a bare near figure", () => {
    // An IPO: three sources give its proceeds; a local paper recalls an older listing's; a newsletter is off.
    const ipo = [
      article("w", "Fernway Robotics raised $700 million in its IPO on Wednesday.", {
        published: "2026-11-12",
      }),
      article("r", "The IPO raised $700 million for Fernway Robotics.", { published: "2026-11-13" }),
      article(
        "l",
        "The IPO was the region's largest since Three Rivers Labs went public in 2019, raising $310 million.",
        { published: "2026-11-13" },
      ),
    ];
    expect(conflictsFor(ipo, "how much did the IPO raise?").conflicts).toEqual([]);
    const off = article("n", "My numbers: the IPO raised $725m for Fernway Robotics.", {
      published: "2026-11-15",
    });
    const { conflicts } = conflictsFor([...ipo, off], "how much did the IPO raise?");
    expect(conflicts.flatMap((c) => c.values.map((v) => v.value))).toEqual(
      expect.arrayContaining(["$700 million", "$725m"]),
    );
  });

  it("does not set a value of something else against the chosen one", () => {
    // The IPO sentence is as relevant (it names OpenAI and a value) but shares no subject word with the
    // deal sentences: an IPO valuation is not the value of the deal.
    const articles = [
      article("a2", "The deal is valued at $38 billion."),
      article("b2", "The deal is worth $38 billion, analysts say."),
      article(
        "v",
        "OpenAI's IPO could value the company at as much as $1 trillion.\nOpenAI makes ChatGPT, a chatbot.",
      ),
    ];
    const question = "how much is OpenAI's deal worth?";
    // OpenAI is the story's main actor, as the engine finds from how often sources name it: a deal
    // sentence need not name it to be about it.
    const select = { ...PLAIN_SELECT, ubiquitous: new Set(["openai"]) };
    expect(
      ranker(articles, select)
        .rank(question)
        .good.map((c) => c.ip.article.meta.id),
    ).toContain("v");
    const { chosen, conflicts } = conflictsFor(articles, question, select);
    expect(chosen.values[0]?.text).toBe("$38 billion");
    expect(conflicts).toEqual([]);
  });

  it("sets no change of another thing against the asked change, but one of the same thing", () => {
    // An acquisition, a data-centre lease and a ferry operator's plans: each story's other changes share
    // the company's name, not what changes.
    const fell = conflictsFor(
      [
        article("f1", "Brimley shares fell 4% on the news."),
        article("f2", "Brimley expects the combined company to grow sales by 6% a year."),
      ],
      "how much did Brimley shares fall?",
    );
    expect(fell.chosen.values[0]?.text).toBe("4%");
    expect(fell.conflicts).toEqual([]);
    const fleet = conflictsFor(
      [
        article("g1", "Orbenna will expand its fleet by 15% over five years."),
        article("g2", "Orbenna expects passenger numbers to rise 8% next year."),
      ],
      "how fast will the Orbenna fleet grow?",
    );
    expect(fleet.conflicts).toEqual([]);
    const rent = conflictsFor(
      [
        article("r1", "Veltro's rent rises 2.5% every year under the lease."),
        article("r2", "The rent Veltro pays will increase by 3.5% annually."),
      ],
      "how fast will Veltro's rent rise?",
    );
    expect(rent.conflicts[0]?.values.map((v) => v.value).sort()).toEqual(["2.5%", "3.5%"]);
  });

  it("still sets a stock's moves told with other verbs, and a deal's premiums named otherwise, against each other", () => {
    // How the move is asked ("trade") and what the deal is called ("offer", "bid") tell no two things apart.
    const traded = conflictsFor(
      [
        article("t1", "Orsolo shares jumped 38% in premarket trading."),
        article("t2", "Orsolo closed Monday up 31%."),
      ],
      "how did Orsolo shares trade on the news?",
    );
    expect(traded.conflicts[0]?.values.map((v) => v.value).sort()).toEqual(["31%", "38%"]);
    const premium = conflictsFor(
      [
        article("p1", "Brimley's original offer was a 31% premium to the unaffected close."),
        article("p2", "Brimley's first bid was a 38% premium to the 30-day average price."),
      ],
      "what premium did Brimley's first offer carry?",
    );
    expect(premium.conflicts[0]?.values.map((v) => v.value).sort()).toEqual(["31%", "38%"]);
  });

  it("sets no revenue, round or company valuation against a deal's price when the question names both parties", () => {
    // A chip contract and a plant deal: sentences naming both companies state other quantities, which
    // share the companies' names with the question but are not what the deal is worth.
    const chip = [
      article("c1", "Nimbus Cloud signed a $12 billion agreement with Arcadia Semiconductor."),
      article("c2", "The Nimbus deal with Arcadia is worth $12 billion over five years."),
      article("c3", "Arcadia, which supplies Nimbus, expects revenue of $20 billion this year."),
      article("c4", "Nimbus, now an Arcadia customer, could be valued at $90 billion in a listing."),
    ];
    const { chosen, conflicts } = conflictsFor(chip, "how much is the Nimbus Arcadia deal worth?");
    expect(chosen.values[0]?.text).toBe("$12 billion");
    expect(conflicts).toEqual([]);
    // A source stating another price for the deal still disagrees.
    const other = article("c5", "Nimbus's deal with Arcadia is worth $15 billion, one report said.");
    const disagreeing = conflictsFor([...chip, other], "how much is the Nimbus Arcadia deal worth?");
    expect(disagreeing.conflicts[0]?.values.map((v) => v.value)).toEqual(["$12 billion", "$15 billion"]);
  });

  it("reports the same date for different milestones as a conflict", () => {
    const start = article("s", "Amazon said the infrastructure will begin deployment by the end of 2026.");
    const done = article("t", "All planned capacity is due to be fully operational before the end of 2026.");
    const again = article("u", "The infrastructure will begin deployment by the end of 2026, Amazon said.");
    const { chosen, conflicts } = conflictsFor([start, done, again], "when will the capacity be deployed?");
    expect(chosen.ip.article.meta.id).not.toBe("t");
    expect(conflicts).toHaveLength(1);
    const values = conflicts[0]!.values;
    expect(values.map((v) => v.articleIds.sort())).toEqual([["s", "u"], ["t"]]);
    // Each side says which milestone its date is for.
    expect(values[0]!.value).toMatch(/begin deployment by the end of 2026/);
    expect(values[1]!.value).toMatch(/fully operational before the end of 2026/);
  });

  it("hears a terse source dating the same milestone otherwise, and no source stating the answer too", () => {
    // A turbine order: three sources date the first delivery 2029, a newsletter 2028 in few words.
    const articles = [
      article("w1", "The first turbine is due to be delivered in 2029 and the last in 2032."),
      article(
        "w2",
        "The operator signed the order in May.\nDelivery of the first turbine is planned for 2029.",
      ),
      article("w3", "The first turbine should arrive in 2029, with the sixth in 2032."),
      article("w4", "Orders for six turbines are signed. First unit delivered in 2028, the sixth in 2032."),
    ];
    const corpus = ranker(articles);
    const { analysis, good, ranked } = corpus.rank("when does the operator get its first turbine?");
    const { chosen, supporting } = corroborate(good, analysis, articles.length);
    const settled = settleValueAnswer({
      analysis,
      chosen,
      supporting,
      eligible: good,
      ranked,
      toQuote,
      about: () => "first delivery",
      figuresOf: (id) => articleFigures(corpus.passages.filter((ip) => ip.article.meta.id === id)),
    });
    expect(settled.chosen.values[0]?.text).toMatch(/2029/);
    expect(settled.conflicts[0]?.values.map((v) => v.articleIds.sort())).toEqual([
      ["w1", "w2", "w3"],
      ["w4"],
    ]);
    // Asked the last turbine, a source giving the first one's year beside the same last year does not dissent.
    const last = conflictsFor(articles, "when is the last turbine due?");
    expect(last.chosen.values[0]?.text).toMatch(/2032/);
    expect(last.conflicts).toEqual([]);
  });

  it("sets no milestone against a date that names none when the dates agree", () => {
    const { conflicts } = conflictsFor(
      [
        article("m1", "Output at the Brno smelter is scheduled to start in 2029."),
        article("m2", "Output at the Brno smelter is planned for 2029, the ministry said."),
        article("m3", "Output at the Brno smelter is due in 2031, a union official said."),
      ],
      "when will output at the smelter start?",
    );
    expect(conflicts[0]?.values.map((v) => v.articleIds)).toEqual([["m1", "m2"], ["m3"]]);
  });

  it("hears a count written as a part of a whole ('290 of its 1,040 stores') against the majority", () => {
    const { chosen, conflicts } = conflictsFor(
      [
        article("g1", "The merged grocer will close roughly 190 stores over two years."),
        article("g2", "Kelmart and Duvall plan to close about 190 stores after the merger."),
        article("g3", "The merged grocer will close about 290 of its 1,040 stores, a staff memo says."),
      ],
      "how many stores will close?",
    );
    expect(chosen.values[0]?.key).toBe("count:190");
    expect(conflicts[0]?.values.map((v) => v.articleIds)).toEqual([["g1", "g2"], ["g3"]]);
    // The store count being closed, not the chain's size, is what the dissenting source says.
    expect(conflicts[0]?.values[1]?.value).toMatch(/^290\b/);
  });

  it("does not set compatible phrasings of one time against each other", () => {
    const { conflicts } = conflictsFor(
      [
        article("l1", "Northwind expects the Harbor purchase to close in late 2026."),
        article("l2", "The Harbor purchase should close in the second half of 2026, Northwind said."),
        article("l3", "Northwind expects the Harbor purchase to close in late 2026, pending approval."),
      ],
      "when will the Harbor purchase close?",
    );
    expect(conflicts).toEqual([]);
  });

  it("sets a different year against the chosen one, but never a milestone or a weekday", () => {
    const year = conflictsFor(
      [
        article("q1", "Voltline's plant in Texas opens in 2027."),
        article("q2", "The Texas plant opens in 2027, Voltline said."),
        article("q3", "Voltline's Texas plant opens in 2029."),
      ],
      "when does the Texas plant open?",
    );
    expect(year.conflicts[0]?.values.map((v) => v.value.replace(/.* opens /, ""))).toEqual([
      "in 2027",
      "in 2029",
    ]);
    const relative = conflictsFor(
      [
        article("r1", "Quanta Robotics closed its Series D round in 2025."),
        article("r2", "Quanta Robotics closed its Series D round in 2025, Pinecrest said."),
        article("r3", "Quanta Robotics closed its Series D round on Tuesday."),
        article("r4", "Quanta Robotics closed its Series D round once Pinecrest signed."),
      ],
      "when did Quanta close its Series D round?",
    );
    expect(relative.conflicts).toEqual([]);
  });

  it("never sets amounts in different currencies, or a round's size and a valuation, against each other", () => {
    const currencies = conflictsFor(
      [
        article("e1", "The round values Lumen Biosciences at €4 billion."),
        article("e2", "Halden's round values Lumen Biosciences at €4 billion."),
        article("e3", "The round values Lumen Biosciences at $4.4 billion."),
      ],
      "what is Lumen Biosciences valued at?",
    );
    expect(currencies.conflicts).toEqual([]);
    const quantities = conflictsFor(
      [
        article("k1", "Quanta Robotics raised $300 million in the round."),
        article("k2", "Quanta Robotics raised $300 million in the round, Pinecrest said."),
        article("k3", "Quanta Robotics is valued at $2.1 billion after the round."),
      ],
      "how much did Quanta Robotics raise in the round?",
    );
    expect(quantities.chosen.values[0]?.text).toBe("$300 million");
    expect(quantities.conflicts).toEqual([]);
  });

  it("does not set a vague count against an exact one", () => {
    const { conflicts } = conflictsFor(
      [
        article("g", "OpenAI gets access to hundreds of thousands of NVIDIA GPUs."),
        article("h", "OpenAI gets access to hundreds of thousands of NVIDIA GPUs, Amazon said."),
        article("i", "OpenAI gets access to 500,000 NVIDIA GPUs."),
      ],
      "how many GPUs does OpenAI get access to?",
    );
    expect(conflicts).toEqual([]);
  });

  it("finds no value conflicts for list answers", () => {
    const { conflicts } = conflictsFor(
      [
        article("k", "AWS will deploy GB200 chips for OpenAI."),
        article("l", "AWS will deploy GB300 chips for OpenAI."),
      ],
      "which chips will AWS deploy?",
    );
    expect(conflicts).toEqual([]);
  });

  it("needs the other source's passage to be at least half as relevant as the chosen one", () => {
    const ips = indexArticle(
      article("m", "The deal is worth $38 billion.\nA rival deal is worth $5 billion."),
    );
    const other = indexArticle(article("n", "The deal's value is $5 billion."))[0]!;
    const candidate = (ip: (typeof ips)[number], coverage: number): Candidate => ({
      ip,
      coverage,
      values: ip.values.money,
      key: ip.values.money[0]!.key,
      score: coverage,
    });
    const chosen = candidate(passageWith(ips, "$38 billion"), 1);
    const { analysis } = ranker([]).rank("how much is the deal worth?");
    const run = (coverage: number) =>
      findValueConflicts({
        analysis,
        chosen,
        agreeing: [chosen],
        eligible: [chosen, candidate(other, coverage)],
        toQuote,
        about: () => "deal value",
      });
    expect(run(0.4)).toEqual([]);
    expect(run(0.6)).toHaveLength(1);
  });
});

describe("findWordingConflict", () => {
  const passages = [
    article("p", "Altman said that “scaling frontier AI requires massive, reliable compute” today."),
    article("q", "He stated that “scaling frontier AI requires massive, reliable compute.”"),
    article("r", "OpenAI has stated that “scaling frontier AI requires efficient and reliable compute.”"),
    article("s", "Garman said the deal “demonstrates why AWS is uniquely positioned to support OpenAI.”"),
  ].flatMap((a) => indexArticle(a));
  const remark = passageWith(passages, "Altman said").values.quotes[0] as QuoteSpan;

  it("sets a remark's other wording against it, the chosen wording first", () => {
    const { conflict, agreeing } = findWordingConflict(
      remark,
      passages,
      toQuote,
      () => "wording of Altman's remark",
    );
    expect(agreeing.map((ip) => ip.article.meta.id)).toEqual(["p", "q"]);
    expect(conflict?.about).toBe("wording of Altman's remark");
    expect(conflict?.values.map((v) => [v.value, v.articleIds])).toEqual([
      ["“scaling frontier AI requires massive, reliable compute”", ["p", "q"]],
      ["“scaling frontier AI requires efficient and reliable compute”", ["r"]],
    ]);
  });

  it("finds no conflict when every source quotes the same words", () => {
    const same = passages.filter((ip) => ip.article.meta.id !== "r");
    expect(findWordingConflict(remark, same, toQuote, () => "x").conflict).toBeUndefined();
  });

  it("does not group a different remark with it", () => {
    const groups = groupWordings(remark, passages);
    expect([...groups.values()].flatMap((g) => g.passages.map((ip) => ip.article.meta.id)).sort()).toEqual([
      "p",
      "q",
      "r",
    ]);
  });
});

describe("sameMeasure", () => {
  // A hostile bid: the first sentence ties its amount to no measure, the second to a valuation.
  const corpus = ranker([
    article("h1", "Marrow Group's hostile £2.3 billion bid for Tessly was rejected on Monday."),
    article("h3", "The 410p-a-share offer values the company at around £2.9 billion, Tessly said."),
    article("h4", "Tessly had revenue of £1.1 billion last year."),
  ]);
  const candidate = (question: string, id: string) => {
    const found = corpus.rank(question).ranked.find((c) => c.ip.article.meta.id === id && c.key);
    if (!found) throw new Error(`no candidate from ${id}`);
    return found;
  };

  it("reads an amount tied to no measure as the asked one", () => {
    const bid = candidate("how much does the bid value Tessly at?", "h1");
    const valuation = candidate("how much does the bid value Tessly at?", "h3");
    expect(sameMeasure(bid, valuation)).toBe(false);
    expect(sameMeasure(bid, valuation, "valuation")).toBe(true);
  });

  it("never makes revenue the asked valuation", () => {
    const bid = candidate("how much does the bid value Tessly at?", "h1");
    const revenue = candidate("what was Tessly's revenue last year?", "h4");
    expect(sameMeasure(bid, revenue, "valuation")).toBe(false);
  });
});

describe("sameAskedNoun", () => {
  // A music catalogue deal: the royalty in running text, in a list line, and another percentage.
  const corpus = ranker([
    article("r1", "Fenwright Music pays a royalty of 18% on Ostmere records."),
    article(
      "r2",
      "Fenwright Music filed the Ostmere terms.\n\n- Royalty: 1.8% of net receipts\n- Term: five years",
    ),
    article("r3", "Fenwright Music also holds 18% of Ostmere Records."),
  ]);
  const question = "what percentage is the royalty on Ostmere records?";
  const { analysis, ranked } = corpus.rank(question);
  const of = (id: string) => {
    const found = ranked.find((c) => c.ip.article.meta.id === id && c.key);
    if (!found) throw new Error(`no candidate from ${id}`);
    return found;
  };

  it("pairs two figures each written beside the asked noun, however the line is worded", () => {
    expect(sameAskedNoun(of("r1"), of("r2"), analysis)).toBe(true);
  });

  it("does not pair a figure of another thing", () => {
    expect(sameAskedNoun(of("r1"), of("r3"), analysis)).toBe(false);
  });
});

describe("settleValueAnswer", () => {
  // A chip supply deal: the outlier's sentence is chosen; three sources say otherwise, one only in a
  // sentence of its own words.
  const articles = [
    article("s1", "Kestrel's supply deal with Nomura Labs is worth $9 billion, one report said."),
    article("s2", "The supply deal is worth $6.5 billion."),
    article("s3", "The deal is worth $6.5bn over four years."),
    article("s4", "Kestrel will ship chips to Nomura Labs.\nNomura Labs will pay $6.5 billion for them."),
  ];
  const corpus = ranker(articles);
  const figuresOf = (id: string) => articleFigures(corpus.passages.filter((ip) => ip.article.meta.id === id));

  it("follows the value most sources state, counting a source's other sentences, and flags the outlier", () => {
    const { analysis, good, ranked } = corpus.rank(
      "how much is Kestrel's supply deal with Nomura Labs worth?",
    );
    const outlier = good.find((c) => c.ip.article.meta.id === "s1")!;
    expect(outlier.values[0]?.text).toBe("$9 billion");
    const settled = settleValueAnswer({
      analysis,
      chosen: outlier,
      supporting: [],
      eligible: good,
      ranked,
      toQuote,
      about: () => "deal value",
      figuresOf,
    });
    expect(settled.chosen.values[0]?.text).toMatch(/^\$6\.5 ?b/);
    expect(new Set([settled.chosen, ...settled.supporting].map((c) => c.ip.article.meta.id))).toEqual(
      new Set(["s2", "s3", "s4"]),
    );
    expect(settled.conflicts[0]?.values.map((v) => v.articleIds.length)).toEqual([3, 1]);
    expect(settled.conflicts[0]?.values[1]?.value).toBe("$9 billion");
  });
});
