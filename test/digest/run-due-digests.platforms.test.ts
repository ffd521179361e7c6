/**
 * The digest runner against the platforms' local stand-ins (the fake Slack Web API, discord.js REST against
 * the fake Discord): a post refused for good pauses the subscription, logs one warning and tells the
 * subscriber by direct message; `/deal digest status` says why; `/deal digest on` resumes it. A transient
 * failure is retried with backoff and never pauses.
 */
import { webApi } from "@slack/bolt";
import { REST } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { createDiscordPoster } from "../../adapters/discord/poster.js";
import { createSlackPoster } from "../../adapters/slack/poster.js";
import type { Envelope } from "../../src/commands/command.js";
import type { Reply } from "../../src/commands/reply.js";
import { createDigestService } from "../../src/digest/digest-service.js";
import type { DigestPoster } from "../../src/digest/poster.js";
import { retryDelayMs, runDueDigests } from "../../src/digest/run-due-digests.js";
import { createLogger } from "../../src/logger.js";
import {
  CHANNEL_ID,
  DM_CHANNEL_ID,
  GUILD_ID,
  startFakeDiscord,
  TOKEN,
  USER_ID,
} from "../discord/fake-discord.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { startFakeSlack } from "../slack/fake-slack-api.js";
import { sent } from "../slack/harness.js";
import { fakeClock, openStore } from "./support.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** The store, the digest service and the runner for one poster, with a clock and the log lines kept. */
function digestFor(poster: DigestPoster) {
  const store = openStore(":memory:");
  cleanups.push(() => store.close());
  // Subscribed at 07:00 Berlin for 08:00: the first digest is due at 07:00 UTC.
  const clock = fakeClock("2025-11-03T06:00:00Z");
  const engine = createFakeEngine();
  const lines: { level: number; msg: string }[] = [];
  const sink = { write: (line: string) => lines.push(JSON.parse(line)) } as unknown as NodeJS.WritableStream;
  const service = createDigestService({
    store,
    engine,
    now: clock.now,
    publicBaseUrl: "http://localhost:3000",
    defaults: { time: "08:00", timezone: "Europe/Berlin" },
  });
  const tick = () =>
    runDueDigests({
      store,
      engine,
      posters: [poster],
      now: clock.now,
      logger: createLogger("debug", sink),
      publicBaseUrl: "http://localhost:3000",
    });
  const warnings = () => lines.filter((l) => l.level === 40);
  const text = (reply: Reply) => (reply.type === "notice" ? reply.text : "");
  return { store, clock, service, tick, warnings, text };
}

describe("a digest to a Slack channel the bot cannot post in", () => {
  const envelope: Envelope = { platform: "slack", userId: "U77", channelKey: "slack:T1:C9" };

  async function slack() {
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    const client = new webApi.WebClient("xoxb-test", {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    return { fake, digest: digestFor(createSlackPoster(client, [])) };
  }

  it("pauses on not_in_channel, warns once, DMs the subscriber; status says why and `on` resumes", async () => {
    const { fake, digest } = await slack();
    const { clock, service, tick, warnings, text } = digest;
    // Verbose, so even a day without news posts something.
    await service.subscribe(envelope, { verbose: true });
    fake.script("chat.postMessage", { body: { ok: false, error: "not_in_channel" } });

    clock.set("2025-11-03T07:01:00Z");
    expect((await tick())[0]).toMatchObject({ outcome: "paused", channelKey: envelope.channelKey });
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]?.msg).toContain("digest paused");
    const [refused, dm] = fake.callsTo("chat.postMessage").map(sent);
    expect(refused?.channel).toBe("C9");
    // The DM goes to whoever subscribed, and says what happened and how to resume.
    expect(dm?.channel).toBe("U77");
    expect(dm?.text).toContain("not_in_channel");
    expect(dm?.text).toContain("/deal digest on");

    // Paused: later ticks try nothing, today and tomorrow.
    for (const at of ["2025-11-03T07:30:00Z", "2025-11-03T12:00:00Z", "2025-11-04T07:05:00Z"]) {
      clock.set(at);
      expect(await tick()).toEqual([]);
    }
    expect(fake.callsTo("chat.postMessage")).toHaveLength(2);
    expect(warnings()).toHaveLength(1);

    const status = text(await service.status(envelope));
    expect(status).toContain("Paused since 2025-11-03 07:01 UTC");
    expect(status).toContain("not_in_channel");
    expect(status).toContain("/deal digest on");

    expect(text(await service.subscribe(envelope, {}))).toContain("Daily digest resumed");
    expect(text(await service.status(envelope))).not.toContain("Paused");
    clock.set("2025-11-04T07:06:00Z");
    expect((await tick())[0]).toMatchObject({ outcome: "sent" });
    expect(sent(fake.callsTo("chat.postMessage")[2]).channel).toBe("C9");
  });

  it("keeps retrying a transient failure with backoff, and never pauses", async () => {
    const { fake, digest } = await slack();
    const { clock, service, tick, text } = digest;
    await service.subscribe(envelope, { verbose: true });
    fake.script("chat.postMessage", { status: 503, body: { ok: false } });

    clock.set("2025-11-03T07:01:00Z");
    const [failed] = await tick();
    expect(failed).toMatchObject({ outcome: "failed" });
    expect(text(await service.status(envelope))).toContain("retrying");
    // Not before its retry time; at it, the post goes out.
    expect(await tick()).toEqual([]);
    clock.set(new Date(Date.parse("2025-11-03T07:01:00Z") + retryDelayMs(1)).toISOString());
    expect((await tick())[0]).toMatchObject({ outcome: "sent" });
    expect(fake.callsTo("chat.postMessage").map((c) => sent(c).channel)).toEqual(["C9", "C9"]);
  });

  it("does not pause for a rejected token: the token gate reports it once for the workspace", async () => {
    const { fake, digest } = await slack();
    const { clock, service, tick } = digest;
    await service.subscribe(envelope, { verbose: true });
    fake.script("chat.postMessage", { body: { ok: false, error: "invalid_auth" } });
    clock.set("2025-11-03T07:01:00Z");
    expect((await tick())[0]).toMatchObject({ outcome: "failed" });
    expect((await digest.store.getSubscription(envelope.channelKey))?.paused).toBeUndefined();
  });
});

