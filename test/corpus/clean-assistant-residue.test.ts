import { describe, expect, it } from "vitest";
import { removeAssistantResidue } from "../../src/corpus/clean-assistant-residue.js";

describe("removeAssistantResidue", () => {
  it("cuts the assistant's offer from the end of the last paragraph", () => {
    const blocks = [
      "Intro.",
      "It can take significant steps to become “no longer lagging.” If you'd like, I can also prepare an analysis of this deal in Hindi, covering its India reach",
    ];
    expect(removeAssistantResidue(blocks)).toEqual([
      "Intro.",
      "It can take significant steps to become “no longer lagging.”",
    ]);
  });

  it("recognises the offer with a curly apostrophe too", () => {
    expect(removeAssistantResidue(["Done. If you’d like, I can turn this into a thread."])).toEqual([
      "Done.",
    ]);
  });

  it("drops an offer on its own line and the options listed after it", () => {
    const blocks = ["Story.", "Would you like me to:", "- write a summary", "- translate it"];
    expect(removeAssistantResidue(blocks)).toEqual(["Story."]);
  });

  it("keeps sentences that merely start with 'if you' in the story", () => {
    const blocks = [
      "If you want to understand the deal, follow the chips.",
      "If you like cloud stocks, AWS rose.",
    ];
    expect(removeAssistantResidue(blocks)).toEqual(blocks);
  });

  it("looks only at the end of the article", () => {
    const blocks = ["If you'd like, I can explain.", "A.", "B.", "C.", "D.", "E."];
    expect(removeAssistantResidue(blocks)).toEqual(blocks);
  });

  it("drops an assistant's opening line presenting the article", () => {
    expect(removeAssistantResidue(["Sure! Here's a news article about the deal:", "Story."])).toEqual([
      "Story.",
    ]);
    expect(removeAssistantResidue(["Certainly, below is the summary.", "Story."])).toEqual(["Story."]);
  });

  it("keeps an opening sentence that only starts like one", () => {
    const blocks = ["Sure enough, Amazon shares rose 5% after the news.", "Story."];
    expect(removeAssistantResidue(blocks)).toEqual(blocks);
  });
});
