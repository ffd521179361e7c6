import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze-question.js";
import { type IndexedPassage, indexArticle } from "../../src/answer/indexed-passage.js";
import {
  answerKey,
  answerText,
  isListType,
  locatedCount,
  modifiedCount,
  otherRoleNamed,
  selectValues,
} from "../../src/answer/select-values.js";
import { article, PLAIN_SELECT, passageWith } from "./support.js";

const passages = indexArticle(
  article(
    "a",
    [
      "OpenAI will start using AWS immediately, with all planned capacity coming online by the end of 2026.",
      "OpenAI gets “hundreds of thousands” of NVIDIA GPUs, 500 GPUs for tests and tens of millions of CPUs.",
      "AWS CEO Matt Garman welcomed the deal.",
      "It joins smaller agreements already in place with Google Cloud and Oracle.",
      "Amazon will deploy the NVIDIA GPU fleet with GB200 and GB300 accelerators.",
      "Hyperscalers compete, and AI demand keeps growing.",
      "The deal is valued at $38 billion, up from $30 billion.",
      "OpenAI signed a deal with Amazon Web Services (AWS) and Indian partners.",
    ].join("\n"),
  ),
);
const at = (fragment: string) => passageWith(passages, fragment);
/** One invented article of these sentences, indexed. */
const indexed = (id: string, sentences: readonly string[]) => indexArticle(article(id, sentences.join("\n")));
/** The values the passage of `passages` holding `fragment` gives for a question. */
const valuesIn = (passages: readonly IndexedPassage[], fragment: string, q: string) =>
  selectValues(passageWith(passages, fragment), analyzeQuestion(q), PLAIN_SELECT).map((v) => v.text);
const pick = (question: string, fragment: string, options = PLAIN_SELECT) =>
  selectValues(at(fragment), analyzeQuestion(question), options).map((v) => v.text);

describe("selectValues", () => {
  it("returns the amounts of money for a money question, in order", () => {
    // "up from $30 billion" is the earlier figure: it answers only a question about the earlier one.
    expect(pick("how much is the deal worth?", "valued at")).toEqual(["$38 billion"]);
    expect(pick("what was the previous value of the deal?", "valued at")).toEqual(["$30 billion"]);
  });

  it("answers a rate only where one is asked, and a total before a rate where none is", () => {
    const deals = indexed("rates", [
      "Marlow Sport will pay $2.4 billion over the term, or about $5.2 million per regular-season match.",
      "Ostrava Steel is committing to pay $900 million a year from 2029 and is paying $400 million up front.",
      "People close to the talks say Penrose offered about $610 million a season.",
    ]);
    expect(valuesIn(deals, "Marlow", "how much is Marlow Sport paying per match?")).toEqual(["$5.2 million"]);
    expect(valuesIn(deals, "Marlow", "how much is Marlow Sport paying?")[0]).toBe("$2.4 billion");
    expect(valuesIn(deals, "Ostrava", "how much is Ostrava Steel paying up front?")[0]).toBe("$400 million");
    // Told only as a rate, the rate still answers.
    expect(valuesIn(deals, "Penrose", "how much did Penrose offer?")).toEqual(["$610 million"]);
  });

  it("answers a step of a rising schedule where the question names its qualifier", () => {
    const deals = indexed("steps", [
      "Charter fees for the Orkney ferries climb from about $40 million in the opening year to about $65 million in the last.",
      "Quillan's licence payments rise from $12 million in the first year to $30 million in the fifth.",
    ]);
    expect(valuesIn(deals, "Orkney", "how much are the Orkney ferry fees in the opening year?")[0]).toBe(
      "$40 million",
    );
    expect(valuesIn(deals, "Quillan", "how much does Quillan pay in the first year?")[0]).toBe("$12 million");
    // Asked no step, the figure reached answers.
    expect(valuesIn(deals, "Quillan", "how much are Quillan's licence payments?")).toEqual(["$30 million"]);
  });

  it("takes no figure the question itself writes: it is what the question asks about", () => {
    // A minority holder's stake in a gas field, and in a port.
    const deals = indexed("own", [
      "The other 25% of the Kerrow field is held by Ibaraki Gas, which is not selling.",
      "Halden Port's remaining 30% belongs to the city of Brask.",
    ]);
    expect(valuesIn(deals, "Kerrow", "how much did Ibaraki Gas pay for its 25%?")).toEqual([]);
    expect(valuesIn(deals, "Halden", "what stake does Brask hold in Halden Port?")).toEqual(["30%"]);
  });

  it("counts the whole before a part or a kind the question does not name", () => {
    const deals = indexed("parts", [
      "Brantwood sold 14 million shares, and banks may buy 2.1 million additional shares within 30 days.",
    ]);
    expect(valuesIn(deals, "Brantwood", "how many shares did Brantwood sell?")[0]).toBe("14 million shares");
  });

  it("puts the completion date first when the question asks when something is fully done", () => {
    expect(pick("when will all capacity be fully operational?", "start using")[0]).toBe("by the end of 2026");
  });

  it("puts the start date first when the question asks when something begins", () => {
    expect(pick("when will OpenAI start using AWS?", "start using")[0]).toBe("immediately");
  });

  it("keeps only counts of the thing asked for, exact numbers before vague ones", () => {
    expect(pick("how many GPUs does OpenAI get?", "hundreds")).toEqual([
      "500 GPUs",
      "hundreds of thousands of NVIDIA GPUs",
    ]);
    expect(pick("how many CPUs does OpenAI get?", "hundreds")).toEqual(["tens of millions of CPUs"]);
  });

  it("answers who runs a company with the person, not a name the question already uses", () => {
    expect(pick("who is the CEO of AWS?", "Garman")).toEqual(["Matt Garman"]);
    expect(pick("who is CEO Matt Garman?", "Garman")).toEqual([]);
  });

  it("drops an acronym beside its spelled-out name, and nationality words", () => {
    expect(pick("which companies signed?", "Indian partners")).toEqual(["OpenAI", "Amazon Web Services"]);
  });

  it("answers which companies with the names in the sentence", () => {
    expect(pick("which companies have agreements with OpenAI?", "smaller agreements")).toEqual([
      "Google Cloud",
      "Oracle",
    ]);
  });

  it("leaves out names the question itself uses and generic capitalised words", () => {
    // NVIDIA is in the question; "GPU" is a common noun, so "NVIDIA GPU" does not stand as a name either.
    // A sentence naming no chips binds no name to them.
    expect(pick("which NVIDIA chips will Amazon deploy?", "GB200")).toEqual(["GB200", "GB300"]);
    expect(pick("which chips?", "AI demand")).toEqual([]);
  });

  it("drops a capitalised common word that only opens the sentence", () => {
    const options = { ...PLAIN_SELECT, isCommonWord: (w: string) => w === "hyperscalers" };
    expect(pick("which companies compete?", "AI demand")).toEqual(["Hyperscalers"]);
    expect(pick("which companies compete?", "AI demand", options)).toEqual([]);
  });

  it("keeps the story's main actors for who-questions and drops them for which-things", () => {
    const options = { ...PLAIN_SELECT, ubiquitous: new Set(["amazon", "oracle"]) };
    expect(pick("which companies deploy chips?", "GB200", options)).toContain("Amazon");
    expect(pick("which chips does AWS deploy?", "GB200", options)).not.toContain("Amazon");
    // "Which other providers" are the others most articles list too: only the headline's parties are left out.
    expect(pick("which other providers does OpenAI use?", "smaller agreements", options)).toEqual([
      "Google Cloud",
      "Oracle",
    ]);
  });

  it("returns nothing for questions that ask for no value", () => {
    expect(pick("what does the deal mean for India?", "valued at")).toEqual([]);
  });
});

