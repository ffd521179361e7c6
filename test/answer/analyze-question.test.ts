import { describe, expect, it } from "vitest";
import { acronymExpansions, analyzeQuestion } from "../../src/answer/analyze-question.js";
import { processTerm, termsOf } from "../../src/search/terms.js";

const term = (word: string) => termsOf(word)[0]!;

describe("analyzeQuestion: who asks for a doer", () => {
  it("types a who-question as a person or organisation whatever value its words name", () => {
    // A price freeze, a stake sale, a ferry contract's cost.
    expect(analyzeQuestion("who is the advocate criticising the price freeze?").answerType).toMatch(
      /^(?:person|organization)$/,
    );
    expect(analyzeQuestion("who got the stake in Quarrie?").answerType).toBe("organization");
    expect(analyzeQuestion("who will pay the cost of the ferries?").answerType).toBe("organization");
  });

  it("types a question naming an office WordNet files under leader or official as asking for a person", () => {
    // A reactor restart, a stadium bond, a retailer's court sale; written as people type them.
    expect(analyzeQuestion("Who is Kelvara's nuclear officer?").answerType).toBe("person");
    expect(analyzeQuestion("Who is the stadium authority's treasurer?").answerType).toBe("person");
    expect(analyzeQuestion("Which judge approved the Ferrisby sale for $180 million?").answerType).toBe(
      "person",
    );
    // A role companies fill is no office: the bidder may be a company.
    expect(analyzeQuestion("Which bidder offered the most for the stores?").answerType).not.toBe("person");
    expect(analyzeQuestion("Who is the buyer's lender?").answerType).toBe("organization");
  });

  it("reads 'who runs X' as asking for X's chief executive, and 'who runs X's mine' not", () => {
    // A copper-mine stake sale and a chip maker's fab.
    const asked = (q: string) => {
      const a = analyzeQuestion(q);
      return [...a.terms, ...a.cueTerms];
    };
    expect(asked("Who runs Tamsk Minerals?")).toContain(term("CEO"));
    expect(asked("Who runs Tamsk's Quorrel mine?")).not.toContain(term("CEO"));
    expect(asked("who heads its copper smelter?")).not.toContain(term("CEO"));
  });

  it("types a why-question and a reaction as asking no value, whatever value its words name", () => {
    // A telecom merger's remedies, a ferry contract, a food merger's review.
    expect(
      analyzeQuestion("why did the regulator want a new carrier instead of price promises?").answerType,
    ).toBe("none");
    expect(analyzeQuestion("why is the ferry contract's price so high?").answerType).toBe("none");
    expect(analyzeQuestion("how did the regulator react to the price?").answerType).toBe("none");
    // A stock's reaction is still its move.
    expect(analyzeQuestion("how did the shares react to the price?").answerType).toBe("percent");
  });
});

