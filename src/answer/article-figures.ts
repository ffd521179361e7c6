/**
 * The figures an article states anywhere — amounts, counts and percentages — by key, read once per article.
 * Corroboration asks whether a source states the chosen figure in any sentence (`statedElsewhere`), and
 * conflicts ask which figures the answer's own sources give (`find-conflicts.ts`): both read this one view
 * instead of walking the article's passages per question.
 */
import type { MoneyValue, Value } from "./extract-values.js";
import type { IndexedPassage } from "./indexed-passage.js";

export interface ArticleFigures {
  /** Each figure key the article states ("money:usd:38000000000", "count:1800mw", "percent:31") → its first passage and value. */
  byKey: ReadonlyMap<string, { ip: IndexedPassage; value: Value }>;
  /** Keys of amounts restated in another currency beside them ("€1.7 billion ($2 billion)" → the dollar key). */
  equivalents: ReadonlySet<string>;
}

const FIGURE_KINDS = ["money", "count", "percent"] as const;

/** The figures of one article's passages, in passage order (the first passage stating a key keeps it). */
export function articleFigures(passages: readonly IndexedPassage[]): ArticleFigures {
  const byKey = new Map<string, { ip: IndexedPassage; value: Value }>();
  const equivalents = new Set<string>();
  for (const ip of passages) {
    // Most passages state no figure; where that is known without reading their values, they are skipped.
    if (ip.holdsValues?.(FIGURE_KINDS) === false) continue;
    for (const value of [...ip.values.money, ...ip.values.count, ...ip.values.percent]) {
      if (!byKey.has(value.key)) byKey.set(value.key, { ip, value });
      const equivalent = (value as MoneyValue).equivalent;
      if (equivalent) equivalents.add(equivalent);
    }
  }
  return { byKey, equivalents };
}

/**
 * `figuresOf(articleId)` over an article lookup, each article's figures read on first use and kept while
 * the article object lives (an added or re-indexed article is a new object, so nothing goes stale).
 * Unknown ids give no figures.
 */
export function cachedArticleFigures<A extends object>(
  articleOf: (articleId: string) => A | undefined,
  passagesOf: (article: A) => readonly IndexedPassage[],
  cache: WeakMap<A, ArticleFigures>,
): (articleId: string) => ArticleFigures {
  return (articleId) => {
    const article = articleOf(articleId);
    if (!article) return { byKey: new Map(), equivalents: new Set() };
    let figures = cache.get(article);
    if (!figures) {
      figures = articleFigures(passagesOf(article));
      cache.set(article, figures);
    }
    return figures;
  };
}
