/**
 * The core answers any deal: nothing in src/ — code or comment — may name a company, person or product of a
 * story it was developed on. The names are read from the development stories' articles (the seeds and every
 * story under ../shared/eval/stories) by the engine's own name extraction, keeping the words no English
 * lexicon knows ("Mistral", "Jassy", "ASML"), and src/ is searched for each as a whole word.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inLexicon } from "../src/answer/detect-english.js";
import { extractValues } from "../src/answer/extract-values.js";
import { sharedWordNet } from "../src/search/related-words.js";
import { STOP_WORDS } from "../src/search/terms.js";

const SHARED = join(__dirname, "..", "..", "shared");

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, keep) : keep(name) ? [path] : [];
  });
}

/** The development stories' articles: the seeds and each eval story's articles folder. */
function articleFiles(): string[] {
  const seeds = filesUnder(join(SHARED, "seeds"), (n) => n !== "README.md" && /\.(?:txt|md|html?)$/.test(n));
  const stories = join(SHARED, "eval", "stories");
  const story = readdirSync(stories)
    .map((d) => join(stories, d, "articles"))
    .filter((d) => existsSync(d))
    .flatMap((d) => filesUnder(d, (n) => /\.(?:txt|md|html?)$/.test(n)));
  return [...seeds, ...story];
}

/** Words of the articles' names that no English lexicon knows: the stories' own names. */
function storyNames(): Set<string> {
  const wordNet = sharedWordNet();
  const names = new Set<string>();
  for (const file of articleFiles()) {
    for (const paragraph of readFileSync(file, "utf8").split(/\n+/)) {
      for (const name of extractValues(paragraph, (w) => w.toLowerCase()).names) {
        for (const raw of name.text.split(/\s+/)) {
          const word = raw.replace(/['’]s$/, "");
          const lower = word.toLowerCase();
          // Only letters (and inner hyphens or dots) name a party; "U.S" and "May-2026" are no names.
          if (!/^\p{Lu}[\p{L}]+$/u.test(word) || word.length < 3) continue;
          if (STOP_WORDS.has(lower) || inLexicon(lower) || wordNet.partsOfSpeech(lower).length) continue;
          names.add(word);
        }
      }
    }
  }
  return names;
}

/** Kinds of thing the articles write in capitals that name no party: "GPUs" is a product class. */
const NOT_PARTIES = new Set(["GPU", "GPUs", "CPU", "CPUs", "JSON"]);

describe("src/ names no story", () => {
  it.skipIf(!existsSync(SHARED))("holds no name of a development story's company, person or product", () => {
    const names = [...storyNames()].filter((n) => !NOT_PARTIES.has(n));
    // The extraction must find the stories' parties at all, or the check below proves nothing.
    expect(names.length).toBeGreaterThan(30);
    const found: string[] = [];
    for (const file of filesUnder(join(__dirname, "..", "src"), (n) => n.endsWith(".ts"))) {
      const text = readFileSync(file, "utf8");
      for (const name of names) {
        if (new RegExp(`(?<![\\p{L}\\p{N}_])${name}(?![\\p{L}\\p{N}_])`, "u").test(text))
          found.push(`${name} in ${file}`);
      }
    }
    expect(found).toEqual([]);
  });
});
