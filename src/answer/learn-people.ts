/**
 * People an article names as people somewhere, recognised wherever it names them. A sentence tells a
 * person by a role before the name, "said" after it, an honorific or a given name the lexicon knows
 * (`extractValues`'s people); the same article's other sentences often give none of these ("Idony Carvell,
 * the unit's CFO since 2020, becomes …") or the surname alone ("Carvell said"). Learned per article when it is
 * indexed, as aliases are (`learn-aliases.ts`): adding or removing an article changes its own passages only,
 * and a question reads nothing more.
 */
import type { PassageValues, Value } from "./extract-values.js";

/** The lower-cased last word of a name of several words, its surname. */
function surnameOf(name: string): string | undefined {
  const words = name.split(/\s+/);
  return words.length > 1 ? words[words.length - 1]!.toLowerCase() : undefined;
}

/**
 * The article's people, lower-cased: each full name → itself, and each surname → the one full name it
 * belongs to. A surname two people share, or that opens a name no sentence takes for a person's ("Carvell
 * Foods" beside "Idony Carvell"), names nobody alone.
 */
function peopleOf(values: readonly PassageValues[]): Map<string, string> {
  const full = new Set(values.flatMap((v) => v.people.map((p) => p.text.toLowerCase())));
  const bySurname = new Map<string, string | null>();
  for (const name of full) {
    const surname = surnameOf(name);
    if (!surname || full.has(surname)) continue;
    const kept = bySurname.get(surname);
    bySurname.set(surname, kept === undefined || kept === name ? name : null);
  }
  for (const v of values) {
    for (const n of v.names) {
      const lower = n.text.toLowerCase();
      if (full.has(lower)) continue;
      const first = lower.split(/\s+/)[0]!;
      if (first !== lower && bySurname.has(first)) bySurname.set(first, null);
    }
  }
  const out = new Map<string, string>([...full].map((name) => [name, name]));
  for (const [surname, name] of bySurname) if (name) out.set(surname, name);
  return out;
}

/**
 * Each passage's values with the article's people added to its people wherever a name of the passage is
 * one of them (`peopleOf`): the name as written, keyed by the person's full name, so "Carvell" and "Idony
 * Carvell" agree. Parallel to `values` (one entry a passage, in order); a passage with nothing to add is
 * returned as it was.
 */
export function learnPeople(values: readonly PassageValues[]): PassageValues[] {
  const people = peopleOf(values);
  if (!people.size) return [...values];
  return values.map((v) => {
    const known = new Set(v.people.map((p) => p.at));
    const added: Value[] = v.names.flatMap((n) => {
      const person = people.get(n.text.toLowerCase());
      return person && !known.has(n.at) ? [{ text: n.text, key: `person:${person}`, at: n.at }] : [];
    });
    return added.length ? { ...v, people: [...v.people, ...added].sort((a, b) => a.at - b.at) } : v;
  });
}
