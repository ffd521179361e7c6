import { describe, expect, it } from "vitest";
import {
  predicateAsThing,
  predicateSubject,
  statesComparison,
  yesNoClause,
} from "../../src/answer/yes-no.js";
import { sharedWordNet } from "../../src/search/related-words.js";
import { termsOf } from "../../src/search/terms.js";

const pos = (w: string) => sharedWordNet().partsOfSpeech(w);
const term = (word: string) => termsOf(word)[0]!;

describe("yesNoClause", () => {
  it("reads the subject and the predicate verb of a yes/no question", () => {
    expect(yesNoClause("will Activision shareholders vote on the merger?", pos)).toEqual({
      subject: [term("Activision"), term("shareholders")],
      predicate: "vote",
    });
  });

  it("takes the word after a determiner as the subject's, though it may be a verb", () => {
    expect(yesNoClause("does the deal include a break-up fee?", pos)?.subject).toEqual([term("deal")]);
    expect(yesNoClause("has the takeover of Figma closed?", pos)).toBeUndefined();
    expect(yesNoClause("has the takeover closed?", pos)?.predicate).toBe("close");
  });

  it("finds no clause where the question has no subject and verb", () => {
    expect(yesNoClause("is it anywhere near as big as last year's?", pos)).toBeUndefined();
    expect(yesNoClause("what did Broadcom pay?", pos)).toBeUndefined();
  });
});

describe("predicateSubject", () => {
  const clause = { subject: [term("Twitter"), term("shareholders")], predicate: "vote" };
  const isSubject = (t: string) => clause.subject.includes(t);

  it("says 'other' where another noun does what is asked", () => {
    expect(
      predicateSubject("Twitter's board voted unanimously to recommend the merger.", clause, isSubject),
    ).toBe("other");
  });

  it("says 'same' where the subject does it, auxiliaries and adverbs between", () => {
    expect(
      predicateSubject("Twitter shareholders will overwhelmingly vote on the deal.", clause, isSubject),
    ).toBe("same");
  });

  it("says 'none' where the predicate is a noun or its doer a pronoun", () => {
    expect(predicateSubject("No further shareholder vote is required.", clause, isSubject)).toBe("none");
    expect(predicateSubject("They voted in September.", clause, isSubject)).toBe("none");
  });
});

describe("statesComparison", () => {
  it.each([
    "Broadcom's offer is 44% above VMware's closing price.",
    "Its valuation is a small fraction of OpenAI's.",
    "The target's market value shrank by a third in a year.",
    "The price is higher than the one rejected last summer.",
  ])("finds a comparison in %j", (text) => {
    expect(statesComparison(text)).toBe(true);
  });

  it("finds none in a plain statement", () => {
    expect(statesComparison("Google agreed to buy Wiz for $32 billion in cash.")).toBe(false);
  });
});

describe("predicateAsThing", () => {
  const nounFile = (w: string) => sharedWordNet().senses(w, "noun")[0]?.lexFile;
  const cashing = yesNoClause("is Hallam cashing out his shares?", pos)!;

  it("says a sentence using the asked verb's word only for a thing does not state the act", () => {
    // A founder-led buyout: the fund supplies the cash, which is not the founder cashing out.
    expect(
      predicateAsThing("The fund supplies the cash and the founder keeps his stake.", cashing, nounFile),
    ).toBe(true);
  });

  it("keeps a sentence using the word as a verb, or as a noun naming the act itself", () => {
    expect(predicateAsThing("Hallam is cashing out half of his shares.", cashing, nounFile)).toBe(false);
    const voting = yesNoClause("will the holders vote on the merger?", pos)!;
    expect(predicateAsThing("The vote is set for March 3.", voting, nounFile)).toBe(false);
  });
});
