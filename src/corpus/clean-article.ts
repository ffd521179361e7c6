/**
 * The cleaning pipeline every article goes through at load, so articles added later get the same
 * treatment as the seeds: character-level fixes on each line, then block-level removals.
 */
import { extractAiDisclaimer } from "./clean-ai-disclaimer.js";
import { cleanApostrophes } from "./clean-apostrophes.js";
import { removeAssistantResidue } from "./clean-assistant-residue.js";
import { removeFurniture } from "./clean-furniture.js";
import { removeGluedKeyword } from "./clean-glued-keyword.js";
import { cleanMathNumbers } from "./clean-typesetting.js";

/** A cleaned article: its non-empty blocks (one per line) and whether it declared itself AI-generated. */
export interface CleanedText {
  blocks: string[];
  aiGenerated: boolean;
}

/** Character-level rules, applied to each line in this order. */
const LINE_RULES: ((line: string) => string)[] = [cleanMathNumbers, cleanApostrophes];

/** Cleans an article's text as published into blocks fit to split into passages. */
export function cleanArticle(text: string): CleanedText {
  const lines = text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => LINE_RULES.reduce((current, rule) => rule(current), line).trim())
    .filter((line) => line.length > 0);
  // The disclaimer is read before the residue is cut: the cut drops everything after an assistant's offer.
  const { blocks, aiGenerated } = extractAiDisclaimer(removeFurniture(lines));
  const final = removeGluedKeyword(removeAssistantResidue(blocks))
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
  return { blocks: final, aiGenerated };
}
