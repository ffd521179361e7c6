/**
 * "Did you mean": the command names a mistyped word is close to. Its own module because both the
 * dispatcher and `help <command>` (utility.ts, which the dispatcher imports) suggest names.
 */
import { distance } from "fastest-levenshtein";
import type { CommandSpec } from "./command.js";

/** Whether `a` is `b` with two neighbouring letters swapped ("valeu", "value"): one slip of the fingers. */
function swapsNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  );
}

/**
 * Command names a mistyped word is close to, best first: a prefix of the name, or within a third of its
 * length in edits, a swap of neighbouring letters counting as one edit (Damerau's transposition).
 */
export function suggestCommands(word: string, commands: readonly CommandSpec[]): string[] {
  const w = word.toLowerCase();
  if (w.length < 3) return [];
  return commands
    .map((c) => ({
      name: c.name,
      d: c.name.startsWith(w) ? 0 : swapsNeighbours(w, c.name) ? 1 : distance(w, c.name),
    }))
    .filter((s) => s.d <= Math.max(1, Math.floor(s.name.length / 3)))
    .sort((a, b) => a.d - b.d)
    .map((s) => s.name);
}
