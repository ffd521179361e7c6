import { describe, expect, it } from "vitest";
import { chooseStory, storyScores } from "../../src/stories/choose-story.js";
import type { Story } from "../../src/stories/describe-story.js";

const story = (id: string): Story => ({ id, title: id, articleIds: [id], parties: [], names: [] });
const stories = [story("takeover"), story("round"), story("cloud")];
// Share of each story's articles using a term.
const table: Record<string, Record<string, number>> = {
  takeover: { fabrikam: 1, contoso: 0.8, deal: 1, chief: 0.2 },
  round: { northwind: 1, round: 1, deal: 0.8, chief: 0.6 },
  cloud: { contoso: 0.2, deal: 1, cloud: 1 },
};
/** The stories using a term and their shares, highest first, as the engine's postings give them. */
const coverageOf = (shares: Record<string, Record<string, number>>) => (term: string) =>
  new Map(
    Object.entries(shares)
      .flatMap(([id, of]) => (of[term] ? [[id, of[term]] as const] : []))
      .sort((a, b) => b[1] - a[1]),
  );
const coverage = coverageOf(table);

describe("chooseStory", () => {
  it("picks the story whose names the question uses, over the conversation's", () => {
    const names = new Set(["fabrikam"]);
    const choice = chooseStory({
      terms: ["fabrikam", "chief"],
      names,
      stories,
      coverage,
      conversation: "round",
    });
    expect(choice).toMatchObject({ ok: true, by: "question", story: { id: "takeover" } });
  });

  it("never answers from the conversation's or the followed story when it lacks a name others share", () => {
    // Two deals of one company (both name "helix"); the conversation and the channel are on a third.
    const two = [...stories, story("helix-supply"), story("helix-stake")];
    const shared: Record<string, Record<string, number>> = {
      ...table,
      "helix-supply": { helix: 1, supply: 1, deal: 1 },
      "helix-stake": { helix: 1, stake: 1, deal: 1 },
    };
    const cover = coverageOf(shared);
    const names = new Set(["helix"]);
    const asked = { terms: ["helix", "deal"], names, stories: two, coverage: cover };
    const viaConversation = chooseStory({ ...asked, conversation: "takeover" });
    expect(viaConversation.ok).toBe(false);
    if (!viaConversation.ok) {
      expect(viaConversation.candidates.map((s) => s.id).sort()).toEqual(["helix-stake", "helix-supply"]);
    }
    expect(chooseStory({ ...asked, followed: ["round"] }).ok).toBe(false);
    // A conversation on one of the two stays there; other words can still tell the two apart.
    expect(chooseStory({ ...asked, conversation: "helix-stake" })).toMatchObject({
      by: "conversation",
      story: { id: "helix-stake" },
    });
    expect(chooseStory({ ...asked, terms: ["helix", "stake"], conversation: "takeover" })).toMatchObject({
      by: "question",
      story: { id: "helix-stake" },
    });
  });

  it("lets ordinary words pick a story only when nothing else tells", () => {
    const terms = ["cloud"];
    expect(chooseStory({ terms, stories, coverage, conversation: "round" })).toMatchObject({
      by: "conversation",
      story: { id: "round" },
    });
    expect(chooseStory({ terms, stories, coverage })).toMatchObject({
      by: "question",
      story: { id: "cloud" },
    });
  });

  it("lets a company named in passing elsewhere still point to its own story", () => {
    expect(storyScores({ terms: ["contoso"], stories, coverage }).get("takeover")).toBeCloseTo(0.6);
  });

  it("falls back to the conversation, then the followed story, then the only story", () => {
    const general = { terms: ["deal"], stories, coverage };
    expect(chooseStory({ ...general, conversation: "cloud", followed: ["round"] })).toMatchObject({
      ok: true,
      by: "conversation",
      story: { id: "cloud" },
    });
    expect(chooseStory({ ...general, followed: ["round"] })).toMatchObject({
      by: "followed",
      story: { id: "round" },
    });
    expect(chooseStory({ terms: [], stories: [stories[0]!], coverage })).toMatchObject({ by: "only" });
    // A followed story that no longer exists is no answer.
    expect(chooseStory({ ...general, followed: ["gone"] }).ok).toBe(false);
  });

  it("with several followed stories, takes the one the question's words point to, else offers them first", () => {
    const followed = ["cloud", "round"];
    expect(chooseStory({ terms: ["cloud"], stories, coverage, followed })).toMatchObject({
      by: "followed",
      story: { id: "cloud" },
    });
    // "chief" points to the round among the followed (the takeover, not followed, has it less).
    expect(chooseStory({ terms: ["chief"], stories, coverage, followed })).toMatchObject({
      by: "followed",
      story: { id: "round" },
    });
    // One story followed under two ids counts once.
    expect(chooseStory({ terms: ["deal"], stories, coverage, followed: ["round", "round"] })).toMatchObject({
      by: "followed",
      story: { id: "round" },
    });
    const unsure = chooseStory({ terms: ["deal"], stories, coverage, followed });
    expect(unsure.ok === false && unsure.candidates.map((s) => s.id)).toEqual(["round", "cloud", "takeover"]);
  });

  it("asks when it cannot tell, the stories the question points to first", () => {
    expect(chooseStory({ terms: ["deal"], stories, coverage })).toEqual({ ok: false, candidates: stories });
    const names = new Set(["fabrikam", "northwind"]);
    const choice = chooseStory({ terms: ["fabrikam", "northwind"], names, stories, coverage });
    expect(choice.ok === false && choice.candidates.map((s) => s.id)).toEqual(["takeover", "round"]);
  });
});
