/**
 * All configuration, parsed once at start from the environment (and an optional `.env`) by one zod schema.
 * A bad value stops the start with a message naming the variable and what it expects.
 */
import { z } from "zod";

// Case-insensitive: `.env` files written by hand say TRUE as often as true.
const bool = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.enum(["true", "false", "1", "0", "yes", "no"], { error: "expected true or false" }))
  .transform((v) => v === "true" || v === "1" || v === "yes");

const list = z.string().transform((v) =>
  v
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean),
);

const httpUrl = z.url({ protocol: /^https?$/, error: "expected an http(s) URL" });

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM (24-hour), e.g. 09:00");

const timezone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { error: "expected an IANA timezone such as Europe/Berlin" },
);

export const ConfigSchema = z
  .object({
    SEEDS_DIR: z.string().min(1).default("seeds"),
    // Digits only: z.coerce.number would read " " as 0 and "0x10" as 16.
    PORT: z
      .string()
      .trim()
      .regex(/^\d+$/, "expected a port number 0–65535")
      .transform(Number)
      .pipe(z.number().max(65535, "expected a port number 0–65535"))
      .default(3000),
    PUBLIC_BASE_URL: httpUrl.optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** pino's JSON lines for a log collector, or one readable line each (the default in the terminal chat). */
    LOG_FORMAT: z.enum(["json", "plain"]).optional(),
    /** Questions a user may ask per minute, on each platform. */
    RATE_LIMIT_PER_MINUTE: z.coerce
      .number({ error: "expected a whole number of at least 1" })
      .int("expected a whole number of at least 1")
      .min(1, "expected a whole number of at least 1")
      .default(10),

    SLACK_BOT_TOKEN: z.string().startsWith("xoxb-", "expected a bot token starting with xoxb-").optional(),
    SLACK_SIGNING_SECRET: z.string().min(1).optional(),
    SLACK_APP_TOKEN: z
      .string()
      .startsWith("xapp-", "expected an app-level token starting with xapp-")
      .optional(),
    SLACK_API_URL: httpUrl.optional(),
    /** Slack events being handled at once (over HTTP) beyond which new ones get 503 and Slack retries. */
    SLACK_MAX_PENDING_EVENTS: z.coerce
      .number({ error: "expected a whole number of at least 1" })
      .int("expected a whole number of at least 1")
      .min(1, "expected a whole number of at least 1")
      .default(100),

    DISCORD_TOKEN: z.string().min(1).optional(),
    DISCORD_APPLICATION_ID: z.string().regex(/^\d+$/, "expected a numeric application ID").optional(),
    DISCORD_GUILD_ID: z.string().regex(/^\d+$/, "expected a numeric guild (server) ID").optional(),
    DISCORD_API_URL: httpUrl.default("https://discord.com/api"),
    DISCORD_SHARDS: z
      .string()
      .regex(/^(auto|\d+)$/, "expected auto or a number of shards")
      .optional(),

    /** Who may `/deal add`: `*` for everyone, else user IDs separated by commas. */
    ADD_ALLOWED_USERS: list.default(["*"]),
    ALLOW_PRIVATE_URLS: bool.default(false),
    FEEDS: list.default([]),
    FEED_POLL_CRON: z.string().default("*/15 * * * *"),
    FETCH_TIMEOUT_MS: z.coerce.number({ error: "expected milliseconds" }).int().min(100).default(10_000),
    FETCH_MAX_BYTES: z.coerce
      .number({ error: "expected a number of bytes" })
      .int()
      .min(1024)
      .default(3_000_000),
    WATCH_SEEDS: bool.default(true),

    DATA_DIR: z.string().min(1).default("data"),
    /** PostgreSQL for the store (several replicas share it); unset keeps the SQLite file in DATA_DIR. */
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "expected a postgres:// URL" }).optional(),
    DIGEST_DEFAULT_TIME: hhmm.default("09:00"),
    DIGEST_DEFAULT_TIMEZONE: timezone.default("UTC"),
    /** When the digest scheduler looks for due digests (croner pattern; a sixth leading field is seconds). */
    DIGEST_TICK_CRON: z.string().min(1).default("* * * * *"),
    /** A digest claimed but not finished within this many ms (its replica died) is taken over by another. */
    DIGEST_LEASE_MS: z.coerce
      .number({ error: "expected milliseconds, at least 1000" })
      .int("expected milliseconds, at least 1000")
      .min(1000, "expected milliseconds, at least 1000")
      .default(300_000),
  })
  .superRefine(
    (c, ctx) => {
      if ((c.SLACK_APP_TOKEN || c.SLACK_SIGNING_SECRET) && !c.SLACK_BOT_TOKEN) {
        ctx.addIssue({ code: "custom", path: ["SLACK_BOT_TOKEN"], message: "is required to run on Slack" });
      }
      if (c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN && !c.SLACK_SIGNING_SECRET) {
        ctx.addIssue({
          code: "custom",
          path: ["SLACK_SIGNING_SECRET"],
          message: "is required for Slack over HTTP (or set SLACK_APP_TOKEN for Socket Mode)",
        });
      }
      if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) {
        ctx.addIssue({
          code: "custom",
          path: ["DISCORD_APPLICATION_ID"],
          message: "is required to run on Discord",
        });
      }
    },
    // Also when another variable is bad, so one start reports every problem at once.
    { when: () => true },
  )
  // Unset stays unset: where the source pages are served is known only once the port is bound
  // (`servedBaseUrl`), and a process that serves none links to none.
  .transform((c) => ({ ...c, PUBLIC_BASE_URL: c.PUBLIC_BASE_URL?.replace(/\/+$/, "") }));

export type Config = z.infer<typeof ConfigSchema>;

/** Variables whose values are credentials. */
const SECRETS = new Set([
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
  "DISCORD_TOKEN",
  "DATABASE_URL",
]);

export type ConfigResult = { ok: true; config: Config } | { ok: false; error: string };

/** Parses the environment; on failure the error names every bad variable and what it expects. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  // Empty (or blank) strings mean "not set", as in most .env files.
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""),
  );
  const parsed = ConfigSchema.safeParse(cleaned);
  if (parsed.success) return { ok: true, config: parsed.data };
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "config");
    const given = env[name];
    // A start-up error lands in terminals and CI logs: show a secret's prefix only, enough to spot a mix-up.
    const shown = given !== undefined && SECRETS.has(name) ? `${given.slice(0, 5)}…` : given;
    return `${name}${shown !== undefined ? ` (got ${JSON.stringify(shown)})` : ""}: ${issue.message}`;
  });
  return { ok: false, error: `Bad configuration:\n  ${lines.join("\n  ")}\nSee .env.example.` };
}

/** Which platforms the config turns on. */
export function enabledPlatforms(config: Config): { slack: boolean; discord: boolean } {
  return { slack: Boolean(config.SLACK_BOT_TOKEN), discord: Boolean(config.DISCORD_TOKEN) };
}