describe("selectValues: who does what the question asks", () => {
  // Sentences from three deals: a funding round, an acquisition and a chip contract.
  const deals = indexArticle(
    article(
      "deals",
      [
        "Quanta Robotics has raised $400 million in a Series C round led by Pinecrest Capital and Harlow Ventures.",
        "Pinecrest Capital led the round, with participation from Harlow Ventures.",
        "Existing investors Tidewater Partners and Blue Mesa Fund also took part.",
        "Corvell will buy Stanmore Spirits, beating a rival approach from Brightwater.",
        "Nimbus Cloud said on Tuesday that chips will be supplied by Arcadia Semiconductor and Orion Labs.",
        "Pinecrest partner Omar Reyes will join the board, the company said.",
      ].join("\n"),
    ),
  );
  const names = (question: string, fragment: string) =>
    selectValues(passageWith(deals, fragment), analyzeQuestion(question), {
      ...PLAIN_SELECT,
      onlyDescribes: (w) => w === "existing",
    }).map((v) => v.text);

  it("names the doers after a passive verb, not the company raising or the round's series", () => {
    expect(names("who led the round?", "Series C")).toEqual(["Pinecrest Capital", "Harlow Ventures"]);
    expect(names("who will supply the chips?", "supplied by")).toEqual([
      "Arcadia Semiconductor",
      "Orion Labs",
    ]);
  });

  it("answers with the name a possessor owns, not the possessor ('Halden's venture arm Halcyon')", () => {
    // A biotech round and a battery maker's round, their co-investors named in every article.
    const rounds = indexed("co", [
      "Brightline's venture arm BLV, Moraine Partners and Halden's Halcyon Fund also took part.",
      "Sable Growth and Corvid Energy's investment unit CEV joined the round as well.",
    ]);
    const options = {
      ...PLAIN_SELECT,
      ubiquitous: new Set(["blv", "moraine partners", "halcyon fund", "cev"]),
    };
    const other = (fragment: string, q: string) =>
      selectValues(passageWith(rounds, fragment), analyzeQuestion(q), options).map((v) => v.text);
    expect(other("also took part", "which other investors took part?")).toEqual([
      "BLV",
      "Moraine Partners",
      "Halcyon Fund",
    ]);
    expect(other("as well", "who else joined the round?")).toEqual(["Sable Growth", "CEV"]);
  });

  it("names the doer before an active verb, not a name in another phrase of the sentence", () => {
    expect(names("who led the round?", "with participation")).toEqual(["Pinecrest Capital"]);
    expect(names("who is buying Stanmore?", "rival approach")).toEqual(["Corvell"]);
    expect(names("who will join the board?", "join the board")).toEqual(["Omar Reyes"]);
  });

  it("keeps every name where the sentence does not use the asked verb, less days and describing words", () => {
    expect(names("who else invested?", "Existing investors")).toEqual([
      "Tidewater Partners",
      "Blue Mesa Fund",
    ]);
    expect(names("who else bid?", "rival approach")).toEqual(["Corvell", "Stanmore Spirits", "Brightwater"]);
    expect(names("which companies make chips?", "on Tuesday")).not.toContain("Tuesday");
  });

  it("names the doer for the asked party, not one doing the verb for another party the sentence names", () => {
    // Three more invented deals: a grocer's advisers, a ferry sale's lawyers, a robotics round.
    const advisers = indexed("advisers", [
      "Halvard Bank is Ostrava's financial adviser, and Pemberton Partners is advising Kessel.",
      "Marlow Finch is acting as legal adviser to Calder, while Quorvex Legal is advising Fenmart.",
      "Pinecrest Capital led Talvik's round.",
    ]);
    const who = (q: string, fragment: string) => valuesIn(advisers, fragment, q);
    expect(who("who advised Kessel?", "Halvard")).toEqual(["Pemberton Partners"]);
    expect(who("who advised Ostrava?", "Halvard")).toEqual(["Halvard Bank"]);
    expect(who("who is advising Calder?", "Marlow Finch")).toEqual(["Marlow Finch"]);
    expect(who("who led Talvik's round?", "Pinecrest")).toEqual(["Pinecrest Capital"]);
    expect(who("who led Quanta's round?", "Pinecrest")).toEqual([]);
  });

  it("names no company a phrase mentions only to describe a doer", () => {
    const founders = indexed("founders", [
      "Raman, a former Vantor researcher, co-founded Orrery in 2021 with chemist Tomasz Wierzbicki.",
    ]);
    expect(valuesIn(founders, "Raman", "who founded Orrery?")).toEqual(["Raman", "Tomasz Wierzbicki"]);
  });
});

