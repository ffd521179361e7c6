import { describe, expect, it } from "vitest";
import { aboutClause, createPolarityReader } from "../../src/answer/polarity.js";
import { sharedWordNet } from "../../src/search/related-words.js";
import { termsOf } from "../../src/search/terms.js";

const read = createPolarityReader(sharedWordNet());

describe("readPolarity", () => {
  it.each([
    // Twitter, 2022: a plain statement of what is asked.
    [
      "will Twitter shareholders vote on the deal?",
      "Twitter shareholders will vote on the deal in September.",
    ],
    // Figma: the same verb of not doing in question and sentence agree.
    ["did Adobe abandon the Figma deal?", "Adobe and Figma abandoned the deal in December 2023."],
    // Activision: "not" in a clause about someone else does not deny this one.
    [
      "did Microsoft raise its offer?",
      "Microsoft raised its offer to $95 a share, while Sony did not comment on the bid.",
    ],
    // A fall in the sentence is no denial where the verb is used with a number.
    ["did shares of Arm decline?", "Shares of Arm declined 4% in early trading."],
  ])("says yes to %j from %j", (question, evidence) => {
    expect(read(question, evidence)).toBe("yes");
  });

  it.each([
    // A negation word in the clause about the asked subject.
    [
      "did Temasek take part in the round?",
      "Sequoia and Accel also invested, while existing backer Temasek did not take part in the round.",
    ],
    // Verbs of not doing, as WordNet places them: stop, drop out, withdraw, refuse.
    ["will Vodafone keep paying its dividend?", "Vodafone said it would stop paying its dividend next year."],
    [
      "did KKR make a final offer for Telecom Italia's network?",
      "KKR and a rival fund studied Telecom Italia's network but dropped out before final offers, people said.",
    ],
    ["did Broadcom make an offer for Qualcomm?", "Broadcom withdrew its offer for Qualcomm in March 2018."],
    ["did the board accept the bid?", "The board refused to engage with the bid."],
    // WordNet antonyms: rejected for accept, fell for rise, sell for buy.
    ["did Unilever accept the offer?", "Unilever rejected the £50 billion offer as too low."],
    ["did Siemens Energy shares rise?", "Siemens Energy shares fell 7% after the announcement."],
    ["will Škoda buy the Wrocław plant?", "Škoda plans to sell the Wrocław plant by the end of the year."],
    // What is done "rather than" or "instead of" the asked act denies it.
    [
      "is Hallam cashing out his shares?",
      "Hallam is rolling his whole stake into the new company rather than cashing out.",
    ],
    [
      "is the founder selling her stake?",
      "The founder will keep her stake in the brewer instead of selling it for cash.",
    ],
    // What another agreement covers, the asked one does not.
    [
      "does the deal cover Mexico?",
      "Matches in Mexico stay with Azteca Sports under a separate agreement that runs to 2029.",
    ],
    // Its own negation in the question and none in the sentence.
    ["has no regulator approved the merger?", "Regulators in Brussels approved the merger in May."],
    // "Zero" denies as "nothing" does.
    [
      "do Vellmore shareholders get anything from the sale?",
      "Lenders are repaid in full, while shareholders get zero.",
    ],
  ])("says no to %j from %j", (question, evidence) => {
    expect(read(question, evidence)).toBe("no");
  });

  it.each([
    [
      "is Mistral profitable?",
      "Mensch declined to say whether Mistral was profitable, but said revenue had tripled.",
    ],
    ["will Müller close the plant?", "Müller would not comment on the future of the plant."],
  ])("says a denied telling leaves %j unstated", (question, evidence) => {
    expect(read(question, evidence)).toBe("unstated");
  });

  it.each([
    // A lender's price, a charter's rate, a licence's royalty: the telling itself is asked.
    [
      "did Société Générale disclose the price?",
      "Société Générale did not disclose the price it paid.",
      "no",
    ],
    [
      "Did either company disclose the day rate for the Vessanby rig?",
      "Neither company disclosed the day rate.",
      "no",
    ],
    ["Has Tollmere revealed the royalty?", "Tollmere revealed the royalty in its annual report.", "yes"],
    ["did Haddrel say how many jobs will go?", "Haddrel declined to say how many jobs would go.", "no"],
  ])("answers %j by the telling when the telling is asked", (question, evidence, expected) => {
    expect(read(question, evidence)).toBe(expected);
  });

  it("reads an opposite only where the clause does not use the asked word itself", () => {
    expect(read("did the shares rise?", "The shares rose after falling in early trading.")).toBe("yes");
  });
});

describe("aboutClause", () => {
  it("takes the clause holding most of the question's words", () => {
    const sentence = "Apollo made a final bid, while Blackstone did not bid at all.";
    expect(aboutClause(sentence, new Set(termsOf("did Blackstone bid?")))).toBe(
      "Blackstone did not bid at all.",
    );
  });

  it("keeps a clause opening with a verb with the subject before it", () => {
    const sentence =
      "Apollo and Blackstone looked at the business but dropped out before final bids, the people said.";
    expect(aboutClause(sentence, new Set(termsOf("did Apollo make a final bid?")))).toContain(
      "Apollo and Blackstone looked at the business dropped out before final bids",
    );
  });

  it("keeps a relative clause with the bare noun phrase it is the predicate of", () => {
    const sentence = "Bondholders keep their claims, and the shareholders, who get nothing, lose their vote.";
    expect(aboutClause(sentence, new Set(termsOf("do Ormond shareholders get anything?")))).toContain(
      "the shareholders get nothing",
    );
    // After a clause with its own verb, a relative clause stays apart.
    const other = "Dunmere sold the mill, which closed in May.";
    expect(aboutClause(other, new Set(termsOf("did Dunmere sell the mill?")))).toBe("Dunmere sold the mill");
  });

  it("keeps the whole sentence when no clause holds a word of the question", () => {
    const sentence = "We are not thinking about that; we are thinking about patients.";
    expect(aboutClause(sentence, new Set(termsOf("is it planning an IPO?")))).toBe(sentence);
  });
});
