import { beforeAll, describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze-question.js";
import { needsValue } from "../../src/answer/rank-candidates.js";
import { yesNoClause } from "../../src/answer/yes-no.js";
import { sharedWordNet } from "../../src/search/related-words.js";
import { seedEngine } from "../fixtures/seed-engine.js";
import { article, PLAIN_SELECT, ranker } from "./support.js";

/**
 * The ranking set: real passages from the seed articles, one question each, asserting which passage ranks
 * first among those eligible to answer. None of these is a development question.
 */
describe("rankCandidates on the seed articles", () => {
  let rank: ReturnType<typeof ranker>["rank"];
  beforeAll(async () => {
    rank = ranker((await seedEngine()).articles()).rank;
  });
  const top = (question: string) => rank(question).good[0]?.ip.passage.text;

  it("ranks the sentence saying what the partnership is valued at first for its value", () => {
    // It names the partnership and states its value with nothing else in the way.
    expect(top("what is the value of the partnership?")).toBe("This partnership is valued at $38 billion.");
  });

  it("ranks the seven-year cloud services agreement first for how long the agreement lasts", () => {
    // The only sentence pairing the agreement with a duration.
    expect(top("how long does the cloud services agreement last?")).toContain(
      "seven-year, $38 billion cloud services agreement",
    );
  });

  it("ranks the fully operational milestone first for when all capacity is operational", () => {
    // It holds every subject word (capacity, fully, operational) and a completion date.
    expect(top("when will all capacity be fully operational?")).toBe(
      "All planned capacity is targeted to be fully operational before the end of 2026.",
    );
  });

  it("ranks the 5% jump in Amazon shares first for how much they rose", () => {
    // The sentence says Amazon shares jumped, with the percentage.
    expect(top("by how much did Amazon shares jump?")).toContain("Amazon shares jumped 5%");
  });

  it("ranks the sentence naming AWS's CEO first for who its chief executive is", () => {
    // "chief executive" folds into CEO; the sentence names a person right after the title.
    expect(top("who is the chief executive of AWS?")).toContain("AWS CEO Matt Garman");
  });

  it("ranks Altman's plan with 30 gigawatts first for how many gigawatts he plans", () => {
    // It holds the counted noun, Altman and his plans; the other source's sentence only says "He".
    expect(top("how many gigawatts of computing does Altman plan?")).toContain(
      "Sam Altman has outlined plans to spend about $1.4 trillion on developing 30 gigawatts",
    );
  });

  it("ranks the IPO valuation first for what an IPO could value OpenAI at", () => {
    // "initial public offering" folds into ipo; "value it at as much as $1 trillion" is the amount.
    expect(top("what could an IPO value OpenAI at?")).toContain(
      "initial public offering that could value it",
    );
  });

  it("ranks the tens of millions of CPUs first for how many CPUs", () => {
    // The only count whose counted noun is CPUs.
    expect(top("how many CPUs?")).toContain("“tens of millions of CPUs.”");
  });

  it("ranks Microsoft remaining the largest investor first for who OpenAI's largest investor is", () => {
    // It holds all three subject words and names one company besides OpenAI.
    expect(top("who is OpenAI's largest investor?")).toBe(
      "However, Microsoft remains OpenAI's largest investor.",
    );
  });

  it("ranks the restructuring's own label first for what happened with it", () => {
    // A list item opening on the subject and saying what happened to it.
    expect(top("what happened with the restructuring?")).toContain(
      "OpenAI successfully completed a corporate restructuring",
    );
  });

  it("ranks the ripples of the deal across India first for what it means for India", () => {
    // It names the deal and India in one statement; the India heading's other sentences lack "deal".
    expect(top("what does the deal mean for India?")).toBe(
      "The ripples of this deal will be felt strongly across India's thriving tech ecosystem.",
    );
  });
});

describe("rankCandidates", () => {
  const corpus = ranker([
    article(
      "one",
      [
        "Deal value",
        "So what is the deal worth to the firms, and to their rivals? The deal is valued at $38 billion.",
        "The deal was signed on a Monday in autumn with some fanfare.",
        "Analysts praised the computing capacity on offer.",
      ].join("\n"),
    ),
    article(
      "two",
      "The agreement carries a $38 billion price tag.\nIt took months of talks between the firms.",
    ),
  ]);

  it("never offers a heading as a candidate", () => {
    const { ranked } = corpus.rank("deal value");
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.every((c) => c.ip.passage.kind !== "heading")).toBe(true);
  });

  it("ranks a sentence that asks below one that states", () => {
    const texts = corpus.rank("what is the deal worth?").ranked.map((c) => c.ip.passage.text);
    const asks = texts.findIndex((t) => t.startsWith("So what is the deal worth"));
    expect(asks).toBeGreaterThanOrEqual(0);
    expect(texts.indexOf("The deal is valued at $38 billion.")).toBeLessThan(asks);
  });

  it("prefers the word the question used over a synonym of it", () => {
    // Both sentences hold a value term and $38 billion; only one says "deal".
    const { good } = corpus.rank("how much is the deal worth?");
    expect(good[0]?.ip.passage.text).toBe("The deal is valued at $38 billion.");
    expect(good.map((c) => c.ip.article.meta.id)).toContain("two");
  });

  it("gives full coverage to a passage holding every subject term and less to one holding few", () => {
    const { ranked } = corpus.rank("when was the deal signed?");
    const signed = ranked.find((c) => c.ip.passage.text.startsWith("The deal was signed"));
    const valued = ranked.find((c) => c.ip.passage.text.startsWith("The deal is valued"));
    expect(signed?.coverage).toBe(1);
    expect(valued!.coverage).toBeLessThan(signed!.coverage);
  });

  it("leaves out passages without a value of the asked type", () => {
    // "signed on a Monday in autumn" is about signing but holds no date the engine can state.
    const { ranked, good } = corpus.rank("when was the deal signed?");
    expect(ranked.some((c) => c.ip.passage.text.startsWith("The deal was signed"))).toBe(true);
    expect(good).toEqual([]);
  });

  it("leaves out passages that hold too little of the subject", () => {
    const { good } = corpus.rank(
      "how much computing capacity did analysts praise in the deal with the firms?",
    );
    expect(good).toEqual([]);
  });
});

