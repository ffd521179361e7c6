import { describe, expect, it } from "vitest";
import { countRange, extractValues, POWER_NOUN } from "../../src/answer/extract-values.js";
import { processTerm } from "../../src/search/terms.js";

const values = (text: string) => extractValues(text, processTerm);
const keys = (list: readonly { key: string }[]) => list.map((v) => v.key);
const texts = (list: readonly { text: string }[]) => list.map((v) => v.text);

describe("extractValues: which quantity an amount is", () => {
  const measures = (text: string) => values(text).money.map((m) => [m.text, m.measure]);

  it("reads an amount moving a market value as no valuation ('adding $140 billion to its market value')", () => {
    // A cloud contract's stock reaction, a bank merger's sell-off, a chipmaker's slump.
    const measured = (text: string) => values(text).money.map((m) => [m.text, m.measure]);
    expect(measured("Investors cheered, adding nearly $140 billion to its market value.")).toEqual([
      ["$140 billion", undefined],
    ]);
    expect(measured("The sell-off wiped C$3 billion off the bank's market capitalisation.")).toEqual([
      ["C$3 billion", undefined],
    ]);
    expect(measured("The slump took $20 billion from Halden's valuation in a day.")).toEqual([
      ["$20 billion", undefined],
    ]);
    // A valuation stated is one.
    expect(measured("The round gives it a market value of $140 billion.")).toEqual([
      ["$140 billion", "valuation"],
    ]);
  });

  it("reads where a change started as the same quantity as where it ended", () => {
    // A funding round, a company's results and a raised takeover offer.
    expect(measures("The round values Orsolo at $2.1 billion, up from $900 million last year.")).toEqual([
      ["$2.1 billion", "valuation"],
      ["$900 million", "valuation"],
    ]);
    expect(measures("Sales rose to $4 billion, compared with $3.2 billion a year earlier.")).toEqual([
      ["$4 billion", "revenue"],
      ["$3.2 billion", "revenue"],
    ]);
    expect(measures("Brimley lifted its offer to $2.6 billion, up from about $2.4 billion.")).toEqual([
      ["$2.6 billion", "price"],
      ["$2.4 billion", "price"],
    ]);
  });

  it("ties each amount to the cue word nearest it, not across another amount", () => {
    expect(measures("The round values Quanta at $2.1 billion, and $900 million goes to hiring.")).toEqual([
      ["$2.1 billion", "valuation"],
      ["$900 million", undefined],
    ]);
    expect(
      measures("Quanta Robotics raised $300 million in a Series D round led by Pinecrest Capital."),
    ).toEqual([["$300 million", "raised"]]);
    expect(
      measures(
        "Northwind will pay $38 per share for Harbor Distillers, valuing the company at about $4.2 billion.",
      ),
    ).toEqual([
      ["$38", "price"],
      ["$4.2 billion", "valuation"],
    ]);
  });

  it("reads a cost as a price, and only money put in or into a company as raised", () => {
    // A bridge tender, a rail fleet, an investment.
    expect(measures("Officials put the cost of each bridge at about $80 million.")).toEqual([
      ["$80 million", "price"],
    ]);
    expect(measures("Each locomotive will cost roughly €6 million.")).toEqual([["€6 million", "price"]]);
    expect(measures("Halden has put $2 billion into Quanta since 2021.")).toEqual([["$2 billion", "raised"]]);
    // A debt swap and a loan turned into a stake: "into" alone raises nothing.
    expect(measures("Brenna converted $400 million of its debt into new shares.")).toEqual([
      ["$400 million", undefined],
    ]);
    expect(measures("The lender turned a $50 million loan into a stake.")).toEqual([
      ["$50 million", undefined],
    ]);
  });

  it("reads the value of an order or a deal as no company's valuation", () => {
    // A jet order, a rail contract.
    expect(
      measures("Discounts bring the real value of the firm order to about $4.1 billion, analysts say."),
    ).toEqual([["$4.1 billion", undefined]]);
    expect(measures("Kestrel is valued at $4.1 billion after the round.")).toEqual([
      ["$4.1 billion", "valuation"],
    ]);
  });

  it("gives a restatement in another currency the quantity of the amount it restates", () => {
    expect(
      measures(
        "Lumen Biosciences pulled in €450 million ($490 million) in a Series B round led by Halden Ventures.",
      ),
    ).toEqual([
      ["€450 million", "raised"],
      ["$490 million", "raised"],
    ]);
  });

  it("reads a deal's value as its price, and a company's value as its valuation", () => {
    expect(
      measures("The deal value is $4.2 billion, and Harbor paid $1 billion for a rival last year."),
    ).toEqual([
      ["$4.2 billion", "price"],
      ["$1 billion", "price"],
    ]);
    expect(measures("An offering could value Quanta at $5 billion.")).toEqual([["$5 billion", "valuation"]]);
  });

  it("leaves a cue word of an earlier coordinated clause, or of a dating round, to its own amount", () => {
    // An IPO's first day: the listing price's cue is not the day's high's.
    expect(
      measures("The stock opened at $19.20, above the $16 offer price, and reached $21.75 by noon."),
    ).toEqual([
      ["$19.20", undefined],
      ["$16", "price"],
      ["$21.75", undefined],
    ]);
    // A listing compared with the last private funding: the round only dates the amount.
    const [, before] = values(
      "The listing values Corbel at $6bn, well above the $4.1bn it fetched in its last private round.",
    ).money;
    expect([before!.measure, before!.prior]).toEqual([undefined, true]);
  });

  it("leaves an amount with no cue word beside it without a quantity", () => {
    expect(measures("Voltline booked $1.1 billion last year.")).toEqual([["$1.1 billion", undefined]]);
  });
});

