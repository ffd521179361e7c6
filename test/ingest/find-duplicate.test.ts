import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/parse-article.js";
import { serializeArticle } from "../../src/corpus/serialize-article.js";
import { findDuplicate, jaccard, normalizeUrl, shinglesOf } from "../../src/ingest/find-duplicate.js";
import type { Article } from "../../src/types.js";
import { FORTY_FIVE_BILLION } from "./fixtures/news-site.js";

function article(id: string, text: string, url?: string): Article {
  const parsed = parseArticle(serializeArticle({ id, url }, text), `${id}.md`);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.article;
}

const story = FORTY_FIVE_BILLION.paragraphs.filter((p) => !p.startsWith("## ")).join("\n");
const corpus = [article("hsj", story, "https://www.hsj.example/news/pact/")];

describe("findDuplicate", () => {
  it("finds the same address despite tracking parameters, www, a trailing slash and a fragment", () => {
    expect(
      findDuplicate({ url: "https://hsj.example/news/pact?utm_source=tw#comments", text: "other" }, corpus),
    ).toEqual({
      articleId: "hsj",
      reason: "same-url",
    });
  });

  it("finds a syndicated copy with a different address and a line of its own", () => {
    const copy = `${story}\nThis story first appeared in the Harbour Street Journal.`;
    const found = findDuplicate({ url: "https://other.example/copy", text: copy }, corpus);
    expect(found).toMatchObject({ articleId: "hsj", reason: "near-identical-text" });
  });

  it("does not flag a different article about the same deal", () => {
    const other =
      "Amazon shares rose 5% after the OpenAI agreement was announced.\nAnalysts called it a vote of confidence in AWS and its Nvidia capacity.";
    expect(findDuplicate({ url: "https://other.example/shares", text: other }, corpus)).toBeUndefined();
  });
});

describe("normalizeUrl", () => {
  it("keeps query parameters that pick a different page", () => {
    expect(normalizeUrl("https://x.example/article?id=5&utm_medium=rss")).toBe("x.example/article?id=5");
  });
});

describe("jaccard", () => {
  it("is 1 for the same text however it is typeset and 0 against nothing", () => {
    expect(
      jaccard(shinglesOf("The deal is worth $38 billion."), shinglesOf("the DEAL is worth  $38 billion")),
    ).toBe(1);
    expect(jaccard(shinglesOf("words here now"), shinglesOf(""))).toBe(0);
  });
});
