/**
 * Two real bot processes (`adapters/main.ts`, Slack over HTTP) on one PostgreSQL database, against the fake
 * Slack Web API, driven by signed HTTP requests as Slack sends them: what one replica does, the other
 * knows — a retried event is answered once, an article added through one is answered on the other, and a
 * button rendered by one works when clicked on the other.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MAX_BUTTON_VALUE, SHARE_ACTION } from "../../adapters/slack/button-value.js";
import { openStores, type Stores } from "../../src/store/open-store.js";
import { createTestDatabase, type TestDatabase } from "../fixtures/postgres.js";
import { postMention, postThreadReply, type Replica, startReplica } from "../fixtures/replica-process.js";
import { type NewsSite, startNewsSite } from "../ingest/fixtures/news-site.js";
import { tempSeeds } from "../ingest/fixtures/temp-seeds.js";
import { type FakeSlack, startFakeSlack } from "../slack/fake-slack-api.js";
import { slashCommandForm } from "../slack/harness.js";
import { postSigned } from "../slack/signed-request.js";

const SIGNING_SECRET = "two-replicas-signing-secret";
const signedPost = (
  replica: Replica,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
) => postSigned(replica.url, SIGNING_SECRET, body, { contentType, headers }).then((res) => res.status);
const mention = (replica: Replica, text: string, eventId: string, ts: string, retryNum?: number) =>
  postMention(replica, SIGNING_SECRET, { text, eventId, ts, retryNum });

const threadReply = (replica: Replica, text: string, eventId: string, threadTs: string, ts: string) =>
  postThreadReply(replica, SIGNING_SECRET, { text, eventId, threadTs, ts });

let triggers = 0;
function command(replica: Replica, text: string, responseUrl: string) {
  triggers += 1;
  const body = slashCommandForm(text, {
    response_url: responseUrl,
    trigger_id: `replicas-trigger-${triggers}`,
  });
  return signedPost(replica, body, "application/x-www-form-urlencoded");
}

function click(replica: Replica, actionId: string, value: string, responseUrl: string) {
  triggers += 1;
  const payload = {
    type: "block_actions",
    team: { id: "T1", domain: "test" },
    user: { id: "U2", username: "bob", team_id: "T1" },
    api_app_id: "A1",
    token: "verification-token",
    container: { type: "message", message_ts: "1700000000.000300", channel_id: "C1", is_ephemeral: true },
    trigger_id: `replicas-trigger-${triggers}`,
    channel: { id: "C1", name: "general" },
    response_url: responseUrl,
    actions: [{ type: "button", action_id: actionId, block_id: "b1", value, action_ts: "1700000001.0" }],
  };
  return signedPost(
    replica,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    "application/x-www-form-urlencoded",
  );
}

/** The first button with `actionId` anywhere in a Block Kit payload. */
function findButton(node: unknown, actionId: string): { value: string } | undefined {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findButton(child, actionId);
      if (found) return found;
    }
  } else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (o.action_id === actionId && typeof o.value === "string") return { value: o.value };
    return findButton(Object.values(o), actionId);
  }
  return undefined;
}

/** Posts in thread `ts` (answers to a mention). */
const postsIn = (fake: FakeSlack, ts: string) =>
  fake.callsTo("chat.postMessage").filter((c) => c.body.thread_ts === ts);

/** Resolves once `count` posts are in thread `ts`. */
async function waitForPostsIn(fake: FakeSlack, ts: string, count = 1) {
  for (let n = 1; ; n++) {
    await fake.waitFor("chat.postMessage", n);
    if (postsIn(fake, ts).length >= count) return postsIn(fake, ts);
  }
}

