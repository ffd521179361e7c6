/**
 * The shape of a `/deal` command. Commands are declared once (see `table.ts`); Slack's listener, Discord's
 * registration and handler, the terminal chat and the help text are all generated from the table.
 */
import type { Engine } from "../answer/engine.js";
import type { DigestService } from "../digest/digest-service.js";
import type { IngestService } from "../ingest/ingest-service.js";
import type { StoryFollows } from "../store/digest-store.js";
import type { Envelope } from "../types.js";
import type { Reply } from "./reply.js";

// The request a command runs for lives with the other data contracts, so the services commands call (digest,
// ingest) can take it without importing the command layer back.
export type { Envelope } from "../types.js";

/** One option of a command, in the order text arguments fill them. */
export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** Allowed values, where the option is a choice. */
  choices?: readonly string[];
  /** The last option may swallow the rest of the text (a question, a URL with spaces trimmed). */
  rest?: boolean;
}

/** What a command's `run` gets besides its options. */
export interface CommandContext {
  envelope: Envelope;
  engine: Engine;
  digest?: DigestService;
  ingest?: IngestService;
  /** Each channel's followed story. */
  follows?: StoryFollows;
  /** The whole command table, for help and did-you-mean. */
  commands: readonly CommandSpec[];
  now: () => Date;
}

/** A `/deal` subcommand. */
export interface CommandSpec {
  name: string;
  /** Shown in help and in each platform's command picker (at most 100 characters, Discord's limit). */
  description: string;
  /** A topic shorthand stands for a question; its answer is that question's answer. */
  kind: "topic" | "utility";
  /** For topics: the question the shorthand stands for. */
  question?: string;
  options: readonly CommandOption[];
  run(options: Readonly<Record<string, string | undefined>>, ctx: CommandContext): Promise<Reply> | Reply;
}
