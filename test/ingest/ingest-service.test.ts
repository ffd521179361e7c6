import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Envelope } from "../../src/commands/command.js";
import { createCore } from "../../src/core.js";
import { createIngestService, mayAdd, SHARED_LATER_NOTE } from "../../src/ingest/ingest-service.js";
import { createLogger } from "../../src/logger.js";
import { dealValue, type Harness, harness, PUBLIC_BASE_URL } from "./fixtures/ingest-harness.js";
import { FORTY_FIVE_BILLION, type NewsSite, startNewsSite } from "./fixtures/news-site.js";

const alice: Envelope = { platform: "slack", userId: "U_ALICE", channelKey: "slack:T1:C1" };
const mallory: Envelope = { platform: "discord", userId: "666", channelKey: "discord:G1:C1" };

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.close());

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(() => h.remove());

const service = (allowedUsers: string[]) =>
  createIngestService({
    engine: h.engine,
    adder: h.adder,
    allowedUsers,
    publicBaseUrl: PUBLIC_BASE_URL,
    logger: createLogger("silent"),
  });

describe("createIngestService", () => {
  it("says the other replicas get the article once the database is back while the shared store is unreachable", async () => {
    const url = `${site.baseUrl}/news/openai-widens-amazon-pact`;
    let reachable = false;
    const shared = createIngestService({
      engine: h.engine,
      adder: h.adder,
      allowedUsers: ["*"],
      publicBaseUrl: PUBLIC_BASE_URL,
      logger: createLogger("silent"),
      storeReachable: () => reachable,
    });
    const reply = await shared.addUrl(url, alice);
    expect(reply).toMatchObject({ type: "added", note: SHARED_LATER_NOTE });
    reachable = true;
    const again = await shared.addUrl(`${url}?again`, alice);
    expect(again).not.toHaveProperty("note");
  });

  it("replies with the added source and its first key sentence, linked to the sentence in the original", async () => {
    const url = `${site.baseUrl}/news/openai-widens-amazon-pact`;
    const reply = await service(["*"]).addUrl(url, alice);
    if (reply.type !== "added") throw new Error(`expected added, got ${JSON.stringify(reply)}`);
    expect(reply.source).toMatchObject({
      title: FORTY_FIVE_BILLION.title,
      publisher: "Harbour Street Journal",
      published: "2025-11-06",
      articleUrl: url,
    });
    expect(reply.source.passages).toBeGreaterThanOrEqual(4);
    expect(reply.keySentence?.text).toBe(FORTY_FIVE_BILLION.paragraphs[0]);
    expect(reply.keySentence?.url).toMatch(new RegExp(`^${url}#:~:text=OpenAI%20has%20widened`));
    // It widens the seeds' deal, so it joins their story.
    expect(reply.story).toMatchObject({ started: false, sources: h.engine.articles().length });
  });

  it("refuses a user not on the list without fetching, and the answers stay as they were", async () => {
    const before = site.requests.length;
    const answer = dealValue(h.engine);
    const reply = await service(["U_ALICE"]).addUrl(
      `${site.baseUrl}/news/openai-widens-amazon-pact`,
      mallory,
    );
    expect(reply).toMatchObject({ type: "notice", tone: "warning" });
    expect(reply.type === "notice" && reply.text).toContain("ADD_ALLOWED_USERS");
    expect(site.requests.length).toBe(before);
    expect(dealValue(h.engine)).toEqual(answer);
  });

  it("explains a refusal in the reply", async () => {
    h.fetchOptions.maxBytes = 50_000;
    const reply = await service(["*"]).addUrl(`${site.baseUrl}/huge`, alice);
    expect(reply).toMatchObject({ type: "notice", tone: "warning" });
    expect(reply.type === "notice" && reply.text).toMatch(/^Could not add the article: .*50000-byte limit/);
  });

  it("answers a duplicate with what the corpus already has", async () => {
    const url = `${site.baseUrl}/news/openai-widens-amazon-pact`;
    await service(["*"]).addUrl(url, alice);
    const reply = await service(["*"]).addUrl(url, alice);
    expect(reply).toMatchObject({ type: "notice", tone: "info" });
    expect(reply.type === "notice" && reply.text).toContain(
      `Not added: already in the corpus as "${FORTY_FIVE_BILLION.title}"`,
    );
  });

  it("is what `/deal add <url>` runs, Slack's <link> wrapping included", async () => {
    const core = createCore({ engine: h.engine, ingest: service(["U_ALICE"]) });
    const reply = await core.handleText(`/deal add <${site.baseUrl}/news/openai-widens-amazon-pact>`, alice);
    expect(reply.type).toBe("added");
    expect(dealValue(h.engine).values.map((v) => v.value)).toContain("$45 billion");
  });
});

describe("mayAdd", () => {
  it("lets everyone add with *, and otherwise only listed IDs, bare or platform-qualified", () => {
    expect(mayAdd(["*"], mallory)).toBe(true);
    expect(mayAdd(["U_ALICE"], alice)).toBe(true);
    expect(mayAdd(["slack:U_ALICE"], alice)).toBe(true);
    expect(mayAdd(["discord:U_ALICE"], alice)).toBe(false);
    expect(mayAdd([], alice)).toBe(false);
  });
});
