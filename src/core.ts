/**
 * The platform-neutral core an adapter talks to: text or a named command in, a `Reply` out.
 */
import type { Engine } from "./answer/engine.js";
import type { CommandContext, CommandSpec, Envelope } from "./commands/command.js";
import { handleText, runCommand } from "./commands/dispatch.js";
import type { Reply } from "./commands/reply.js";
import { COMMANDS, findCommand } from "./commands/table.js";
import type { DigestService } from "./digest/digest-service.js";
import { createInflight, type Inflight } from "./inflight.js";
import type { IngestService } from "./ingest/ingest-service.js";
import { createRateLimiter, type RateLimiter } from "./rate-limit.js";
import type { StoryFollows } from "./store/digest-store.js";

export interface Core {
  engine: Engine;
  commands: readonly CommandSpec[];
  now: () => Date;
  /** Shared by all adapters: one budget per platform user. */
  rateLimiter: RateLimiter;
  /** Requests accepted and not yet answered; adapters track each, a graceful stop drains them. */
  inflight: Inflight;
  /** Handles what followed `/deal` or a mention of the bot. */
  handleText(text: string, envelope: Envelope): Promise<Reply>;
  /** Runs a command by name with structured options (Discord's slash options). */
  runCommand(name: string, options: Record<string, string | undefined>, envelope: Envelope): Promise<Reply>;
}

export interface CoreDeps {
  engine: Engine;
  digest?: DigestService;
  ingest?: IngestService;
  /** Where each channel's followed story is kept (absent: following is unavailable). */
  follows?: StoryFollows;
  now?: () => Date;
  commands?: readonly CommandSpec[];
  /** Questions per user per minute. */
  rateLimitPerMinute?: number;
  /** The limiter to use instead of one in this process's memory (one shared by replicas). */
  rateLimiter?: RateLimiter;
}

export function createCore(deps: CoreDeps): Core {
  const now = deps.now ?? (() => new Date());
  const commands = deps.commands ?? COMMANDS;
  const context = (envelope: Envelope): CommandContext => ({
    envelope,
    engine: deps.engine,
    digest: deps.digest,
    ingest: deps.ingest,
    follows: deps.follows,
    commands,
    now,
  });
  return {
    engine: deps.engine,
    commands,
    now,
    inflight: createInflight(),
    rateLimiter:
      deps.rateLimiter ?? createRateLimiter(deps.rateLimitPerMinute ?? 10, 60_000, () => now().getTime()),
    handleText: (text, envelope) => handleText(text, context(envelope)),
    async runCommand(name, options, envelope) {
      const spec = findCommand(name, commands);
      if (!spec) return handleText(name, context(envelope));
      return runCommand(spec, { ...options }, context(envelope));
    },
  };
}