describe("analyzeQuestion: answer types", () => {
  it.each([
    ["how much is the deal worth?", "money"],
    ["what is the price tag of the contract", "money"],
    ["how big is the commitment?", "money"],
    ["when will deployment begin?", "date"],
    ["what year does the expansion happen?", "date"],
    ["how long is the agreement?", "duration"],
    ["how many years does the partnership last?", "duration"],
    ["how many months until launch?", "duration"],
    ["how many GPUs does OpenAI get?", "count"],
    ["what percentage of the cloud market does AWS hold?", "percent"],
    ["by how much did Amazon shares rise?", "percent"],
    ["who is the CEO of AWS?", "person"],
    ["who leads OpenAI?", "person"],
    ["who signed the deal?", "organization"],
    ["who will run the combined insurer?", "person"],
    ["which companies are rivals of AWS?", "organization"],
    ["which chips will AWS deploy?", "things"],
    ["what models does OpenAI train?", "things"],
    ["what did Altman say?", "quote"],
    ["what does the deal mean for India?", "none"],
  ])("reads %j as %s", (question, type) => {
    expect(analyzeQuestion(question).answerType).toBe(type);
  });

  it("reads a question asking which day or month as a date question, the word only a cue", () => {
    // A regulator's approval, a ferry line's launch and a tender offer's deadline.
    for (const question of [
      "what day did the regulator approve the takeover?",
      "which month will the first ferry sail?",
      "what day does the tender offer expire?",
    ]) {
      const analysis = analyzeQuestion(question);
      expect(analysis.answerType).toBe("date");
      expect(analysis.terms).not.toContain(term("day"));
      expect(analysis.terms).not.toContain(term("month"));
    }
  });

  it("reads what someone is paying as an amount, per the unit asked", () => {
    // A stadium lease, a grid purchase.
    const seat = analyzeQuestion("what are they paying per seat?");
    expect(seat.answerType).toBe("money");
    expect(seat.per).toBe("seat");
    expect(analyzeQuestion("what is Orrin charging the operator?").answerType).toBe("money");
    expect(analyzeQuestion("what's Orrin paying in total?").answerType).toBe("money");
  });

  it("takes the counted noun of 'how many X' as the focus, folded like the articles' words", () => {
    const a = analyzeQuestion("how many accelerators will AWS deploy?");
    expect(a.answerType).toBe("count");
    expect(a.focus).toBe(term("GPUs"));
  });

  it("takes the plural noun of 'how many X verb' as the focus, and the verb only as a cue", () => {
    const a = analyzeQuestion("how many people work at the brewery?");
    expect(a.focus).toBe(term("people"));
    expect(a.terms).not.toContain(term("work"));
    expect(a.cueTerms).toContain(term("work"));
    expect(analyzeQuestion("how many business units remain?").focus).toBe(term("units"));
    // No auxiliary or preposition after the counted words: still a count of the plural noun.
    const survive = analyzeQuestion("how many branches survive under the new owner?");
    expect(survive.answerType).toBe("count");
    expect(survive.focus).toBe(term("branches"));
  });

  it("takes the thing asked for in 'which X' as the focus", () => {
    expect(analyzeQuestion("which chips will AWS deploy?").focus).toBe(term("chips"));
    expect(analyzeQuestion("which cloud providers does OpenAI use?").focus).toBe(term("providers"));
  });

  it("reads 'what happened' as a verb, not a kind of thing", () => {
    expect(analyzeQuestion("what happened with the restructuring?").answerType).toBe("none");
  });

  it("marks yes/no questions", () => {
    expect(analyzeQuestion("is OpenAI expected to IPO?").yesNo).toBe(true);
    expect(analyzeQuestion("does Microsoft remain an investor?").yesNo).toBe(true);
    expect(analyzeQuestion("who is the CEO?").yesNo).toBe(false);
  });

  it("marks 'which other' questions as excluding the main parties", () => {
    expect(analyzeQuestion("which other cloud providers does OpenAI use?").excludesMain).toBe(true);
    expect(analyzeQuestion("which cloud providers does OpenAI use?").excludesMain).toBe(false);
  });
});

