/**
 * Helpers for the engine's unit tests: articles from plain text (through the real parser, so passages are
 * split and cleaned as in production) and the ranking step run on them the way `answer-question.ts` runs it.
 */
import { analyzeQuestion, type QuestionAnalysis } from "../../src/answer/analyze-question.js";
import { type IndexedPassage, indexArticle } from "../../src/answer/indexed-passage.js";
import { type Candidate, eligible, rankCandidates } from "../../src/answer/rank-candidates.js";
import { termWeight } from "../../src/answer/retrieve-passages.js";
import type { SelectOptions } from "../../src/answer/select-values.js";
import { parseArticle } from "../../src/corpus/parse-article.js";
import { createPassageIndex } from "../../src/search/passage-index.js";
import type { Article, ArticleMeta, Quote } from "../../src/types.js";

/** An article parsed from its body text, with optional front matter fields. */
export function article(id: string, body: string, meta: Omit<Partial<ArticleMeta>, "id"> = {}): Article {
  const front = Object.entries({ id, ...meta })
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join("\n");
  const parsed = parseArticle(`---\n${front}\n---\n${body}\n`, `${id}.md`);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.article;
}

/** Select options with nothing ubiquitous and every word treated as a name. */
export const PLAIN_SELECT: SelectOptions = { ubiquitous: new Set(), isCommonWord: () => false };

/** The indexed passage whose text contains `fragment`. */
export function passageWith(passages: readonly IndexedPassage[], fragment: string): IndexedPassage {
  const found = passages.find((ip) => ip.passage.text.includes(fragment));
  if (!found) throw new Error(`no passage contains ${JSON.stringify(fragment)}`);
  return found;
}

/** A stand-in for the engine's quote builder: enough to tell which passage a quote came from. */
export function toQuote(ip: IndexedPassage): Quote {
  return {
    articleId: ip.article.meta.id,
    aiGenerated: ip.article.aiGenerated,
    text: ip.passage.text,
    passageId: ip.passage.id,
    url: `http://localhost:3000/sources/${ip.article.meta.id}#p-${ip.passage.index}`,
  };
}

export interface Ranking {
  analysis: QuestionAnalysis;
  ranked: Candidate[];
  /** Candidates about the subject and holding a value of the asked type, best first. */
  good: Candidate[];
}

/** Indexes the articles and ranks their passages for a question, as the engine does. */
export function ranker(articles: readonly Article[], select: SelectOptions = PLAIN_SELECT) {
  const index = createPassageIndex();
  const passages = new Map<string, IndexedPassage>();
  for (const a of articles) {
    for (const ip of indexArticle(a)) passages.set(ip.passage.id, ip);
    index.add(a.passages);
  }
  // The engine's weight: rarer terms count more (an inverse document frequency).
  const weight = termWeight(index);
  return {
    passages: [...passages.values()],
    /** `extra` adds what the engine reads beyond the question's text (a yes/no clause, related words). */
    rank(question: string, extra: Partial<QuestionAnalysis> = {}): Ranking {
      const analysis = { ...analyzeQuestion(question), ...extra };
      const hits = index.search([...analysis.terms, ...analysis.cueTerms], 200);
      const ranked = rankCandidates({ analysis, hits, lookup: (id) => passages.get(id), weight, select });
      return { analysis, ranked, good: eligible(ranked, analysis, select.ubiquitous) };
    },
  };
}