describe("selectValues: what a deal is worth", () => {
  // A funding round, a cloud pact and an acquisition.
  const sentences = indexArticle(
    article(
      "worth",
      [
        "The funding gives Quanta a valuation of $2.4 billion.",
        "Quanta raised $400 million in the round.",
        "The partnership is valued at $12 billion.",
        "Corvell will pay $1.2 billion, valuing Stanmore at 20 times earnings.",
        "It is valued at $5 billion, the chipmaker said.",
      ].join("\n"),
    ),
  );
  const worth = (fragment: string) =>
    selectValues(
      passageWith(sentences, fragment),
      analyzeQuestion("how much is the deal worth?"),
      PLAIN_SELECT,
    ).map((v) => v.text);

  it("takes no company's valuation in a funding round for a deal's worth, but a deal valued at its price", () => {
    expect(worth("a valuation of")).toEqual([]);
    expect(worth("It is valued")).toEqual(["$5 billion"]);
    expect(worth("raised $400 million")).toEqual(["$400 million"]);
    expect(worth("partnership is valued")).toEqual(["$12 billion"]);
    expect(worth("Corvell will pay")).toEqual(["$1.2 billion"]);
  });
});

describe("selectValues: what a company is worth", () => {
  // A cloud commitment, an acquisition, a data-centre lease and a funding round.
  const sentences = indexed("company-worth", [
    "Halvern commits $9 billion to Orsolo's data centres over six years.",
    "Brimley will pay $2.4 billion for Tessaly Outfitters.",
    "Veltro expects its cloud sales to grow.",
    "Sundale is valued at about $11 billion.",
    "The round values Orsolo at $3.1 billion.",
    "Veltro signed a lease worth $4.6 billion.",
  ]);
  const worth = (question: string, fragment: string) => valuesIn(sentences, fragment, question);

  it("answers a company's worth only by a valuation of it, not a deal's price beside its name", () => {
    expect(worth("what is Orsolo valued at?", "commits")).toEqual([]);
    expect(worth("how much is Tessaly worth?", "Brimley will pay")).toEqual([]);
    expect(worth("what is Orsolo valued at?", "round values")).toEqual(["$3.1 billion"]);
    // A deal's worth is still its price.
    expect(worth("what is the Veltro lease valued at?", "lease worth")).toEqual(["$4.6 billion"]);
  });

  it("takes no valuation of the party a sentence opens with for another the sentence before named", () => {
    expect(worth("what is Veltro valued at?", "Sundale is valued")).toEqual([]);
    expect(worth("what is Sundale valued at?", "Sundale is valued")).toEqual(["$11 billion"]);
  });
});

describe("selectValues: places", () => {
  // Sentences from a battery-plant investment, an acquisition, a funding round and a chip-plant deal.
  const sites = indexArticle(
    article(
      "sites",
      [
        "Veltron Energy will invest $5 billion to build two battery plants in Georgia and North Carolina.",
        "Stanmore owns three distilleries in Scotland and a bottling plant in Kentucky.",
        "The company, founded in 2019 in Columbus, Ohio, said on Monday it had raised $400 million.",
        "Arcadia will equip a new fab in Veldhoven with tools from Lumen Optics, chief executive Dana Holt said.",
        "The port operator will build a new container terminal on the east side of Harwich, it said.",
      ].join("\n"),
    ),
  );
  const where = (question: string, fragment: string) =>
    selectValues(passageWith(sites, fragment), analyzeQuestion(question), PLAIN_SELECT).map((v) => v.text);

  it("answers where with the places the sentence names, not the company or a day", () => {
    expect(where("where will the plants be built?", "battery plants")).toEqual(["Georgia", "North Carolina"]);
    // The bottling plant, not the distilleries, is in Kentucky.
    expect(where("where are the distilleries?", "distilleries")).toEqual(["Scotland"]);
  });

  it("reads a city before its region as one place", () => {
    expect(where("where was the company founded?", "Columbus")).toEqual(["Columbus, Ohio"]);
  });

  it("takes a name after 'in' for a place the lexicon does not know, but never a person", () => {
    expect(where("where is the new fab?", "Veldhoven")).toEqual(["Veldhoven"]);
    expect(where("where is the container terminal going?", "Harwich")).toEqual(["Harwich"]);
  });

  it("answers with the place beside the subject, not one where something else happens", () => {
    // A smelter announced while the buyer's shares fell on its home exchange.
    const news = indexArticle(
      article(
        "smelter",
        "Aurum Metals' plan to build a smelter in Chile sent its shares down 3% in Toronto on Monday.",
      ),
    );
    const ask = analyzeQuestion("where will the smelter be built?");
    expect(selectValues(news[0]!, ask, PLAIN_SELECT).map((v) => v.text)).toEqual(["Chile"]);
  });

  it("leaves out a place the question names", () => {
    expect(where("where in Georgia will the plants be?", "battery plants")).toEqual(["North Carolina"]);
  });
});

describe("selectValues: percentages of one quantity", () => {
  // Arm's 2023 listing: one sentence holds a stake and a share-price move.
  const arm = indexArticle(
    article("arm", "SoftBank keeps a 90% stake in Arm, whose shares rose 25% on the day."),
  );
  const ask = (question: string) =>
    selectValues(arm[0]!, analyzeQuestion(question), PLAIN_SELECT).map((v) => v.text);

  it("answers a stake question with the stake, never with the stock's move", () => {
    expect(ask("what stake does SoftBank keep in Arm?")).toEqual(["90%"]);
  });

  it("answers a move with the move", () => {
    expect(ask("how much did Arm shares rise?")).toEqual(["25%"]);
  });
});

describe("answerText", () => {
  const v = (text: string) => ({ text, key: `name:${text}`, at: 0 });

  it("joins up to five names as a list", () => {
    expect(answerText("things", [v("GB200"), v("GB300")])).toBe("GB200 and GB300");
    expect(answerText("organization", ["A", "B", "C", "D", "E", "F"].map(v))).toBe("A, B, C, D and E");
  });

  it("quotes a remark and states a single value as written", () => {
    expect(answerText("quote", [v("scaling frontier AI requires massive, reliable compute")])).toBe(
      "“scaling frontier AI requires massive, reliable compute”",
    );
    expect(answerText("money", [v("$38 billion"), v("$3.8 billion")])).toBe("$38 billion");
  });

  it("is empty without values", () => {
    expect(answerText("money", [])).toBe("");
  });
});