describe("analyzeQuestion: terms", () => {
  it("reads 'big' and 'large' in a money question as cues, not the subject", () => {
    const a = analyzeQuestion("how big is Google's offer for Wiz?");
    expect(a.answerType).toBe("money");
    expect(a.cueTerms).toContain(term("big"));
    expect(a.terms).not.toContain(term("big"));
  });

  it("keeps the words that only cue the type apart from the subject", () => {
    const a = analyzeQuestion("how much is the deal worth?");
    expect(a.terms).toEqual([term("deal")]);
    expect(a.cueTerms).toEqual([term("worth")]);
  });

  it("counts the quote verb as a cue and the speaker as the subject", () => {
    const a = analyzeQuestion("what did Altman say?");
    expect(a.terms).toEqual([term("Altman")]);
    expect(a.cueTerms).toEqual([term("say")]);
  });

  it("treats a word as subject when it does not cue the asked type", () => {
    // "year" cues a duration, but in a money question it is part of the subject.
    expect(analyzeQuestion("how long is the deal?").cueTerms).toEqual([term("year")]);
    expect(analyzeQuestion("how much will OpenAI spend per year?").terms).toContain(term("year"));
  });

  it("records the stems the question used for each canonical term", () => {
    const a = analyzeQuestion("which GPUs?");
    expect(a.stems.get(term("chips"))).toEqual(["gpus"]);
  });

  it("lists capitalised words after the first as names", () => {
    expect(analyzeQuestion("What did Sam Altman say about AWS?").names).toEqual(["Sam", "Altman", "AWS"]);
    expect(analyzeQuestion("what does AI mean for India").names).toEqual(["India"]);
  });

  it("tells start dates from completion dates", () => {
    expect(analyzeQuestion("when will deployment begin?").aspect).toBe("start");
    expect(analyzeQuestion("when will all capacity be fully operational?").aspect).toBe("complete");
    expect(analyzeQuestion("when was the deal announced?").aspect).toBe("other");
    expect(analyzeQuestion("On what date exactly does the charter end?").asksDay).toBe(true);
    expect(analyzeQuestion("what day did the owners vote?").asksDay).toBe(true);
    expect(analyzeQuestion("when does the charter end?").asksDay).toBeUndefined();
  });
});

describe("analyzeQuestion: who runs", () => {
  it("reads 'who runs X' as asking for its CEO", () => {
    const a = analyzeQuestion("who runs AWS?");
    expect(a.answerType).toBe("person");
    expect([...a.terms, ...a.cueTerms]).toContain(term("CEO"));
  });

  it("does not read a deal that runs for years as about a CEO", () => {
    const a = analyzeQuestion("how many years does the deal run?");
    expect(a.answerType).toBe("duration");
    expect([...a.terms, ...a.cueTerms]).not.toContain(term("CEO"));
  });
});

