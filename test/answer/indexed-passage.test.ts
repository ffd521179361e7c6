import { describe, expect, it } from "vitest";
import {
  articleNames,
  countHolding,
  indexArticle,
  layoutOf,
  packArticle,
  unpack,
  unpackLayout,
  valueKinds,
} from "../../src/answer/indexed-passage.js";
import { positionedTerms, stemsOf, termsOf } from "../../src/search/terms.js";
import { article, passageWith } from "./support.js";

const passages = indexArticle(
  article(
    "a",
    [
      "Market Reaction and Investors",
      "Altman praised the agreement with Amazon. He said it was vital. What could this mean for India?",
      "The weather was fine, they added.",
    ].join("\n"),
  ),
);
const at = (fragment: string) => passageWith(passages, fragment);
const term = (word: string) => termsOf(word)[0]!;

describe("indexArticle", () => {
  it("indexes every passage of the article, headings included, in order", () => {
    expect(passages.map((ip) => ip.passage.index)).toEqual(passages.map((_, i) => i));
    expect(passages[0]?.passage.kind).toBe("heading");
  });

  it("gives a sentence the terms of the one before it in its paragraph as context", () => {
    // "He" points to Altman: the sentence before names him.
    const he = at("He said");
    expect(he.terms.has(term("Altman"))).toBe(false);
    expect(he.contextTerms.has(term("Altman"))).toBe(true);
  });

  it("gives a sentence its section heading's terms as context", () => {
    expect(at("He said").contextTerms.has(term("investors"))).toBe(true);
  });

  it("does not carry context over from another paragraph", () => {
    const aside = at("weather");
    expect(aside.contextTerms.has(term("India"))).toBe(false);
  });

  it("gives a sentence that calls a party by the article's description of it that party's name as context", () => {
    // A terminal sale told as wire copy: introduced once in apposition, then "the container line".
    const terminal = indexArticle(
      article(
        "terminal",
        [
          "Qorvath Shipping, the Danish container line, agreed to buy the Lanmere terminal.",
          "The container line will pay Delmora Ports $2.4 billion for it.",
          "A container line in Chile bid too.",
        ].join("\n\n"),
      ),
    );
    expect(passageWith(terminal, "will pay").contextTerms.has(term("Qorvath"))).toBe(true);
    expect(passageWith(terminal, "in Chile").contextTerms.has(term("Qorvath"))).toBe(false);
  });

  it("folds a counted noun as the passage's words are folded", () => {
    // A chip-supply deal: "accelerators" is filed under "chip" in running text, and so is its count.
    const [chips] = indexArticle(
      article("chips", "Ferrolink will supply about 600,000 of its X4 accelerators."),
    );
    expect(chips!.values.count.map((c) => c.noun)).toEqual(termsOf("accelerators"));
  });

  it("precomputes its terms, values and whether it asks rather than states", () => {
    const praised = at("Altman praised");
    expect(praised.terms.has(term("agreement"))).toBe(true);
    expect(praised.values.names.map((n) => n.text)).toEqual(["Altman", "Amazon"]);
    expect(praised.informative).toBe(true);
    expect(praised.asks).toBe(false);
    expect(at("What could this mean").asks).toBe(true);
    expect(at("weather").informative).toBe(false);
  });
});