describe("answerKey", () => {
  it("keys a date by value and milestone, so the same date for another milestone differs", () => {
    const start = { text: "by the end of 2026", key: "date:end 2026", at: 0, aspect: "start" as const };
    const complete = { ...start, aspect: "complete" as const };
    expect(answerKey("date", [start])).not.toBe(answerKey("date", [complete]));
    expect(answerKey("money", [{ text: "$38 billion", key: "money:usd:38000000000", at: 0 }])).toBe(
      "money:usd:38000000000",
    );
    expect(answerKey("money", [])).toBeUndefined();
  });

  it("treats organizations and things as lists", () => {
    expect(isListType("organization")).toBe(true);
    expect(isListType("things")).toBe(true);
    expect(isListType("money")).toBe(false);
  });
});

describe("selectValues: figures stated as facts, per share and by what they measure", () => {
  // Invented deals: a tender offer, a UK takeover, an aircraft order.
  const deals = indexArticle(
    article(
      "facts",
      [
        "Tolland's offer lapses unless it secures more than 90% of Marrow's shares.",
        "Tolland holds a 12% stake and has received acceptances for a further 34.5%.",
        "Osric's final offer of 450p per Carrowdale share values the company at £2.3bn.",
        "Corvell placed a firm order for 40 jets and took options on a further 25.",
      ].join("\n"),
    ),
  );
  const ask = (question: string, fragment: string) =>
    selectValues(passageWith(deals, fragment), analyzeQuestion(question), PLAIN_SELECT).map((v) => v.text);

  it("takes no figure of a condition for the state of things", () => {
    expect(ask("what share of Marrow has Tolland secured so far?", "lapses")).toEqual([]);
    expect(ask("what share of Marrow would Tolland need to secure?", "lapses")).toEqual(["90%"]);
  });

  it("takes a figure of a condition that the question names by its noun", () => {
    const pledge = indexArticle(
      article(
        "pledge",
        "The union will back the sale unless Garrow drops the pension top-up of $95 million it promised.",
      ),
    );
    const text = (q: string) =>
      selectValues(passageWith(pledge, "union"), analyzeQuestion(q), PLAIN_SELECT).map((v) => v.text);
    expect(text("how much is the pension top-up?")).toEqual(["$95 million"]);
  });

  it("relaxed, answers with an amount a share and a figure dated earlier; as asked, with neither", () => {
    const figures = indexArticle(
      article(
        "relaxed",
        [
          "Castra will keep Hollin's dividend of 14 pence a share until the deal closes.",
          "Pellinore made an operating profit of $190 million last year.",
          "Analysts had valued the ferry line at $1.4 billion before the bid.",
        ].join("\n"),
      ),
    );
    const text = (q: string, fragment: string, relaxed: boolean) => {
      const analysis = analyzeQuestion(q);
      return selectValues(
        passageWith(figures, fragment),
        relaxed ? { ...analysis, relaxed: true } : analysis,
        PLAIN_SELECT,
      ).map((v) => v.text);
    };
    expect(text("how much is the dividend?", "dividend", false)).toEqual([]);
    expect(text("how much is the dividend?", "dividend", true)).toEqual(["14 pence"]);
    expect(text("what is Pellinore's operating profit?", "Pellinore", false)).toEqual([]);
    expect(text("what is Pellinore's operating profit?", "Pellinore", true)).toEqual(["$190 million"]);
    // An earlier figure asked: a sentence placing its figure before the same event gives it, relaxed or not.
    expect(text("what was the ferry line worth before the bid?", "ferry", false)).toEqual(["$1.4 billion"]);
    expect(text("what was the ferry line worth before the merger?", "ferry", false)).toEqual([]);
  });

  it("picks the figure the question's noun attaches to over the one its name stands beside", () => {
    expect(ask("what level of acceptances has Tolland received?", "acceptances")[0]).toBe("34.5%");
    expect(ask("how big a stake does Tolland hold?", "acceptances")[0]).toBe("12%");
  });

  it("answers a bid with its price per share, and a valuation with the total", () => {
    expect(ask("what is Osric's final offer?", "Carrowdale")).toEqual(["450p", "£2.3bn"]);
    expect(ask("what is Osric offering per Carrowdale share?", "Carrowdale")).toEqual(["450p"]);
    expect(ask("what does the offer value Carrowdale at?", "Carrowdale")).toEqual(["£2.3bn"]);
  });
});

describe("selectValues: power at one of several sites", () => {
  // A wind-farm build-out: the unit stands in every figure; the site's name places one.
  const farms = indexArticle(
    article(
      "farms",
      [
        "The first 200 megawatts will come online in late 2027 at a plant off Esbjerg, Denmark, with the remaining capacity phased in through 2030 at sites in Tromso and Oulu.",
        "The Tromso site will provide 350 MW once finished.",
        "Sam Hale plans to spend about $2 billion on developing 4 gigawatts of offshore capacity.",
      ].join("\n"),
    ),
  );
  const ask = (question: string, fragment: string) =>
    selectValues(passageWith(farms, fragment), analyzeQuestion(question), PLAIN_SELECT).map((v) => v.text);

  it("takes no figure for a site named clauses away from it, though the figure holds the asked unit", () => {
    expect(ask("how many megawatts will the Tromso site have?", "first 200")).toEqual([]);
    expect(ask("how many megawatts will the Tromso site have?", "Tromso site")).toEqual(["350 MW"]);
  });

  it("takes the figure where the question's other words stand within reach of it", () => {
    expect(ask("how many gigawatts does Hale want?", "Hale")).toEqual(["4 gigawatts"]);
  });
});

describe("selectValues: ranges of amounts", () => {
  // Two invented listings and a bond sale, ranges written three ways.
  const listings = indexArticle(
    article(
      "ranges",
      [
        "Corbel first marketed its shares at $14 to $16 each, then lifted the range to $17 to $18.",
        "Tessaro set an initial range of €9.50–€11.00 and a revised range of €10.50–€11.50.",
        "The notes were offered at between $97 and $99 per $100 of face value.",
      ].join("\n"),
    ),
  );
  const ask = (question: string, fragment: string) =>
    selectValues(passageWith(listings, fragment), analyzeQuestion(question), PLAIN_SELECT).map((v) => v.text);

  it("answers a range question with both ends, the first or the later range as asked", () => {
    expect(ask("what was the original price range?", "Corbel")[0]).toBe("$14 to $16");
    expect(ask("what was the revised price range?", "Corbel")[0]).toBe("$17 to $18");
    expect(ask("what is the revised price range?", "Tessaro")[0]).toBe("€10.50–€11.50");
  });

  it("keys a range by both ends, so sources writing it differently agree", () => {
    const [range] = selectValues(
      passageWith(listings, "Tessaro"),
      analyzeQuestion("what was the initial price range?"),
      PLAIN_SELECT,
    );
    expect(range!.key).toBe("money:eur:9.5-11");
  });

  it("reads 'between X and Y' as a range, not two amounts joined by 'and' elsewhere", () => {
    expect(ask("what was the price range of the notes?", "notes")).toEqual(["$97 and $99"]);
  });
});