describe("analyzeQuestion: stakes, premiums and rates", () => {
  it("reads 'what share of' as 'what percentage of'", () => {
    const share = analyzeQuestion("what share of the proceeds goes to the seller's lenders?");
    expect(share.answerType).toBe("percent");
    expect(share.cueTerms).toContain(term("share"));
  });

  it.each([
    "how fast does the royalty go up?",
    "how quickly will the service fee rise?",
    "how fast is the licence payment growing?",
  ])("asks %j, the pace of a rise, for a percentage", (question) => {
    const a = analyzeQuestion(question);
    expect(a.answerType).toBe("percent");
    expect(a.terms).not.toContain(term("fast"));
  });

  it.each([
    "what stake does the fund take?",
    "how big is the premium to Friday's close?",
    "what is the buyer's ownership after the deal?",
  ])("asks %j for a percentage", (question) => {
    expect(analyzeQuestion(question).answerType).toBe("percent");
  });

  it.each([
    "how much is the family's stake worth?",
    "what is the fund's stake valued at?",
  ])("asks %j, a stake's worth, for money", (question) => {
    expect(analyzeQuestion(question).answerType).toBe("money");
  });

  it.each([
    ["what do holders get per share?", "share"],
    ["what per-share price is offered?", "share"],
    ["how much revenue does it make each year?", "year"],
    ["how much is the takeover worth?", undefined],
  ])("reads the rate %j asks for", (question, per) => {
    expect(analyzeQuestion(question).per).toBe(per);
  });

  it.each([
    ["what is Quanta valued at after the round?", "valuation"],
    ["what was the start-up worth before this round?", "valuation"],
    ["how much did Lumen Biosciences raise?", "raised"],
    ["how big is the Series B round?", "raised"],
    ["how much is Northwind paying for Harbor?", "price"],
    ["how much is the takeover worth?", undefined],
    ["what is the stock price of the buyer?", undefined],
    ["what do holders get per share?", undefined],
  ])("reads which money quantity %j asks for", (question, measure) => {
    expect(analyzeQuestion(question).measure).toBe(measure);
  });

  it.each([
    ["what is Osric offering per Carrowdale share?", "share"],
    ["how much will holders get for each Tolland Mining share?", "share"],
  ])("reads a per-share rate with the company named between in %j", (question, per) => {
    const a = analyzeQuestion(question);
    expect(a.answerType).toBe("money");
    expect(a.per).toBe(per);
  });

  it.each([
    "what was the opening bid?",
    "what is Quorvex's final offer?",
    "where did Fenwick shares close on Friday?",
    "where is the stock trading after the news?",
    "where did it open?",
    "where did they close on Friday?",
  ])("asks %j for an amount, per share or in total", (question) => {
    const a = analyzeQuestion(question);
    expect(a.answerType).toBe("money");
    expect(a.anyPer).toBe(true);
  });

  it("takes a trading verb with an object or a named subject for a place", () => {
    expect(analyzeQuestion("where did it open its first store?").answerType).toBe("place");
    expect(analyzeQuestion("where will the smelter open?").answerType).toBe("place");
  });

  it.each([
    "total deal size?",
    "what's the size of the funding round?",
    "and if the buyer walks away, what does it pay?",
    "what would Kessel owe if the vote fails?",
  ])("asks %j for an amount", (question) => {
    expect(analyzeQuestion(question).answerType).toBe("money");
  });

  it("reads how a stock reacted as its move, the stock's words named by the move itself", () => {
    const a = analyzeQuestion("how did Ostrava's stock react to the news?");
    expect(a.answerType).toBe("percent");
    expect(a.percentMeasure).toBe("change");
    expect(a.measureTerms).toEqual(expect.arrayContaining([term("stock"), term("news")]));
    expect(analyzeQuestion("how did the shares trade on Monday?").percentMeasure).toBe("change");
  });

  it("reads how any security moved, or a party reacted, with the reaction's words only cueing", () => {
    // WordNet files bonds under securities; units are told by the verb of trading.
    expect(analyzeQuestion("how did Tambrook's bonds fare after the bid?").percentMeasure).toBe("change");
    const units = analyzeQuestion("How did Saltash's units trade on the news?");
    expect(units.answerType).toBe("percent");
    expect(units.measureTerms).toEqual(expect.arrayContaining([term("units"), term("trade")]));
    const investors = analyzeQuestion("How did Pendrel's investors take the news?");
    expect(investors.answerType).toBe("none");
    expect(investors.terms).toEqual(termsOf("Pendrel investors"));
  });

  it("reads what a security closed or traded at as a market quote", () => {
    const a = analyzeQuestion("What did Kelso stock close at on Friday?");
    expect(a.answerType).toBe("money");
    expect(a.anyPer).toBe(true);
    expect(
      analyzeQuestion("what were the Tollmere units trading at after the deal was announced?").anyPer,
    ).toBe(true);
  });

  it("reads no quote where 'at' places something else", () => {
    // A plant opening, an air-show order, a first day's trading hour.
    expect(analyzeQuestion("What did Haddrel open at its new plant?").anyPer).toBeUndefined();
    expect(analyzeQuestion("what did Vessanby order at the end at the air show?").anyPer).toBeUndefined();
    expect(analyzeQuestion("what did the IPO raise when trading opened at nine?").anyPer).toBeUndefined();
  });

  it("reads an opening or closing price as a market quote, not a price paid", () => {
    expect(analyzeQuestion("what was the opening price on the first day?").measure).toBeUndefined();
  });

  it.each([
    ["what was the original price range?", "first"],
    ["what was the initial price range?", "first"],
    ["what is the revised price range?", "last"],
    ["what is the price range?", "any"],
  ])("reads which range %j asks for, its order word only a cue", (question, range) => {
    const a = analyzeQuestion(question);
    expect(a.range).toBe(range);
    expect(a.terms).not.toEqual(expect.arrayContaining([term("original"), term("revised")]));
  });

  it("reads an irregular form of a framing verb as framing", () => {
    expect(analyzeQuestion("how much of the money goes to the company?").frameTerms).toContain(term("goes"));
  });

  it("reads a company's worth in its last private round as an earlier valuation", () => {
    const a = analyzeQuestion("what was Corbel valued at in its last private round?");
    expect([a.measure, a.prior]).toEqual(["valuation", true]);
  });

  it("knows who spoke in 'what did … say'", () => {
    expect(analyzeQuestion("what did Lena Park say about the plant?").speaker).toEqual(["lena", "park"]);
    // A determiner names no speaker: every remark holds "the".
    expect(analyzeQuestion("what did the regulator say?").speaker).toEqual(["regulator"]);
  });
});

