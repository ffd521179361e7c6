import { describe, expect, it } from "vitest";
import { withoutTrailingTime } from "../../src/answer/trailing-time.js";
import { sharedWordNet } from "../../src/search/related-words.js";

const cut = (q: string) => withoutTrailingTime(q, sharedWordNet());

describe("withoutTrailingTime", () => {
  it("drops a closing time adverbial, with the function words it opens with", () => {
    expect(cut("who is the team's president these days?")).toBe("who is the team's president?");
    expect(cut("who is the buyer at the moment?")).toBe("who is the buyer?");
    expect(cut("who chairs the fund now?")).toBe("who chairs the fund?");
    expect(cut("who is the lender currently?")).toBe("who is the lender?");
    expect(cut("who is the chief executive today?")).toBe("who is the chief executive?");
  });

  it("keeps a question whose last words say no time, or whose time is a year or an adjective's", () => {
    expect(cut("who is the lawyer for the committee?")).toBe("who is the lawyer for the committee?");
    expect(cut("who was the buyer in 2024?")).toBe("who was the buyer in 2024?");
    expect(cut("who was the buyer last year?")).toBe("who was the buyer last year?");
  });
});
