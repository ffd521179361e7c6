import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/commands/table.js";
import { type Core, createCore } from "../../../src/core.js";
import { createIngestService } from "../../../src/ingest/ingest-service.js";
import { createLogger } from "../../../src/logger.js";
import {
  type Harness as IngestHarness,
  harness as ingestHarness,
  PUBLIC_BASE_URL,
} from "../../ingest/fixtures/ingest-harness.js";
import { type NewsSite, startNewsSite } from "../../ingest/fixtures/news-site.js";
import { everythingSent, type Harness, sent, startHarness } from "../harness.js";
import { shown } from "../shown.js";

describe("/deal", () => {
  let h: Harness;
  afterEach(() => h?.close());

  it("answers `/deal value` ephemerally through response_url with Share and More sources buttons", async () => {
    h = await startHarness();
    const res = await h.postCommand("value");
    expect(res.status).toBe(200);
    const reply = sent((await h.fake.waitFor("respond:command"))[0]);
    expect(reply.response_type).toBe("ephemeral");
    expect(shown(reply.blocks[0])).toBe("*$38 billion*");
    const actions = reply.blocks.find((b) => b.type === "actions");
    expect(actions?.elements?.map((e) => e.action_id)).toEqual(["deal_more_sources", "deal_share"]);
    for (const button of actions?.elements ?? []) expect(button.value?.length).toBeLessThanOrEqual(2000);
    expect(h.asked).toEqual(["how much is the deal worth?"]);
    // Nothing public: the answer reached the asker alone.
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("lists every command of the table for `/deal help`", async () => {
    h = await startHarness();
    await h.postCommand("help");
    const reply = sent((await h.fake.waitFor("respond:command"))[0]);
    const text = reply.blocks.map(shown).join("\n");
    for (const command of COMMANDS) expect(text).toContain(`/deal ${command.name}`);
    expect(reply.blocks.some((b) => b.type === "actions")).toBe(false);
  });

  it("answers a free question and escapes <!channel> in it", async () => {
    h = await startHarness();
    await h.postCommand("<!channel> what is the interest rate?");
    const reply = sent((await h.fake.waitFor("respond:command"))[0]);
    expect(reply.text).toContain("I couldn't find that");
    expect(everythingSent(h.fake)).not.toContain("<!channel>");
  });

  it("acks before the answer is ready, so slow work never breaks Slack's 3-second rule", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    h = await startHarness({
      processBeforeResponse: false,
      wrapCore: (core): Core => ({
        ...core,
        handleText: async (text, envelope) => {
          await gate;
          return core.handleText(text, envelope);
        },
      }),
    });
    const res = await h.postCommand("value");
    expect(res.status).toBe(200);
    expect(h.fake.callsTo("respond:command")).toHaveLength(0);
    release();
    await h.fake.waitFor("respond:command");
  });

  it("still replies with a short apology when answering throws", async () => {
    h = await startHarness({
      wrapCore: (core): Core => ({
        ...core,
        handleText: async () => {
          throw new Error("index exploded");
        },
      }),
    });
    await h.postCommand("value");
    const reply = sent((await h.fake.waitFor("respond:command"))[0]);
    expect(reply.text).toMatch(/^Sorry, something went wrong/);
    expect(h.logs()).toContain("index exploded");
    expect(h.logs()).toContain('"channel":"C1"');
  });

  it("retries a response_url post that fails, then delivers", async () => {
    h = await startHarness();
    h.fake.script("respond:command", { status: 500, body: { ok: false } });
    await h.postCommand("value");
    const calls = await h.fake.waitFor("respond:command", 2);
    expect(shown(sent(calls[1]).blocks[0])).toBe("*$38 billion*");
  });

  it("answers the polite rate-limit notice ephemerally", async () => {
    h = await startHarness({ rateLimitPerMinute: 1 });
    await h.postCommand("value");
    await h.postCommand("chips");
    const calls = await h.fake.waitFor("respond:command", 2);
    expect(sent(calls[1]).text).toMatch(/try again in \d+ s/);
    expect(sent(calls[1]).response_type).toBe("ephemeral");
  });
});

describe("/deal add with a link as Slack formats it", () => {
  let h: Harness;
  let ingest: IngestHarness;
  let site: NewsSite;
  beforeAll(async () => {
    site = await startNewsSite();
  });
  afterAll(() => site.close());
  afterEach(async () => {
    await h?.close();
    await ingest?.remove();
  });

  const withIngest = async () => {
    ingest = await ingestHarness();
    const service = createIngestService({
      engine: ingest.engine,
      adder: ingest.adder,
      allowedUsers: ["*"],
      publicBaseUrl: PUBLIC_BASE_URL,
      logger: createLogger("silent"),
    });
    return startHarness({
      engine: ingest.engine,
      wrapCore: () => createCore({ engine: ingest.engine, ingest: service }),
    });
  };

  // Slack sends an address typed without http:// as <http://host/path|host/path>, one typed with it as
  // <http://host/path>, and a linked word as <http://host/path|word>.
  for (const form of [
    (url: string) => `<${url}|${url.replace(/^https?:\/\//, "")}>`,
    (url: string) => `<${url}>`,
    (url: string) => `<${url}|this story>`,
  ]) {
    it(`adds the page at ${form("http://host/x")}`, async () => {
      h = await withIngest();
      const url = `${site.baseUrl}/news/openai-widens-amazon-pact`;
      await h.postCommand(`add ${form(url)}`);
      const reply = sent((await h.fake.waitFor("respond:command"))[0]);
      expect(reply.text).not.toContain("not a web address");
      expect(ingest.engine.articles().map((a) => a.meta.url)).toContain(url);
    });
  }

  it("replies within the fetch deadline, saying nothing was added, when the page's gzip body never ends", async () => {
    h = await withIngest();
    ingest.fetchOptions.timeoutMs = 300;
    const files = await ingest.files();
    const articles = ingest.engine.articles().length;
    const url = `${site.baseUrl}/endless.gz`;
    const started = performance.now();
    let timer: Parameters<typeof clearTimeout>[0];
    const reply = await Promise.race([
      h.postCommand(`add <${url}>`).then(async () => sent((await h.fake.waitFor("respond:command"))[0])),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(resolve, 5_000);
      }),
    ]).finally(() => clearTimeout(timer));
    if (!reply) throw new Error("no reply to /deal add within 5 s");
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(reply.response_type).toBe("ephemeral");
    expect(reply.text).toBe(`:warning: Could not add the article: ${url} did not answer within 300 ms.`);
    expect(shown(reply.blocks[0])).toBe(
      `:warning: Could not add the article: ${url} did not answer within 300 ms.`,
    );
    expect(await ingest.files()).toEqual(files);
    expect(ingest.engine.articles()).toHaveLength(articles);
  });
});
