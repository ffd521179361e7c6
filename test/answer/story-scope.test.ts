import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/create-engine.js";
import type { Engine } from "../../src/answer/engine.js";
import { loadArticles } from "../../src/corpus/load-articles.js";
import type { AnswerResult, Article } from "../../src/types.js";
import { article } from "./support.js";

const stories = join("..", "shared", "eval", "stories");
async function load(dir: string): Promise<Article[]> {
  const loaded = await loadArticles(dir);
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.articles;
}

let seeds: Article[];
let acquisition: Article[];
let round: Article[];
let combined: Engine;
const options = { publicBaseUrl: "http://localhost:3000" };
beforeAll(async () => {
  seeds = await load(join("..", "shared", "seeds"));
  acquisition = await load(join(stories, "salesforce-informatica", "articles"));
  round = await load(join(stories, "mistral-asml", "articles"));
  combined = createEngine([...seeds, ...acquisition, ...round], options);
}, 60_000);

const storyOfArticles = (result: AnswerResult) => [
  ...new Set([
    ...result.quotes.map((q) => combined.storyOf(q.articleId)?.id),
    ...result.conflicts.flatMap((c) =>
      c.values.flatMap((v) => v.articleIds.map((id) => combined.storyOf(id)?.id)),
    ),
  ]),
];

describe("answering within one story", () => {
  it("answers from the story the question names, counting only that story's sources", () => {
    const result = combined.answer("how much is Salesforce paying for Informatica?");
    const story = combined.storyOf(acquisition[0]!.meta.id)!;
    expect(result).toMatchObject({ status: "answered", story: { id: story.id, title: story.title } });
    expect(result.agreement.of).toBe(acquisition.length);
    expect(storyOfArticles(result)).toEqual([story.id]);
  });

  it("answers a story in a shared corpus as it answers it alone", () => {
    const alone = createEngine(seeds, options);
    for (const q of [
      "how much is the OpenAI AWS deal worth?",
      "what Nvidia chips will AWS provide to OpenAI?",
    ]) {
      const { story, ...inCombined } = combined.answer(q);
      expect(story?.title).toMatch(/OpenAI/);
      expect(inCombined).toEqual(alone.answer(q));
    }
  });

  it("asks which story when the question could be about any, listing them", () => {
    const result = combined.answer("how much is the deal worth?");
    expect(result).toMatchObject({ status: "no_answer", agreement: { sources: 0, of: 0 } });
    expect(result.status === "no_answer" && result.storyChoices?.map((c) => c.id).sort()).toEqual(
      combined
        .stories()
        .map((s) => s.id)
        .sort(),
    );
  });

  it("asks for words, not which story, when a question holds no word or figure", () => {
    for (const q of ["🤔", "???", "👍 …"]) {
      const result = combined.answer(q, { previousQuestion: "how much did Mistral AI raise?" });
      expect(result).toMatchObject({ status: "no_answer", quotes: [] });
      expect(result.status === "no_answer" && result.storyChoices).toBeFalsy();
      expect(result.status === "no_answer" && result.reason).toMatch(
        /^Ask me about the story in a few words/,
      );
    }
  });

  it("takes the story from the conversation, the picked story, or the followed one", () => {
    const round = combined.storyOf("500_b7ae86b779bdd90a")!;
    const after = combined.answer("how much is the deal worth?", {
      previousQuestion: "how much did Mistral AI raise?",
    });
    expect(after.story?.id).toBe(round.id);
    expect(combined.answer("how much is the deal worth?", { storyId: round.id }).story?.id).toBe(round.id);
    expect(combined.answer("how much is the deal worth?", { followedStoryIds: [round.id] }).story?.id).toBe(
      round.id,
    );
  });

  it("names no story while it holds only one", () => {
    expect(createEngine(seeds, options).answer("how much is the deal worth?").story).toBeUndefined();
  });

  it("moves an added article into its story", () => {
    const engine = createEngine([...seeds, ...round], options);
    expect(engine.stories()).toHaveLength(2);
    for (const a of acquisition) engine.upsert(a);
    expect(engine.stories()).toHaveLength(3);
    expect(engine.answer("how much is Salesforce paying for Informatica?").agreement.of).toBe(5);
    engine.remove(acquisition[0]!.meta.id);
    expect(engine.answer("how much is Salesforce paying for Informatica?").agreement.of).toBe(4);
  });

  it("keeps an untouched story's answers while another story gains an article", () => {
    const engine = createEngine([...seeds, ...round, ...acquisition.slice(1)], options);
    const before = engine.answer("how much did Mistral AI raise?");
    const roundIds = engine.storyOf(round[0]!.meta.id)!.articleIds;
    engine.upsert(acquisition[0]!);
    // The round's story is the same object's articles (its narrowed state is kept), the acquisition's grew.
    expect(engine.storyOf(round[0]!.meta.id)!.articleIds).toBe(roundIds);
    expect(engine.answer("how much did Mistral AI raise?")).toEqual(before);
    expect(engine.answer("how much is Salesforce paying for Informatica?").agreement.of).toBe(5);
  });
});

describe("the kind of value a noun takes, within one story", () => {
  // Two deals write "rate" for different things: a ship's charter rate is an amount a day, a bond's
  // coupon rate a percentage. Over both stories the word has no dominant kind; within each it has one.
  const charter = [
    "Rooksby Shipping chartered the tanker Marlowen Star to Dunsford Energy at a rate of $32,000 a day.",
    "Rooksby Shipping said the Marlowen Star charter rate is $32,000 a day for three years.",
    "Dunsford Energy agreed a $32,000 daily rate for the Marlowen Star, Rooksby Shipping said.",
  ];
  const bond = [
    "Pellicane Foods sold $400 million of notes due 2031 at a rate of 6.25%.",
    "The Pellicane Foods notes carry a 6.25% rate, the company said.",
    "Pellicane Foods priced its notes due 2031.\n\n- Rate: 6.25%\n- Size: $400 million",
  ];
  const engine = () =>
    createEngine(
      [
        ...charter.map((body, i) => article(`rooksby-${i}`, body)),
        ...bond.map((body, i) => article(`pellicane-${i}`, body)),
      ],
      options,
    );

  it("answers each story's rate with the kind its own articles state beside it", () => {
    const both = engine();
    expect(both.stories()).toHaveLength(2);
    expect(both.answer("What's the rate on the Pellicane notes?")).toMatchObject({
      answerType: "percent",
      answer: "6.25%",
    });
    expect(both.answer("What is the Marlowen Star charter rate?")).toMatchObject({
      answerType: "money",
      answer: expect.stringMatching(/^\$32,000\b/),
    });
  });
});