describe("rankCandidates: names of several words", () => {
  // Meta's 2025 investment in Scale AI: the later sentences name the company by its first word only.
  const { rank } = ranker([
    article(
      "scale",
      [
        "Meta Platforms is taking a 49% stake in Scale AI, the data-labelling start-up.",
        "The investment values Scale at more than $29 billion, according to people familiar with it.",
        "Its founder will join Meta to work on superintelligence.",
      ].join("\n"),
    ),
    article("other", "Scale AI, founded in 2016, labels data for AI labs and defence agencies."),
  ]);

  it("counts a sentence naming 'Scale' as naming 'Scale AI'", () => {
    // The sentence names the company by one word of its name; the other word is not missing.
    const { good } = rank("what is Scale AI valued at?");
    expect(good[0]?.ip.passage.text).toContain("values Scale at more than $29 billion");
    expect(good[0]?.coverage).toBe(1);
  });
});

describe("rankCandidates: a main actor the sentence leaves implied", () => {
  // A robotics round and a distiller's sale: later sentences say "the company".
  const articles = [
    article(
      "robots",
      [
        "Quanta Robotics raised $400 million from investors in Ohio and Texas.",
        "The company now operates three factories in Ohio and employs 1,200 people.",
      ].join("\n"),
    ),
    article(
      "spirits",
      [
        "Corvell agreed to buy Stanmore Spirits for $1.2 billion.",
        "Stanmore owns three distilleries in Scotland.",
      ].join("\n"),
    ),
  ];
  // Both companies are main actors of their stories; Ohio, named as often, is a place.
  const select = {
    ...PLAIN_SELECT,
    ubiquitous: new Set(["quanta", "quanta robotics", "corvell", "stanmore", "ohio"]),
  };
  const { rank } = ranker(articles, select);

  it("answers from a sentence saying 'the company' for a question naming the main actor", () => {
    const { good } = rank("how many factories does Quanta have?");
    expect(good[0]?.values[0]?.text).toBe("three factories");
    expect(good[0]?.coverage).toBe(1);
  });

  it("does not answer for one main actor from a sentence naming another", () => {
    expect(rank("how many distilleries does Corvell own?").good).toEqual([]);
  });

  it("answers for two main actors asked together from a sentence naming one and a pronoun for the other", () => {
    // A third deal: a bank's takeover with a break fee. "it" is Lindqvist; Ferro, named, is asked too.
    const fee = ranker(
      [
        article(
          "bank",
          [
            "Ferro Bank agreed to buy Lindqvist Savings for $900 million.",
            "If it walks away for a rival bid, it would owe Ferro a break fee of $30 million.",
            "Ferro holds a 4% stake in Baltic Card.",
          ].join("\n"),
        ),
      ],
      { ...PLAIN_SELECT, ubiquitous: new Set(["ferro", "ferro bank", "lindqvist", "lindqvist savings"]) },
    ).rank;
    expect(fee("what would Lindqvist owe Ferro for a rival bid?").good[0]?.values[0]?.text).toBe(
      "$30 million",
    );
    // With no pronoun for it, a sentence naming only the other actor is not about the asked one.
    expect(fee("what stake does Lindqvist hold in Ferro?").good).toEqual([]);
  });
});