describe("extractValues: earlier figures and restatements", () => {
  const money = (text: string) => values(text).money.map((m) => [m.text, Boolean(m.prior), m.equivalent]);

  it("marks an amount its sentence dates two or more years before its article, not one a year before", () => {
    // An IPO's local story, a mine sale's history, a bank merger's old bid.
    const dated = (text: string, published: string) =>
      extractValues(text, (w) => w.toLowerCase(), published).money.map((m) => [m.text, m.dated ?? false]);
    expect(
      dated(
        "It was the largest listing since Three Rivers Diagnostics went public in 2019, raising $310 million.",
        "2026-11-13",
      ),
    ).toEqual([["$310 million", true]]);
    expect(dated("Wirrabel bought the mine in 2017 for A$410m.", "2026-11-24")).toEqual([["A$410m", true]]);
    // Last year's figure of this story's own deal, and an older deal now worth more, are current.
    expect(dated("In 2025 the two banks agreed a $4.9 billion merger.", "2026-02-01")).toEqual([
      ["$4.9 billion", false],
    ]);
    expect(dated("The contract, first signed in 2021, is now worth $2 billion.", "2026-05-01")).toEqual([
      ["$2 billion", false],
    ]);
    // Without a publication date nothing is dated.
    expect(dated("Wirrabel bought the mine in 2017 for A$410m.", "")).toEqual([["A$410m", false]]);
  });

  it("marks the starting point of a change and an amount dated earlier as prior", () => {
    expect(money("The round values Quanta at $2.1 billion, up from $900 million last year.")).toEqual([
      ["$2.1 billion", false, undefined],
      ["$900 million", true, undefined],
    ]);
    expect(money("Harbor's pre-money valuation was $3 billion.")).toEqual([["$3 billion", true, undefined]]);
  });

  it("marks an amount of an earlier round or a price before an offer as prior", () => {
    // A drone maker's earlier round, a bakery chain's earlier valuation, a cement maker's pre-offer price.
    expect(money("Skyloft was valued at about $700 million in its Series A three years ago.")).toEqual([
      ["$700 million", true, undefined],
    ]);
    expect(
      money("The chain is worth twice the $400 million it was worth when it last raised money."),
    ).toEqual([["$400 million", true, undefined]]);
    expect(
      money("Holcam will pay $31 a share, a 25% premium to Brixton's undisturbed price of $24.80."),
    ).toEqual([
      ["$31", false, undefined],
      ["$24.80", true, undefined],
    ]);
  });

  it("does not date an amount by a comparison after its clause", () => {
    expect(money("Pinecrest values Quanta at $2.1 billion, twice what it was worth last year.")).toEqual([
      ["$2.1 billion", false, undefined],
    ]);
  });

  it("links an amount and its restatement in another currency", () => {
    expect(money("Lumen raised €450 million ($490 million) in a Series B round.")).toEqual([
      ["€450 million", false, "money:usd:490000000"],
      ["$490 million", false, "money:eur:450000000"],
    ]);
  });
});

