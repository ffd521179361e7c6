/**
 * What changed since a channel's last digest: articles added since, each with its gist; facts whose
 * agreement or conflicts changed; and the fact card. Pure: engine and times in, a `Digest` out.
 */
import type { Engine } from "../answer/engine.js";
import type { Digest } from "../commands/reply.js";
import { quoteUrl } from "../links.js";
import type { Article, Quote } from "../types.js";
import { answerFacts, describeChange, type FactSnapshot, snapshotFacts } from "./fact-card.js";
import { pickGist } from "./pick-gist.js";

export interface BuildDigestInput {
  engine: Engine;
  /** Articles added after this and up to `asOf` are new. */
  since: Date;
  asOf: Date;
  /** The channel's local date and timezone the digest is for. */
  date: string;
  timezone: string;
  /** The fact card posted with the last digest; without one, no fact counts as changed. */
  previous?: FactSnapshot;
  publicBaseUrl: string;
}

/** The digest, and the fact snapshot to store with it. */
export function buildDigest(input: BuildDigestInput): { digest: Digest; snapshot: FactSnapshot } {
  const { engine } = input;
  const newArticles = engine
    .articles()
    .filter((a) => isAddedBetween(a, input.since, input.asOf))
    .sort((a, b) => Date.parse(a.meta.added!) - Date.parse(b.meta.added!))
    .flatMap((article) => {
      const source = engine.listing(article.meta.id);
      return source ? [{ source, gist: gistQuote(article, engine, input.publicBaseUrl) }] : [];
    });
  const facts = answerFacts(engine);
  const snapshot = snapshotFacts(facts);
  const changedFacts = facts.flatMap((f) => {
    const change = describeChange(input.previous?.[f.label], snapshot[f.label]!);
    return change ? [{ label: f.label, change, result: f.result }] : [];
  });
  return {
    digest: {
      date: input.date,
      timezone: input.timezone,
      newArticles,
      changedFacts,
      // An unanswered line would only say "I don't know" on every digest; the card keeps what is known.
      factCard: facts.filter((f) => f.result.status === "answered"),
      // A channel's first digest is never empty: the whole card is news to it.
      empty: input.previous !== undefined && newArticles.length === 0 && changedFacts.length === 0,
    },
    snapshot,
  };
}

function isAddedBetween(article: Article, since: Date, asOf: Date): boolean {
  if (!article.meta.added) return false;
  const added = Date.parse(article.meta.added);
  return added > since.getTime() && added <= asOf.getTime();
}

function gistQuote(article: Article, engine: Engine, publicBaseUrl: string): Quote | undefined {
  const passage = pickGist(article);
  const source = engine.source(article.meta.id);
  if (!passage || !source) return undefined;
  return {
    articleId: source.articleId,
    title: source.title,
    publisher: source.publisher,
    published: source.published,
    articleUrl: source.articleUrl,
    aiGenerated: source.aiGenerated,
    text: passage.text,
    passageId: passage.id,
    url: quoteUrl(article.meta, passage, publicBaseUrl),
  };
}
