import { describe, expect, it } from "vitest";
import type { ArticleProfile } from "../../src/stories/article-profile.js";
import {
  centroid,
  countFeatures,
  idfBefore,
  idfOf,
  similarity,
  weigh,
} from "../../src/stories/story-similarity.js";

const profile = (id: string, names: string[], terms: string[], figures: string[] = [], day?: number) =>
  ({
    id,
    headline: id,
    names: new Map(names.map((n) => [n, 1])),
    terms: new Map(terms.map((t) => [t, 1])),
    figures: new Map(figures.map((f) => [f, 1])),
    surface: new Map(),
    lead: new Set<string>(),
    proper: new Set<string>(),
    people: new Set<string>(),
    figureWords: new Map(),
    ...(day === undefined ? {} : { day }),
  }) as ArticleProfile;

describe("similarity", () => {
  const a = profile("a", ["contoso", "fabrikam"], ["cloud", "deal"], ["money:usd:1"], 100);
  const b = profile("b", ["contoso", "fabrikam"], ["cloud", "contract"], ["money:usd:1"], 101);
  const c = profile("c", ["contoso", "northwind"], ["chip", "deal"], ["money:usd:2"], 100);
  const d = profile("d", ["contoso", "fabrikam"], ["cloud", "deal"], ["money:usd:1"], 400);
  const idf = idfOf([a, b, c, d]);
  const [fa, fb, fc, fd] = [a, b, c, d].map((p) => weigh(p, idf));

  it("is higher for the same parties and figure than for the same company in another deal", () => {
    expect(similarity(fa!, fb!)).toBeGreaterThan(similarity(fa!, fc!));
  });

  it("fades with the time between publications, unless the figures are the same", () => {
    const span = (day: number) => ({ first: day, last: day });
    const other = weigh(profile("e", ["contoso", "fabrikam"], ["cloud", "deal"], ["money:usd:7"]), idf);
    const base = similarity(fa!, other);
    // Months apart with other figures: damped, but never below 0.4 (a deal's closing still belongs to
    // its announcement).
    expect(similarity(fa!, other, span(100), span(400))).toBeCloseTo(base * 0.4);
    expect(similarity(fa!, other, span(100), span(160))).toBeLessThan(base * 0.65);
    expect(similarity(fa!, other, span(100), span(160))).toBeGreaterThan(base * 0.5);
    expect(similarity(fa!, other, span(100), span(105))).toBeCloseTo(base);
    // A year later with the same figures, the coverage restates the same deal.
    expect(similarity(fa!, fd!, span(100), span(400))).toBeCloseTo(similarity(fa!, fd!));
  });

  it("compares an article with a story's centroid", () => {
    expect(similarity(fb!, centroid([fa!, fd!]))).toBeGreaterThan(similarity(fb!, centroid([fc!])));
  });
});

describe("idfBefore", () => {
  it("weighs an article as the document frequencies did before articles came and went", () => {
    const a = profile("a", ["contoso", "fabrikam"], ["cloud", "deal"], ["money:usd:1"]);
    const b = profile("b", ["contoso", "northwind"], ["chip", "deal"]);
    const c = profile("c", ["northwind"], ["chip", "plant"], ["money:usd:2"]);
    const idf = idfOf([a, b]);
    const before = weigh(a, idf);
    // A record of the changes: an article added, another taken out (its counts go below zero there).
    const changes = idfOf([]);
    for (const [p, by] of [
      [c, 1],
      [b, -1],
    ] as const) {
      countFeatures(idf, p, by);
      countFeatures(changes, p, by, true);
    }
    expect(weigh(a, idf)).not.toEqual(before);
    expect(weigh(a, idfBefore(idf, changes))).toEqual(before);
  });
});