describe("analyzeQuestion: sizes and parts of a company", () => {
  it("reads how much of a named company as a percentage", () => {
    expect(analyzeQuestion("how much of Varnell Foods is the founder hanging on to?").answerType).toBe(
      "percent",
    );
    // Its debt is money, not a share of it.
    expect(analyzeQuestion("how much of Varnell's debt is due in 2027?").answerType).not.toBe("percent");
  });

  it("reads 'how big' as only cueing a count", () => {
    expect(analyzeQuestion("how big is the workforce at the smelter?").cueTerms).toContain(term("big"));
  });

  it("marks the words asking a rate, which an amount at that rate states", () => {
    const a = analyzeQuestion("how much will the lease cost every year?");
    expect(a.per).toBe("year");
    expect(a.rateTerms).toEqual(expect.arrayContaining([term("every"), term("year")]));
    expect(analyzeQuestion("how much will the lease cost?").rateTerms).toBeUndefined();
  });
});

describe("analyzeQuestion: percentage quantities", () => {
  it("reads a premium question: the premium is the quantity, its base price only cues, 'represent' frames", () => {
    const a = analyzeQuestion("what premium over the unaffected share price does Exxon's offer represent?");
    expect(a.answerType).toBe("percent");
    expect(a.percentMeasure).toBe("premium");
    expect(a.measureTerms).toEqual([term("premium")]);
    expect(a.terms).not.toContain(term("price"));
    expect(a.frameTerms).toContain(term("represent"));
    expect(a.dealTerms).toEqual([term("offer")]);
  });

  it.each([
    ["what stake will Meta own in Scale AI?", "stake"],
    ["how much did Arm shares rise on their debut?", "change"],
    ["what percentage of the market does Nvidia hold?", undefined],
    ["how much voting control will the founder keep?", "stake"],
    ["what level of acceptances has the bidder received?", undefined],
    ["what proportion of the plant will the utility own?", "stake"],
  ])("reads which percentage %j asks for", (question, measure) => {
    const a = analyzeQuestion(question);
    expect(a.answerType).toBe("percent");
    expect(a.percentMeasure).toBe(measure);
  });
});

describe("analyzeQuestion: time qualifiers", () => {
  it("reads the words of 'before the … round' as cues, not as the subject", () => {
    const a = analyzeQuestion("what was Databricks valued at before the Series J round?");
    expect(a.terms).toEqual([term("Databricks")]);
    expect(a.cueTerms).toEqual(expect.arrayContaining([term("Series"), term("round")]));
    expect(a.prior).toBe(true);
  });

  it("reads 'two years earlier' and 'last quarter' as cues", () => {
    const a = analyzeQuestion("did Broadcom pay more for VMware than it offered two years earlier?");
    expect(a.terms).not.toContain(term("years"));
    expect(a.cueTerms).toContain(term("years"));
    const b = analyzeQuestion("how much revenue did Figma make last quarter?");
    expect(b.terms).not.toContain(term("quarter"));
  });

  it("reads 'already' and 'so far' as cues, not as the subject", () => {
    const a = analyzeQuestion("how much of Carrowdale does the fund already own?");
    expect(a.answerType).toBe("percent");
    expect(a.terms).not.toContain(term("already"));
    const b = analyzeQuestion("how many orders has the airline placed so far?");
    expect(b.terms).not.toContain(term("far"));
  });

  it("reads 'what level of debt' as money, not a percentage", () => {
    expect(analyzeQuestion("what level of debt will the buyer take on?").answerType).not.toBe("percent");
  });

  it("reads 'originally' as asking an earlier figure, and 'on the news' as when, both as cues", () => {
    const a = analyzeQuestion("what did Ostrava Steel pay for the rolling mill originally?");
    expect(a.prior).toBe(true);
    expect(a.cueTerms).toContain(term("originally"));
    const b = analyzeQuestion("did Pelham's stock fall on the news?");
    expect(b.terms).not.toContain(term("news"));
    expect(b.cueTerms).toContain(term("news"));
  });

  it("keeps a round as the subject where no time word places it", () => {
    expect(analyzeQuestion("who led the Series B round of Anysphere?").terms).toContain(term("round"));
  });
});

