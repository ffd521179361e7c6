/**
 * The digest's compact fact card: each line is the engine's answer to one fixed question, so it carries
 * the same quote links and "N of M sources" as any answer. A snapshot of the card is stored with each
 * digest; comparing the next card with it tells which facts changed.
 */
import { z } from "zod";
import type { AnswerOptions, Engine } from "../answer/engine.js";
import { answerTopic, topicQuestion } from "../commands/topic-questions.js";
import type { AnswerResult } from "../types.js";

/**
 * The card's lines, in the order they are shown: the `/deal` shorthands' own questions, general to any
 * deal, so the card and the commands always agree.
 */
export const FACTS: readonly { label: string; topic: string; question: string }[] = [
  { label: "Value", topic: "value", question: topicQuestion("value") },
  { label: "Parties", topic: "parties", question: topicQuestion("parties") },
  { label: "Terms", topic: "terms", question: topicQuestion("terms") },
  { label: "Timeline", topic: "timeline", question: topicQuestion("timeline") },
];

const FactStateSchema = z.object({
  answer: z.string(),
  sources: z.number().int().nonnegative(),
  of: z.number().int().nonnegative(),
  /** One line per conflict: "about: value | value", values sorted, so order never reads as change. */
  conflicts: z.array(z.string()),
});
export type FactState = z.infer<typeof FactStateSchema>;

/** The card as stored with a digest, by label. */
export const FactSnapshotSchema = z.record(z.string(), FactStateSchema);
export type FactSnapshot = z.infer<typeof FactSnapshotSchema>;

export interface FactAnswer {
  label: string;
  result: AnswerResult;
}

/**
 * Asks the engine every card question (of one story, when `options.storyId` names it), with the same
 * alternative wordings as the `/deal` shorthands, so the card and the commands give the same answers.
 */
export function answerFacts(engine: Engine, options?: AnswerOptions): FactAnswer[] {
  return FACTS.map((f) => ({ label: f.label, result: answerTopic(engine, f.topic, options) }));
}

function stateOf(result: AnswerResult): FactState {
  return {
    answer: result.answer,
    sources: result.agreement.sources,
    of: result.agreement.of,
    conflicts: result.conflicts
      .map(
        (c) =>
          `${c.about}: ${c.values
            .map((v) => v.value)
            .sort()
            .join(" | ")}`,
      )
      .sort(),
  };
}

/** The snapshot to store with a digest. */
export function snapshotFacts(facts: readonly FactAnswer[]): FactSnapshot {
  return Object.fromEntries(facts.map((f) => [f.label, stateOf(f.result)]));
}

/**
 * What a digest stores in its ledger row: each story's card as last posted or checked, by story id ("" for
 * an engine that forms no stories). `legacy` is a card stored before digests followed stories, which was
 * the only story's card. It lives in the ledger's JSON snapshot column, so it needs no migration.
 */
export const DigestSnapshotSchema = z.object({
  stories: z.record(z.string(), FactSnapshotSchema),
  legacy: FactSnapshotSchema.optional(),
});
export type DigestSnapshot = z.infer<typeof DigestSnapshotSchema>;

/** A stored snapshot, or undefined when it is missing or not one (a damaged row). */
export function readSnapshot(value: unknown): DigestSnapshot | undefined {
  const current = DigestSnapshotSchema.safeParse(value);
  if (current.success) return current.data;
  const old = FactSnapshotSchema.safeParse(value);
  return old.success ? { stories: {}, legacy: old.data } : undefined;
}

/**
 * How a fact changed since `before`, in words; undefined when its answer, the number of sources agreeing
 * and its conflicts are all as they were. A grown source total alone is no change: every new article
 * grows it.
 */
export function describeChange(before: FactState | undefined, after: FactState): string | undefined {
  if (!before) return undefined;
  const parts: string[] = [];
  if (before.answer !== after.answer) {
    if (!after.answer) parts.push(`no longer answered (was ${before.answer})`);
    else if (!before.answer) parts.push(`now answered: ${after.answer}`);
    else parts.push(`now ${after.answer} (was ${before.answer})`);
  }
  if (before.sources !== after.sources && after.answer) {
    parts.push(`${after.sources} of ${after.of} sources agree (was ${before.sources} of ${before.of})`);
  }
  const added = after.conflicts.filter((c) => !before.conflicts.includes(c));
  const resolved = before.conflicts.filter((c) => !after.conflicts.includes(c));
  for (const c of added) parts.push(`new conflict — ${c}`);
  for (const c of resolved) parts.push(`conflict settled — ${c}`);
  return parts.length ? parts.join("; ") : undefined;
}
