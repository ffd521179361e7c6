import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Config, ConfigSchema, enabledPlatforms, parseConfig } from "../src/config.js";

function ok(env: Record<string, string | undefined>): Config {
  const parsed = parseConfig(env);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.config;
}

function error(env: Record<string, string | undefined>): string {
  const parsed = parseConfig(env);
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
  return parsed.error;
}

const SLACK_HTTP = { SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: "secret-test" };
const DISCORD = { DISCORD_TOKEN: "discord-test", DISCORD_APPLICATION_ID: "123456789012345678" };

describe("parseConfig defaults", () => {
  it("reads the seeds from seeds/ and serves on port 3000", () => {
    const config = ok({});
    expect(config.SEEDS_DIR).toBe("seeds");
    expect(config.PORT).toBe(3000);
  });

  it("leaves the public base URL unset when none is given: it follows the port actually bound", () => {
    // PORT=0 binds some free port; only the running server knows which (see servedBaseUrl).
    expect(ok({ PORT: "0" }).PUBLIC_BASE_URL).toBeUndefined();
    expect(ok({ PORT: "8080" }).PUBLIC_BASE_URL).toBeUndefined();
  });

  it("keeps a given public base URL and drops its trailing slashes", () => {
    expect(ok({ PUBLIC_BASE_URL: "https://deal.example.com/bot//", PORT: "8080" }).PUBLIC_BASE_URL).toBe(
      "https://deal.example.com/bot",
    );
  });

  it("treats empty and blank values as unset, as .env files write them", () => {
    const config = ok({ PORT: "", SEEDS_DIR: "", PUBLIC_BASE_URL: "  ", SLACK_BOT_TOKEN: "" });
    expect(config).toMatchObject({
      PORT: 3000,
      SEEDS_DIR: "seeds",
    });
    expect(config.PUBLIC_BASE_URL).toBeUndefined();
    expect(config.SLACK_BOT_TOKEN).toBeUndefined();
  });

  it("ignores variables it does not know", () => {
    expect(ok({ PATH: "/usr/bin", HOME: "/root" })).not.toHaveProperty("PATH");
  });

  it("gives the rest of the settings their documented defaults", () => {
    expect(ok({})).toMatchObject({
      LOG_LEVEL: "info",
      RATE_LIMIT_PER_MINUTE: 10,
      DISCORD_API_URL: "https://discord.com/api",
      ADD_ALLOWED_USERS: ["*"],
      ALLOW_PRIVATE_URLS: false,
      FEEDS: [],
      FEED_POLL_CRON: "*/15 * * * *",
      FETCH_TIMEOUT_MS: 10_000,
      FETCH_MAX_BYTES: 3_000_000,
      WATCH_SEEDS: true,
      DATA_DIR: "data",
      DIGEST_DEFAULT_TIME: "09:00",
      DIGEST_DEFAULT_TIMEZONE: "UTC",
    });
  });
});

describe("parseConfig values", () => {
  it("splits lists on commas and white space", () => {
    const config = ok({ FEEDS: "https://a.example/feed, https://b.example/rss\n https://c.example/x" });
    expect(config.FEEDS).toEqual(["https://a.example/feed", "https://b.example/rss", "https://c.example/x"]);
    expect(ok({ ADD_ALLOWED_USERS: "U1,U2 ,, U3" }).ADD_ALLOWED_USERS).toEqual(["U1", "U2", "U3"]);
  });

  it.each([
    ["true", true],
    ["TRUE", true],
    ["yes", true],
    ["1", true],
    ["false", false],
    ["No", false],
    ["0", false],
  ])("reads the boolean %s as %s", (raw, value) => {
    expect(ok({ WATCH_SEEDS: raw }).WATCH_SEEDS).toBe(value);
  });

  it("reads LOG_FORMAT as json or plain, left unset for the entry point to choose", () => {
    expect(ok({}).LOG_FORMAT).toBeUndefined();
    expect(ok({ LOG_FORMAT: "plain" }).LOG_FORMAT).toBe("plain");
    expect(error({ LOG_FORMAT: "yaml" })).toContain("LOG_FORMAT");
  });

  it("accepts port 0, which lets the system pick a free port", () => {
    expect(ok({ PORT: "0" }).PORT).toBe(0);
  });

  it("accepts an IANA timezone and a 24-hour time for the digest", () => {
    expect(ok({ DIGEST_DEFAULT_TIMEZONE: "Europe/Berlin", DIGEST_DEFAULT_TIME: "23:59" })).toMatchObject({
      DIGEST_DEFAULT_TIMEZONE: "Europe/Berlin",
      DIGEST_DEFAULT_TIME: "23:59",
    });
  });
});

