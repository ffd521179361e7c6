import { describe, expect, it } from "vitest";
import { indexArticle } from "../../src/answer/indexed-passage.js";
import { listMilestones } from "../../src/answer/list-milestones.js";
import type { Article } from "../../src/types.js";
import { article } from "./support.js";

const milestones = (articles: readonly Article[], max?: number) =>
  listMilestones(
    articles.flatMap((a) => indexArticle(a)),
    max,
  ).map((m) => [m.date.text, m.articleIds.size]);

describe("listMilestones", () => {
  // A bank merger, a drug licence and a media-rights deal, each dated in several ways.
  const published = { published: "2026-10-05" };

  it("orders the dates several sources give by when they fall, leaving out one source's passing date", () => {
    const merger = [
      article(
        "b1",
        "The banks expect to close the merger in the second quarter of 2027. Savings arrive by 2029.",
        published,
      ),
      article("b2", "Closing is due in the second quarter of 2027, and cost cuts by 2029.", published),
      article("b3", "The merged bank will report its first results in 2028.", published),
    ];
    expect(milestones(merger)).toEqual([
      ["in the second quarter of 2027", 2],
      ["by 2029", 2],
    ]);
  });

  it("keeps a single source's dates when no date is shared, and a season whole", () => {
    const rights = [
      article("r1", "The deals start with the 2027-28 season and run through 2034-35.", published),
    ];
    expect(milestones(rights).map((m) => m[0])).toEqual(["the 2027-28", "through 2034-35"]);
  });

  it("leaves out background years before the first article, times without a year and milestones", () => {
    const licence = [
      article(
        "d1",
        "Founded in 2011, Hanmi Bio licensed the pill on Tuesday. Phase 3 starts in the first half of 2027, once regulators agree.",
        published,
      ),
    ];
    expect(milestones(licence)).toEqual([["in the first half of 2027", 1]]);
  });

  it("dates articles without a date of their own by the latest day they write out", () => {
    const undated = [
      article("u1", "Voltline agreed on May 27, 2025 to buy Kestrel Grid. The merger should close in 2026."),
      article("u2", "Closing is expected in 2026. Voltline was founded in 2019 and listed in 2021."),
    ];
    expect(milestones(undated).map((m) => m[0])).toEqual(["May 27, 2025", "in 2026"]);
    // With no day written out either, no year can be told to be background.
    const bare = [article("b1", "Voltline was founded in 2019 and expects to close the merger in 2026.")];
    expect(milestones(bare).map((m) => m[0])).toEqual(["in 2019", "in 2026"]);
  });

  it("keeps the dates most sources give when there are more than it may show", () => {
    const many = ["2027", "2028", "2029", "2030"].map((y, i) =>
      article(`m${i}`, `Stage ${i + 1} of the Duvall port concession ends in ${y}.`, published),
    );
    many.push(
      article("m9", "The Duvall port concession's stage 4 ends in 2030, the ministry said.", published),
    );
    many.push(article("m8", "The Duvall concession's last stage, stage 3, ends in 2029.", published));
    expect(milestones(many, 1)).toEqual([["in 2029", 2]]);
  });
});
