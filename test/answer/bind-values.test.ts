import { describe, expect, it } from "vitest";
import {
  attachedWords,
  clauseBreaks,
  inAppositive,
  inCondition,
  ownedByOther,
} from "../../src/answer/bind-values.js";

/** The span of `fragment` in `text`, as a value. */
const span = (text: string, fragment: string) => ({ at: text.indexOf(fragment), text: fragment });
const at = (text: string, word: string) => text.indexOf(word);

describe("clauseBreaks", () => {
  it("counts commas and subordinating words between two offsets, not an appositive", () => {
    const text = "Corvell, the Ohio grid operator, will pay $2 billion, which it borrowed.";
    expect(clauseBreaks(text, at(text, "Corvell"), at(text, "$2"))).toBe(0);
    expect(clauseBreaks(text, at(text, "$2"), at(text, "borrowed"))).toBe(2);
  });
});

describe("clauseBreaks: thousands separators", () => {
  it("counts no comma between the digits of a number, and still one after it", () => {
    // A hospital sale, a tower sale.
    const text =
      "Medra agreed to sell its 1,240 beds to a group led by Halden Care and lease them back for 20 years.";
    expect(clauseBreaks(text, at(text, "Medra"), at(text, "20 years"))).toBe(0);
    const listed = "It owns 9,400 towers, 300 of them rooftops.";
    expect(clauseBreaks(listed, at(listed, "owns"), at(listed, "300"))).toBe(1);
    // The name the question asks stands in the value's clause: another name later in it owns nothing.
    expect(ownedByOther(text, span(text, "20 years"), [at(text, "Medra")], [at(text, "Halden")])).toBe(false);
  });
});

describe("clauseBreaks: participle phrases", () => {
  it("does not count a participle phrase that only describes the noun before it", () => {
    const text = "The rail contracts, signed in Oslo on Friday, are worth $4 billion, the ministry said.";
    expect(clauseBreaks(text, at(text, "contracts"), at(text, "$4 billion"))).toBe(0);
    expect(clauseBreaks(text, at(text, "contracts"), at(text, "ministry"))).toBe(1);
  });
});

describe("attachedWords", () => {
  it("gives each word to the value of its own clause", () => {
    // A refinery build-out: the permit and the first output are dated in two clauses.
    const text = "Permitting should finish in early 2027, and first output is planned for 2030.";
    const values = [span(text, "early 2027"), span(text, "2030")];
    expect(attachedWords(text, values, [at(text, "Permitting")])).toEqual([1, 0]);
    expect(attachedWords(text, values, [at(text, "output")])).toEqual([0, 1]);
  });

  it("gives a word to the value of its own coordinated phrase on an equal count of words", () => {
    // A supply contract: the first order and the option are joined by "and".
    const text = "Corvell placed a firm order for 40 turbines and holds options on a further 25.";
    const values = [span(text, "40"), span(text, "25")];
    expect(attachedWords(text, values, [at(text, "options")])).toEqual([0, 1]);
  });

  it("gives the words of a value's qualifying phrase to that value, however near the next one stands", () => {
    const text = "Fees climb from about $40 million in the opening year to about $65 million in the last.";
    const values = [span(text, "$40 million"), span(text, "$65 million")];
    expect(attachedWords(text, values, [at(text, "opening"), at(text, "year")])).toEqual([2, 0]);
  });

  it("ignores the words inside a value, which every value of that kind holds", () => {
    const text = "Harlow ships 400 turbines and 12 substations.";
    const values = [span(text, "400 turbines"), span(text, "12 substations")];
    expect(attachedWords(text, values, [at(text, "turbines")])).toEqual([0, 0]);
  });
});

describe("ownedByOther", () => {
  it("gives a value to the party that is its clause's subject, not to one in another clause", () => {
    // A wind-farm venture with three partners.
    const text = "Stavanger Power will hold 60% of the venture, with Kestrel Energy taking 25%.";
    const sixty = span(text, "60%");
    const quarter = span(text, "25%");
    const asked = [at(text, "Kestrel")];
    const others = [at(text, "Stavanger")];
    expect(ownedByOther(text, sixty, asked, others)).toBe(true);
    expect(ownedByOther(text, quarter, asked, others)).toBe(false);
  });

  it("gives a value to the name before it where the asked name only follows in a coordinated phrase", () => {
    // An all-share merger of two insurers: the verb is written once.
    const text = "Halvard holders will own about 58% of the group and Peldon holders about 42%.";
    const asked = [at(text, "Peldon")];
    const others = [at(text, "Halvard")];
    expect(ownedByOther(text, span(text, "58%"), asked, others)).toBe(true);
    expect(ownedByOther(text, span(text, "42%"), asked, others)).toBe(false);
  });

  it("reads 'owned by X' as X's", () => {
    const text = "The mill will be 51% owned by Norrland Pulp, with Tamsin Paper holding the rest.";
    expect(ownedByOther(text, span(text, "51%"), [at(text, "Tamsin")], [at(text, "Norrland")])).toBe(true);
  });

  it("does not give an amount to the party it goes to", () => {
    const text = "Quorvex, the Danish robot maker, is putting $900 million into Austria's Feldkirch Labs.";
    expect(
      ownedByOther(text, span(text, "$900 million"), [at(text, "Quorvex")], [at(text, "Feldkirch")]),
    ).toBe(false);
  });
});

describe("inCondition", () => {
  it("finds a figure inside an if- or unless-clause, not one outside it", () => {
    // A tender offer's threshold and a funding round's conditional tranche.
    const offer = "The offer lapses unless Tolland secures more than 90% of the shares.";
    expect(inCondition(offer, span(offer, "90%"))).toBe(true);
    const round = "If the trial succeeds, the fund adds $40 million to the round.";
    expect(inCondition(round, span(round, "$40 million"))).toBe(false);
    const fee = "Quorvex will pay $75 million if regulators block the deal.";
    expect(inCondition(fee, span(fee, "$75 million"))).toBe(false);
  });
});

describe("inAppositive", () => {
  const inside = (text: string, word: string) => inAppositive(text, span(text, word));

  it("finds a name inside a phrase describing the name before it", () => {
    // A lab's founders, a grocer's buyer, a shareholder's stance: three invented deals.
    expect(inside("Raman, a former Vantor researcher, co-founded Orrery in 2021.", "Vantor")).toBe(true);
    expect(inside("Calder, the parent of Fenmart Foods, will buy Talvik.", "Fenmart Foods")).toBe(true);
    expect(inside("Calder, the parent of Fenmart Foods, will buy Talvik.", "Talvik")).toBe(false);
  });

  it("finds none where the commas set off no description of a name", () => {
    expect(inside("On Monday, a day after the Fenmart vote, Kessel said no.", "Fenmart")).toBe(false);
    expect(inside("after the vote, a rival, Brightfin, said no.", "Brightfin")).toBe(false);
  });
});
