/**
 * The topic shorthands' questions, as data: the topic commands (`topics.ts`) and the digest's fact card ask
 * the same ones, in the same order of wordings (`answerTopic`). Kept apart from the commands so the digest
 * can read them without the command layer.
 */
import type { AnswerOptions, Engine } from "../answer/engine.js";
import type { AnswerResult } from "../types.js";

export interface Topic {
  name: string;
  description: string;
  question: string;
  /**
   * Questions asked in turn when the one before finds nothing: a funding round is "raised", not worth a
   * price; a plant investment is "invested" in articles that never say "deal".
   */
  alternatives?: readonly string[];
}

/**
 * Questions any deal answers — an acquisition, a funding round, a cloud or chip contract — so no topic
 * names a company, person or product; a story's own notable names are offered where an answer is missing.
 */
export const TOPICS: readonly Topic[] = [
  {
    name: "value",
    description: "What the deal is worth",
    question: "how much is the deal worth?",
    alternatives: ["how much is being raised?", "how much will be invested?"],
  },
  { name: "parties", description: "Who the deal is between", question: "who is the deal between?" },
  {
    name: "terms",
    description: "What is exchanged: price per share, stake, chips, capacity",
    question: "what does the deal include?",
  },
  {
    name: "timeline",
    description: "The dates the story gives, in order: when it closes, starts, completes",
    question: "what is the timeline of the deal?",
    alternatives: ["when will the deal close?"],
  },
  { name: "people", description: "Who said what about the deal", question: "who said what about the deal?" },
  { name: "market", description: "How shares and the market reacted", question: "how did shares react?" },
  { name: "risks", description: "Risks, regulators and open questions", question: "what are the risks?" },
];

/** The question a topic stands for, by name (the digest's fact card asks the same ones). */
export function topicQuestion(name: string): string {
  const topic = TOPICS.find((t) => t.name === name);
  if (!topic) throw new Error(`no topic named ${JSON.stringify(name)}`);
  return topic.question;
}

/**
 * Asks a topic's question, then each alternative wording in turn while the story has nothing on the one
 * before (a funding round is "raised", not "worth"). A choice of stories is an answer: it is returned as it
 * is. Throws for a topic name that does not exist.
 */
export function answerTopic(engine: Engine, name: string, options?: AnswerOptions): AnswerResult {
  const topic = TOPICS.find((t) => t.name === name);
  if (!topic) throw new Error(`no topic named ${JSON.stringify(name)}`);
  let result = engine.answer(topic.question, options);
  for (const question of topic.alternatives ?? []) {
    if (result.status !== "no_answer" || result.storyChoices) break;
    result = engine.answer(question, options);
  }
  return result;
}