describe("two replicas on one PostgreSQL database", () => {
  let fake: FakeSlack;
  let site: NewsSite;
  let db: TestDatabase;
  let seeds: { dir: string; remove(): Promise<void> };
  let a: Replica;
  let b: Replica;
  /** The test's own handle on the shared database, to arrange subscriptions and read the ledger. */
  let stores: Stores;

  beforeAll(async () => {
    [fake, site, db, seeds] = await Promise.all([
      startFakeSlack(),
      startNewsSite(),
      createTestDatabase(),
      tempSeeds(),
    ]);
    const env = {
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      DATABASE_URL: db.url,
      SEEDS_DIR: seeds.dir,
      DATA_DIR: seeds.dir,
      WATCH_SEEDS: "false",
      ALLOW_PRIVATE_URLS: "true",
      PORT: "0",
      LOG_LEVEL: "info",
      // Every second, and a 4-second lease, so the digest cases take seconds instead of minutes.
      DIGEST_TICK_CRON: "* * * * * *",
      DIGEST_LEASE_MS: "4000",
    };
    // Started at once: they migrate the same empty database and import the same seeds concurrently.
    [a, b] = await Promise.all([startReplica("a", env), startReplica("b", env)]);
    const opened = await openStores({ databaseUrl: db.url, dataDir: "unused", poolMax: 2 });
    if (!opened.ok) throw new Error(opened.error);
    stores = opened.stores;
  }, 120_000);

  afterAll(async () => {
    for (const r of [a, b]) r?.child.kill("SIGKILL");
    await stores?.close();
    await Promise.all([fake?.close(), site?.close()]);
    await db?.drop();
    await seeds?.remove();
  });

  it("answers a retried event once, though the retry reaches the other replica", async () => {
    expect(await mention(a, "how much is the deal worth?", "EvRetried", "1700000001.000100")).toBe(200);
    await waitForPostsIn(fake, "1700000001.000100");
    expect(await mention(b, "how much is the deal worth?", "EvRetried", "1700000001.000100", 1)).toBe(200);
    // A later event on the same replica is answered; by then the retry would have been too.
    expect(await mention(b, "how long is the contract?", "EvLater", "1700000002.000100")).toBe(200);
    await waitForPostsIn(fake, "1700000002.000100");
    expect(postsIn(fake, "1700000001.000100")).toHaveLength(1);
    expect(JSON.stringify(postsIn(fake, "1700000001.000100")[0]!.body)).not.toContain("$45 billion");
  });

  it("answers on one replica from an article added through the other", async () => {
    const url = `${site.baseUrl}/news/openai-widens-amazon-pact`;
    expect(await command(a, `add ${url}`, fake.responseUrl("add"))).toBe(200);
    const [added] = await fake.waitFor("respond:add");
    expect(JSON.stringify(added!.body)).toContain("OpenAI widens its Amazon cloud pact");
    // No file reaches b's seeds: the database alone carries it.
    await b.waitForLog((l) => l.msg === "article indexed from the shared store");
    expect(await mention(b, "how much is the deal worth?", "EvAfterAdd", "1700000003.000100")).toBe(200);
    const [answer] = await waitForPostsIn(fake, "1700000003.000100");
    expect(JSON.stringify(answer!.body)).toContain("$45 billion");
  });

  it("answers a thread follow-up on one replica with the context of the question asked on the other", async () => {
    const thread = "1700000004.000100";
    expect(await mention(a, "how much is the deal worth?", "EvThreadFirst", thread)).toBe(200);
    await waitForPostsIn(fake, thread);
    // No mention: b answers only because the store tells it deal-bot answered in this thread.
    expect(await threadReply(b, "and when?", "EvThreadFollowUp", thread, "1700000004.000200")).toBe(200);
    const [, followUp] = await waitForPostsIn(fake, thread, 2);
    // "and when?" asked afresh has no subject; read after the thread's question it has (the engine merges
    // a short follow-up with the question before it), so the two replies differ.
    expect(await mention(b, "and when?", "EvNoContext", "1700000005.000100")).toBe(200);
    const [alone] = await waitForPostsIn(fake, "1700000005.000100");
    expect(JSON.stringify(followUp!.body.blocks)).not.toBe(JSON.stringify(alone!.body.blocks));
  });

  it("runs a Share button rendered by one replica when clicked on the other", async () => {
    expect(await command(a, "how much is the deal worth?", fake.responseUrl("ask"))).toBe(200);
    const [asked] = await fake.waitFor("respond:ask");
    const share = findButton(asked!.body.blocks, SHARE_ACTION);
    expect(share?.value.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
    const before = fake.callsTo("chat.postMessage").length;
    expect(await click(b, SHARE_ACTION, share!.value, fake.responseUrl("share"))).toBe(200);
    const posts = await fake.waitFor("chat.postMessage", before + 1);
    const shared = posts[before]!;
    expect(shared.body.channel).toBe("C1");
    expect(shared.body.thread_ts).toBeUndefined();
    expect(JSON.stringify(shared.body)).toContain("$38 billion");
  });

  /** A daily digest for `channel` that was due at midnight UTC today (subscribed yesterday). */
  async function dueDigest(channel: string) {
    const yesterday = new Date(Date.now() - 86_400_000);
    await stores.digest.saveSubscription({
      channelKey: `slack:T1:${channel}`,
      platform: "slack",
      time: "00:00",
      timezone: "UTC",
      verbose: true,
      createdBy: "U1",
      createdAt: yesterday,
      updatedAt: yesterday,
    });
    return { channelKey: `slack:T1:${channel}`, localDate: new Date().toISOString().slice(0, 10) };
  }
  const postsTo = (channel: string) =>
    fake.callsTo("chat.postMessage").filter((c) => c.body.channel === channel);
  const claimedLog = (channelKey: string) => (l: Record<string, unknown>) =>
    l.msg === "digest claimed" && l.channelKey === channelKey;

  it("posts a digest that falls due on both replicas once", async () => {
    const day = await dueDigest("C2");
    // Both schedulers tick every second; the ledger's claim lets one of them post.
    await vi.waitFor(
      async () => expect((await stores.digest.entry(day.channelKey, day.localDate))?.status).toBe("sent"),
      {
        timeout: 15_000,
        interval: 100,
      },
    );
    expect(postsTo("C2")).toHaveLength(1);
    expect(await stores.digest.entry(day.channelKey, day.localDate)).toMatchObject({ attempts: 1 });
    const claims = [...a.logs, ...b.logs].filter(claimedLog(day.channelKey));
    expect(claims).toHaveLength(1);
  });

  it("has the other replica post a digest once its lease runs out, when the first is killed mid-post", async () => {
    // The next post is held by the fake Slack, so the replica that claims the digest is caught mid-post.
    fake.script("chat.postMessage", { delayMs: 60_000 });
    const day = await dueDigest("C3");
    const claimer = await Promise.race(
      [a, b].map((r) => r.waitForLog(claimedLog(day.channelKey)).then(() => r)),
    );
    const survivor = claimer === a ? b : a;
    await vi.waitFor(() => expect(postsTo("C3")).toHaveLength(1), { timeout: 10_000, interval: 20 });
    claimer.child.kill("SIGKILL");

    const posted = await survivor.waitForLog(
      (l) => l.msg === "digest posted" && l.channelKey === day.channelKey,
    );
    expect(posted.localDate).toBe(day.localDate);
    expect(await stores.digest.entry(day.channelKey, day.localDate)).toMatchObject({
      status: "sent",
      attempts: 2,
    });
    // The killed replica's request never got Slack's answer; the survivor's is the one post that went out.
    expect(postsTo("C3")).toHaveLength(2);
    expect(survivor.logs.filter(claimedLog(day.channelKey))).toHaveLength(1);
  });
});
