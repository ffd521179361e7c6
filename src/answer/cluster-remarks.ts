/**
 * Remark clustering: sources quote one remark in slightly different words ("scaling frontier AI requires
 * massive, reliable compute" / "… requires massive and reliable compute"). Giving those candidates one
 * shared key lets corroboration count them as the same fact.
 */
import type { QuoteSpan } from "./extract-values.js";
import type { Candidate } from "./rank-candidates.js";

/** Two wordings are one remark when this share of the shorter one's words recur in the other. */
const SAME_REMARK = 0.6;

/**
 * Whether two wordings (their words' sets) are one remark: SAME_REMARK of the shorter one's words recur in
 * the other. Also how conflicts group wordings and how `/deal people` finds a speaker's most-carried remark.
 */
export function sameRemark(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size || 1) >= SAME_REMARK;
}

/** Gives candidates quoting the same remark in different words one shared key (mutates `key`). */
export function clusterRemarks(candidates: Candidate[]): void {
  const reps: { words: Set<string>; key: string }[] = [];
  for (const c of candidates) {
    const q = c.values[0] as QuoteSpan | undefined;
    if (!q) continue;
    const words = new Set(q.words);
    const rep = reps.find((r) => sameRemark(words, r.words));
    if (rep) {
      c.key = rep.key;
    } else {
      c.key = q.key;
      reps.push({ words, key: q.key });
    }
  }
}