describe("analyzeQuestion: names of several words", () => {
  it("links each word of a multi-word name to the name's other words", () => {
    const a = analyzeQuestion("how much did Scale AI raise from Meta Platforms?");
    expect(a.nameSiblings?.get(term("AI"))).toEqual([term("Scale")]);
    expect(a.nameSiblings?.get(term("Platforms"))).toEqual([term("Meta")]);
  });
});

describe("analyzeQuestion: comparisons", () => {
  it("marks a yes/no question asking for a comparison and reads its comparing words as cues", () => {
    const a = analyzeQuestion("is Adobe paying less for Figma than it offered in 2022?");
    expect(a.compares).toBe(true);
    expect(a.cueTerms).toContain(term("less"));
    expect(a.terms).not.toContain(term("less"));
    expect(a.terms).toContain(term("Figma"));
    expect(analyzeQuestion("is Databricks anywhere near as valuable as OpenAI?").compares).toBe(true);
  });

  it("marks no comparison in a plain yes/no question or a typed one", () => {
    expect(analyzeQuestion("did Cisco close its purchase of Splunk?").compares).toBe(false);
    expect(analyzeQuestion("how much more than $20 billion did Adobe offer?").compares).toBe(false);
  });
});

describe("analyzeQuestion: the verb a who-question asks the doer of", () => {
  it("reads the verb right after 'who', after a modal, or a participle after 'is' / 'has'", () => {
    expect(analyzeQuestion("Who led the Series C round?").agentVerb).toBe(processTerm("led"));
    expect(analyzeQuestion("who will join the board?").agentVerb).toBe(processTerm("join"));
    expect(analyzeQuestion("who is buying Stanmore?").agentVerb).toBe(processTerm("buying"));
    expect(analyzeQuestion("who else has invested in Veltron?").agentVerb).toBe(processTerm("invested"));
  });

  it("reads 'who's' as 'who is' before a participle ('who's chairing the board?')", () => {
    expect(analyzeQuestion("who's chairing Corvell's board?").agentVerb).toBe(processTerm("chairing"));
    expect(analyzeQuestion("who’s buying Stanmore?").agentVerb).toBe(processTerm("buying"));
    expect(analyzeQuestion("who's the CEO of Corvell?").agentVerb).toBeUndefined();
  });

  it("reads none where 'who' asks for a role or a description", () => {
    expect(analyzeQuestion("who is the CEO of Corvell?").agentVerb).toBeUndefined();
    expect(analyzeQuestion("who is Corvell's finance chief?").agentVerb).toBeUndefined();
    expect(analyzeQuestion("how much did Quanta raise?").agentVerb).toBeUndefined();
  });
});

describe("analyzeQuestion: remarks", () => {
  it("reads whom a remark was told as framing it, not as its subject", () => {
    const paper = analyzeQuestion("what did Kessler tell the local paper?");
    expect(paper.answerType).toBe("quote");
    expect(paper.terms).toEqual([term("Kessler")]);
    expect(paper.frameTerms).toEqual(expect.arrayContaining([term("local"), term("paper")]));
    // What the remark was about stays its subject.
    expect(analyzeQuestion("what did Ines Duarte tell analysts about the ferries?").terms).toContain(
      term("ferries"),
    );
  });
});