describe("selectValues: the value of the question's subject, in a sentence with several", () => {
  // Sentences from three invented deals: a battery-plant build, a pipeline joint venture, a port stake.
  const deals = indexArticle(
    article(
      "binding",
      [
        "Construction should begin in the third quarter of 2026, and cell production is planned to start in 2028.",
        "Harwick Midstream will own 55% of the pipeline through a joint venture, with Ostrava Gas and Lindqvist each taking 22.5%.",
        "Marlowe Ports will contribute equity, and the Nordic Infrastructure Fund is in talks to lend up to $800 million.",
        "The terminal will be 60% owned by Calder Logistics, with Marlowe Ports holding 40%.",
      ].join("\n"),
    ),
  );
  const ask = (question: string, fragment: string) =>
    selectValues(passageWith(deals, fragment), analyzeQuestion(question), PLAIN_SELECT).map((v) => v.text);

  it("picks of a series the value its asked ordinal stands beside, and one it qualifies", () => {
    // A turbine order, a rail fleet, a listing.
    const series = indexed("series", [
      "The first turbine is due to be installed in 2028 and the last in 2031, the operator said.",
      "Each locomotive will cost about €6 million, or €7 million once the €40 million of one-off tooling costs are shared.",
      "The shares opened at $14.20 and touched $15.05 in the first hour of trading.",
    ]);
    expect(valuesIn(series, "turbine", "when is the last turbine due?")[0]).toBe("in 2031");
    expect(valuesIn(series, "turbine", "when is the first turbine due?")[0]).toBe("in 2028");
    // "one-off" is not the "one" of "one locomotive".
    expect(valuesIn(series, "locomotive", "what does one locomotive cost?")[0]).toBe("€6 million");
    // "the first hour" is not "the first day".
    expect(valuesIn(series, "opened", "what was the opening price on the first day?")[0]).toBe("$14.20");
  });

  it("dates each event by the value in its own clause", () => {
    expect(ask("when will cell production begin?", "cell production")[0]).toBe("in 2028");
    expect(ask("when does construction start?", "cell production")[0]).toBe("in the third quarter of 2026");
  });

  it("gives a partner its own stake, not the majority owner's", () => {
    expect(ask("what stake does Ostrava Gas take?", "Harwick")).toEqual(["22.5%"]);
    expect(ask("what stake will Harwick Midstream own?", "Harwick")).toEqual(["55%"]);
    expect(ask("what stake does Marlowe Ports hold in the terminal?", "Calder")).toEqual(["40%"]);
  });

  it("finds no amount of a party when the sentence's amount is another party's", () => {
    expect(ask("how much is Marlowe Ports investing?", "Nordic")).toEqual([]);
  });
});

describe("selectValues: a figure of the asked whole, not of another noun beside it", () => {
  // Invented deals: a chip plant, a tower sale, a stake in a grocer, a fab's financing, a robotics round.
  const deals = indexed("wholes", [
    "Vantor says it will recycle at least 60% of the water it uses and build its own treatment plant.",
    "Vantor will own 60% of the plant through a joint venture with Halden.",
    "Orbis will sell 40% of its towers to Pinecrest and keep the fibre network.",
    "Calder already owns 9.8% of Fenmart, bought in the market in February.",
    "Calder will pay for its share of the investment from cash flow and a new €3 billion green bond program, its finance chief said.",
    "Quanta raised a $2 billion round led by Pinecrest Capital.",
    "Orbis will fund the plant from cash and a $5 billion bridge loan, having spent $1 billion on towers.",
    "Orbis will invest $4 billion in new towers.",
    "Calder confirmed a €10 billion investment in the fab.",
  ]);
  const pick = (fragment: string, q: string) => valuesIn(deals, fragment, q);

  it("takes no percentage of another whole the sentence tells apart from the asked one", () => {
    expect(pick("recycle", "how much of the plant will Vantor own?")).toEqual([]);
    expect(pick("own 60% of the plant", "how much of the plant will Vantor own?")).toEqual(["60%"]);
    expect(pick("towers", "what share of the network will Orbis sell?")).toEqual([]);
    expect(pick("towers", "what share of its towers will Orbis sell?")).toEqual(["40%"]);
  });

  it("keeps a percentage of a name, or where the sentence never names the asked whole", () => {
    expect(pick("Fenmart", "what percentage of the company does Calder own?")).toEqual(["9.8%"]);
    expect(pick("recycle", "what percentage of the water will Vantor recycle?")).toEqual(["60%"]);
  });

  it("takes no amount of another noun where the sentence holds the question's word apart from it", () => {
    expect(pick("green bond", "how much will Calder invest?")).toEqual([]);
    expect(pick("bridge loan", "how much will the plant cost Orbis?")).not.toContain("$5 billion");
  });

  it("keeps an amount the question's word governs or heads, or with no noun of its own", () => {
    expect(pick("Quanta", "how much did Quanta raise?")).toEqual(["$2 billion"]);
    expect(pick("€10 billion", "how much will Calder invest?")).toEqual(["€10 billion"]);
    expect(pick("new towers", "how much will Orbis invest?")).toEqual(["$4 billion"]);
    expect(pick("green bond", "how big is the green bond program?")).toEqual(["€3 billion"]);
  });
});