describe("rankCandidates: a quantity its value names", () => {
  it("ranks the asked company's share move above another's stock move the sentence before it names", () => {
    // A paper mill's takeover and a ferry sale: "shares jumped 18%" is Pellam's stock reacting, though the
    // sentence never says "stock"; Arbor's "stock fell" names the word but is another company's move.
    const { rank } = ranker([
      article(
        "mill",
        [
          "Arbor Paper agreed to buy Pellam Mills for $640 million in stock.",
          "Arbor stock fell 3% on the day.",
          "Pellam shares jumped 18% to $12.40 in Toronto.",
        ].join("\n"),
      ),
      article("ferry", "Stena Nord sold its Baltic ferry routes to Kalla Lines; Kalla stock rose 2%."),
    ]);
    expect(rank("how did Pellam's stock react to the news?").good[0]?.ip.passage.text).toContain(
      "Pellam shares jumped 18%",
    );
  });
});

describe("eligible: a role asked for", () => {
  // Three deals whose articles name a finance chief and a chief executive.
  const { rank } = ranker([
    article(
      "spirits",
      [
        "Corvell agreed to buy Stanmore Spirits for $1.2 billion in cash.",
        "Corvell's finance chief, Anil Mehta, said the deal would be financed with cash and new debt.",
      ].join("\n"),
    ),
    article(
      "battery",
      [
        "Veltron Energy will invest $5 billion in two battery plants.",
        "The company's chief financial officer, Sara Lind, said the plants would be funded from reserves.",
        "Veltron chief executive Hiro Tanaka called the plants a foothold in the US market.",
      ].join("\n"),
    ),
  ]);
  const people = (q: string) => rank(q).good.map((c) => c.values[0]?.text);

  it("answers a CEO question only from a sentence naming the chief executive, not a finance chief", () => {
    // Both Corvell sentences name the company; only a chief executive's title answers, and none is given.
    expect(people("who is the CEO of Corvell?")).toEqual([]);
    expect(people("who is Veltron's CEO?")).toEqual(["Hiro Tanaka"]);
  });

  it("answers who a company's boss is from any head's title, never from another chief officer's", () => {
    // "boss" is no title: a managing director or president heads a company as a chief executive does.
    const { rank: rankHeads } = ranker([
      article(
        "copper",
        [
          "Marrak Minerals Managing Director Tessa Quinn said the smelter sale would cut debt.",
          "Marrak's chief financial officer, Omar Reyes, said the proceeds would arrive in March.",
        ].join("\n"),
      ),
      article("ferry", "Harlow Lines President Ines Duarte signed the ferry contract in Lisbon."),
    ]);
    const heads = (q: string) => rankHeads(q).good.map((c) => c.values[0]?.text);
    expect(heads("who's Marrak's boss?")).toEqual(["Tessa Quinn"]);
    expect(heads("who is the boss of Harlow Lines?")).toEqual(["Ines Duarte"]);
    // Written as a title, the title must stand.
    expect(heads("who is Marrak's CEO?")).toEqual([]);
  });

  it("answers a CFO question from 'finance chief' and 'chief financial officer' alike", () => {
    expect(people("who is Corvell's CFO?")).toEqual(["Anil Mehta"]);
    expect(people("who is the chief financial officer?").sort()).toEqual(["Anil Mehta", "Sara Lind"]);
  });
});

