/**
 * The one command table. Every adapter offers exactly these.
 */
import { addCommand } from "./add.js";
import type { CommandSpec } from "./command.js";
import { digestCommand } from "./digest.js";
import { followCommand, sourcesCommand, storiesCommand, unfollowCommand } from "./stories.js";
import { topicCommands } from "./topics.js";
import { askCommand, helpCommand } from "./utility.js";

export const COMMANDS: readonly CommandSpec[] = [
  ...topicCommands,
  sourcesCommand,
  storiesCommand,
  followCommand,
  unfollowCommand,
  askCommand,
  digestCommand,
  addCommand,
  helpCommand,
];

/** Looks a command up by name (case-insensitive). */
export function findCommand(
  name: string,
  commands: readonly CommandSpec[] = COMMANDS,
): CommandSpec | undefined {
  const wanted = name.toLowerCase();
  return commands.find((c) => c.name === wanted);
}