describe("selectValues: measured quantities", () => {
  // A refinery's throughput and a data centre's water, beside counts of other things.
  const plants = indexArticle(
    article(
      "measured",
      [
        "The refinery will process 120,000 barrels a day and employ 900 people.",
        "The campus's water use is expected to reach 4,000 cubic metres a day, across 12 buildings.",
      ].join("\n"),
    ),
  );
  const measured = (question: string, fragment: string) =>
    selectValues(
      passageWith(plants, fragment),
      { ...analyzeQuestion(question), answerType: "count" as const, measured: true },
      PLAIN_SELECT,
    ).map((v) => v.text);

  it("answers a measured quantity with an amount at a rate, not a count of other things", () => {
    expect(measured("what is the refinery's capacity?", "barrels")).toEqual(["120,000 barrels"]);
    expect(measured("how much water will the campus use?", "cubic")).toEqual(["4,000 cubic metres"]);
  });
});

describe("selectValues: milestones", () => {
  // A wind farm's and a brewery's timelines.
  const timelines = indexArticle(
    article(
      "milestones",
      [
        "The farm will power 400,000 homes once it is running at full output.",
        "The brewery will hire 200 people once the expansion is finished.",
      ].join("\n"),
    ),
  );
  const when = (question: string, fragment: string) =>
    selectValues(passageWith(timelines, fragment), analyzeQuestion(question), PLAIN_SELECT).map(
      (v) => v.text,
    );

  it("does not answer when an event happens with that same event", () => {
    expect(when("when will the farm be running at full output?", "400,000")).toEqual([]);
  });

  it("answers with a milestone that is another event", () => {
    expect(when("when will the brewery hire more people?", "brewery")).toEqual([
      "once the expansion is finished",
    ]);
  });
});

describe("selectValues binds names to the asked role", () => {
  // Three invented deals: a ferry takeover (a wire story), a drone-maker purchase, a compute contract.
  const ferry = indexArticle(
    article(
      "ferry",
      [
        "OSLO, March 3 (Reuters) - Fjordline agreed to buy Skagen Ferries for 9 billion crowns.",
        "Skagen's chair, Dame Ingrid Holt, said the board backed the offer.",
        "Skagen Ferries, which is based in Hirtshals, also runs terminals in Kiel and Gothenburg.",
        "The Bergen-based buyer said it would keep all routes.",
        "People familiar with the matter said a rival bidder had approached Skagen in May.",
        "The deal was first reported by Reuters.",
      ].join("\n"),
      { publisher: "Reuters", title: "Fjordline to buy Skagen Ferries" },
    ),
  );
  const drones = indexArticle(
    article(
      "drones",
      [
        "Marlow Robotics will keep buying gimbals from Tessel Optics, which already supplies Brightfin.",
        "Ostrava Capital, Brightfin's largest shareholder, said it would vote against the sale.",
      ].join("\n"),
      { title: "Marlow Robotics buys Brightfin" },
    ),
  );
  const compute = indexArticle(
    article(
      "compute",
      [
        "The lab will rent servers from Cirrus that run on Vantor's V3 accelerators.",
        "It will keep using Nimbus Cloud for inference, alongside Cirrus.",
      ].join("\n"),
      { title: "Lumen Labs signs compute deal with Cirrus" },
    ),
  );
  const inFerry = (q: string, fragment: string) =>
    selectValues(passageWith(ferry, fragment), analyzeQuestion(q), PLAIN_SELECT).map((v) => v.text);

  it("never answers with a dateline's place or agency, nor the article's publisher", () => {
    expect(inFerry("who is buying Skagen?", "OSLO")).toEqual(["Fjordline"]);
    expect(inFerry("who reported the deal?", "first reported")).toEqual([]);
  });

  it("answers who chairs a company with the person in apposition to the role", () => {
    expect(inFerry("who chairs Skagen?", "Skagen's chair")).toEqual(["Dame Ingrid Holt"]);
    // WordNet relates "chairman" to the "chair" the sentence writes (as the engine's related terms do).
    const chairman = {
      ...analyzeQuestion("who is Skagen's chairman?"),
      related: new Map([["chairman", ["chair"]]]),
    };
    expect(
      selectValues(passageWith(ferry, "Skagen's chair"), chairman, PLAIN_SELECT).map((v) => v.text),
    ).toEqual(["Dame Ingrid Holt"]);
  });

  it("answers where a company is based with its base, not its other sites or the buyer's home", () => {
    expect(inFerry("where is Skagen Ferries based?", "Hirtshals")).toEqual(["Hirtshals"]);
    expect(inFerry("where is Fjordline headquartered?", "Hirtshals")).toEqual([]);
    expect(inFerry("where is Fjordline based?", "Bergen-based")).toEqual(["Bergen"]);
  });

  it("declines who the other bidder is when the sentence leaves it unnamed", () => {
    expect(inFerry("who is the other bidder?", "rival bidder")).toEqual([]);
  });

  it("answers whose chips with the maker written before them", () => {
    const q = analyzeQuestion("whose accelerators will the lab use?");
    expect(selectValues(passageWith(compute, "Vantor"), q, PLAIN_SELECT).map((v) => v.text)).toEqual([
      "Vantor",
    ]);
  });

  it("answers who else supplies with a name that is not a party named in the headline", () => {
    const q = analyzeQuestion("which other cloud does the lab use?");
    expect(selectValues(passageWith(compute, "Nimbus"), q, PLAIN_SELECT).map((v) => v.text)).toEqual([
      "Nimbus Cloud",
    ]);
  });

  it("answers who supplies with the name a relative clause stands for", () => {
    const q = analyzeQuestion("who supplies gimbals to Brightfin?");
    expect(selectValues(passageWith(drones, "Tessel"), q, PLAIN_SELECT).map((v) => v.text)).toEqual([
      "Tessel Optics",
    ]);
  });

  it("answers which shareholder with the holder of the role, not the company it holds shares in", () => {
    const q = analyzeQuestion("which shareholder will vote against the sale?");
    expect(selectValues(passageWith(drones, "Ostrava"), q, PLAIN_SELECT).map((v) => v.text)).toEqual([
      "Ostrava Capital",
    ]);
  });
});