describe("analyzeQuestion: places", () => {
  it("asks for a place with 'where' or 'in which country', the participle only cueing it", () => {
    const built = analyzeQuestion("where will the plants be built?");
    expect(built.answerType).toBe("place");
    expect(built.terms).toEqual([term("plants")]);
    expect(analyzeQuestion("in which country is the fab?").answerType).toBe("place");
    expect(analyzeQuestion("which countries does the licensor keep?").answerType).toBe("place");
    expect(analyzeQuestion("what markets will the carrier enter?").answerType).toBe("place");
  });

  it("does not take a question about where money comes from for a place", () => {
    expect(analyzeQuestion("where is the money for the purchase coming from?").answerType).not.toBe("place");
  });
});

describe("analyzeQuestion: the quantity a question names", () => {
  it("reads a named round as the amount raised", () => {
    expect(analyzeQuestion("how big was the Series A?").measure).toBe("raised");
  });

  it("reads 'how much of X will Y own' as a stake", () => {
    const a = analyzeQuestion("how much of the smelter will Aurum Metals own?");
    expect(a.answerType).toBe("percent");
    expect(a.percentMeasure).toBe("stake");
  });

  it("reads a capacity question as asking a measured quantity", () => {
    const a = analyzeQuestion("what is the refinery's capacity?");
    expect(a.answerType).toBe("count");
    expect(a.measured).toBe(true);
    expect(analyzeQuestion("how much power will the mine need?").measured).toBeUndefined();
  });

  it("never reads a word of a company's name as the power asked for", () => {
    const stake = analyzeQuestion("what stake will Harwick Energy own?");
    expect(stake.answerType).toBe("percent");
    expect(analyzeQuestion("how much is Nordic Power paying?").answerType).toBe("money");
    // Units and lower-case words still ask for power.
    expect(analyzeQuestion("how many GW will Harwick Energy supply?").answerType).toBe("count");
    expect(analyzeQuestion("how much energy will the smelter use?").answerType).toBe("count");
  });
});

describe("analyzeQuestion: a price per unit of power", () => {
  it("asks an amount per megawatt-hour, not a quantity of power", () => {
    // A wind farm's and a solar park's offtake prices.
    const a = analyzeQuestion("what's the price per megawatt-hour, roughly?");
    expect(a.answerType).toBe("money");
    expect(analyzeQuestion("how much is the buyer paying per megawatt-hour?").answerType).toBe("money");
    expect(analyzeQuestion("how many megawatts will the solar park supply?").answerType).toBe("count");
  });
});

describe("acronymExpansions", () => {
  it("gives the words an abbreviation of a common noun stands for, and none for an organisation's", () => {
    expect(acronymExpansions("TV")).toContain("television");
    expect(acronymExpansions("IPO")).toContain("initial public offering");
    expect(acronymExpansions("NRC")).toEqual([]);
    expect(acronymExpansions("Tessel")).toEqual([]);
  });
});

