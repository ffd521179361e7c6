/**
 * The one logger. Secrets never reach its output: fields named like secrets are censored (down to three
 * levels deep), and anything token-shaped is replaced in every line written, wherever it sits — a message,
 * an error's stack, a URL, a field with an innocent name.
 */
import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger };

const SECRET_KEYS = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "authorization",
  "Authorization",
  "SLACK_BOT_TOKEN",
  "SLACK_APP_TOKEN",
  "SLACK_SIGNING_SECRET",
  "DISCORD_TOKEN",
];

/**
 * Token-shaped strings: Slack's xox?- and xapp- tokens, Discord bot tokens (base64 user id, which starts
 * M, N or O, then timestamp and HMAC). A token may also follow an escaped line break in a JSON line ("\nxoxb-").
 */
const TOKEN_PATTERN =
  /(?:\b|(?<=\\[nrt]))(xox[abprs]-[\w-]+|xapp-[\w-]+|[MNO][\w-]{23,}\.[\w-]{6,7}\.[\w-]{27,})/g;

/** Replaces anything token-shaped in a string. */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_PATTERN, "[redacted]");
}

/** pino's numeric levels, named. */
const LEVEL_NAMES: Record<number, string> = {
  10: "trace",
  20: "debug",
  30: "info",
  40: "warning",
  50: "error",
  60: "fatal",
};

/** Fields every pino line carries, left out of a plain line. */
const ROUTINE_FIELDS = new Set(["level", "time", "pid", "hostname", "msg"]);

/**
 * One pino JSON line as a line for a person at a terminal: `deal-bot warning: <msg> (file: x, …)`; an
 * error field shows its message only. A line that is not JSON passes through unchanged.
 */
export function plainLogLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const level = LEVEL_NAMES[entry.level as number] ?? "log";
  const fields = Object.entries(entry)
    .filter(([key]) => !ROUTINE_FIELDS.has(key))
    .map(([key, value]) => {
      const shown =
        value && typeof value === "object" && "message" in value
          ? String((value as { message: unknown }).message)
          : typeof value === "string"
            ? value
            : JSON.stringify(value);
      return `${key}: ${shown}`;
    });
  const msg = typeof entry.msg === "string" ? entry.msg : "";
  return `deal-bot ${level}: ${msg}${fields.length ? ` (${fields.join(", ")})` : ""}\n`;
}

/**
 * Creates the logger, writing to standard error; `destination` lets tests capture output. `format` "json"
 * (the default) writes pino's JSON lines for a log collector; "plain" writes one readable line each
 * (plainLogLine), for the terminal chat, where log lines appear between answers.
 */
export function createLogger(
  level: string,
  destination?: NodeJS.WritableStream,
  format: "json" | "plain" = "json",
): Logger {
  const out = destination ?? process.stderr;
  // Filtering the finished line catches tokens that no field name gives away (error messages from HTTP
  // clients carry them in URLs and header dumps).
  const redacting: DestinationStream = {
    write: (line) => out.write(redactTokens(format === "plain" ? plainLogLine(line) : line)),
  };
  return pino(
    {
      level,
      redact: {
        paths: [
          ...SECRET_KEYS,
          ...SECRET_KEYS.map((k) => `*.${k}`),
          ...SECRET_KEYS.map((k) => `*.*.${k}`),
          ...SECRET_KEYS.map((k) => `*.*.*.${k}`),
        ],
        censor: "[redacted]",
      },
    },
    redacting,
  );
}
