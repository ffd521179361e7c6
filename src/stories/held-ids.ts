/**
 * The story ids given out in a process, each held by an article (see `createStorySet`), found both ways: by
 * id, and by the article holding them — adding or removing an article looks at the ids of the articles it
 * touches, not at every id ever given (a pass that grew with the number of stories).
 */
export interface HeldIds {
  /** The article holding `id`, if any. */
  holder(id: string): string | undefined;
  has(id: string): boolean;
  /** Gives `id` to `article`; an id already held keeps its place in the order ids were first given. */
  hold(id: string, article: string): void;
  drop(id: string): void;
  /** The ids `article` holds. */
  heldBy(article: string): readonly string[];
  /** Of the ids the articles hold, the one given first (the first a pass over every id in order would meet). */
  firstHeldBy(articles: Iterable<string>): string | undefined;
}

/** An empty set of held ids. */
export function createHeldIds(): HeldIds {
  /** Id → its holder and when it was first given (ids are never renumbered while held). */
  const byId = new Map<string, { article: string; order: number }>();
  const byArticle = new Map<string, string[]>();
  let given = 0;
  const unlink = (id: string, article: string) => {
    const ids = byArticle.get(article);
    if (!ids) return;
    const rest = ids.filter((i) => i !== id);
    if (rest.length) byArticle.set(article, rest);
    else byArticle.delete(article);
  };
  return {
    holder: (id) => byId.get(id)?.article,
    has: (id) => byId.has(id),
    hold(id, article) {
      const entry = byId.get(id);
      if (entry?.article === article) return;
      if (entry) {
        unlink(id, entry.article);
        entry.article = article;
      } else byId.set(id, { article, order: given++ });
      const ids = byArticle.get(article);
      if (ids) ids.push(id);
      else byArticle.set(article, [id]);
    },
    drop(id) {
      const entry = byId.get(id);
      if (!entry) return;
      byId.delete(id);
      unlink(id, entry.article);
    },
    heldBy: (article) => byArticle.get(article) ?? [],
    firstHeldBy(articles) {
      let first: string | undefined;
      let firstOrder = Number.POSITIVE_INFINITY;
      for (const a of articles)
        for (const id of byArticle.get(a) ?? []) {
          const { order } = byId.get(id)!;
          if (order < firstOrder) [first, firstOrder] = [id, order];
        }
      return first;
    },
  };
}
