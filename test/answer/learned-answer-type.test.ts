import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze-question.js";
import { createEngine } from "../../src/answer/create-engine.js";
import { askedHead, learnedAnswerType } from "../../src/answer/learned-answer-type.js";
import { article } from "./support.js";

const BASE = "http://localhost:3000";

describe("askedHead", () => {
  it("reads the head noun of what, which, what-kind-of and how-big questions", () => {
    expect(askedHead("What's the annual coupon on the new notes?")).toBe("coupon");
    expect(askedHead("what lock-up did the founders sign?")).toBe("lock-up");
    expect(askedHead("What kind of haircut are bondholders taking?")).toBe("haircut");
    expect(askedHead("how big is the earnout?")).toBe("earnout");
    expect(askedHead("when does the lock-up end?")).toBeUndefined();
  });
});

describe("learnedAnswerType", () => {
  const percent = () => "percent" as const;

  it("takes the noun's kind where the question's form told none, or money by its verb alone", () => {
    expect(learnedAnswerType(analyzeQuestion("what's the haircut?"), percent)).toBe("percent");
    expect(learnedAnswerType(analyzeQuestion("what coupon did Vellmora pay?"), percent)).toBe("percent");
  });

  it("keeps a type a word of the question names, and asks nothing of a yes/no question or a deal noun", () => {
    expect(learnedAnswerType(analyzeQuestion("how much is the haircut worth?"), percent)).toBeUndefined();
    expect(learnedAnswerType(analyzeQuestion("is there a haircut?"), percent)).toBeUndefined();
    expect(learnedAnswerType(analyzeQuestion("what is the deal?"), percent)).toBeUndefined();
  });
});

/** The answer of an engine over articles given as id → body. */
function answerFrom(bodies: Readonly<Record<string, string>>, question: string) {
  const articles = Object.entries(bodies).map(([id, body]) => article(id, body));
  return createEngine(articles, { publicBaseUrl: BASE }).answer(question);
}

describe("answering with the kind of value the articles state beside the asked noun", () => {
  it("answers a bond exchange's haircut with a percentage and flags a source's slipped decimal", () => {
    const result = answerFrom(
      {
        "vellmora-1": "Vellmora Foods asked holders to accept a haircut of 35% on its 2029 notes.",
        "vellmora-2": "Bondholders in Vellmora Foods face a 35% haircut under the exchange.",
        // A list line names the haircut alone; its article names the company elsewhere.
        "vellmora-3":
          "Vellmora Foods set out the terms of its debt exchange on Monday.\n\n- Haircut: 3.5% of face value\n- New notes due 2031",
        "vellmora-4": "Haircut: 35% on the 2029 notes, Vellmora Foods said.",
      },
      "What's the haircut on the Vellmora notes?",
    );
    expect(result.answerType).toBe("percent");
    expect(result.answer).toBe("35%");
    expect(result.conflicts.flatMap((c) => c.values.map((v) => v.value))).toContain("3.5%");
  });

  it.each<{ deal: string; bodies: Record<string, string>; question: string; type: string; answer: RegExp }>([
    {
      deal: "an IPO's lock-up with its duration",
      bodies: {
        "quendrick-1": "Quendrick Robotics insiders agreed to a lock-up of 180 days after the listing.",
        "quendrick-2":
          "Quendrick Robotics priced its listing on Tuesday.\n\n- Lock-up: 180 days for directors and early backers",
        "quendrick-3": "Early Quendrick Robotics investors signed a 180-day lock-up, the prospectus shows.",
      },
      question: "what is the lock-up for Quendrick insiders?",
      type: "duration",
      answer: /^180[- ]days?$/,
    },
    {
      // WordNet does not know "earnout": only the articles tell what it is.
      deal: "an acquisition's earnout with an amount",
      bodies: {
        "tarnwell-1":
          "Harrowgate Pharma will buy Tarnwell Bio, with an earnout of $40 million tied to approval.",
        "tarnwell-2":
          "Harrowgate Pharma gave the terms of its Tarnwell Bio purchase.\n\n- Earnout: $40 million if the drug wins approval\n- Closing: first quarter",
        "tarnwell-3": "Harrowgate Pharma also agreed a $40 million earnout for Tarnwell Bio holders.",
      },
      question: "what's the earnout in Harrowgate's deal for Tarnwell?",
      type: "money",
      answer: /^\$40 million$/,
    },
  ])("answers $deal", ({ bodies, question, type, answer }) => {
    const result = answerFrom(bodies, question);
    expect(result.answerType).toBe(type);
    expect(result.answer).toMatch(answer);
  });
});
