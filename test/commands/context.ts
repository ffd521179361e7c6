/**
 * A command context for tests: the fake engine, the real command table, no digest or ingest unless given.
 */
import type { CommandContext, Envelope } from "../../src/commands/command.js";
import { COMMANDS } from "../../src/commands/table.js";
import type { Article } from "../../src/types.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";

export const envelope: Envelope = { platform: "shell", userId: "local", channelKey: "shell:local" };

export function testContext(overrides: Partial<CommandContext> = {}) {
  const engine = createFakeEngine();
  const ctx: CommandContext = {
    envelope,
    engine,
    commands: COMMANDS,
    now: () => new Date("2025-11-05T09:00:00Z"),
    ...overrides,
  };
  return { ctx, asked: engine.asked };
}

/** A small article shaped like a seed, with or without its own address. */
export function article(id: string, url?: string): Article {
  const text = "OpenAI signs a $38 billion deal with Amazon.";
  return {
    meta: { id, title: `Title ${id}`, publisher: "Example News", published: "2025-11-04", url },
    text,
    passages: [{ id: `${id}:0`, articleId: id, index: 0, kind: "sentence", text, paragraph: 0 }],
    aiGenerated: false,
  };
}
