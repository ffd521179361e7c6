/**
 * Bolt logs through its own `Logger` interface; this forwards it to the project's pino logger, whose
 * redaction keeps tokens out of the output. Messages are joined into one string and token-shaped text in
 * it is redacted again, because Bolt logs request details as free text.
 */
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import { type Logger, redactTokens } from "../../src/logger.js";

function toText(parts: unknown[]): string {
  return redactTokens(
    parts
      .map((p) => {
        if (typeof p === "string") return p;
        if (p instanceof Error) return p.message;
        try {
          return JSON.stringify(p);
        } catch {
          return String(p);
        }
      })
      .join(" "),
  );
}

const LEVELS: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

/** Wraps a pino logger as Bolt's logger; the level stays the one set by LOG_LEVEL. */
export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: "slack-bolt" });
  return {
    debug: (...m: unknown[]) => log.debug(toText(m)),
    info: (...m: unknown[]) => log.info(toText(m)),
    warn: (...m: unknown[]) => log.warn(toText(m)),
    error: (...m: unknown[]) => log.error(toText(m)),
    // Bolt calls setLevel only when given `logLevel`, which the adapter never passes.
    setLevel: () => {},
    getLevel: () => LEVELS[log.level] ?? LogLevel.ERROR,
    setName: () => {},
  };
}
