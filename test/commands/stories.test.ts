import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/create-engine.js";
import type { Engine } from "../../src/answer/engine.js";
import { handleText } from "../../src/commands/dispatch.js";
import {
  findStory,
  followCommand,
  sourcesCommand,
  storiesCommand,
  unfollowCommand,
} from "../../src/commands/stories.js";
import { loadArticles } from "../../src/corpus/load-articles.js";
import type { Story } from "../../src/stories/describe-story.js";
import { openStore } from "../digest/support.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { article, envelope, testContext } from "./context.js";

// Two OpenAI deals (Oracle, Broadcom) and an unrelated weather report: three stories.
let engine: Engine;
beforeAll(async () => {
  const loaded = await loadArticles(join("test", "fixtures", "stories"));
  if (!loaded.ok) throw new Error(loaded.error);
  engine = createEngine(
    loaded.articles.filter((a) => !a.meta.id.startsWith("aws")),
    { publicBaseUrl: "http://localhost:3000" },
  );
}, 30_000);

const oracleId = () => engine.storyOf("oracle-1")!.id;

/** A story as the engine describes one, for the lookup alone. */
const story = (id: string, title: string): Story => ({ id, title, articleIds: [], parties: [], names: [] });
// Two deals between the same companies, told apart by their figures, and a third deal.
const acmeShares = story("acme-globex", "Acme–Globex · $5 billion");
const acmePlant = story("acme-globex-1-2-billion", "Acme–Globex · $1.2 billion plant deal");
const zenith = story("initech-zenith", "Initech–Zenith · $300 billion");
const three = [acmeShares, acmePlant, zenith];

describe("findStory", () => {
  it("finds a story by id, title or words of its title, and suggests close ids otherwise", () => {
    const stories = engine.stories();
    expect(findStory(stories, oracleId())).toMatchObject({ ok: true, story: { id: oracleId() } });
    expect(findStory(stories, "Oracle")).toMatchObject({ ok: true, story: { id: oracleId() } });
    expect(findStory(stories, `${oracleId()}x`)).toMatchObject({
      ok: false,
      suggestions: [{ id: oracleId() }],
    });
    // "openai" is in two stories' titles: not one story.
    expect(findStory(stories, "openai").ok).toBe(false);
  });

  it("reads a mistyped title word as a suggestion, never as a pick", () => {
    expect(findStory(three, "zenit")).toEqual({ ok: false, suggestions: [zenith] });
    // "initceh" is two edits from "initech" (a swap), within a third of its seven letters.
    expect(findStory(three, "initceh")).toEqual({ ok: false, suggestions: [zenith] });
    expect(findStory(three, "acme globex plnt")).toEqual({ ok: false, suggestions: [acmePlant] });
    // Short words are never corrected: "acm" could be anything.
    expect(findStory(three, "acm")).toEqual({ ok: false, suggestions: [] });
  });

  it("counts a figure among the words, so it tells apart two deals between the same companies", () => {
    expect(findStory(three, "acme globex 5 billion")).toEqual({ ok: true, story: acmeShares });
    expect(findStory(three, "Acme–Globex $1.2 billion")).toEqual({ ok: true, story: acmePlant });
    // The id's "1-2" is no figure a person types: "1 billion" names neither deal.
    expect(findStory(three, "acme 1 billion")).toEqual({ ok: false, suggestions: [acmeShares, acmePlant] });
  });

  it("reports a name two stories fit, joined by a dash or not, as ambiguous", () => {
    expect(findStory(three, "Acme–Globex")).toEqual({ ok: false, ambiguous: [acmeShares, acmePlant] });
    expect(findStory(three, "acme")).toEqual({ ok: false, ambiguous: [acmeShares, acmePlant] });
  });
});

describe("findStory with the story a name's words point to", () => {
  const pointed = (text: string) => {
    const choice = engine.chooseStory(text);
    return choice.ok && choice.by === "question" ? choice.story : undefined;
  };

  it("follows a name padded with function words and generic ones ('the oracle deal', 'the broadcom chips story')", () => {
    expect(findStory(engine.stories(), "the oracle deal", pointed)).toMatchObject({
      ok: true,
      story: { id: oracleId() },
    });
    expect(findStory(engine.stories(), "the broadcom chips story", pointed)).toMatchObject({
      ok: true,
      story: { id: engine.storyOf("broadcom-1")!.id },
    });
  });

  it("is what /deal follow and /deal sources use", async () => {
    const follows = openStore(":memory:");
    const { ctx } = testContext({ engine, follows });
    expect(await followCommand.run({ story: "the oracle deal" }, ctx)).toMatchObject({
      tone: "success",
      story: { id: oracleId() },
    });
    expect(await sourcesCommand.run({ story: "the broadcom chips story" }, ctx)).toMatchObject({
      type: "sources",
      story: { id: engine.storyOf("broadcom-1")!.id },
    });
    await follows.close();
  });

  it("only suggests it when a word is mistyped or a stray token", () => {
    for (const name of ["the orcle deal", "the oracle <@U123> deal", "oracle 4242"]) {
      expect(findStory(engine.stories(), name, pointed)).toMatchObject({
        ok: false,
        suggestions: [{ id: oracleId() }],
      });
    }
  });

  it("only suggests a story its articles' words point to when no typed word names it", () => {
    // "stargate" is in the Oracle articles, not in any title or id.
    const found = findStory(engine.stories(), "stargate", pointed);
    expect(found).toMatchObject({ ok: false, suggestions: [{ id: oracleId() }] });
  });

  it("drops function words without reading them as typos", () => {
    expect(findStory(three, "the zenith")).toEqual({ ok: true, story: zenith });
  });

  it("leaves a name two stories fit ambiguous, whatever the articles say", () => {
    expect(findStory(three, "acme", () => acmePlant)).toEqual({
      ok: false,
      ambiguous: [acmeShares, acmePlant],
    });
  });
});