describe("extractValues: money", () => {
  it("keeps Australian, Canadian and Hong Kong dollars apart from US dollars, and reads a restatement as one", () => {
    // A mine sale, a media-rights deal, a bank's listing.
    const money = (text: string) => values(text).money.map((m) => [m.key, m.equivalent]);
    expect(money("Ashwater pays up to A$1.35 billion (US$880 million).")).toEqual([
      ["money:aud:1350000000", "money:usd:880000000"],
      ["money:usd:880000000", "money:aud:1350000000"],
    ]);
    expect(money("The rights cost US$9.6 billion, or about C$13.2 billion.")[1]![0]).toBe(
      "money:cad:13200000000",
    );
    expect(money("The listing raised HK$2 billion.")[0]![0]).toBe("money:hkd:2000000000");
    expect(money("The bank set aside CAD 300 million.")[0]![0]).toBe("money:cad:300000000");
    expect(money("It pays $38 billion.")[0]![0]).toBe("money:usd:38000000000");
  });

  it("reads $38 billion and $3.8 billion as different amounts", () => {
    const { money } = values("OpenAI signed a $38 billion deal, not a $3.8 billion one.");
    expect(texts(money)).toEqual(["$38 billion", "$3.8 billion"]);
    expect(keys(money)).toEqual(["money:usd:38000000000", "money:usd:3800000000"]);
  });

  it("scales trillions and short scale words", () => {
    const { money } = values("Altman plans $1.4 trillion, a $5m fee and US$2bn more.");
    expect(keys(money)).toEqual(["money:usd:1400000000000", "money:usd:5000000", "money:usd:2000000000"]);
  });

  it("reads other currencies, and never takes €10 billion for $10 billion", () => {
    const { money } = values(
      "Mistral raised €1.7 billion, Arm £2bn and a fund EUR 500 million, not $10 billion.",
    );
    expect(texts(money)).toEqual(["€1.7 billion", "£2bn", "EUR 500 million", "$10 billion"]);
    expect(keys(money)).toEqual([
      "money:eur:1700000000",
      "money:gbp:2000000000",
      "money:eur:500000000",
      "money:usd:10000000000",
    ]);
    expect(keys(values("It is worth 10 billion euros.").money)).toEqual(["money:eur:10000000000"]);
  });

  it("reads amounts written in words as the same amount as with a dollar sign", () => {
    const a = values("The deal is worth 38 billion dollars.").money;
    const b = values("The deal is worth $38 billion.").money;
    expect(texts(a)).toEqual(["38 billion dollars"]);
    expect(keys(a)).toEqual(keys(b));
  });

  it("reads pence and cents as a per-share amount of the currency, never a time", () => {
    // A UK takeover and a US tender offer state prices in pence and cents.
    const uk = values("Carrowdale closed at 412p, below the 450 pence a share Osric has offered.").money;
    expect(keys(uk)).toEqual(["money:gbp:4.12/share", "money:gbp:4.5/share"]);
    expect(keys(values("Tolland bid 85 cents for each Marrow share.").money)).toEqual([
      "money:usd:0.85/share",
    ]);
    expect(values("The vote closes at 5 p.m. on Friday.").money).toEqual([]);
  });

  it("reads any unit a rate is written per, and a change's second amount at its first's rate", () => {
    // A broadcast contract, a mining stream and a supply deal.
    expect(values("Kestrel will pay about $6.1 million per regular-season match.").money[0]?.per).toBe(
      "match",
    );
    expect(values("Corrib pays US$410 an ounce on top of its deposit.").money[0]?.per).toBe("ounce");
    const change = values("Each club goes from about $12mn a year of league money to about $31mn.").money;
    expect(change.map((m) => m.per)).toEqual(["year", "year"]);
    expect(values("Halbrook will pay $2.2 billion over the term.").money[0]?.per).toBeUndefined();
  });

  it("reads an amount written before a noun phrase of its own as that thing's size, not a cue's farther off", () => {
    // A mining stream beside a purchase, a loan facility beside a takeover, a supply contract.
    const mine = values(
      "The sale is backed by Arlow Royalties' US$250 million silver stream, which helps pay for Kinloch's A$900m purchase of the mine.",
    ).money;
    expect(mine.map((m) => m.measure)).toEqual([undefined, "price"]);
    const loan = values("Oakhallow will fund the takeover with a new $400 million credit facility.").money;
    expect(loan[0]?.measure).toBeUndefined();
    expect(values("Tarrow raised $90 million last year.").money[0]?.measure).toBe("raised");
  });

  it("reads no cue in a word that only opens a compound modifier", () => {
    // A licensing deal's milestones, not revenue.
    const { money } = values(
      "Corra may receive up to $300 million in revenue-linked milestones under the licence.",
    );
    expect(money[0]?.measure).toBeUndefined();
  });

  it("reads a price per named share as a per-share amount", () => {
    const { money } = values("Quorvex will pay $31.50 per Fenwick share in cash.");
    expect(money.map((m) => m.per)).toEqual(["share"]);
  });

  it("records where each amount stands in the passage", () => {
    const text = "Shares added nearly $140 billion in value.";
    const [v] = values(text).money;
    expect(text.slice(v!.at, v!.at + v!.text.length)).toBe("$140 billion");
  });
});

describe("extractValues: vague amounts", () => {
  it.each([
    ["Microsoft has put tens of billions of dollars into OpenAI since 2019.", [1e10, 1e11]],
    ["The chips will cost hundreds of millions of euros a year.", [1e8, 1e9]],
    ["Activision spent several billion dollars on the studio.", [2e9, 1e10]],
  ])("reads the span of the vague amount in %j", (text, range) => {
    const [v] = values(text).money;
    expect(v?.range).toEqual(range);
    expect(v?.key).toMatch(/^money:(?:usd|eur):~/);
  });

  it("leaves an exact amount in words to the exact reading", () => {
    const { money } = values("Mistral raised 1.7 billion euros.");
    expect(money.map((m) => m.range)).toEqual([undefined]);
  });
});

describe("extractValues: counts of a part of a whole", () => {
  it("counts the whole's noun in '600,000 of its servers', not 'its'", () => {
    const counts = values("Ferrolink will supply about 600,000 of its X4 servers to the lab.").count;
    expect(counts).toEqual([expect.objectContaining({ key: "count:600000", noun: processTerm("servers") })]);
  });

  it("reads the span a count stands for", () => {
    const span = (text: string) => values(text).count.map((c) => countRange(c));
    expect(span("It runs hundreds of thousands of servers.")).toEqual([[1e5, 1e6]]);
    expect(span("It runs 1,200 servers and 3 million sensors.")).toEqual([
      [1200, 1200],
      [3e6, 3e6],
    ]);
  });
});

describe("extractValues: counts of a span of years", () => {
  it("reads no count in the end of a span of seasons or years", () => {
    const { count } = values(
      "The contracts run from the 2029-30 through 2036-37 seasons, over eight seasons.",
    );
    expect(count.map((c) => c.text)).toEqual(["eight seasons"]);
  });
});

describe("extractValues: percent", () => {
  it("reads %, percent and per cent alike", () => {
    const { percent } = values("Shares jumped 5% as its share fell from 34 percent to 29 per cent.");
    expect(keys(percent)).toEqual(["percent:5", "percent:34", "percent:29"]);
  });

  it.each([
    // Broadcom–VMware (2022), Meta–Scale AI (2025), Arm's listing (2023), Exxon–Pioneer (2023).
    ["Broadcom will pay $142.50 a share, a 44% premium to VMware's closing price.", "premium"],
    ["Pioneer holders get 18% above the stock's last close.", "premium"],
    ["Meta will own 49% of Scale AI after the investment.", "stake"],
    ["SoftBank keeps a 90% stake in Arm.", "stake"],
    ["Arm shares jumped 25% on their first day of trading.", "change"],
    ["Gross margins came in at 80.5%.", undefined],
  ])("reads what the percentage in %j measures", (text, measure) => {
    expect(values(text).percent[0]?.measure).toBe(measure);
  });
});