describe("selectValues: a unit, a total, a part of a whole", () => {
  // A tower sale-and-leaseback, a stadium lease, a ferry fleet.
  const deals = indexed("parts", [
    "At about $41,000 a seat, the deal values the arena at 18 times its operating profit.",
    "Harlow will pay $12 million in rent in the first year, rising 3% a year.",
    "Over the full term Harlow will pay about $260 million in rent.",
    "The operator owns 140 ferries, and Kessel keeps its two Tern-class ferries.",
    "Orrin plans to sell six ferries next year.",
  ]);

  it("takes an amount followed by 'a' and the unit the question asks per as that rate", () => {
    expect(valuesIn(deals, "a seat", "what are they paying per seat?")).toEqual(["$41,000"]);
  });

  it("answers a total asked with no amount written for the first period", () => {
    expect(valuesIn(deals, "first year", "how much rent will Harlow pay in total?")).toEqual([]);
    expect(valuesIn(deals, "first year", "how much rent will Harlow pay in the first year?")).toEqual([
      "$12 million",
    ]);
    expect(valuesIn(deals, "full term", "how much rent will Harlow pay in total?")).toEqual(["$260 million"]);
  });

  it("counts no part of a whole with the whole's count", () => {
    expect(valuesIn(deals, "140 ferries", "how many of the ferries are electric?")).toEqual([]);
    expect(valuesIn(deals, "140 ferries", "how many ferries does the operator own?")[0]).toBe("140 ferries");
  });

  it("reads a count located in a place the question does not name as a part, left out of an overall count", () => {
    // A cookware maker's workforce.
    const staff = indexed("staff", [
      "Medra employs about 900 people in northern Utah, including at its main plant.",
      "Medra, which employs about 3,200 people, makes pans and kettles.",
    ]);
    const overall = "how many employees does Medra have overall?";
    expect(valuesIn(staff, "northern Utah", overall)).toEqual([]);
    expect(valuesIn(staff, "3,200", overall)).toEqual(["3,200 people"]);
    const [utah] = selectValues(
      passageWith(staff, "northern Utah"),
      analyzeQuestion("how many people work for Medra?"),
      PLAIN_SELECT,
    );
    expect(
      locatedCount(
        passageWith(staff, "northern Utah").passage.text,
        utah!,
        analyzeQuestion("how many people work for Medra?"),
      ),
    ).toBe(true);
    expect(
      locatedCount(
        passageWith(staff, "northern Utah").passage.text,
        utah!,
        analyzeQuestion("how many people does Medra employ in Utah?"),
      ),
    ).toBe(false);
  });

  it("reads a count spelt out as the whole, and one of a named class as a part", () => {
    const analysis = analyzeQuestion("how many ferries is Orrin selling?");
    const [six] = selectValues(passageWith(deals, "six ferries"), analysis, PLAIN_SELECT);
    expect(modifiedCount(six!, analysis)).toBe(false);
    const tern = selectValues(passageWith(deals, "Tern-class"), analysis, PLAIN_SELECT).find((v) =>
      v.text.includes("Tern"),
    );
    expect(modifiedCount(tern!, analysis)).toBe(true);
  });
});

describe("selectValues: a party the question names by a common noun", () => {
  it("gives no amount of another named party's clause to the asked group standing in another", () => {
    // A court auction, a debt exchange.
    const sales = indexed("parties", [
      "Kelso won the auction with a bid of $310 million, beating a group of liquidators.",
      "The liquidators offered $280 million for the stores.",
      "Under the plan, bondholders recover 61 cents on the dollar.",
    ]);
    expect(valuesIn(sales, "Kelso won", "how much did the liquidators bid?")).toEqual([]);
    expect(valuesIn(sales, "offered", "how much did the liquidators offer?")).toEqual(["$280 million"]);
    expect(valuesIn(sales, "Kelso won", "how much did Kelso bid?")).toEqual(["$310 million"]);
  });
});

describe("selectValues: a role of two words, written hyphenated or after 'as'", () => {
  // A court auction of a shoe chain.
  const auction = indexed("auction", [
    "That buyer, Pellham Retail, agreed in March to serve as stalking horse with a $200 million bid.",
    "Under its stalking-horse agreement, Pellham will get a break-up fee if the sale to Kelso closes.",
  ]);

  it("names the subject serving as the role, and nobody where the role only qualifies a noun", () => {
    expect(valuesIn(auction, "serve as", "who was the stalking horse?")).toEqual(["Pellham Retail"]);
    expect(valuesIn(auction, "Under its", "who was the stalking horse?")).toEqual([]);
  });
});

describe("selectValues for a kind the sentence does not name", () => {
  // Three more invented deals: a brewery merger, a port operator's loan, a satellite maker's sale.
  const brewery = indexArticle(
    article(
      "brewery",
      "The merger will be examined by the Office of Fair Trading and Markets (OFTM), which has blocked two deals.",
    ),
  );
  const port = indexArticle(
    article("port", "Harbourline has a $2 billion term loan from Nordbank and Morgan Stanley, it said."),
  );
  const satellites = indexArticle(
    article(
      "satellites",
      [
        "Another investor, Kessel Partners, which owns 6%, said it opposes the sale.",
        "One of its biggest investors said it would oppose the sale.",
      ].join("\n"),
    ),
  );
  const pick = (passages: typeof port, fragment: string, q: string) =>
    selectValues(passageWith(passages, fragment), analyzeQuestion(q), PLAIN_SELECT).map((v) => v.text);

  it("answers which regulator with the name after 'by' the question's verb, defined with its initials", () => {
    expect(pick(brewery, "examined", "which regulator is examining the merger?")).toEqual([
      "Office of Fair Trading and Markets",
    ]);
  });

  it("answers which banks with the names after 'from' the question's noun, though one reads as a person's", () => {
    expect(pick(port, "term loan", "which banks provided the term loan?")).toEqual([
      "Nordbank",
      "Morgan Stanley",
    ]);
    expect(pick(port, "term loan", "which banks advised Harbourline?")).toEqual([]);
  });

  it("answers which shareholder with the name beside a broader word (investor), or not at all", () => {
    expect(pick(satellites, "Kessel", "which shareholder opposes the sale?")).toEqual(["Kessel Partners"]);
    expect(pick(satellites, "biggest investors", "which shareholder opposes the sale?")).toEqual([]);
  });
});

/** An invented grocer's sale, naming two people in roles. */
const grocer = indexArticle(
  article(
    "grocer",
    [
      "Talvik's chief executive Omar Reyes said the sale would close in May.",
      "Hugo Brennan, an analyst at Pemberton, said the price was low.",
      "In April Talvik said it had received an approach from another party, but gave no details.",
    ].join("\n"),
  ),
);