describe("/deal follow and /deal stories", () => {
  it("remembers the channel's story, marks it in the list and answers from it", async () => {
    const follows = openStore(":memory:");
    const { ctx } = testContext({ engine, follows });
    expect(await followCommand.run({ story: "oracle" }, ctx)).toMatchObject({
      type: "notice",
      tone: "success",
    });
    // Following it again changes nothing, and says so.
    expect(await followCommand.run({ story: oracleId() }, ctx)).toMatchObject({
      type: "notice",
      tone: "info",
      text: expect.stringMatching(/^This channel already follows “Oracle/),
    });
    expect(await follows.listFollows(envelope.channelKey)).toHaveLength(1);
    const listed = await storiesCommand.run({}, ctx);
    if (listed.type !== "stories") throw new Error("expected stories");
    expect(listed.stories).toHaveLength(3);
    expect(listed.stories.filter((s) => s.followed).map((s) => s.id)).toEqual([oracleId()]);
    expect(listed.stories.find((s) => s.id === oracleId())).toMatchObject({
      sources: 3,
      latest: "2025-09-23",
    });
    // A question naming no story is answered from the followed one; another channel is asked which.
    const here = await handleText("what is it worth?", ctx);
    expect(here.type === "answer" && here.result.story?.id).toBe(oracleId());
    const elsewhere = await handleText("what is it worth?", {
      ...ctx,
      envelope: { ...envelope, channelKey: "shell:other" },
    });
    expect(
      elsewhere.type === "answer" && elsewhere.result.status === "no_answer" && elsewhere.result.storyChoices,
    ).toHaveLength(3);
    await follows.close();
  });

  it("follows several stories, answers from the one a question's words point to, and unfollows", async () => {
    const follows = openStore(":memory:");
    const { ctx } = testContext({ engine, follows });
    const broadcomId = engine.storyOf("broadcom-1")!.id;
    await followCommand.run({ story: "oracle" }, ctx);
    const second = await followCommand.run({ story: "broadcom" }, ctx);
    expect(second).toMatchObject({ type: "notice", tone: "success" });
    expect(second.type === "notice" && second.text).toContain("also follows");
    const listed = await storiesCommand.run({}, ctx);
    if (listed.type !== "stories") throw new Error("expected stories");
    expect(
      listed.stories
        .filter((s) => s.followed)
        .map((s) => s.id)
        .sort(),
    ).toEqual([broadcomId, oracleId()].sort());
    // Words only one followed story uses pick it; words both use ask, the followed stories first.
    const chips = await handleText("how many chips will be deployed?", ctx);
    expect(chips.type === "answer" && chips.result.story?.id).toBe(broadcomId);
    const unsure = await handleText("what is it worth?", ctx);
    const offered =
      unsure.type === "answer" && unsure.result.status === "no_answer"
        ? (unsure.result.storyChoices ?? [])
        : [];
    expect(
      offered
        .slice(0, 2)
        .map((c) => c.id)
        .sort(),
    ).toEqual([broadcomId, oracleId()].sort());

    expect(await unfollowCommand.run({ story: "broadcom" }, ctx)).toMatchObject({ tone: "success" });
    expect((await follows.listFollows(envelope.channelKey)).map((f) => f.storyId)).toEqual([oracleId()]);
    expect(await unfollowCommand.run({ story: "broadcom" }, ctx)).toMatchObject({ tone: "warning" });
    const after = await handleText("what is it worth?", ctx);
    expect(after.type === "answer" && after.result.story?.id).toBe(oracleId());
    await follows.close();
  });

  it("takes a story's number in /deal stories for follow, sources and unfollow, and a number past the list as a name", async () => {
    const follows = openStore(":memory:");
    const { ctx } = testContext({ engine, follows });
    const listed = await storiesCommand.run({}, ctx);
    if (listed.type !== "stories") throw new Error("expected stories");
    const second = listed.stories[1]!;
    for (const typed of ["2", "2.", "#2"]) {
      const reply = await followCommand.run({ story: typed }, ctx);
      expect(reply.type === "notice" && reply.text).toContain(`follows “${second.title}”`);
    }
    expect((await follows.listFollows(envelope.channelKey)).map((f) => f.storyId)).toEqual([second.id]);
    const sources = await handleText("/deal sources 2", ctx);
    expect(sources.type === "sources" && sources.story?.id).toBe(second.id);
    // The first story is not followed here: nothing to take away.
    expect(await unfollowCommand.run({ story: "1" }, ctx)).toMatchObject({ tone: "warning" });
    expect(await unfollowCommand.run({ story: "2" }, ctx)).toMatchObject({ tone: "success" });
    // Three stories: "300" is no list number, so it is read as the $300 billion title's figure.
    expect(await followCommand.run({ story: "300" }, ctx)).toMatchObject({ tone: "success" });
    expect((await follows.listFollows(envelope.channelKey)).map((f) => f.storyId)).toEqual([oracleId()]);
    await follows.close();
  });

  it("answers a mistyped story name with the story it may mean and its command", async () => {
    const { ctx } = testContext({ engine, follows: openStore(":memory:") });
    expect(await followCommand.run({ story: "oracel" }, ctx)).toEqual({
      type: "notice",
      tone: "warning",
      text: `I know no story “oracel”. Did you mean “Oracle–OpenAI · $300 billion” (\`/deal follow ${oracleId()}\`)?`,
    });
    const none = await followCommand.run({ story: "zzzz" }, ctx);
    expect(none).toMatchObject({ type: "notice", tone: "warning" });
    expect(none.type === "notice" && none.text).toContain(`\`${oracleId()}\``);
  });

  it("says a name fits two stories and lists both, whatever joins its words", async () => {
    const { ctx } = testContext({ engine, follows: openStore(":memory:") });
    for (const name of ["OpenAI", "– openai –"]) {
      const reply = await followCommand.run({ story: name }, ctx);
      expect(reply).toMatchObject({ type: "notice", tone: "warning" });
      const text = reply.type === "notice" ? reply.text : "";
      expect(text).toMatch(/fits 2 stories/);
      expect(text).toContain("`/deal follow broadcom-openai`");
      expect(text).toContain(`\`/deal follow ${oracleId()}\``);
    }
    const sources = await handleText("/deal sources openai", ctx);
    expect(sources.type === "notice" && sources.text).toContain(`\`/deal sources ${oracleId()}\``);
  });

  it("says following needs the shared database when the store does not answer, for follow and unfollow", async () => {
    const unreachable = () =>
      Promise.reject(new Error("following a story: the store is unreachable (heartbeat)"));
    const follows = { listFollows: unreachable, saveFollow: unreachable, deleteFollow: unreachable };
    const { ctx } = testContext({ engine, follows });
    const expected = {
      type: "notice",
      tone: "error",
      text: "Followed stories are kept in the shared database, which is unreachable right now — try again in a minute.",
    };
    expect(await followCommand.run({ story: "oracle" }, ctx)).toEqual(expected);
    expect(await unfollowCommand.run({ story: "oracle" }, ctx)).toEqual(expected);
  });

  it("says following is unavailable without a store", async () => {
    const { ctx } = testContext({ engine });
    expect(await followCommand.run({ story: "oracle" }, ctx)).toMatchObject({
      type: "notice",
      tone: "error",
    });
  });
});

describe("sourcesCommand", () => {
  it("lists the named story's articles, with the story", async () => {
    const { ctx } = testContext({ engine });
    const reply = await sourcesCommand.run({ story: "broadcom" }, ctx);
    expect(reply).toMatchObject({ type: "sources", story: { id: engine.storyOf("broadcom-1")!.id } });
    expect(reply.type === "sources" && reply.sources.map((s) => s.articleId)).toEqual([
      "broadcom-1",
      "broadcom-2",
    ]);
  });

  it("lists every article with its link and passage count while there is one story", async () => {
    const fake = createFakeEngine([article("001_a", "https://news.example/a"), article("002_b")]);
    const { ctx } = testContext({ engine: fake });
    const reply = await sourcesCommand.run({}, ctx);
    expect(reply).toMatchObject({
      type: "sources",
      sources: [
        { articleId: "001_a", url: "https://news.example/a", passages: 1 },
        { articleId: "002_b", url: "http://localhost:3000/sources/002_b", passages: 1 },
      ],
    });
  });

  it("lists nothing when no article is loaded", async () => {
    const { ctx } = testContext();
    expect(await sourcesCommand.run({}, ctx)).toEqual({ type: "sources", sources: [] });
  });
});
