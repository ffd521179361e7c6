/**
 * The core's data contracts. Every boundary (article files, the JSON the bot prints, what adapters render)
 * is a zod schema here; the TypeScript types are inferred from them so the two never drift apart.
 */
import { z } from "zod";

/** A title longer than this is not a title (a page's whole text, an attack): it is cut at ingestion. */
export const MAX_TITLE_CHARS = 300;
export const MAX_PUBLISHER_CHARS = 120;

/** Cuts text to `max` characters, ending in "…", never splitting a surrogate pair. */
function clipTo(max: number) {
  return (text: string): string => {
    if (text.length <= max) return text;
    const head = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, "");
    return `${head.trimEnd()}…`;
  };
}

/** Front matter of an article file in `seeds/`. Unknown facts are left out, never invented. */
export const ArticleMetaSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/i, "letters, digits, _ and - only")
    .max(120),
  title: z.string().min(1).transform(clipTo(MAX_TITLE_CHARS)).optional(),
  publisher: z.string().min(1).transform(clipTo(MAX_PUBLISHER_CHARS)).optional(),
  /** ISO date (YYYY-MM-DD) or date-time. */
  published: z.iso.date().or(z.iso.datetime()).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** When the article was added to the corpus (set by ingestion; absent on the original seeds). */
  added: z.iso.datetime().optional(),
  /** The story it belongs to (a story id, e.g. `openai-aws`): overrides the grouping by content. */
  story: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and - only")
    .max(80)
    .optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** What a passage is: a prose sentence, an item of a list, or a section heading (kept, never quoted as a fact). */
export const PassageKindSchema = z.enum(["sentence", "list-item", "heading"]);
export type PassageKind = z.infer<typeof PassageKindSchema>;

/** One quotable unit of an article: a sentence or a list item, with where it stands. */
export const PassageSchema = z.object({
  /** `${articleId}:${index}` — stable while the article's text does not change. */
  id: z.string(),
  articleId: z.string(),
  /** Position in the article, 0-based, over all passages (headings included). */
  index: z.number().int().nonnegative(),
  kind: PassageKindSchema,
  /** Cleaned text, exactly as it stands in the cleaned article. */
  text: z.string(),
  /** The heading of the section the passage stands in, if any. */
  heading: z.string().optional(),
  /** Index of the paragraph (block) in the article. */
  paragraph: z.number().int().nonnegative(),
});
export type Passage = z.infer<typeof PassageSchema>;

/** A loaded, cleaned and split article. */
export const ArticleSchema = z.object({
  meta: ArticleMetaSchema,
  /** The file it came from (for error messages and the watcher). */
  file: z.string().optional(),
  /** The cleaned text, blocks separated by "\n". Quotes are verbatim substrings of it. */
  text: z.string(),
  passages: z.array(PassageSchema),
  /** The publisher states the text was (partly) AI-generated. */
  aiGenerated: z.boolean(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** A short description of a source, for rendering (link text, "publisher, date"). */
export const SourceRefSchema = z.object({
  articleId: z.string(),
  title: z.string().optional(),
  publisher: z.string().optional(),
  published: z.string().optional(),
  /** The article's own address, where known. */
  articleUrl: z.string().optional(),
  aiGenerated: z.boolean(),
  /** How to name an untitled article to people: its opening words, marked as such (never a made-up title). */
  label: z.string().optional(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** A source listed by `/deal sources` or added by `/deal add`. */
export const SourceListingSchema = SourceRefSchema.extend({
  /** Where a person reads it: its own address, else the bot's `/sources/<id>` page; absent when neither exists. */
  url: z.string().optional(),
  passages: z.number().int().nonnegative(),
});
export type SourceListing = z.infer<typeof SourceListingSchema>;

/** A sentence quoted as evidence, with a link that opens it highlighted in context. */
export const QuoteSchema = SourceRefSchema.extend({
  text: z.string().max(400),
  passageId: z.string(),
  /**
   * Text-fragment link into the original page, or the bot's own `/sources/<id>` page; absent when the
   * article has no address and the bot's pages are not served.
   */
  url: z.string().optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

/** One side of a disagreement: a value and the articles that state it. */
export const ConflictValueSchema = z.object({
  value: z.string(),
  articleIds: z.array(z.string()),
  /** Quotes stating this value, one per article (same order as articleIds). */
  quotes: z.array(QuoteSchema),
  /** Some article stating this value carries an AI-generated disclaimer. */
  aiGenerated: z.boolean(),
});
export const ConflictSchema = z.object({
  /** What the sources disagree about, e.g. "deal value". */
  about: z.string(),
  values: z.array(ConflictValueSchema).min(2),
});
export type Conflict = z.infer<typeof ConflictSchema>;

/** What kind of short answer a question asks for. */
export const AnswerTypeSchema = z.enum([
  "money",
  "date",
  "duration",
  "count",
  "percent",
  "person",
  "organization",
  "things",
  "place",
  "quote",
  "none",
]);
export type AnswerType = z.infer<typeof AnswerTypeSchema>;

/** The story an answer comes from, or one a person may pick. */
export const StoryRefSchema = z.object({ id: z.string(), title: z.string() });
export type StoryRef = z.infer<typeof StoryRefSchema>;

const AnswerBase = z.object({
  question: z.string(),
  answerType: AnswerTypeSchema,
  /** "N of M sources agree": sources stating the answer's fact, out of all sources loaded. */
  agreement: z.object({ sources: z.number().int().nonnegative(), of: z.number().int().nonnegative() }),
  conflicts: z.array(ConflictSchema),
  /** The story the answer comes from; present whenever the bot holds more than one story. */
  story: StoryRefSchema.optional(),
});

/** The one neutral answer type every adapter renders (the JSON contract of `ask --json`). */
export const AnswerResultSchema = z.discriminatedUnion("status", [
  AnswerBase.extend({
    status: z.literal("answered"),
    /** The short answer ("$38 billion", "VX200, VX300"), or "" where the question asks for none. */
    answer: z.string(),
    /** quotes[0] is the best evidence; the rest are supporting quotes from other sources. */
    quotes: z.array(QuoteSchema).min(1),
  }),
  AnswerBase.extend({
    status: z.literal("no_answer"),
    answer: z.literal(""),
    quotes: z.array(QuoteSchema),
    /** Why there is no answer, fit to show a person. */
    reason: z.string(),
    /** Command names worth trying instead. */
    suggestions: z.array(z.string()),
    /** The question could be about any of these stories: the person picks one, and it is asked again. */
    storyChoices: z.array(StoryRefSchema).optional(),
  }),
]);
export type AnswerResult = z.infer<typeof AnswerResultSchema>;
export type Answered = Extract<AnswerResult, { status: "answered" }>;
export type NoAnswer = Extract<AnswerResult, { status: "no_answer" }>;

/** The platform-neutral request: who asked, where, and what came before in the conversation. */
export const EnvelopeSchema = z.object({
  platform: z.enum(["slack", "discord", "shell"]),
  userId: z.string(),
  /** Platform-qualified channel key, e.g. "slack:T1:C1", "discord:G1:C1", "shell:local". */
  channelKey: z.string(),
  /** The asker's or workspace's IANA timezone, where the platform tells it. */
  timezone: z.string().optional(),
  /** The earlier question in this thread, for follow-ups ("and when?"). */
  previousQuestion: z.string().optional(),
  /** The conversation's story: the previous answer's, or the one the person picked. */
  storyId: z.string().optional(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;
