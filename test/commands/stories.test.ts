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

describe("findStory", () => {
  it("finds a story by id, title or words of its title, and suggests close ids otherwise", () => {
    const stories = engine.stories();
    expect(findStory(stories, oracleId())).toMatchObject({ ok: true, story: { id: oracleId() } });
    expect(findStory(stories, "Oracle")).toMatchObject({ ok: true, story: { id: oracleId() } });
    expect(findStory(stories, `${oracleId()}x`)).toEqual({ ok: false, suggestions: [oracleId()] });
    // "openai" is in two stories' titles: not one story.
    expect(findStory(stories, "openai").ok).toBe(false);
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

  it("answers a bad story name with a did-you-mean", async () => {
    const { ctx } = testContext({ engine, follows: openStore(":memory:") });
    expect(await followCommand.run({ story: `${oracleId()}x` }, ctx)).toEqual({
      type: "did_you_mean",
      input: `${oracleId()}x`,
      suggestions: [`follow ${oracleId()}`],
    });
    expect(await followCommand.run({ story: "zzzz" }, ctx)).toMatchObject({
      type: "notice",
      tone: "warning",
    });
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
