/**
 * What the core hands an adapter to render. Adapters switch on `type` and never look inside the engine.
 */
import { z } from "zod";
import { AnswerResultSchema, QuoteSchema, SourceListingSchema, StoryRefSchema } from "../types.js";

/** A command as shown in help text and registered on each platform. */
/** What a button says when the answer it refers to is gone (a restart, or evicted from memory). */
export const ANSWER_EXPIRED_TEXT = "This answer has expired — ask again.";

/** What a button says when its answer may exist but the shared store cannot be read just now. */
export const ANSWER_UNAVAILABLE_TEXT = "This answer is temporarily unavailable — try again in a minute.";

export const CommandInfoSchema = z.object({
  name: z.string(),
  description: z.string(),
  /** e.g. "on [HH:MM] [timezone]" — shown after `/deal <name>`. */
  usage: z.string().optional(),
});
export type CommandInfo = z.infer<typeof CommandInfoSchema>;

/** A story as `/deal stories` lists it. */
export const StoryListingSchema = StoryRefSchema.extend({
  sources: z.number().int().nonnegative(),
  /** Day of its latest article (YYYY-MM-DD), where known. */
  latest: z.string().optional(),
  /** The channel follows it. */
  followed: z.boolean(),
});
export type StoryListing = z.infer<typeof StoryListingSchema>;

/** One line of the digest's fact card: a labelled fact with its evidence. */
export const FactLineSchema = z.object({
  label: z.string(),
  result: AnswerResultSchema,
});

const DigestNewsSchema = z.object({
  newArticles: z.array(z.object({ source: SourceListingSchema, gist: QuoteSchema.optional() })),
  /** Facts whose agreement or conflicts changed, in words ("deal value: now 4 of 6 sources agree"). */
  changedFacts: z.array(z.object({ label: z.string(), change: z.string(), result: AnswerResultSchema })),
});

/** What changed since a channel's last digest. */
export const DigestSchema = z.object({
  /** The channel's local calendar date this digest is for (YYYY-MM-DD). */
  date: z.string(),
  timezone: z.string(),
  /** The story reported, where the bot holds several; the new articles and facts are all its own. */
  story: StoryRefSchema.optional(),
  newArticles: z.array(z.object({ source: SourceListingSchema, gist: QuoteSchema.optional() })),
  /** Facts whose agreement or conflicts changed, in words ("deal value: now 4 of 6 sources agree"). */
  changedFacts: z.array(z.object({ label: z.string(), change: z.string(), result: AnswerResultSchema })),
  factCard: z.array(FactLineSchema),
  /** Other stories the digest covers that have news too, each with its count of new sources. */
  alsoNew: z.array(StoryRefSchema.extend({ newSources: z.number().int().nonnegative() })).optional(),
  /** The channel's other followed stories with news, each with its own new articles and changed facts. */
  moreStories: z.array(DigestNewsSchema.extend({ story: StoryRefSchema })).optional(),
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
    /**
     * A story the conversation moves to (a story just followed): where a conversation remembers its
     * story (the terminal session, a thread), the next question that names none is answered from it.
     */
    story: StoryRefSchema.optional(),
  }),
  z.object({
    type: z.literal("sources"),
    sources: z.array(SourceListingSchema),
    /** The story they are the sources of, where the bot holds several. */
    story: StoryRefSchema.optional(),
  }),
  z.object({ type: z.literal("stories"), stories: z.array(StoryListingSchema) }),
  z.object({
    type: z.literal("added"),
    source: SourceListingSchema,
    keySentence: QuoteSchema.optional(),
    /** The story it joined, with its sources now; `started` when the article began a story of its own. */
    story: StoryRefSchema.extend({ sources: z.number().int().positive(), started: z.boolean() }).optional(),
    /** Said under the listing, e.g. that other replicas get the article only once the database is back. */
    note: z.string().optional(),
  }),
  z.object({ type: z.literal("digest"), digest: DigestSchema }),
]);
export type Reply = z.infer<typeof ReplySchema>;
