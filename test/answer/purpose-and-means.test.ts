import { describe, expect, it } from "vitest";
import {
  askedRelation,
  sameAct,
  statesCause,
  statesRelation,
  verbBase,
} from "../../src/answer/purpose-and-means.js";
import { sharedWordNet } from "../../src/search/related-words.js";

const wordNet = sharedWordNet();

describe("askedRelation", () => {
  it("asks no means of a reaction: a verb with a 'to' complement is done to nothing", () => {
    // A plant restart, a store chain's sale, a chip merger: how someone reacts is what they said or did.
    expect(askedRelation("how are local campaigners reacting to the restart plan?", wordNet)).toBeUndefined();
    expect(askedRelation("how did the landlords respond to the sale?", wordNet)).toBeUndefined();
    expect(askedRelation("how did the unions react to the merger?", wordNet)).toBeUndefined();
  });

  it("reads a means question's verb past a subject of several words", () => {
    expect(askedRelation("how will Ostrava Steel finance the new mill?", wordNet)).toMatchObject({
      relation: "means",
      verb: "finance",
    });
    expect(askedRelation("how does Quill plan to fund the purchase?", wordNet)).toMatchObject({
      relation: "means",
      verb: "fund",
    });
    expect(askedRelation("how is the buyout being paid for?", wordNet)).toMatchObject({
      relation: "means",
      verb: "pay",
    });
    expect(askedRelation("how is the takeover financed?", wordNet)).toMatchObject({ relation: "means" });
  });

  it("asks no means of an act done to nothing: how shares moved, reacted or did", () => {
    expect(askedRelation("how did Brightwater shares move?", wordNet)).toBeUndefined();
    expect(askedRelation("how did the stock react?", wordNet)).toBeUndefined();
    expect(askedRelation("how did the shares do on their debut?", wordNet)).toBeUndefined();
  });

  it("reads a stranded 'for' or a 'why' as a purpose question, with its verb where there is one", () => {
    expect(askedRelation("what will the proceeds be used for?", wordNet)).toMatchObject({
      relation: "purpose",
      verb: "use",
      verbTerm: "use",
    });
    expect(askedRelation("what will Corvid spend the grant on?", wordNet)).toMatchObject({
      relation: "purpose",
      verb: "spend",
    });
    expect(askedRelation("why did the board reject the offer?", wordNet)).toMatchObject({
      relation: "purpose",
    });
    expect(askedRelation("why did the board reject the offer?", wordNet)?.verb).toBeUndefined();
    expect(askedRelation("what is the deal worth?", wordNet)).toBeUndefined();
  });
});

describe("verbBase and sameAct", () => {
  it("finds the verb under forms WordNet lists as adjectives", () => {
    expect(verbBase("used", wordNet)).toBe("use");
    expect(verbBase("paid", wordNet)).toBe("pay");
    expect(verbBase("spent", wordNet)).toBe("spend");
    expect(verbBase("laboratory", wordNet)).toBeUndefined();
  });

  it("relates funding to paying, not to building", () => {
    expect(sameAct("fund", "pay", wordNet)).toBe(true);
    expect(sameAct("build", "pay", wordNet)).toBe(false);
  });
});