describe("a digest to a Discord channel the bot cannot see", () => {
  const envelope: Envelope = {
    platform: "discord",
    userId: USER_ID,
    channelKey: `discord:${GUILD_ID}:${CHANNEL_ID}`,
  };

  async function discord() {
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.close());
    const rest = new REST({ api: fake.api, retries: 0 }).setToken(TOKEN);
    return { fake, digest: digestFor(createDiscordPoster(rest)) };
  }
  const toChannel = (path: string) => path === `/channels/${CHANNEL_ID}/messages`;

  it("pauses on 403 Missing Access (50001), warns once, DMs the subscriber; `on` resumes", async () => {
    const { fake, digest } = await discord();
    const { clock, service, tick, warnings, text } = digest;
    await service.subscribe(envelope, { verbose: true });
    fake.fail({
      method: "POST",
      path: new RegExp(`^/channels/${CHANNEL_ID}/messages$`),
      status: 403,
      body: { message: "Missing Access", code: 50001 },
      times: 1,
    });

    clock.set("2025-11-03T07:01:00Z");
    expect((await tick())[0]).toMatchObject({ outcome: "paused" });
    expect(warnings()).toHaveLength(1);
    const opened = fake.calls.find((c) => c.path === "/users/@me/channels");
    expect(opened?.body).toEqual({ recipient_id: USER_ID });
    const dm = fake.calls.find((c) => c.path === `/channels/${DM_CHANNEL_ID}/messages`);
    expect(JSON.stringify(dm?.body)).toContain("50001");
    expect(dm?.body.allowed_mentions).toEqual({ parse: [] });

    clock.set("2025-11-03T09:00:00Z");
    expect(await tick()).toEqual([]);
    expect(fake.calls.filter((c) => toChannel(c.path))).toHaveLength(1);
    expect(text(await service.status(envelope))).toContain("Missing Access");

    expect(text(await service.subscribe(envelope, {}))).toContain("resumed");
    clock.set("2025-11-03T09:01:00Z");
    expect((await tick())[0]).toMatchObject({ outcome: "sent" });
    expect(fake.calls.filter((c) => toChannel(c.path)).map((c) => c.status)).toEqual([403, 200]);
  });

  it("retries a 5xx without pausing", async () => {
    const { fake, digest } = await discord();
    const { clock, service, tick } = digest;
    await service.subscribe(envelope, { verbose: true });
    fake.fail({ method: "POST", path: /^\/channels\/\d+\/messages$/, status: 502, times: 1 });
    clock.set("2025-11-03T07:01:00Z");
    expect((await tick())[0]).toMatchObject({ outcome: "failed" });
    expect((await digest.store.getSubscription(envelope.channelKey))?.paused).toBeUndefined();
    clock.set("2025-11-03T07:03:00Z");
    expect((await tick())[0]).toMatchObject({ outcome: "sent" });
  });
});
