/**
 * The topic shorthands' questions, as data: the topic commands (`topics.ts`) and the digest's fact card ask
 * the same ones. Kept apart from the commands so the digest can read them without the command layer.
 */

export interface Topic {
  name: string;
  description: string;
  question: string;
}

export const TOPICS: readonly Topic[] = [
  { name: "value", description: "What the deal is worth", question: "how much is the deal worth?" },
  {
    name: "chips",
    description: "Which chips and hardware the deal covers",
    question: "which chips does the deal include?",
  },
  {
    name: "timeline",
    description: "When the capacity comes online",
    question: "when will the capacity come online?",
  },
  { name: "partners", description: "Who the deal is between", question: "who signed the deal?" },
  {
    name: "microsoft",
    description: "What the deal means for Microsoft",
    question: "what does the deal mean for Microsoft?",
  },
  { name: "market", description: "How the market reacted", question: "how did the stock market react?" },
  { name: "people", description: "Who is quoted about the deal", question: "who said what about the deal?" },
  { name: "risks", description: "Risks and open questions", question: "what are the risks?" },
];

/** The question a topic stands for, by name (the digest's fact card asks the same ones). */
export function topicQuestion(name: string): string {
  const topic = TOPICS.find((t) => t.name === name);
  if (!topic) throw new Error(`no topic named ${JSON.stringify(name)}`);
  return topic.question;
}
