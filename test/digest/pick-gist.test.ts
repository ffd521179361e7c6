import { describe, expect, it } from "vitest";
import { pickGist } from "../../src/digest/pick-gist.js";
import { makeArticle } from "./support.js";

describe("pickGist", () => {
  it("picks the sentence that shares the most words with the rest of the article", () => {
    const article = makeArticle("a", undefined, [
      "Reporters gathered early on a rainy Monday morning downtown.",
      "OpenAI signed a $38 billion cloud deal with Amazon Web Services for Nvidia GPUs.",
      "The Amazon deal gives OpenAI access to hundreds of thousands of Nvidia GPUs.",
      "Amazon Web Services will host the OpenAI capacity in its own data centers.",
      "Lunch was served afterwards in the lobby of the hotel.",
    ]);
    // The second sentence names OpenAI, Amazon, Web Services, Nvidia and GPUs, which the others repeat.
    expect(pickGist(article)?.index).toBe(1);
  });

  it("skips fragments, headings and sentences too long to quote", () => {
    const article = makeArticle("b", undefined, [
      "Read more.",
      "x ".repeat(300),
      "OpenAI and Amazon signed a deal today.",
    ]);
    article.passages.push({ ...article.passages[2]!, id: "b:3", index: 3, kind: "heading" });
    expect(pickGist(article)?.text).toBe("OpenAI and Amazon signed a deal today.");
  });

  it("returns nothing for an article without a quotable sentence", () => {
    expect(pickGist(makeArticle("c", undefined, ["Too short."]))).toBeUndefined();
  });
});