describe("statesRelation", () => {
  const means = askedRelation("how will Ostrava Steel finance the new mill?", wordNet)!;
  const purpose = askedRelation("what will the proceeds be used for?", wordNet)!;

  it("finds a means told by a related verb and what it is done with", () => {
    expect(
      statesRelation(
        "Ostrava will pay for the mill with retained earnings and a €900 million bond.",
        means,
        wordNet,
      ),
    ).toBe(2);
    expect(statesRelation("The mill will cost about €2 billion to build.", means, wordNet)).toBe(0);
  });

  it("binds a purpose to the asked act, and counts a lone infinitive less", () => {
    expect(
      statesRelation(
        "The company said it would use the proceeds to repay debt and open two stores.",
        purpose,
        wordNet,
      ),
    ).toBe(2);
    expect(statesRelation("Bankers expect the shares to climb above the range.", purpose, wordNet)).toBe(1);
  });

  it("takes neither the asked act itself nor what a verb of saying or having takes for a purpose", () => {
    // A mine sale, a ferry-route sale, a cable-network sale.
    const why = askedRelation("why sell the mine at all?", wordNet)!;
    expect(statesRelation("Ostrava held talks to sell the mine to a rival in 2024.", why, wordNet)).toBe(0);
    expect(statesRelation("Harlow agreed to buy two ferry routes from the state.", why, wordNet)).toBe(0);
    expect(statesRelation("The group would have had to spend heavily on the cables.", why, wordNet)).toBe(0);
    expect(
      statesRelation("Ostrava agreed on Monday to sell the mine, as it seeks to cut its debt.", why, wordNet),
    ).toBe(1);
  });

  it("hears a statement saying why or naming the reason as giving one", () => {
    const why = askedRelation("why gas and not more solar?", wordNet)!;
    expect(
      statesRelation('Dara Okafor, on why gas: "Solar alone cannot run a smelter at night.', why, wordNet),
    ).toBe(2);
    expect(statesRelation("The main reason was the price of batteries.", why, wordNet)).toBe(2);
    expect(statesRelation("Why would anyone build gas plants now?", why, wordNet)).toBe(0);
  });

  it("hears a reason reported with the act, and ranks a cause above a bare infinitive for 'why'", () => {
    // A rejected bid, a bankruptcy and a spin-off: reasons told by a participle of saying, "blaming", a result.
    const why = askedRelation("why did the Pemberwick board reject the offer?", wordNet)!;
    const said =
      "Pemberwick's board rejected the Haddrel offer, calling it opportunistic and saying it undervalues the company.";
    expect(statesRelation(said, why, wordNet)).toBe(2);
    const blamed = "Carrowick filed for bankruptcy in May, blaming high rents and a slump in sales.";
    expect(statesRelation(blamed, askedRelation("why did Carrowick go bankrupt?", wordNet)!, wordNet)).toBe(
      2,
    );
    const result =
      "Ulvane's chief executive said splitting the companies would let each focus on its own customers.";
    expect(statesRelation(result, askedRelation("why is Ulvane splitting up?", wordNet)!, wordNet)).toBe(2);
    // An infinitive completing a verb is weaker evidence of a reason.
    const infinitive = "Haddrel said it intends to nominate directors at Pemberwick's annual meeting.";
    expect(statesRelation(infinitive, why, wordNet)).toBeLessThan(2);
  });

  it("reads what a buyer is doing with the money as a purpose question", () => {
    const doing = askedRelation("what is Brightline doing with the cash?", wordNet)!;
    expect(doing).toMatchObject({ relation: "purpose" });
    expect(statesRelation("About $900 million will go to repaying bank loans.", doing, wordNet)).toBe(1);
  });

  it("takes no preposition for an infinitive", () => {
    expect(
      statesRelation(
        "The offering values the group at $3bn, according to people familiar with the matter.",
        purpose,
        wordNet,
      ),
    ).toBe(0);
  });
});

describe("statesCause", () => {
  it("tells a cause given in so many words from a sentence giving none", () => {
    // A mine sale, a drug licence returned, a plant closed.
    expect(statesCause("She said the company was selling because it wanted to focus on lithium.")).toBe(true);
    expect(statesCause("Bramley returned the rights due to a change in strategy.")).toBe(true);
    expect(statesCause("The plant closed as a result of weak demand for its chips.")).toBe(true);
    expect(statesCause("Silverline bought the Lac Dorval mine for C$640 million in 2023.")).toBe(false);
  });

  it("hears a cause told by a phrase, or announced by the section's heading", () => {
    // A regulator's review, a food merger, a ferry contract.
    expect(statesCause("The authority opened a review, citing concerns over the cereal market.")).toBe(true);
    expect(statesCause("The decision to merge came down to cost.")).toBe(true);
    expect(statesCause("Kellan scored higher on price than the rival yards.", "Why Kellan won")).toBe(true);
    expect(statesCause("Kellan scored higher on price than the rival yards.", "Why did Kellan win?")).toBe(
      false,
    );
    expect(statesCause("The first ferry is due in 2028.", "Delivery schedule")).toBe(false);
  });
});