describe("extractValues: fractions", () => {
  it("reads a share written as a fraction as a percentage, shown as written", () => {
    // A merger vote, a joint venture's split, a mine's output; "a third bidder" is no share.
    expect(values("Approval needs two-thirds of the votes cast at Morven's meeting.").percent).toEqual([
      { text: "two-thirds", key: "percent:66.7", at: 15 },
    ]);
    expect(keys(values("Hollin will own a quarter of the venture.").percent)).toEqual(["percent:25"]);
    expect(values("A third bidder emerged on Friday.").percent).toEqual([]);
  });
});

describe("extractValues: a percentage with its verb left out", () => {
  it("reads a percentage coordinated after another as measuring the same", () => {
    const { percent } = values(
      "Ravel holders will own about 70% of the combined firm and Oster holders about 30%.",
    );
    expect(percent.map((p) => p.measure)).toEqual(["stake", "stake"]);
  });
});

describe("extractValues: durations", () => {
  it("reads one unit written with the article as a duration where a preposition of extent makes it one", () => {
    // A spin-off's retained stake, a charter and a lock-up; a royalty's rate per year is no duration.
    const sell = values(
      "Tollmere will keep a 9.9% stake, which it intends to sell within a year of the spin-off.",
    );
    expect(keys(sell.duration)).toEqual(["duration:1 year"]);
    const charter = values("The Quorlane rig is chartered for a decade, with a year-long option to extend.");
    expect(texts(charter.duration)).toEqual(["a decade", "a year-long"]);
    expect(values("Haddrel collects about $40 million a year in royalties.").duration).toEqual([]);
    expect(values("Pemberwick signed the lease a year ago.").duration).toEqual([]);
    // The span starts at the article, not at the "a" of "about" or "almost".
    const review = "The Carrowick review took about a month and the lock-up lasts almost a year.";
    expect(values(review).duration.map((d) => [d.text, review.slice(d.at, d.at + d.text.length)])).toEqual([
      ["a month", "a month"],
      ["a year", "a year"],
    ]);
    // A point in time, and a "-long" compound read whole.
    expect(values("Ulvane shares rose after a day of trading.").duration).toEqual([]);
    expect(texts(values("Sandmere ended a year-long delay.").duration)).toEqual(["a year-long"]);
  });

  it("reads seven-year and 7-year as the same duration", () => {
    const { duration } = values("The seven-year deal, a 7-year term, runs over 3 years.");
    expect(texts(duration)).toEqual(["seven-year", "7-year", "3 years"]);
    expect(keys(duration)).toEqual(["duration:7 year", "duration:7 year", "duration:3 year"]);
  });
});

describe("extractValues: dates", () => {
  it("marks a date for when deployment begins as a start", () => {
    const { date } = values(
      "Amazon has stated that this infrastructure will begin deployment by the end of 2026, with expansion possible beyond 2027.",
    );
    expect(date[0]).toMatchObject({ text: "by the end of 2026", key: "date:end 2026", aspect: "start" });
    // The second clause is about expansion, not the start.
    expect(date[1]).toMatchObject({ key: "date:2027", aspect: "other" });
  });

  it("marks a date for when capacity is fully operational as a completion", () => {
    const { date } = values(
      "All planned capacity is targeted to be fully operational before the end of 2026.",
    );
    expect(date).toEqual([
      expect.objectContaining({ text: "before the end of 2026", key: "date:end 2026", aspect: "complete" }),
    ]);
  });

  it("reads 'begin immediately' as a start date", () => {
    const { date } = values("The deployment is set to begin immediately.");
    expect(date).toEqual([expect.objectContaining({ key: "date:immediately", aspect: "start" })]);
  });

  it("gives each clause of a sentence its own aspect", () => {
    const { date } = values(
      "OpenAI will start using AWS immediately, with all planned capacity coming online by the end of 2026.",
    );
    expect(date.map((d) => [d.key, d.aspect])).toEqual([
      ["date:immediately", "start"],
      ["date:end 2026", "complete"],
    ]);
  });

  it("keeps quarters and months in the key", () => {
    expect(keys(values("Revenue rose in Q3 2025 and again in late March 2026.").date)).toEqual([
      "date:q3 2025",
      "date:late march 2026",
    ]);
  });

  it("does not read a dollar amount as a year", () => {
    expect(values("It costs $2026 a month.").date).toEqual([]);
  });
});

describe("extractValues: counts of people", () => {
  it("counts people and staff, whose plurals end in no s", () => {
    const [count] = values("Wiz employs about 1,800 people.").count;
    expect(count).toMatchObject({ text: "1,800 people", key: "count:1800", vague: false });
  });
});

describe("extractValues: relative times", () => {
  it("takes no date from words read against the clock (now, today)", () => {
    expect(values("Now, many might remember the old deal.").date).toEqual([]);
    // "after the news" is a milestone, not a time read against the clock.
    expect(values("Shares rose today after the news.").date.filter((d) => d.kind !== "event")).toEqual([]);
  });
});

