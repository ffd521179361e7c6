import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/create-engine.js";
import { loadEngine } from "../../src/bootstrap.js";
import { DigestSchema } from "../../src/commands/reply.js";
import { buildDigest } from "../../src/digest/build-digest.js";
import { readSnapshot, snapshotFacts } from "../../src/digest/fact-card.js";
import { article } from "../answer/support.js";
import { answered, withConflict } from "../fixtures/answers.js";
import { DEAL_ARTICLES } from "../fixtures/deal-stories.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { makeArticle } from "./support.js";

const seed = makeArticle("seed", undefined, ["An original seed article without an added time at all."]);
const during = makeArticle("during-day", "2025-11-03T11:00:00.000Z", [
  "Analysts met on Monday to discuss cloud contracts.",
  "OpenAI will spend $38 billion on Amazon Web Services capacity over seven years.",
  "The Amazon Web Services capacity for OpenAI includes Nvidia GPUs.",
]);
const tomorrow = makeArticle("tomorrow", "2025-11-04T11:00:00.000Z", [
  "Tomorrow's news is not in today's digest.",
]);
const base = {
  since: new Date("2025-11-02T08:00:00Z"),
  asOf: new Date("2025-11-04T08:00:00Z"),
  date: "2025-11-04",
  timezone: "Europe/Berlin",
  publicBaseUrl: "http://localhost:3000",
};

describe("buildDigest", () => {
  it("lists the article added during the day, with its listing and a quoted, linked gist", () => {
    const engine = createFakeEngine([seed, during, tomorrow]);
    const { digest } = buildDigest({ ...base, engine });
    expect(DigestSchema.parse(digest)).toEqual(digest);
    expect(digest.newArticles.map((a) => a.source.articleId)).toEqual(["during-day"]);
    expect(digest.newArticles[0]!.source).toMatchObject({
      title: "Title of during-day",
      publisher: "Example News",
    });
    expect(digest.newArticles[0]!.gist).toMatchObject({
      text: "OpenAI will spend $38 billion on Amazon Web Services capacity over seven years.",
      passageId: "during-day:1",
      // No address of its own: the link opens the bot's source page at the passage.
      url: "http://localhost:3000/sources/during-day#p-1",
    });
    expect(digest.empty).toBe(false);
  });

  it("shows the answered card lines with their quotes and agreement", () => {
    const { digest } = buildDigest({ ...base, engine: createFakeEngine([seed]) });
    expect(digest.factCard.map((f) => f.label)).toEqual(["Value"]);
    expect(digest.factCard[0]!.result.agreement).toEqual(withConflict.agreement);
    expect(digest.factCard[0]!.result.quotes.length).toBeGreaterThan(0);
  });

  it("is empty when nothing was added and no fact changed since the last card", () => {
    const engine = createFakeEngine([seed]);
    const first = buildDigest({ ...base, engine });
    // The first digest is news to the channel even without new articles.
    expect(first.digest.empty).toBe(false);
    const second = buildDigest({ ...base, engine, previous: first.snapshot });
    expect(second.digest).toMatchObject({ empty: true, newArticles: [], changedFacts: [] });
  });

  it("lists a fact whose agreement changed since the last card", () => {
    const engine = createFakeEngine([seed]);
    const previous = snapshotFacts([
      { label: "Value", result: { ...withConflict, agreement: { sources: 2, of: 4 } } },
      { label: "Duration", result: answered },
    ]);
    // A card stored before digests followed stories (a bare card) still counts as the only story's.
    const { digest } = buildDigest({ ...base, engine, previous: readSnapshot(previous) });
    expect(digest.changedFacts).toEqual([
      {
        label: "Value",
        change: "4 of 5 sources agree (was 2 of 4)",
        result: expect.objectContaining({ status: "answered" }),
      },
    ]);
    expect(digest.empty).toBe(false);
  });
});