describe("selectValues reads a role a plural possessor gives, and a question's closing time words", () => {
  // A hockey-team sale, a bond restructuring, a drug licence: "the Harriers' team president".
  const team = indexArticle(
    article("team", "Corra Vellacott, the Harriers' team president, will keep her job after the sale."),
  );
  const bonds = indexArticle(
    article("bonds", "Benedek Munt, the noteholders' chief negotiator, backed the plan on Friday."),
  );
  const licence = indexArticle(
    article("licence", "Senna Orlaith, the Fennicks' head of research, welcomed the licence deal."),
  );

  it("answers with the person in apposition to a role written after a plural possessive", () => {
    expect(valuesIn(team, "Vellacott", "who is the Harriers' president?")).toEqual(["Corra Vellacott"]);
    expect(valuesIn(bonds, "Munt", "who is the noteholders' chief negotiator?")).toEqual(["Benedek Munt"]);
    expect(valuesIn(licence, "Orlaith", "who is the Fennicks' head of research?")).toEqual(["Senna Orlaith"]);
  });

  it("reads the role before a time adverbial closing the question", () => {
    expect(valuesIn(team, "Vellacott", "who is the Harriers' president these days?")).toEqual([
      "Corra Vellacott",
    ]);
    expect(valuesIn(bonds, "Munt", "who's the noteholders' chief negotiator at the moment?")).toEqual([
      "Benedek Munt",
    ]);
  });
});

describe("selectValues keeps a hyphenated surname whole", () => {
  // A hockey team's auction, a drug licence, a chip plant's sale: the last word of a name is a double-barrelled
  // surname, not an acronym-led adjective ("AI-focused").
  const bids = indexArticle(
    article(
      "bids",
      [
        "Two other groups reached the last round: one led by property investor Ravel Oakes-Whitby and one backed by Brannmoor Capital.",
        "Rival offers for the licence came from Ilvane Bio and from Greta Tesk-Holloway.",
        "The plant's other suitors were Quennel Semiconductor and a fund run by Joost Lindqvar-Amsel.",
      ].join("\n"),
    ),
  );

  it("answers with the whole name, surname included", () => {
    expect(valuesIn(bids, "Oakes-Whitby", "which other groups reached the last round?")).toContain(
      "Ravel Oakes-Whitby",
    );
    expect(valuesIn(bids, "Tesk-Holloway", "who made rival offers for the licence?")).toContain(
      "Greta Tesk-Holloway",
    );
    expect(valuesIn(bids, "Lindqvar-Amsel", "which companies were the plant's other suitors?")).toContain(
      "Joost Lindqvar-Amsel",
    );
  });
});

describe("selectValues binds a role to its own company and holder", () => {
  // Three invented deals: a cement merger, the grocer's sale, a shipyard bid.
  const cement = indexArticle(
    article(
      "cement",
      [
        "Calder's board, led by chair Dame Ines Carrow and chief executive Ivo Brandt, continues to urge shareholders to reject the offer.",
        "On Monday, Vantor Advisory gave the Calder chair a new argument against the deal.",
        "Fenmart chief executive Rosa Lind said the bid was fair.",
      ].join("\n"),
    ),
  );
  const shipyard = indexArticle(
    article(
      "shipyard",
      ["Chief Financial Officer Lena Marsh said the yard would add to earnings within two years."].join("\n"),
    ),
  );
  const pick = valuesIn;

  it("answers who chairs a company with the holder, not a name beside the office written as a noun", () => {
    expect(pick(cement, "led by chair", "who chairs Calder?")).toEqual(["Dame Ines Carrow"]);
    expect(pick(cement, "gave the Calder chair", "who chairs Calder?")).toEqual([]);
  });

  it("takes no holder of a role another company's name gives", () => {
    expect(pick(cement, "Fenmart chief executive", "who is Calder's chief executive?")).toEqual([]);
    expect(pick(cement, "Fenmart chief executive", "who is Fenmart's chief executive?")).toEqual([
      "Rosa Lind",
    ]);
    expect(pick(grocer, "Omar Reyes", "who is the CEO of Talvik?")).toEqual(["Omar Reyes"]);
  });

  it("reads a title of several words as the asked office", () => {
    expect(pick(shipyard, "Lena Marsh", "who is the CFO?")).toEqual(["Lena Marsh"]);
  });

  it("takes no person holding another office for a shareholder, nor an analyst for a chair", () => {
    // Calder is the story's main party, named in most articles (so no answer to "which X").
    const story = { ...PLAIN_SELECT, ubiquitous: new Set(["calder"]) };
    const shareholder = analyzeQuestion("which shareholder is against the bid?");
    expect(selectValues(passageWith(cement, "led by chair"), shareholder, story)).toEqual([]);
    expect(pick(grocer, "Hugo Brennan", "who is the chairman?")).toEqual([]);
  });

  it("declines who the other party is when the sentence leaves it unnamed", () => {
    expect(pick(grocer, "another party", "who is the other party that approached Talvik?")).toEqual([]);
  });

  it("takes no officer of a company the sentence names only after another company's officers", () => {
    // The board's chair is Calder's; Fenmart only makes the offer.
    const bid = indexArticle(
      article(
        "bid",
        "Calder's board, led by chair Dame Ines Carrow, urged holders to reject Fenmart's offer.",
      ),
    );
    expect(pick(bid, "Carrow", "who chairs Calder?")).toEqual(["Dame Ines Carrow"]);
    expect(pick(bid, "Carrow", "who is Fenmart's chair?")).toEqual([]);
  });
});

describe("otherRoleNamed", () => {
  const named = (fragment: string, q: string) =>
    otherRoleNamed(passageWith(grocer, fragment), analyzeQuestion(q));

  it("names the company's officer in another role, as the question writes the asked one", () => {
    expect(named("Omar Reyes", "who is Talvik's chairman?")).toBe(
      "Talvik's chief executive, Omar Reyes, not a chairman",
    );
    expect(named("Omar Reyes", "who is Talvik's chief financial officer?")).toBe(
      "Talvik's chief executive, Omar Reyes, not a chief financial officer",
    );
    expect(named("Hugo Brennan", "who is the chairman?")).toBe("the analyst, Hugo Brennan, not a chairman");
  });

  it("names nobody for another company, nor the holder of the asked role", () => {
    expect(named("Omar Reyes", "who is Fenmart's chairman?")).toBeUndefined();
    expect(named("Omar Reyes", "who is Talvik's chief executive?")).toBeUndefined();
  });
});
