/**
 * The one logger. Tokens and secrets are redacted wherever they appear in a logged object.
 */
import { type Logger, pino } from "pino";

export type { Logger };

const SECRET_KEYS = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "authorization",
  "SLACK_BOT_TOKEN",
  "SLACK_APP_TOKEN",
  "SLACK_SIGNING_SECRET",
  "DISCORD_TOKEN",
];

/** Matches token-shaped strings (Slack xoxb-/xapp-, Discord bot tokens) inside free text. */
const TOKEN_PATTERN = /\b(xox[abprs]-[\w-]+|xapp-[\w-]+|[MN][\w-]{23,}\.[\w-]{6}\.[\w-]{27,})/g;

/** Replaces anything token-shaped in a string. */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_PATTERN, "[redacted]");
}

/** Creates the logger; `destination` lets tests capture output. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [...SECRET_KEYS, ...SECRET_KEYS.map((k) => `*.${k}`), ...SECRET_KEYS.map((k) => `*.*.${k}`)],
        censor: "[redacted]",
      },
      hooks: {
        // Error messages from HTTP clients can carry a token in a URL or header dump.
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === "string" ? redactTokens(a) : a)) as Parameters<typeof method>,
          );
        },
      },
    },
    destination ?? process.stderr,
  );
}