describe("rankCandidates: yes/no questions", () => {
  /** Ranks as the engine does, with the question's clause read through WordNet. */
  function rankYesNo(articles: Parameters<typeof ranker>[0], question: string) {
    const { analysis } = ranker(articles).rank(question);
    const clause = yesNoClause(analysis.text, (w) => sharedWordNet().partsOfSpeech(w));
    return ranker(articles).rank(question, { clause });
  }

  it("ranks the sentence where the asked subject does the asked thing above one where another does", () => {
    // Twitter, 2022: the board's vote shares every word with the question, but the shareholders' vote answers it.
    const { good } = rankYesNo(
      [
        article("a", "Twitter's board voted unanimously to recommend the merger to shareholders."),
        article("b", "Twitter shareholders will vote on the deal at a special meeting on September 13."),
      ],
      "will Twitter shareholders vote on the merger?",
    );
    expect(good[0]?.ip.passage.text).toContain("Twitter shareholders will vote");
  });

  it("ranks a sentence stating a comparison first for a yes/no question asking one", () => {
    // Google and Wiz, 2024–2025: both sentences hold every word of the question; only one compares.
    const { good } = rankYesNo(
      [
        article("a", "Google is paying in cash for Wiz, which it first offered to buy in 2024."),
        article("c", "Google is paying 39% more than the $23 billion it offered Wiz in 2024."),
      ],
      "is Google paying more for Wiz than it offered in 2024?",
    );
    expect(good[0]?.ip.passage.text).toContain("39% more than");
  });

  it("answers whether a named company did something only from a sentence naming it", () => {
    // Arm's 2023 listing: the sentence naming other backers says nothing of whether SoftBank sold.
    const { good } = rankYesNo(
      [
        article("a", "Apple, Nvidia and Samsung bought shares in the listing as anchor investors."),
        article("b", "SoftBank did not sell any shares in the listing, keeping about 90% of Arm."),
      ],
      "did SoftBank buy shares in the listing?",
    );
    expect(good.map((c) => c.ip.passage.text)).toEqual([
      "SoftBank did not sell any shares in the listing, keeping about 90% of Arm.",
    ]);
  });

  it("takes the story's main actor as implied in a yes/no question, but not another name", () => {
    // Arm's listing again: SoftBank and Arm stand in most articles; "its largest holder" is SoftBank.
    const articles = [
      article("a", "Arm's largest holder did not sell any shares in the listing, people said."),
      article("b", "SoftBank owns about 90% of Arm after the listing."),
      article("c", "SoftBank took Arm private in 2016."),
    ];
    const select = { ubiquitous: new Set(["softbank", "arm"]), isCommonWord: () => false };
    const { analysis } = ranker(articles, select).rank("did SoftBank sell shares in the listing?");
    const clause = yesNoClause(analysis.text, (w) => sharedWordNet().partsOfSpeech(w));
    expect(
      ranker(articles, select).rank("did SoftBank sell shares in the listing?", { clause }).good,
    ).toHaveLength(1);
    expect(ranker(articles, select).rank("did Nvidia sell shares in the listing?", { clause }).good).toEqual(
      [],
    );
  });

  it("offers no sentence that compares nothing for a question asking a comparison", () => {
    // Databricks, 2024: the sentence shares the question's words but compares it with no one.
    const { good } = rankYesNo(
      [article("a", "Databricks says its valuable data tools serve thousands of data companies.")],
      "is Databricks anywhere near as valuable as the data companies?",
    );
    expect(good).toEqual([]);
  });
});

describe("needsValue", () => {
  it("asks for a value for typed questions only, never for yes/no ones", () => {
    expect(needsValue(analyzeQuestion("how much is it worth?"))).toBe(true);
    expect(needsValue(analyzeQuestion("what does it mean for India?"))).toBe(false);
    expect(needsValue(analyzeQuestion("is OpenAI expected to IPO?"))).toBe(false);
  });
});

