import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze-question.js";
import { indexArticle } from "../../src/answer/indexed-passage.js";
import { placesFollowing } from "../../src/answer/place-before.js";
import { selectValues } from "../../src/answer/select-values.js";
import { article, PLAIN_SELECT, passageWith } from "./support.js";

describe("placesFollowing", () => {
  it("places a name after in, near, and a site's or a making's at, not after a person's at", () => {
    expect(placesFollowing("Ulvane will build the smelter near ")).toBe(true);
    expect(placesFollowing("The ferries will be assembled at the yard at ")).toBe(true);
    expect(placesFollowing("Chips for the deal will be produced at ")).toBe(true);
    expect(placesFollowing("Mettlin keeps its headquarters at ")).toBe(true);
    // A bare "at" also stands before a person's employer, a price and an occasion.
    expect(placesFollowing("said Dana Hoskar, an analyst at ")).toBe(false);
    expect(placesFollowing("Shares of Corrabay were priced at ")).toBe(false);
    expect(placesFollowing("The vote will be held at ")).toBe(false);
  });
});

describe("where questions and at", () => {
  const deals = indexArticle(
    article(
      "at-sites",
      [
        "The six ferries will be assembled at the yard at Brask, where Drennock Marine employs 900 workers.",
        "Saltreve Mining will reopen the copper mine at Kivvik once the takeover closes.",
        "Pennard Semiconductor will make the chips at its plant at Yarrowfen, a finance chief at Lusk Bank said.",
      ].join("\n"),
    ),
  );
  const where = (question: string, fragment: string) =>
    selectValues(passageWith(deals, fragment), analyzeQuestion(question), PLAIN_SELECT).map((v) => v.text);

  it("answers with the name after a site's at, not the firm after a person's at", () => {
    expect(where("where will the ferries be built?", "ferries")).toEqual(["Brask"]);
    expect(where("where is the mine?", "copper")).toEqual(["Kivvik"]);
    expect(where("where will the chips be made?", "chips")).toEqual(["Yarrowfen"]);
  });
});
