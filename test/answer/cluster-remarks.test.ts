import { describe, expect, it } from "vitest";
import { clusterRemarks, sameRemark } from "../../src/answer/cluster-remarks.js";
import { article, ranker } from "./support.js";

const story = [
  article(
    "a",
    'Chief executive Dana Lee said: "This merger gives our customers a stronger network across Europe."',
  ),
  article("b", 'Dana Lee said: "This merger gives customers a stronger network across Europe."'),
  article("c", 'Dana Lee said: "We will keep every brand and every factory open for now."'),
];

describe("clusterRemarks", () => {
  it("gives two wordings of one remark the same key and a different remark its own", () => {
    const { good } = ranker(story).rank("what did Dana Lee say?");
    clusterRemarks(good);
    const keyOf = (id: string) => good.find((c) => c.ip.article.meta.id === id)?.key;
    expect(keyOf("a")).toBeDefined();
    expect(keyOf("a")).toBe(keyOf("b"));
    expect(keyOf("c")).not.toBe(keyOf("a"));
  });
});

describe("sameRemark", () => {
  const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]+/g) ?? []);
  it("takes two wordings sharing most of the shorter one's words for one remark", () => {
    expect(sameRemark(words("the price is full and fair"), words("our price is full and fair today"))).toBe(
      true,
    );
    expect(
      sameRemark(words("the price is full and fair"), words("we will not chase rights at any price")),
    ).toBe(false);
  });
});