describe("extractValues: counts", () => {
  it("reads a count spelt out in words with hundreds and tens ('three hundred and twenty skilled jobs')", () => {
    // A shipyard's expansion, a reactor's rating and a retailer's stores, as speakers and wire copy spell them.
    expect(keys(values("Three hundred and twenty skilled jobs will come to the yard.").count)).toEqual([
      "count:320",
    ]);
    expect(keys(values("The reactor feeds eight hundred thirty-five homes an hour.").count)).toEqual([
      "count:835",
    ]);
    expect(keys(values("The chain will close sixty stores and a hundred kiosks.").count)).toEqual([
      "count:60",
      "count:100",
    ]);
    expect(keys(values("It signed a twenty-five-year lease.").duration)).toEqual(["duration:25 year"]);
  });

  it("counts a quantity in a unit of measure written singular or abbreviated", () => {
    // A spectrum sale, an office lease and a fibre build.
    const counts = (text: string) => values(text).count.map((c) => [c.text, c.key]);
    expect(counts("Halvern will hand over 15 MHz of its airwaves.")).toEqual([["15 MHz", "count:15"]]);
    expect(counts("Tessaly will lease 38,500 square feet of office space.")).toEqual([
      ["38,500 square feet", "count:38500"],
    ]);
    expect(counts("Orsolo will lay 2,600 km of fibre and open a 12,000-square-foot depot.")).toEqual([
      ["2,600 km", "count:2600"],
      ["12,000-square-foot", "count:12000"],
    ]);
    // A year before a word is no quantity.
    expect(counts("In 2026 tonnes of ore were lost.")).toEqual([]);
  });

  it("counts the plural noun, not a word before it that only ends in s ('wireless', 'business')", () => {
    // A wireless merger, an office landlord and a bottle maker.
    const nouns = (text: string) => values(text).count.map((c) => [c.text, c.noun]);
    expect(nouns("The combined carrier will have 3.3 million wireless subscribers.")).toEqual([
      ["3.3 million wireless subscribers", processTerm("subscribers")],
    ]);
    expect(nouns("Halvern owns 40 business parks near the airport.")).toEqual([
      ["40 business parks", processTerm("parks")],
    ]);
    expect(nouns("Tessaly sold 2 million stainless bottles last year.")).toEqual([
      ["2 million stainless bottles", processTerm("bottles")],
    ]);
  });

  it("reads a count whose noun has a maker's name and two more words before it", () => {
    // An airline's order and a railway's: the model's name stands between the number and the noun.
    expect(texts(values("Osprey Air ordered 40 Kestrel Vela wide-body jets on Monday.").count)).toEqual([
      "40 Kestrel Vela wide-body jets",
    ]);
    expect(texts(values("The railway bought twelve Halden Arrow electric trains.").count)).toEqual([
      "twelve Halden Arrow electric trains",
    ]);
  });

  it("reads a count whose noun has a measure before it ('40,000 300-millimetre wafers')", () => {
    // TSMC's Dresden fab and a Malaysian packaging plant: the measure says which wafers or lines are counted.
    expect(values("The Dresden fab will make 40,000 300-millimetre wafers a month.").count).toEqual([
      expect.objectContaining({
        text: "40,000 300-millimetre wafers",
        key: "count:40000",
        noun: processTerm("wafers"),
      }),
    ]);
    expect(values("The Penang plant runs 12 28-nanometre lines.").count).toEqual([
      expect.objectContaining({ text: "12 28-nanometre lines", key: "count:12" }),
    ]);
  });

  it("reads typeset “hundreds of thousands” of NVIDIA GPUs as a vague count of chips", () => {
    const { count } = values(
      "The core of the deal grants OpenAI access to “hundreds of thousands” of NVIDIA GPUs through AWS.",
    );
    expect(count).toEqual([
      expect.objectContaining({
        text: "hundreds of thousands of NVIDIA GPUs",
        key: "count:hundreds of thousands",
        noun: processTerm("chips"),
        vague: true,
      }),
    ]);
  });

  it("counts a part of a counted whole as the whole's noun ('290 of its 1,040 branches')", () => {
    // A bank merger's closures, a plant's job cuts, a fleet sale: the part and the whole are both counts.
    const branches = values("The merged bank will close about 290 of its 1,040 branches by 2028.").count;
    expect(branches.map((c) => [c.key, c.noun])).toEqual(
      expect.arrayContaining([
        ["count:290", processTerm("branches")],
        ["count:1040", processTerm("branches")],
      ]),
    );
    const workers = values("Talbrook will lay off 120 of the plant's workers in March.").count;
    expect(workers.map((c) => [c.key, c.noun])).toEqual([["count:120", processTerm("workers")]]);
    const jets = values("The lessor is selling 14 of its jets to Aerion, and 2025 of them are old.").count;
    expect(jets.map((c) => c.key)).toEqual(["count:14"]);
  });

  it("reads exact counts with the counted noun's canonical term", () => {
    const { count } = values("Altman wants 30 gigawatts, enough for 25 million U.S. homes.");
    expect(count.map((c) => [c.key, c.noun, c.vague])).toEqual([
      ["count:30000mw", POWER_NOUN, false],
      ["count:25 million", processTerm("homes"), false],
    ]);
  });

  it("does not count years or dollar amounts", () => {
    expect(values("Since 2019 things changed, and $40 investors paid.").count).toEqual([]);
  });

  it("reads counts written in words, keyed like digits, from several deals", () => {
    const counted = (text: string) => values(text).count.map((c) => [c.text, c.key, c.noun]);
    expect(counted("Stanmore owns three distilleries in Scotland and a bottling plant in Kentucky.")).toEqual(
      [["three distilleries", "count:3", processTerm("distilleries")]],
    );
    expect(counted("Veltron will build two battery plants in Georgia and Ohio.")).toEqual([
      ["two battery plants", "count:2", processTerm("plants")],
    ]);
    expect(counted("The insurer will shut a dozen offices by March.")).toEqual([
      ["a dozen offices", "count:12", processTerm("offices")],
    ]);
  });

  it("counts no part (“one of its plants”), duration or year followed by a comma", () => {
    expect(values("One of its plants will close; the pact runs seven years.").count).toEqual([]);
    expect(values("Construction will begin in 2026, and the plants open in 2028.").count).toEqual([]);
  });
});