describe("buildDigest on the real seeds", () => {
  it("lists a seed re-added during the day with a verbatim gist, and a card from the real engine", async () => {
    const loaded = await loadEngine({
      seedsDir: fileURLToPath(new URL("../../seeds", import.meta.url)),
      publicBaseUrl: "http://localhost:3000",
    });
    if (!loaded.ok) throw new Error(loaded.error);
    const engine = loaded.engine;
    const original = engine.articles()[0]!;
    const copy = {
      ...original,
      meta: { ...original.meta, id: "added-today", added: "2025-11-03T11:00:00.000Z" },
    };
    engine.upsert({
      ...copy,
      passages: copy.passages.map((p) => ({ ...p, id: `added-today:${p.index}`, articleId: "added-today" })),
    });
    const { digest } = buildDigest({ ...base, engine });
    expect(digest.newArticles.map((a) => a.source.articleId)).toEqual(["added-today"]);
    const gist = digest.newArticles[0]!.gist!;
    expect(original.text).toContain(gist.text);
    const value = digest.factCard.find((f) => f.label === "Value");
    expect(value?.result).toMatchObject({ status: "answered", answer: expect.stringContaining("38") });
  });
});

describe("buildDigest with several stories", () => {
  // Three deals (a brewer buying a distiller, a robotics round, a power contract); yesterday's digest went
  // out, then one more article about the acquisition arrived.
  const later = {
    since: new Date("2025-11-03T08:00:00Z"),
    asOf: new Date("2025-11-04T08:00:00Z"),
    date: "2025-11-04",
    timezone: "UTC",
    publicBaseUrl: "http://localhost:3000",
  };
  const brewNews = article(
    "brew-3",
    [
      "Northwind Brewing's purchase of Harbor Distillers won approval from European regulators on Monday.",
      "Harbor shareholders still receive $38 a share in cash.",
    ].join("\n\n"),
    { added: "2025-11-03T12:00:00.000Z" },
  );
  const robotNews = article(
    "robot-2",
    "Quanta Robotics said its $300 million Series D round led by Pinecrest Capital closed on Monday.",
    { added: "2025-11-03T13:00:00.000Z" },
  );
  const engineWith = (...added: typeof DEAL_ARTICLES) => {
    const engine = createEngine(DEAL_ARTICLES, { publicBaseUrl: later.publicBaseUrl });
    const yesterday = buildDigest({ ...later, engine }).snapshot;
    for (const a of added) engine.upsert(a);
    const storyOf = (id: string) => engine.storyOf(id)!;
    return {
      engine,
      yesterday,
      brew: storyOf("brew-1"),
      robot: storyOf("robot-1"),
      power: storyOf("power-1"),
    };
  };

  it("reports only the story with news, with its own card, when the channel follows none", () => {
    const { engine, yesterday, brew, robot, power } = engineWith(brewNews);
    expect(new Set([brew.id, robot.id, power.id]).size).toBe(3);
    const { digest, snapshot } = buildDigest({ ...later, engine, previous: yesterday });
    expect(DigestSchema.parse(digest)).toEqual(digest);
    expect(digest.story).toEqual({ id: brew.id, title: brew.title });
    expect(digest.newArticles.map((a) => a.source.articleId)).toEqual(["brew-3"]);
    // The stories without news are not mentioned at all.
    expect(digest.alsoNew).toBeUndefined();
    expect(digest.empty).toBe(false);
    // The card is the acquisition's own: its sources only, never the round's or the contract's.
    expect(digest.factCard.length).toBeGreaterThan(0);
    for (const line of digest.factCard) expect(line.result.agreement.of).toBe(3);
    expect(JSON.stringify(digest.factCard)).not.toMatch(/Quanta|Voltline/);
    expect(Object.keys(snapshot.stories).sort()).toEqual([brew.id, power.id, robot.id].sort());
  });

  it("is silent for a followed story without news, and reports it when it has news", () => {
    const { engine, yesterday, brew, robot } = engineWith(brewNews);
    const quiet = buildDigest({ ...later, engine, previous: yesterday, followedStoryIds: [robot.id] });
    expect(quiet.digest).toMatchObject({ empty: true, newArticles: [], changedFacts: [] });
    expect(quiet.digest.story).toEqual({ id: robot.id, title: robot.title });
    const loud = buildDigest({ ...later, engine, previous: yesterday, followedStoryIds: [brew.id] });
    expect(loud.digest.empty).toBe(false);
    expect(loud.digest.newArticles.map((a) => a.source.articleId)).toEqual(["brew-3"]);
  });

  it("with two followed stories, reports the one with news and leaves the other and the unfollowed out", () => {
    const { engine, yesterday, brew, robot, power } = engineWith(brewNews);
    const { digest } = buildDigest({
      ...later,
      engine,
      previous: yesterday,
      followedStoryIds: [robot.id, brew.id],
    });
    expect(digest.story).toEqual({ id: brew.id, title: brew.title });
    expect(digest.newArticles.map((a) => a.source.articleId)).toEqual(["brew-3"]);
    expect(digest.alsoNew).toBeUndefined();
    expect(JSON.stringify(digest)).not.toContain(power.title);
  });

  it("reports every followed story with news, each with its own new articles", () => {
    const { engine, yesterday, brew, robot, power } = engineWith(brewNews, robotNews);
    const { digest, snapshot } = buildDigest({
      ...later,
      engine,
      previous: yesterday,
      followedStoryIds: [robot.id, brew.id],
    });
    expect(DigestSchema.parse(digest)).toEqual(digest);
    // One leads the post, the other follows in full below it.
    const reported = [
      { id: digest.story?.id, articles: digest.newArticles.map((a) => a.source.articleId) },
      ...(digest.moreStories ?? []).map((m) => ({
        id: m.story.id,
        articles: m.newArticles.map((a) => a.source.articleId),
      })),
    ];
    expect(reported).toHaveLength(2);
    expect(reported).toEqual(
      expect.arrayContaining([
        { id: brew.id, articles: ["brew-3"] },
        { id: robot.id, articles: ["robot-2"] },
      ]),
    );
    // Nothing is left to "follow a story" for: the channel follows both.
    expect(digest.alsoNew).toBeUndefined();
    expect(JSON.stringify(digest)).not.toContain(power.title);
    expect(Object.keys(snapshot.stories)).toEqual(expect.arrayContaining([brew.id, robot.id]));
  });

  it("names the other story with news below the one it reports", () => {
    const { engine, yesterday, brew, robot } = engineWith(brewNews, robotNews);
    const { digest } = buildDigest({ ...later, engine, previous: yesterday });
    expect(digest.story?.id).toBe(brew.id);
    expect(digest.newArticles.map((a) => a.source.articleId)).toEqual(["brew-3"]);
    expect(digest.alsoNew).toEqual([{ id: robot.id, title: robot.title, newSources: 1 }]);
  });

  it("leaves a followed story without news out of a channel's first digest, under the one it leads with", () => {
    const { engine, brew, robot, power } = engineWith(robotNews);
    // No digest went out yet: the lead's whole card is news, but another story has nothing to show.
    const quiet = buildDigest({ ...later, engine, followedStoryIds: [brew.id, power.id] }).digest;
    expect(quiet.story?.id).toBe(brew.id);
    expect(quiet.moreStories).toBeUndefined();
    const loud = buildDigest({ ...later, engine, followedStoryIds: [brew.id, robot.id] }).digest;
    expect(loud.story?.id).toBe(robot.id);
    expect(loud.newArticles.map((a) => a.source.articleId)).toEqual(["robot-2"]);
    expect(loud.moreStories).toBeUndefined();
    // Without follows, a story without news is not named as "also new" either.
    expect(buildDigest({ ...later, engine }).digest.alsoNew).toBeUndefined();
  });

  it("posts nothing new when no story has news", () => {
    const { engine, yesterday } = engineWith();
    expect(buildDigest({ ...later, engine, previous: yesterday }).digest.empty).toBe(true);
  });
});
