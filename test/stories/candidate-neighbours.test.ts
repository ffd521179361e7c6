import { describe, expect, it } from "vitest";
import { createCandidateIndex } from "../../src/stories/candidate-neighbours.js";
import type { Features } from "../../src/stories/story-similarity.js";

const features = (names: Record<string, number>, terms: Record<string, number> = {}): Features => ({
  lead: new Map(),
  names: new Map(Object.entries(names)),
  terms: new Map(Object.entries(terms)),
  figures: new Map(),
});

describe("createCandidateIndex", () => {
  const index = createCandidateIndex();
  index.add("acq-1", features({ contoso: 0.8, fabrikam: 0.6 }, { takeover: 0.5 }));
  index.add("acq-2", features({ contoso: 0.7, fabrikam: 0.7 }));
  index.add("round-1", features({ northwind: 0.9, contoso: 0.1 }, { valuation: 0.4 }));
  index.add("weather", features({}, { rain: 1 }));

  it("ranks articles by the anchor weight they share, leaving out the asker and unrelated ones", () => {
    const near = index.nearest(features({ contoso: 0.8, fabrikam: 0.6 }), 5, "acq-1");
    expect(near).toEqual(["acq-2", "round-1"]);
    expect(index.nearest(features({ contoso: 0.8 }), 1)).toEqual(["acq-1"]);
  });

  it("forgets a removed article, and an article re-added replaces its anchors", () => {
    const i = createCandidateIndex();
    i.add("a", features({ contoso: 1 }));
    i.add("a", features({ northwind: 1 }));
    expect(i.nearest(features({ contoso: 1 }), 3)).toEqual([]);
    expect(i.nearest(features({ northwind: 1 }), 3)).toEqual(["a"]);
    i.remove("a");
    expect(i.nearest(features({ northwind: 1 }), 3)).toEqual([]);
  });

  it("keeps a feature that thousands of articles share from making every query scan them all", () => {
    const i = createCandidateIndex();
    for (let n = 0; n < 2000; n++) i.add(`a${n}`, features({ common: 1, [`own${n}`]: 0.5 }));
    // The common anchor's posting stops growing; the rare one still finds its article.
    expect(i.nearest(features({ common: 1 }), 5000).length).toBeLessThan(2000);
    expect(i.nearest(features({ own1999: 1 }), 3)).toEqual(["a1999"]);
  });
});