describe("extractValues: quotes", () => {
  it("finds remarks in curly and straight quotation marks, without the closing stop", () => {
    const curly = values(
      "Altman said that “scaling frontier AI requires massive, reliable compute” today.",
    ).quotes;
    const straight = values(
      'OpenAI has stated that "scaling frontier AI requires efficient and reliable compute."',
    ).quotes;
    expect(texts(curly)).toEqual(["scaling frontier AI requires massive, reliable compute"]);
    expect(texts(straight)).toEqual(["scaling frontier AI requires efficient and reliable compute"]);
    expect(curly[0]!.words).toEqual([
      "scaling",
      "frontier",
      "ai",
      "requires",
      "massive",
      "reliable",
      "compute",
    ]);
  });

  it("ignores quoted words too short to be a remark", () => {
    expect(values('He called it “too short” and "yes, fine".').quotes).toEqual([]);
  });
});

describe("extractValues: names and people", () => {
  it("skips the label of a list item", () => {
    const { names } = values("GPU Access: The core of the deal grants OpenAI access to chips.");
    expect(texts(names)).toEqual(["OpenAI"]);
  });

  it("splits 'AWS CEO Matt Garman' into the company and the person", () => {
    const { names, people } = values("AWS CEO Matt Garman noted that the agreement matters.");
    expect(texts(names)).toEqual(["AWS", "Matt Garman"]);
    expect(texts(people)).toEqual(["Matt Garman"]);
    expect(keys(people)).toEqual(["person:matt garman"]);
  });

  it("parts an office's title WordNet knows from the person's name and the place before it", () => {
    // A sports league's rights deal, a bank merger's city hall and a plant subsidy's state house.
    expect(texts(values("Commissioner Marisol Vance said the league wanted reach.").people)).toEqual([
      "Marisol Vance",
    ]);
    const city = values("Calgary Mayor Lise Harcourt said she had been promised jobs.");
    expect(texts(city.names)).toEqual(["Calgary", "Lise Harcourt"]);
    expect(texts(values("Ohio Governor Mike Dunbar signed the grant.").people)).toEqual(["Mike Dunbar"]);
    // No person's name after it: a company's name stays whole.
    expect(texts(values("General Motors Holdings will buy the plant.").names)).toEqual([
      "General Motors Holdings",
    ]);
  });

  it("parts a person's name from the organisation after 'of', and keeps 'Bank of America' whole", () => {
    // A bank merger, an adviser on a take-private, and a utility commission's review of a power contract.
    expect(texts(values("said president Ines Duarte of Lisle Savings.").names)).toEqual([
      "Ines Duarte",
      "Lisle Savings",
    ]);
    expect(texts(values("Maria Lopez of Goldman Sachs advised the board.").people)).toEqual(["Maria Lopez"]);
    const commission = values(
      "Commissioner Jolene Parrish of the Public Utility Commission said the review would take months.",
    );
    expect(texts(commission.names)).toEqual(["Jolene Parrish", "Public Utility Commission"]);
    expect(texts(values("Bank of America led the loan.").names)).toEqual(["Bank of America"]);
  });

  it("parts a month or day after a word of time from the name that follows it", () => {
    // A grocer's approach, a cement group's growth, a ferry deal's close; a person called April stays whole.
    expect(texts(values("In April Talvik said it had received an approach.").names)).toEqual(["Talvik"]);
    expect(texts(values("Since March Calder Group has grown.").names)).toEqual(["Calder Group"]);
    expect(texts(values("The deal closed on Monday Skagen said.").names)).toEqual(["Skagen"]);
    expect(texts(values("April Ryan said the deal was fair.").names)).toEqual(["April Ryan"]);
  });

  it("keeps a given name that opens like a month after a word of time ('led by Maria Okonjo')", () => {
    // A bank's new chief, a fund's partner, a regulator's head.
    expect(texts(values("The merged bank will be led by Maria Okonjo.").people)).toEqual(["Maria Okonjo"]);
    expect(texts(values("The round was arranged by Janet Voss, a partner at Harlow.").names)).toContain(
      "Janet Voss",
    );
    expect(texts(values("The filing was signed on Julian Brandt's behalf.").names)).toContain(
      "Julian Brandt",
    );
  });

  it("joins a surname's lower-case particle to the name ('Jan van der Berg', 'Banco do Norte')", () => {
    // A Dutch port deal, a Brazilian bank, a Spanish utility's chair.
    expect(texts(values("Jan van der Berg, chairman of Rijnmond Holdings, backed the offer.").names)).toEqual(
      ["Jan van der Berg", "Rijnmond Holdings"],
    );
    expect(texts(values("Analysts at Banco do Norte called the price high.").names)).toContain(
      "Banco do Norte",
    );
    expect(texts(values("The utility is chaired by Lucia de la Fuente.").names)).toEqual([
      "Lucia de la Fuente",
    ]);
    // A particle with no capitalised word after it is no part of a name.
    expect(texts(values("Quill said it would do so in May.").names)).not.toContain("Quill do");
  });

  it("splits hyphenated parties into two names", () => {
    const { names } = values("The deal extends the Amazon-OpenAI alliance.");
    expect(texts(names)).toEqual(["Amazon", "OpenAI"]);
  });

  it("keeps multi-word names and model numbers whole", () => {
    const { names } = values(
      "It joins agreements with Google Cloud and Oracle; Nvidia's new GB200 and GB300 chips come first.",
    );
    expect(texts(names)).toEqual(["Google Cloud", "Oracle", "Nvidia", "GB200", "GB300"]);
  });

  it("marks a name that opens the sentence as initial", () => {
    const { names } = values("Microsoft shares briefly dipped while Amazon rose.");
    expect(names.map((n) => [n.text, n.initial])).toEqual([
      ["Microsoft", true],
      ["Amazon", false],
    ]);
  });

  it("does not take a company for a person", () => {
    expect(values("Google Cloud and Microsoft Azure compete.").people).toEqual([]);
  });
  it("keeps names with letters beyond ASCII whole", () => {
    // Foxconn's Silesian plant, Škoda's Indian venture, a French bank's sale: names in any script.
    expect(texts(values("The plant at Kobierzyce, near Wrocław, opens in 2027.").names)).toEqual([
      "Kobierzyce",
      "Wrocław",
    ]);
    expect(texts(values("Volkswagen-Škoda talks with Société Générale and Müller ended.").names)).toEqual([
      "Volkswagen",
      "Škoda",
      "Société Générale",
      "Müller",
    ]);
    expect(texts(values("The Açores unit was sold, said Zoë Ørsted.").people)).toEqual(["Zoë Ørsted"]);
  });
});

