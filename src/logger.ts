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

/** Creates the logger; `destination` lets tests capture output. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const out = destination ?? process.stderr;
  // Filtering the finished line catches tokens that no field name gives away (error messages from HTTP
  // clients carry them in URLs and header dumps).
  const redacting: DestinationStream = { write: (line) => out.write(redactTokens(line)) };
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
