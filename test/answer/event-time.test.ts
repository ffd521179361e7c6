import { describe, expect, it } from "vitest";
import { analyzeQuestion, eventTerms } from "../../src/answer/analyze-question.js";
import {
  preferBoundTimes,
  questionVerbs,
  timeOfEvent,
  withoutPeriodEnds,
} from "../../src/answer/event-time.js";
import { sharedWordNet } from "../../src/search/related-words.js";
import { article, ranker } from "./support.js";

const wordNet = sharedWordNet();

describe("questionVerbs", () => {
  it("takes the verb, not a noun after a determiner that WordNet also lists as a verb", () => {
    const verbs = questionVerbs(analyzeQuestion("when will the plant reach full output?"), wordNet);
    expect([...verbs]).toContain("reach");
    expect([...verbs]).not.toContain("plant");
  });
});

describe("preferBoundTimes and withoutPeriodEnds", () => {
  const { rank } = ranker([
    article(
      "ferry-1",
      [
        "The charter of the ferries by Nordlys Lines runs until the end of 2035.",
        "Two ferries arrive in 2026, and all six ferries should be sailing by mid-2028.",
      ].join("\n\n"),
    ),
  ]);
  const question = "when will all of the ferries be sailing?";

  it("puts the time of the asked aspect before a period's end", () => {
    const { analysis, ranked } = rank(question);
    const preferred = preferBoundTimes(ranked, analysis, () => 1, new Set());
    expect(preferred[0]?.ip.passage.text).toMatch(/by mid-2028/);
  });

  it("drops a period's end from the answers of a question asking when all of it is done", () => {
    const { analysis, ranked } = rank(question);
    const withTimes = ranked.filter((c) => c.values.length);
    expect(withTimes).toHaveLength(2);
    expect(withoutPeriodEnds(withTimes, analysis).map((c) => c.ip.passage.text)).toEqual([
      expect.stringMatching(/by mid-2028/),
    ]);
  });
});

describe("timeOfEvent", () => {
  const { rank } = ranker([
    article(
      "filing-1",
      [
        'The deadline for closing is 12-Jun-2027 (the "Long Stop Date"); it can be pushed back twice.',
        "Wirrabel Resources has signed a definitive Agreement and Plan of Merger dated 3-Mar-2026.",
        "Larkmoor Robotics priced its shares on Thursday and trading opens next week.",
        "The company filed its application with the Quobel Energy Commission on February 9.",
        "Sarnia Freight lodged its bid with the port board on May 2.",
        "The bank registered the bonds with the exchange on June 30.",
      ].join("\n\n"),
    ),
    article(
      "dividend-1",
      [
        "Calloway Mills declared a special dividend on Tuesday.",
        "- Payment date: close of business on Monday, March 8, 2027",
        "- Ex-dividend: Ardley exchange rules apply",
      ].join("\n"),
    ),
  ]);
  const dated = (question: string) => {
    const { analysis, ranked } = rank(question);
    const event = eventTerms(analysis);
    return ranked
      .filter((c) => c.values.length && timeOfEvent(c, analysis, event, wordNet))
      .map((c) => c.values[0]!.text);
  };

  it("reads a label in brackets right after a time as naming it", () => {
    expect(dated("when is the long stop date?")).toContain("12-Jun-2027");
  });

  it("reads a label before a colon as naming the time in its line", () => {
    // The clause after the colon names no payment; the label does.
    expect(dated("when is the payment date for the Calloway dividend?")).toContain(
      "on Monday, March 8, 2027",
    );
  });

  it("keeps a capitalised name joined by 'and' in the clause of the time after it", () => {
    expect(dated("when was the merger agreement signed?")).toContain("3-Mar-2026");
  });

  it("reads the event before a 'with' that opens a phrase of its verb", () => {
    expect(dated("when did the company file its application?")).toContain("on February 9");
    expect(dated("when did Sarnia lodge its bid?")).toContain("on May 2");
    expect(dated("when were the bonds registered?")).toContain("on June 30");
  });

  it("still tells the time of another act in the sentence apart", () => {
    expect(dated("when does trading open?")).not.toContain("on Thursday");
  });
});