describe("extractValues: rates", () => {
  it("marks an amount per share or per year, and keys it apart from a total", () => {
    const v = values("Holders get $42.10 a share in cash, and the unit brings in $90 million a year.");
    expect(v.money.map((m) => m.per)).toEqual(["share", "year"]);
    expect(keys(v.money)).toEqual(["money:usd:42.1/share", "money:usd:90000000/year"]);
  });

  it("leaves a total without a rate", () => {
    expect(values("The brewer pays $4 billion for the distillery.").money[0]?.per).toBeUndefined();
  });
});

describe("extractValues: reported speech", () => {
  it("takes the clause after 'said … that' as the remark when nothing is quoted", () => {
    const v = values(
      "Finance chief Lena Park said on Monday that the contract would lift margins next year.",
    );
    expect(texts(v.quotes)).toEqual(["the contract would lift margins next year"]);
  });

  it("takes the clause right after the verb", () => {
    const v = values("The judge added the merger could not close before the appeal was heard.");
    expect(texts(v.quotes)).toEqual(["the merger could not close before the appeal was heard"]);
  });

  it("prefers words in quotation marks when the sentence has them", () => {
    const v = values('The founder said the round was "a vote of confidence in our chips".');
    expect(texts(v.quotes)).toEqual(["a vote of confidence in our chips"]);
  });
});

describe("extractValues: titles", () => {
  it("does not take the middle of a title for a name", () => {
    const v = values("Its Chief Financial Officer Roger Olsen will join the board.");
    expect(texts(v.names)).not.toContain("Financial");
    expect(texts(v.people)).toEqual(["Roger Olsen"]);
  });
});

describe("extractValues: power and full dates", () => {
  it("reads power with a unit symbol or word, in megawatts", () => {
    const { count } = values("The plant adds 1.5GW, and a second site 500 MW.");
    expect(count.map((c) => [c.key, c.noun])).toEqual([
      ["count:1500mw", POWER_NOUN],
      ["count:500mw", POWER_NOUN],
    ]);
  });

  it("reads thousands separators in power, so 1,820 MW is not 820 MW", () => {
    const { count } = values("The campus will draw 1,820 MW in all.");
    expect(count.map((c) => [c.key, c.text])).toEqual([["count:1820mw", "1,820 MW"]]);
  });

  it("keeps a date written to the day whole, with the milestone before it", () => {
    const { date } = values(
      "The first units start in 2027, and the full capacity is online by March 14, 2029.",
    );
    expect(date.map((d) => [d.text, d.aspect])).toEqual([
      ["in 2027", "start"],
      ["March 14, 2029", "complete"],
    ]);
  });
});

describe("extractValues: what something was worth", () => {
  it("reads 'the $X it was worth' as a valuation, not the round named after it", () => {
    // A drone maker's up-round.
    const [now, before] = values(
      "The round values Skyloft at $2 billion, triple the $650 million it was worth when it last raised money.",
    ).money;
    expect([now!.measure, before!.measure, before!.prior]).toEqual(["valuation", "valuation", true]);
  });
});

