/**
 * Topic suggestions for a question with no answer: the topic commands whose questions share the most
 * terms with it, else the first few.
 */
import { termsOf } from "../search/terms.js";
import type { QuestionAnalysis } from "./analyze-question.js";

export interface Topic {
  name: string;
  question: string;
}

/** How many topics a no-answer result suggests. */
const SUGGESTIONS = 3;

/** Each topic's terms, worked out once (topics live as long as the engine). */
const topicTerms = new WeakMap<object, string[]>();

function termsOfTopic(topic: Topic): string[] {
  let terms = topicTerms.get(topic);
  if (!terms) {
    terms = termsOf(topic.question);
    topicTerms.set(topic, terms);
  }
  return terms;
}

/** Up to three topic names, those sharing most terms with the question first. */
export function suggestTopics(analysis: QuestionAnalysis, topics: readonly Topic[]): string[] {
  const asked = new Set(analysis.terms);
  const scored = topics
    .map((t) => ({ name: t.name, overlap: termsOfTopic(t).filter((x) => asked.has(x)).length }))
    .sort((a, b) => b.overlap - a.overlap);
  const related = scored.filter((s) => s.overlap > 0).map((s) => s.name);
  return (related.length ? related : scored.map((s) => s.name)).slice(0, SUGGESTIONS);
}

/**
 * Up to three questions about the story's own notable names ("ask what does it mean for <Name>?"), most
 * prominent first, leaving out names the question already uses. `names` come from the story's articles
 * (`Story.names`), so nothing here knows any company.
 */
export function suggestNames(names: readonly string[], question: string): string[] {
  const asked = new Set(termsOf(question));
  return names
    .filter((name) => !termsOf(name).some((t) => asked.has(t)))
    .slice(0, SUGGESTIONS)
    .map((name) => `ask what does it mean for ${name}?`);
}
