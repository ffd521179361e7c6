/**
 * Per term, the articles using it (an inverted index at article level): which stories a question's term
 * points to, without looking at every story. Kept up to date per article. Postings are arrays of small
 * article numbers rather than Sets of ids — a posting entry costs 8 bytes instead of ~30, and there are
 * ~300 per article.
 */

export interface TermPostings {
  /** Records an article's terms (replacing what it had). */
  add(articleId: string, terms: Iterable<string>): void;
  remove(articleId: string): void;
  /** The ids of the articles using a term, in no particular order. */
  articlesUsing(term: string): string[];
}

export function createTermPostings(): TermPostings {
  const numberOf = new Map<string, number>();
  const idOf: string[] = [];
  const termsOf = new Map<string, string[]>();
  const postings = new Map<string, number[]>();

  const remove = (articleId: string) => {
    const terms = termsOf.get(articleId);
    const n = numberOf.get(articleId);
    if (!terms || n === undefined) return;
    for (const t of terms) {
      const posting = postings.get(t);
      if (!posting) continue;
      const at = posting.lastIndexOf(n);
      if (at < 0) continue;
      // Order does not matter: the last entry fills the gap.
      posting[at] = posting[posting.length - 1]!;
      posting.pop();
      if (!posting.length) postings.delete(t);
    }
    termsOf.delete(articleId);
  };

  return {
    add(articleId, terms) {
      remove(articleId);
      let n = numberOf.get(articleId);
      if (n === undefined) {
        n = idOf.length;
        idOf.push(articleId);
        numberOf.set(articleId, n);
      }
      // A term met again already ends its posting with this article (removed above, so nowhere else):
      // duplicates are skipped without a Set and a copy of it per article (~300 terms each, at start).
      const distinct: string[] = [];
      for (const t of terms) {
        const posting = postings.get(t);
        if (!posting) postings.set(t, [n]);
        else if (posting[posting.length - 1] !== n) posting.push(n);
        else continue;
        distinct.push(t);
      }
      termsOf.set(articleId, distinct);
    },
    remove,
    articlesUsing(term) {
      return (postings.get(term) ?? []).map((n) => idOf[n]!);
    },
  };
}