describe("compact passages", () => {
  const chips = indexArticle(
    article(
      "c",
      "The Federal Trade Commission (FTC) cleared the deal. North AI will buy GPUs, and the Federal Trade Commission agreed.",
    ),
  );
  const cleared = passageWith(chips, "North AI");

  it("reads terms and stems as sets, telling a written stem from the synonym head it folds into", () => {
    const text = cleared.passage.text;
    expect(new Set(cleared.terms)).toEqual(new Set([...termsOf(text), "ftc", "northai"]));
    expect(new Set(cleared.stems)).toEqual(new Set([...stemsOf(text), "ftc", "northai"]));
    // "GPUs" is searched as its group's head, but the passage wrote "gpu", not the head itself.
    const [head, written] = [termsOf("GPUs")[0]!, [...stemsOf("GPUs")][0]!];
    expect(head).not.toBe(written);
    expect(cleared.terms.has(head)).toBe(true);
    expect(cleared.terms.has(written)).toBe(false);
    expect(cleared.stems.has(written)).toBe(true);
    expect(cleared.stems.has(head)).toBe(false);
    expect(cleared.terms.size).toBe(new Set(cleared.terms).size);
    expect(cleared.terms.has("never-seen-anywhere")).toBe(false);
  });

  it("recomputes positions from the text, with aliases at their long form's place", () => {
    const text = cleared.passage.text;
    const at = text.indexOf("Federal Trade Commission");
    expect(cleared.positions).toEqual(
      [...positionedTerms(text), { at, term: "ftc" }, { at: text.indexOf("North AI"), term: "northai" }].sort(
        (a, b) => a.at - b.at,
      ),
    );
  });

  it("restores the same passages from its stored layout, with another process's term ids too", () => {
    const stored = layoutOf(chips);
    const later = { values: (i: number) => chips[i]!.values, names: articleNames(chips) };
    const same = unpackLayout(cleared.article, { ...stored, pool: stored.pool.slice() }, later);
    // Another process numbered the terms otherwise: here, stored id i is this process's id top - i.
    const top = Math.max(...stored.pool);
    const other = { ...stored, pool: stored.pool.map((id) => top - id) };
    const remapped = unpackLayout(cleared.article, other, later, (id) => top - id);
    for (const again of [same, remapped]) {
      expect(again.map(unpack)).toEqual(chips.map(unpack));
      for (const [i, ip] of again.entries()) {
        expect(new Set(ip.stems)).toEqual(new Set(chips[i]!.stems));
        expect(ip.positions).toEqual(chips[i]!.positions);
        expect([ip.words, ip.asks, ip.informative]).toEqual([
          chips[i]!.words,
          chips[i]!.asks,
          chips[i]!.informative,
        ]);
      }
    }
    expect(() => unpackLayout(cleared.article, { ...stored, layout: stored.layout.slice(1) }, later)).toThrow(
      /layout for/,
    );
  });

  it("reads a restored passage's values once, on first need, and no other passage's", () => {
    const read: number[] = [];
    const later = {
      values: (i: number) => {
        read.push(i);
        return chips[i]!.values;
      },
      names: articleNames(chips),
    };
    const restored = unpackLayout(cleared.article, layoutOf(chips), later);
    expect(read).toEqual([]);
    expect(restored[1]!.values).toEqual(chips[1]!.values);
    expect(restored[1]!.values).toBe(restored[1]!.values);
    expect(read).toEqual([1]);
  });

  it("tells which kinds of values a restored passage holds without reading them, given the kinds", () => {
    const priced = indexArticle(
      article("m", "Kessel Group will pay $2 billion for Ostrava Labs. The board of Ostrava Labs agreed."),
    );
    const read: number[] = [];
    const stored = (kinds?: number[]) =>
      unpackLayout(priced[0]!.article, layoutOf(priced), {
        values: (i: number) => {
          read.push(i);
          return priced[i]!.values;
        },
        names: articleNames(priced),
        ...(kinds ? { kinds } : {}),
      });
    const restored = stored(priced.map((ip) => valueKinds(ip.values)));
    const withMoney = priced.findIndex((ip) => ip.values.money.length);
    const without = priced.findIndex((ip) => !ip.values.money.length && ip.values.names.length);
    expect([withMoney, without].every((i) => i >= 0)).toBe(true);
    expect(restored[withMoney]!.holdsValues!(["money"])).toBe(true);
    expect(restored[without]!.holdsValues!(["money", "count"])).toBe(false);
    expect(restored[without]!.holdsValues!(["names"])).toBe(true);
    expect(read).toEqual([]);
    // Without stored kinds the values are read to tell.
    expect(stored()[without]!.holdsValues!(["money"])).toBe(false);
    expect(read).toEqual([without]);
    // A built passage tells from its values.
    expect(priced[withMoney]!.holdsValues!(["money", "percent"])).toBe(true);
  });

  it("counts the passages holding a term as their term sets do, for packed and plain passages alike", () => {
    const plain = chips.map((ip) => ({ ...ip, terms: new Set(ip.terms) }));
    for (const term of ["ftc", "northai", "chip", "never-seen-anywhere", ...chips[0]!.terms]) {
      const expected = chips.filter((ip) => ip.terms.has(term)).length;
      expect(countHolding(chips, term)).toBe(expected);
      expect(countHolding(plain, term)).toBe(expected);
    }
    expect(countHolding(chips, "ftc")).toBeGreaterThan(0);
  });

  it("counts a term no passage was packed with in the plain passages of a mixed list", () => {
    const odd = { ...chips[0]!, terms: new Set(["zzyzx-never-packed"]) };
    expect(countHolding([...chips, odd], "zzyzx-never-packed")).toBe(1);
    expect(countHolding(chips, "zzyzx-never-packed")).toBe(0);
  });

  it("packs back to the same data from what it unpacks to", () => {
    const again = packArticle(cleared.article, chips.map(unpack));
    for (const [i, ip] of again.entries()) {
      for (const field of ["terms", "stems", "contextTerms"] as const)
        expect(new Set(ip[field])).toEqual(new Set(chips[i]![field]));
      expect(ip.values).toEqual(chips[i]!.values);
      expect(ip.positions).toEqual(chips[i]!.positions);
    }
  });
});
