import { describe, expect, it } from "vitest";
import { notAnArticleReason } from "../../src/ingest/not-an-article.js";

const page = (lines: string[], titles: string[] = ["A headline"]) => ({ titles, lines });

describe("notAnArticleReason", () => {
  it("refuses a consent wall that speaks of 'our partners'", () => {
    expect(
      notAnArticleReason(
        page([
          "We and our 812 partners use cookies and similar technologies to store and access information on your device.",
          "Accept all",
          "Manage preferences",
        ]),
      ),
    ).toMatch(/cookie or consent wall/);
  });

  it("takes a short article naming a firm called Partners, or the verb, as an article", () => {
    expect(
      notAnArticleReason(
        page([
          "Lumenfield raised $120 million in a round led by Harrow Partners.",
          "Brightwater Partners and two other funds also took part.",
        ]),
      ),
    ).toBeUndefined();
    expect(
      notAnArticleReason(
        page(["Kestrel Foods partners with Osaka Mills in a $2 billion deal.", "Terms were not given."]),
      ),
    ).toBeUndefined();
  });

  it("refuses a short page with an error title, and a teaser ending in a call to subscribe", () => {
    expect(notAnArticleReason(page(["Sorry, we can't find that page."], ["404 – Page not found"]))).toMatch(
      /error page/,
    );
    expect(
      notAnArticleReason(page(["The deal was agreed on Monday.", "Subscribe now to continue reading."])),
    ).toMatch(/paywall teaser/);
  });
});