describe("eligible: whose figure a sentence gives", () => {
  // A drug licence and a port concession, each story's main actors named in most of its articles.
  const { rank } = ranker(
    [
      article(
        "licence",
        [
          "Ostrel licensed the pill VX-88 from Danmark Bio on Monday.",
          "Lumivex, its older injectable, has a patent that expires in 2031.",
        ].join("\n"),
      ),
      article(
        "port",
        [
          "Harrowgate Ports took over the Tamsin terminal in March.",
          "The concession runs until 2049, the ministry said.",
        ].join("\n"),
      ),
    ],
    { ...PLAIN_SELECT, ubiquitous: new Set(["ostrel", "vx-88", "harrowgate"]) },
  );
  const dates = (q: string) => rank(q).good.map((c) => c.values[0]?.text);

  it("takes no date of a sentence opening with another name as a main actor's left unnamed", () => {
    expect(dates("when does the patent on VX-88 expire?")).not.toContain("in 2031");
  });

  it("still reads a sentence naming nobody as the main actor's", () => {
    expect(dates("when does Harrowgate's concession run until?")).toEqual(["until 2049"]);
  });
});

describe("rankCandidates: a rate its amount states", () => {
  it("counts the words asking a rate as said by an amount at that rate", () => {
    // A port concession and a hospital lease: "€12 million a year" says "every year" in its own words.
    const { rank } = ranker([
      article(
        "port",
        [
          "Kalmar Terminals will pay the port authority €12 million a year under the new concession.",
          "The port authority said the concession runs for 30 years.",
        ].join("\n"),
      ),
      article("lease", "The hospital group leases its Ostend wing for €3 million, a spokesman said."),
    ]);
    const { good } = rank("how much will Kalmar Terminals pay the port authority every year?");
    expect(good[0]?.values[0]?.text).toBe("€12 million");
    expect(good[0]?.coverage).toBe(1);
  });
});

describe("rankCandidates: a word written in the asked word's place", () => {
  it("covers the asked word by one beside the same neighbour whose definition names it", () => {
    // A shipyard's state aid and a merger's exclusivity: "government loan" said as "federal loan", "window"
    // as "period".
    const { rank } = ranker([
      article(
        "yard",
        [
          "The shipyard won a $400 million federal loan for the new dry dock.",
          "Its owners hold a 30-day exclusivity period with the buyer.",
        ].join("\n"),
      ),
    ]);
    expect(rank("how big is the government loan for the dry dock?").good[0]?.values[0]?.text).toBe(
      "$400 million",
    );
    expect(rank("how long is the exclusivity window?").good[0]?.values[0]?.text).toBe("30-day");
  });
});

describe("rankCandidates: a definite noun phrase pointing back", () => {
  it("counts the words of the earlier sentence of its paragraph that the phrase's noun points to", () => {
    // A mine's water permit, a takeover defence and an aircraft order: the subject named two sentences back.
    const { rank } = ranker([
      article(
        "mine",
        "Brisel Mining won a water licence for its Tarn Creek copper mine. Farmers downstream had fought it in court. The licence runs 25 years.",
      ),
      article(
        "pill",
        "Harnet's board adopted a poison pill, a shareholder rights plan against creeping control. Index funds may own up to 15%. The plan lasts two years.",
      ),
      article(
        "jets",
        "Varrick Air agreed a maintenance package with Selden Aero for its regional jets. Selden will service engines at two hangars. The package runs eight years.",
      ),
    ]);
    expect(rank("how long is Brisel's water licence?").good[0]?.values[0]?.text).toBe("25 years");
    expect(rank("how long does Harnet's poison pill last?").good[0]?.values[0]?.text).toBe("two years");
    expect(rank("how long is Varrick's maintenance package with Selden?").good[0]?.values[0]?.text).toBe(
      "eight years",
    );
  });

  it("counts nothing from another paragraph or from a sentence not naming the phrase's noun", () => {
    const { rank } = ranker([
      article("mill", "Corvale Paper sold its pulp mill to a pension fund.\nThe agreement runs 20 years."),
    ]);
    expect(rank("how long does the pulp mill sale agreement run?").good).toHaveLength(0);
  });
});