describe("extractValues: currencies named by a word", () => {
  it("reads a currency WordNet knows after an amount, in its own currency", () => {
    // A shipping loan in yuan and a Swiss bank's bond sale.
    const loan = extractValues("Lathby Shipping borrowed 3 billion yuan from two state banks.", processTerm);
    expect(loan.money.map((m) => [m.text, m.key])).toEqual([["3 billion yuan", "money:yuan:3000000000"]]);
    const bond = extractValues("Feldmark Bank sold 750 million Swiss francs of bonds.", processTerm);
    expect(bond.money.map((m) => m.key)).toEqual(["money:francs:750000000"]);
  });

  it("reads a currency word WordNet lacks when the article restates the amount in a currency sign", () => {
    // A Nordic fund's stake in a ferry operator, told in kronor and in dollars.
    const { money } = extractValues(
      "Ardwyn Capital will pay about 2.8 billion Swedish kronor ($265 million) for the stake.",
      processTerm,
    );
    expect(money.map((m) => m.key)).toEqual(["money:kronor:2800000000", "money:usd:265000000"]);
    expect(money[0]!.equivalent).toBe("money:usd:265000000");
    const or = extractValues("Its cheque is roughly 1.9 billion kroner, or about $180 million.", processTerm);
    expect(or.money.map((m) => m.key)).toEqual(["money:kroner:1900000000", "money:usd:180000000"]);
  });

  it("reads a currency written in capitals or as a code after the amount", () => {
    // A robotics start-up's round, a railway's bond, a miner's sale.
    expect(keys(values("Zorvik Robotics raised 10 million USD from two funds.").money)).toEqual([
      "money:usd:10000000",
    ]);
    expect(keys(values("Pellbrook Rail sold 300 million Euros of green bonds.").money)).toEqual([
      "money:eur:300000000",
    ]);
    expect(keys(values("Talvik Mining agreed a sale worth 38 Billion Dollars in cash.").money)).toEqual([
      "money:usd:38000000000",
    ]);
  });

  it("reads no currency in a counted noun restated in a currency sign, nor in an adjective before a noun", () => {
    expect(keys(values("Quellin sold 3 million shares ($45 million) on Tuesday.").money)).toEqual([
      "money:usd:45000000",
    ]);
    expect(keys(values("Quellin sold 3 million shares, or about $45 million.").money)).toEqual([
      "money:usd:45000000",
    ]);
    expect(keys(values("The app now has 5 million real users in Brazil.").money)).toEqual([]);
  });

  it("reads no currency in a counted noun, nor again in an amount a sign already marks", () => {
    const { money } = extractValues(
      "Oxcombe will issue 20 million shares worth $425 million at Friday's close.",
      processTerm,
    );
    expect(money.map((m) => m.key)).toEqual(["money:usd:425000000"]);
  });
});

describe("extractValues: a percentage of a company's shares", () => {
  it("reads a percentage of the outstanding shares as a stake, whatever verb stands near it", () => {
    // A utility's equity sale and a brewer's buyback: "shares" in the clause is no move of the stock.
    const utility = extractValues(
      "Marrick will buy 4 million new shares, representing about 7% of Hexwold's outstanding shares.",
      processTerm,
    );
    expect(utility.percent.map((p) => [p.text, p.measure])).toEqual([["7%", "stake"]]);
    const brewer = extractValues("Tilsbury rose 3% after buying back 2% of its common stock.", processTerm);
    expect(brewer.percent.map((p) => [p.text, p.measure])).toEqual([
      ["3%", "change"],
      ["2%", "stake"],
    ]);
  });
});

describe("extractValues: counts of a name's things", () => {
  it("counts a noun after a name of two words joined by '&'", () => {
    // A bankrupt chain's stores and a distiller's pubs.
    const chain = extractValues("The buyer will keep 310 Rusk & Dorne stores open.", processTerm);
    expect(chain.count.map((c) => [c.text, c.key, c.noun])).toEqual([
      ["310 Rusk & Dorne stores", "count:310", processTerm("stores")],
    ]);
    const pubs = extractValues("It owns 48 Stavely & Wendry pubs in the north.", processTerm);
    expect(pubs.count.map((c) => c.key)).toEqual(["count:48"]);
  });
});

describe("extractValues: a rate told by the word after 'of'", () => {
  it("reads '$45 million of annual savings' as a rate a year, and '$5 million of water rights' as none", () => {
    // A brewers' merger and a farm sale.
    const savings = extractValues(
      "Jorvik expects $45 million of annual savings from the merger.",
      processTerm,
    );
    expect(savings.money.map((m) => m.per)).toEqual(["year"]);
    const farm = extractValues("Dunstable paid $5 million of water rights.", processTerm);
    expect(farm.money.map((m) => m.per)).toEqual([undefined]);
  });
});

describe("extractValues: a count written as a compound modifier", () => {
  it("counts the noun of '1,200-bed' or '12-member', not a time's or a unit's", () => {
    // A hospital sale, a club's board, and a chip plant's lease.
    const hospital = extractValues("Ketterby bought the 1,200-bed Wendry General Hospital.", processTerm);
    expect(hospital.count.map((c) => [c.text, c.key, c.noun])).toEqual([
      ["1,200-bed", "count:1200", processTerm("beds")],
    ]);
    const board = extractValues("The club named a 12-member board for the 30-year-old owner.", processTerm);
    expect(board.count.map((c) => c.key)).toEqual(["count:12"]);
    const plant = extractValues("It signed a 20-year lease for a 3-nanometre plant.", processTerm);
    expect(plant.count.filter((c) => c.key === "count:20")).toEqual([]);
  });
});

describe("extractValues: people by an office in apposition", () => {
  it("takes a name followed by an office set off by commas for a person's", () => {
    // A copper mine, a stadium bond and a ferry merger; no lexicon knows these given names.
    const people = (text: string) => extractValues(text, (w) => w.toLowerCase()).people.map((p) => p.text);
    expect(
      people("Maribeth Kessel, the general manager of the Quorrel mine, said output would rise."),
    ).toEqual(["Maribeth Kessel"]);
    expect(people("Idony Carvell, the authority's treasurer, signed the bonds.")).toEqual(["Idony Carvell"]);
    // A company described by a kind of company holds no office.
    expect(people("Dunmarrow Ferries, the island's oldest operator, agreed to merge.")).toEqual([]);
  });
});