describe("parseConfig errors", () => {
  it.each([
    ["PORT", "abc", "expected a port number 0–65535"],
    ["PORT", "70000", "expected a port number 0–65535"],
    ["PORT", "-1", "expected a port number 0–65535"],
    ["PORT", "0x10", "expected a port number 0–65535"],
    ["PORT", "3000.5", "expected a port number 0–65535"],
    ["PUBLIC_BASE_URL", "localhost:3000", "expected an http(s) URL"],
    ["PUBLIC_BASE_URL", "ftp://deal.example.com", "expected an http(s) URL"],
    ["SLACK_API_URL", "not a url", "expected an http(s) URL"],
    ["WATCH_SEEDS", "maybe", "expected true or false"],
    ["ALLOW_PRIVATE_URLS", "on", "expected true or false"],
    ["DIGEST_DEFAULT_TIMEZONE", "Mars/Olympus_Mons", "expected an IANA timezone"],
    ["DIGEST_DEFAULT_TIME", "9:00", "expected HH:MM"],
    ["DIGEST_DEFAULT_TIME", "24:00", "expected HH:MM"],
    ["RATE_LIMIT_PER_MINUTE", "0", "expected a whole number of at least 1"],
    ["RATE_LIMIT_PER_MINUTE", "ten", "expected a whole number of at least 1"],
    ["DISCORD_APPLICATION_ID", "my-app", "expected a numeric application ID"],
    ["DISCORD_SHARDS", "many", "expected auto or a number of shards"],
  ])("rejects %s=%s naming the variable, the value and what it expects", (name, value, expects) => {
    const message = error({ [name]: value });
    expect(message).toContain(`${name} (got ${JSON.stringify(value)})`);
    expect(message).toContain(expects);
    expect(message).toContain(".env.example");
  });

  it("rejects a Slack bot token that is not a bot token, showing only the token's prefix", () => {
    const message = error({ ...SLACK_HTTP, SLACK_BOT_TOKEN: "xapp-1-A1-secret-part" });
    expect(message).toContain('SLACK_BOT_TOKEN (got "xapp-…"): expected a bot token starting with xoxb-');
    expect(message).not.toContain("secret-part");
  });

  it("rejects a Slack bot token without a signing secret or an app token", () => {
    const message = error({ SLACK_BOT_TOKEN: "xoxb-test" });
    expect(message).toContain("SLACK_SIGNING_SECRET: is required for Slack over HTTP");
    expect(message).toContain("SLACK_APP_TOKEN");
  });

  it("accepts a Slack bot token with either a signing secret or an app token", () => {
    expect(parseConfig(SLACK_HTTP).ok).toBe(true);
    expect(parseConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_APP_TOKEN: "xapp-test" }).ok).toBe(true);
  });

  it("rejects a signing secret or app token without a bot token", () => {
    expect(error({ SLACK_SIGNING_SECRET: "secret-test" })).toContain(
      "SLACK_BOT_TOKEN: is required to run on Slack",
    );
    expect(error({ SLACK_APP_TOKEN: "xapp-test" })).toContain("SLACK_BOT_TOKEN: is required to run on Slack");
  });

  it("rejects a Discord token without an application id", () => {
    expect(error({ DISCORD_TOKEN: "discord-test" })).toContain(
      "DISCORD_APPLICATION_ID: is required to run on Discord",
    );
  });

  it("reports every bad variable at once, platform pairs included", () => {
    const lines = error({ PORT: "x", WATCH_SEEDS: "perhaps", DISCORD_TOKEN: "discord-test" }).split("\n");
    expect(lines.filter((l) => l.startsWith("  ")).map((l) => l.trim().split(/[ :]/)[0])).toEqual(
      expect.arrayContaining(["PORT", "WATCH_SEEDS", "DISCORD_APPLICATION_ID"]),
    );
  });

  it("never echoes a value it was not asked about", () => {
    expect(error({ PORT: "x", SLACK_BOT_TOKEN: "xoxb-secret", SLACK_APP_TOKEN: "xapp-secret" })).not.toMatch(
      /secret/,
    );
  });
});

describe("enabledPlatforms", () => {
  it("turns on no platform without tokens, so the terminal chat runs", () => {
    expect(enabledPlatforms(ok({}))).toEqual({ slack: false, discord: false });
  });

  it("turns on each platform whose token is set", () => {
    expect(enabledPlatforms(ok(SLACK_HTTP))).toEqual({ slack: true, discord: false });
    expect(enabledPlatforms(ok(DISCORD))).toEqual({ slack: false, discord: true });
    expect(enabledPlatforms(ok({ ...SLACK_HTTP, ...DISCORD }))).toEqual({ slack: true, discord: true });
  });
});

describe(".env.example", () => {
  const example = readFileSync(new URL("../.env.example", import.meta.url), "utf8");
  // The schema is an object piped through cross-field checks; its input side holds the variables.
  const keys = Object.keys(ConfigSchema.in.shape);

  it.each(keys)("lists %s with a comment above it", (key) => {
    const lines = example.split("\n");
    const at = lines.findIndex((l) => new RegExp(`^#? ?${key}=`).test(l));
    expect(at, `${key} is missing from .env.example`).toBeGreaterThan(0);
    // The line above says what it is: a comment that is not itself a variable.
    expect(lines[at - 1]).toMatch(/^# (?![A-Z][A-Z0-9_]+=)\S/);
  });

  it("lists nothing the config does not read", () => {
    const listed = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(listed.filter((k) => !keys.includes(k!))).toEqual([]);
  });

  it("parses as a valid configuration with every line uncommented but the platform tokens", () => {
    const env = Object.fromEntries(
      [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=(.*)$/gm)]
        .filter((m) => !/^(SLACK|DISCORD)_/.test(m[1]!))
        .map((m) => [m[1]!, m[2]!]),
    );
    expect(parseConfig(env)).toMatchObject({ ok: true });
  });
});
