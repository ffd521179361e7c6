/**
 * What the core hands an adapter to render. Adapters switch on `type` and never look inside the engine.
 */
import { z } from "zod";
import { AnswerResultSchema, QuoteSchema, SourceListingSchema } from "../types.js";

/** A command as shown in help text and registered on each platform. */
/** What a button says when the answer it refers to is gone (a restart, or evicted from memory). */
export const ANSWER_EXPIRED_TEXT = "This answer has expired — ask again.";

export const CommandInfoSchema = z.object({
  name: z.string(),
  description: z.string(),
  /** e.g. "on [HH:MM] [timezone]" — shown after `/deal <name>`. */
  usage: z.string().optional(),
});
export type CommandInfo = z.infer<typeof CommandInfoSchema>;

/** One line of the digest's fact card: a labelled fact with its evidence. */
export const FactLineSchema = z.object({
  label: z.string(),
  result: AnswerResultSchema,
});

/** What changed since a channel's last digest. */
export const DigestSchema = z.object({
  /** The channel's local calendar date this digest is for (YYYY-MM-DD). */
  date: z.string(),
  timezone: z.string(),
  newArticles: z.array(z.object({ source: SourceListingSchema, gist: QuoteSchema.optional() })),
  /** Facts whose agreement or conflicts changed, in words ("deal value: now 4 of 6 sources agree"). */
  changedFacts: z.array(z.object({ label: z.string(), change: z.string(), result: AnswerResultSchema })),
  factCard: z.array(FactLineSchema),
  /** Nothing new since the last digest. */
  empty: z.boolean(),
});
export type Digest = z.infer<typeof DigestSchema>;

/** Every reply the core produces. */
export const ReplySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("answer"), result: AnswerResultSchema }),
  z.object({ type: z.literal("help"), intro: z.string(), commands: z.array(CommandInfoSchema) }),
  z.object({ type: z.literal("did_you_mean"), input: z.string(), suggestions: z.array(z.string()).min(1) }),
  z.object({
    type: z.literal("notice"),
    tone: z.enum(["info", "success", "warning", "error"]),
    text: z.string(),
  }),
  z.object({ type: z.literal("sources"), sources: z.array(SourceListingSchema) }),
  z.object({
    type: z.literal("added"),
    source: SourceListingSchema,
    keySentence: QuoteSchema.optional(),
  }),
  z.object({ type: z.literal("digest"), digest: DigestSchema }),
]);
export type Reply = z.infer<typeof ReplySchema>;