describe("analyzeQuestion: what is paid for a stake, and how a stock moved", () => {
  it("asks an amount where a verb of paying asks what a stake costs", () => {
    // A family's stake in a football club, a fund's minority stake in a port, a brewer's shares.
    const club = analyzeQuestion("How much did Tarvello pay for the Ardwyn stake?");
    expect(club.answerType).toBe("money");
    const port = analyzeQuestion("how much did the fund pay for its 20% stake?");
    expect(port.answerType).toBe("money");
    const brewer = analyzeQuestion("what share price did Mossgrove pay for the Yarrowby shares?");
    expect([brewer.answerType, brewer.per]).toEqual(["money", "share"]);
    // A stake or a premium asked, with nothing paid for, is still a percentage.
    expect(analyzeQuestion("what stake is Mossgrove taking in Yarrowby?").answerType).toBe("percent");
    expect(analyzeQuestion("How much of a premium is Oxcombe paying?").answerType).toBe("percent");
  });

  it("asks a change of the shares where the stock went up or down", () => {
    const up = analyzeQuestion("how much did Kistrel stock go up after the bid?");
    expect([up.answerType, up.percentMeasure]).toEqual(["percent", "change"]);
    // A stock moves as its shares do: news says "shares jumped", and "common stock" names what is sold.
    expect(up.terms).toContain(processTerm("shares"));
    expect(up.terms).not.toContain(processTerm("stock"));
  });

  it("reads no quantity in a word of a name", () => {
    const q = analyzeQuestion("How much is Solbeck Invest contributing?");
    expect([q.answerType, q.measure]).toEqual(["money", undefined]);
  });

  it("counts the noun after a name joined by '&'", () => {
    expect(analyzeQuestion("how many Rusk & Dorne stores are going to close?").focus).toBe(
      processTerm("stores"),
    );
  });

  it("reads a rate's abbreviated unit as no name", () => {
    const q = analyzeQuestion("how much does Brenlow pay per MWh for Vandemere's electricity?");
    expect(q.per).toBe("mwh");
    expect(q.names).not.toContain("MWh");
  });
});

describe("analyzeQuestion: a past event's clause of time", () => {
  it("counts the clause's words as cues where the rest of the question keeps a subject, and only then", () => {
    const a = analyzeQuestion("Where did Ollerby shares close after the board approved the sale?");
    expect(a.terms).toEqual(termsOf("Ollerby shares close"));
    expect(a.cueTerms).toEqual(expect.arrayContaining(termsOf("board approved sale")));
    expect(analyzeQuestion("what did the minister say when she signed the permit?").cueTerms).toEqual(
      expect.arrayContaining(termsOf("signed permit")),
    );
    // "what happened after …" asks about the event itself; a condition in the present picks the figure.
    expect(analyzeQuestion("what happened after the regulator approved the plan?").terms).toEqual(
      expect.arrayContaining(termsOf("regulator approved plan")),
    );
    expect(analyzeQuestion("How much does Pendrel get when the first turbine is installed?").terms).toEqual(
      expect.arrayContaining(termsOf("first turbine installed")),
    );
  });
});

describe("analyzeQuestion: humans at large as the subject", () => {
  it("reads 'people' or 'someone' doing the asked act as anyone, a cue, but counts people asked for", () => {
    // "people" is searched as the employees it often counts; here it only says who may trade.
    const trade = analyzeQuestion("When can people start trading Pendrel shares?");
    expect(trade.terms).not.toContain(term("people"));
    expect(trade.cueTerms).toContain(term("people"));
    expect(analyzeQuestion("what can someone buy with the voucher?").terms).not.toContain(term("someone"));
    expect(analyzeQuestion("how many people will the mine employ?").terms).toContain(term("people"));
    expect(analyzeQuestion("when can investors sell their shares?").terms).toContain(term("investors"));
  });
});

describe("analyzeQuestion: what caused something", () => {
  it("reads 'what' doing a verb of causing as asking a cause, not a kind of thing, the verb only a cue", () => {
    const sent = analyzeQuestion("What sent Corrimal Foods into administration?");
    expect(sent.answerType).toBe("none");
    expect(sent.cueTerms).toContain(term("sent"));
    expect(analyzeQuestion("what pushes the owner to sell?").answerType).toBe("none");
    // A kind asked stays one: "what chips", "what banks advised".
    expect(analyzeQuestion("what chips will it buy?").answerType).toBe("things");
  });
});

describe("analyzeQuestion: an act before another", () => {
  it("asks an earlier figure with 'before' only in a question about the past", () => {
    expect(analyzeQuestion("what was the ferry line worth before the bid?").prior).toBe(true);
    // Two acts to come, in order: the one figure there is.
    expect(analyzeQuestion("How much cash does Ferncliff pay its parent before the spin-off?").prior).toBe(
      false,
    );
  });
});
