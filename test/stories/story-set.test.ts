import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../src/corpus/load-articles.js";
import { parseArticle } from "../../src/corpus/parse-article.js";
import { type ArticleProfile, profileArticle } from "../../src/stories/article-profile.js";
import { createStorySet } from "../../src/stories/story-set.js";
import type { Article } from "../../src/types.js";

const fixtures = join("test", "fixtures", "stories");
const shared = join("..", "shared");

async function load(...dirs: string[]): Promise<Article[]> {
  const out: Article[] = [];
  for (const dir of dirs) {
    const loaded = await loadArticles(dir);
    if (!loaded.ok) throw new Error(loaded.error);
    out.push(...loaded.articles);
  }
  return out;
}

/** A deterministic shuffle (a small LCG), so a failing order can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const groupsOf = (set: ReturnType<typeof createStorySet>) =>
  set
    .stories()
    .map((s) => s.articleIds.join(","))
    .sort();

let profiles: ArticleProfile[];
beforeAll(async () => {
  // The OpenAI–AWS seeds, two other OpenAI deals (Oracle, Broadcom: same company, other partners, each
  // naming the others in passing), an acquisition and a funding round, a weather report, and a short
  // market report that names the AWS deal's parties by other words ("ChatGPT maker", "pact").
  const articles = await load(
    join(shared, "seeds"),
    join(shared, "eval", "stories", "salesforce-informatica", "articles"),
    join(shared, "eval", "stories", "mistral-asml", "articles"),
    fixtures,
  );
  profiles = articles.map((a) => profileArticle(a));
}, 30_000);

describe("createStorySet", () => {
  it("groups articles by the deal they are about, whatever the order they arrive in", () => {
    const expected = groupsOf(createStorySet(profiles));
    for (const seed of [1, 7, 42, 1234]) {
      const set = createStorySet();
      for (const p of shuffled(profiles, seed)) set.upsert(p);
      expect(groupsOf(set)).toEqual(expected);
    }
    expect(expected).toHaveLength(6);
  });

  it("takes back the grouping it gave, with the same stories, and refuses one that misplaces an article", () => {
    const grouped = createStorySet(profiles);
    const groups = grouped.groups();
    const restored = createStorySet(profiles);
    expect(restored.restore(groups)).toBe(true);
    expect(restored.stories()).toEqual(grouped.stories());
    const [first, ...rest] = groups;
    const fresh = createStorySet(profiles);
    expect(fresh.restore(rest)).toBe(false);
    expect(fresh.restore([...groups, first!])).toBe(false);
    expect(fresh.restore([...rest, { articleIds: [...first!.articleIds, "unknown"] }])).toBe(false);
    expect(fresh.stories()).toEqual(grouped.stories());
  });

  it("keeps two deals of the same company apart, and an off-topic article alone", () => {
    const set = createStorySet(profiles);
    const oracle = set.storyOf("oracle-1")!;
    const broadcom = set.storyOf("broadcom-1")!;
    const aws = set.storyOf("000_b87e36a32958507a")!;
    expect(oracle.articleIds).toEqual(["oracle-1", "oracle-2", "oracle-3"]);
    expect(broadcom.articleIds).toEqual(["broadcom-1", "broadcom-2"]);
    expect(new Set([oracle.id, broadcom.id, aws.id]).size).toBe(3);
    expect(set.storyOf("off-topic")!.articleIds).toEqual(["off-topic"]);
  });

  it("keeps each story whole when it is the only one, and OpenAI's deals apart when they are all there is", () => {
    for (const prefix of ["00", "40", "50"]) {
      const alone = createStorySet(profiles.filter((p) => p.id.startsWith(prefix)));
      expect(alone.stories()).toHaveLength(1);
    }
    const openai = createStorySet(profiles.filter((p) => /^(oracle|broadcom)/.test(p.id)));
    expect(groupsOf(openai)).toEqual(["broadcom-1,broadcom-2", "oracle-1,oracle-2,oracle-3"]);
  });

  it("adds an article that shares few words with a story but names its parties", () => {
    const set = createStorySet(profiles);
    expect(set.storyOf("aws-stock")!.articleIds).toContain("004_f6b62743335d7553");
  });

  it("forms three stories from the seeds and the two development stories in one folder", async () => {
    const set = createStorySet(profiles.filter((p) => !/^(oracle|broadcom|off-topic|aws-stock)/.test(p.id)));
    expect(set.stories().map((s) => s.articleIds.map((id) => id.slice(0, 1)).join(""))).toEqual([
      "00000",
      "44444",
      "55555",
    ]);
  });

  it("titles a story with its parties and headline figure, read from its own articles", () => {
    const set = createStorySet(profiles);
    const oracle = set.storyOf("oracle-2")!;
    expect(oracle.parties.sort()).toEqual(["OpenAI", "Oracle"]);
    expect(oracle.figure).toBe("$300 billion");
    expect(oracle.title).toMatch(/^(OpenAI–Oracle|Oracle–OpenAI) · \$300 billion/);
    expect(set.storyOf("501_85f8709d481a6651")!.title).toMatch(/Mistral.*ASML|ASML.*Mistral/);
    expect(set.storyOf("401_bf7a340859fe186b")!.title).toMatch(
      /Salesforce.*\$8 billion|Informatica.*\$8 billion/,
    );
    // A story whose articles name no parties is titled by its headline.
    expect(set.storyOf("off-topic")!.title).toBe("Heavy rain expected across the north this weekend");
  });

  it("gives stable slug ids, sources and first and latest dates", () => {
    const a = createStorySet(profiles).storyOf("oracle-1")!;
    const b = createStorySet(shuffled(profiles, 3)).storyOf("oracle-3")!;
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^[a-z0-9-]+$/);
    expect(a).toMatchObject({ first: "2025-09-10", latest: "2025-09-23" });
    expect(a.names).toContain("Stargate");
  });

  it("follows an article's front matter `story:` over its content", () => {
    const article = (id: string, story: string, text: string) => {
      const parsed = parseArticle(`---\nid: ${id}\nstory: ${story}\n---\n${text}\n`, `${id}.md`);
      if (!parsed.ok) throw new Error(parsed.error);
      return profileArticle(parsed.article);
    };
    const oracle = "OpenAI will buy $300 billion of computing power from Oracle over five years.";
    const set = createStorySet([
      ...profiles,
      article("watch-1", "watchlist", oracle),
      article("watch-2", "watchlist", "Forecasters expect heavy rain across the north."),
      article("other-1", "elsewhere", oracle),
    ]);
    expect(set.storyOf("watch-2")!.id).toBe("watchlist");
    expect(set.get("watchlist")!.articleIds).toEqual(expect.arrayContaining(["watch-1", "watch-2"]));
    // Two stories named in front matter never merge, however alike their articles.
    expect(set.storyOf("other-1")!.id).toBe("elsewhere");
    expect(set.get("elsewhere")!.articleIds).not.toContain("watch-1");
  });

  it("regroups when an article is removed", () => {
    const set = createStorySet(profiles);
    for (const id of ["broadcom-1", "broadcom-2"]) expect(set.remove(id)).toBe(true);
    expect(set.remove("broadcom-1")).toBe(false);
    expect(set.storyOf("broadcom-1")).toBeUndefined();
    expect(set.stories()).toHaveLength(5);
  });
});

describe("story ids", () => {
  it("keep a story's id when a newer article joins it", () => {
    const full = createStorySet(profiles);
    let checked = 0;
    for (const story of full.stories()) {
      if (story.articleIds.length < 2) continue;
      const members = story.articleIds.map((id) => profiles.find((p) => p.id === id)!);
      // The newest article, as a feed or `/deal add` would bring it last.
      const newest = [...members].sort((a, b) => (b.day ?? 0) - (a.day ?? 0) || (a.id < b.id ? 1 : -1))[0]!;
      const before = createStorySet(profiles.filter((p) => p.id !== newest.id));
      const other = story.articleIds.find((id) => id !== newest.id)!;
      expect(before.storyOf(other)!.id).toBe(story.id);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it("stay with their story when an older article becomes its founder, also after a restart", () => {
    const oracle = createStorySet(profiles).storyOf("oracle-1")!;
    const original = profiles.find((p) => p.id === "oracle-1")!;
    // An older report of the same deal, found later (a feed's archive), whose lead names only one party.
    const older: ArticleProfile = {
      ...original,
      id: "oracle-0",
      day: original.day! - 3,
      lead: new Set([...original.lead].filter((k) => k !== "openai")),
      proper: new Set([...original.proper].filter((k) => k !== "openai")),
    };
    const set = createStorySet(profiles);
    set.stories();
    set.upsert(older);
    const now = set.storyOf("oracle-1")!;
    expect(now.articleIds).toContain("oracle-0");
    expect(now.id).toBe(oracle.id);
    // After a restart the older article founds the story under another slug; the old id still finds it.
    const restarted = createStorySet([...profiles, older]);
    expect(restarted.storyOf("oracle-1")!.id).not.toBe(oracle.id);
    expect(restarted.get(oracle.id)?.articleIds).toEqual(now.articleIds);
    expect(restarted.get("no-such-story")).toBeUndefined();
  });
});

describe("story ids as articles come and go", () => {
  // A supply contract between two companies; later an undated copy of a report on it, then a different
  // deal between the same two companies.
  let byId: Map<string, ArticleProfile>;
  beforeAll(async () => {
    const loaded = await loadArticles(join("test", "fixtures", "story-ids"));
    if (!loaded.ok) throw new Error(loaded.error);
    byId = new Map(loaded.articles.map((a) => [a.meta.id, profileArticle(a)]));
  });

  it("never pass a story's id to a newer story", () => {
    const set = createStorySet(["nw-supply-1", "nw-supply-2", "nw-supply-3"].map((id) => byId.get(id)!));
    const followed = set.storyOf("nw-supply-1")!.id;
    set.upsert(byId.get("nw-undated")!);
    expect(set.storyOf("nw-supply-1")!.id).toBe(followed);
    set.upsert(byId.get("nw-stake-2")!);
    expect(set.storyOf("nw-stake-2")!.id).not.toBe(followed);
    expect(set.get(followed)?.articleIds).toContain("nw-supply-1");
  });

  it("never give a followed story's id to an older deal added later, also after a restart", () => {
    // The bot starts with the stake deal; coverage of an earlier deal between the same two companies is
    // added afterwards (each article stamped with the time it was added).
    const stake = byId.get("nw-stake-2")!;
    const set = createStorySet([stake]);
    const followed = set.storyOf("nw-stake-2")!.id;
    const added = ["nw-supply-1", "nw-supply-2", "nw-supply-3"].map((id, i) => ({
      ...byId.get(id)!,
      arrived: 20_600 + i,
    }));
    for (const p of added) set.upsert(p);
    expect(set.storyOf("nw-stake-2")!.id).toBe(followed);
    expect(set.storyOf("nw-supply-1")!.id).not.toBe(followed);
    const restarted = createStorySet([...added, stake]);
    expect(restarted.storyOf("nw-stake-2")!.id).toBe(followed);
    expect(restarted.storyOf("nw-supply-1")!.id).toBe(set.storyOf("nw-supply-1")!.id);
  });

  it("keep a story's id when its founding article is removed", () => {
    const set = createStorySet(["nw-supply-1", "nw-supply-2", "nw-supply-3"].map((id) => byId.get(id)!));
    const story = set.storyOf("nw-supply-2")!;
    const founder = story.articleIds[0]!;
    expect(set.remove(founder)).toBe(true);
    expect(set.storyOf("nw-supply-2")!.id).toBe(story.id);
    expect(set.get(story.id)?.articleIds).toEqual(story.articleIds.filter((id) => id !== founder));
  });

  it("put an article whose front matter names a story's id into that story, which keeps it", () => {
    const set = createStorySet(profiles.filter((p) => p.id.startsWith("00")));
    const seedsId = set.storyOf("000_b87e36a32958507a")!.id;
    const parsed = parseArticle(
      `---\nid: pin-1\npublished: 2025-11-06\nstory: ${seedsId}\n---\nAnalysts raised their forecasts for cloud spending.\n`,
      "pin-1.md",
    );
    if (!parsed.ok) throw new Error(parsed.error);
    set.upsert(profileArticle(parsed.article));
    expect(set.stories()).toHaveLength(1);
    expect(set.storyOf("pin-1")!.articleIds).toContain("000_b87e36a32958507a");
    expect(set.storyOf("000_b87e36a32958507a")!.id).toBe(seedsId);
  });
});

describe("two deals between the same two companies", () => {
  it("stay two stories: months apart, with other figures, one naming the other in passing", async () => {
    const loaded = await loadArticles(join("test", "fixtures", "same-parties"));
    if (!loaded.ok) throw new Error(loaded.error);
    const set = createStorySet(loaded.articles.map((a) => profileArticle(a)));
    expect(set.storyOf("nw-supply-1")!.articleIds).toEqual(["nw-supply-1", "nw-supply-2", "nw-supply-3"]);
    expect(set.storyOf("nw-stake-1")!.articleIds).toEqual(["nw-stake-1", "nw-stake-2"]);
  });
});

describe("a large corpus", () => {
  // Synthetic deals: each between two invented companies, told by four outlets in the same words around
  // different names and figures — more articles than a whole regroup on every change is kept for.
  const deal = (d: number, outlet: number): ArticleProfile => {
    const parties = [`buyer${d}`, `target${d}`];
    const names = new Map(parties.map((n) => [n, 4]));
    names.set(`adviser${d % 7}`, 1);
    names.set(`person${d}x${outlet}`, 1);
    const terms = new Map(
      ["agree", "deal", "stake", "close", "approval", "share", "rise", `product${d}`, `place${d}`].map(
        (t) => [t, 2],
      ),
    );
    return {
      id: `d${String(d).padStart(3, "0")}-${outlet}`,
      day: 20_000 + d,
      headline: `Buyer${d} in deal with Target${d}`,
      names,
      terms,
      figures: new Map([[`money:usd:${d + 1}000000000`, 2]]),
      surface: new Map([...parties.map((p) => [p, p[0]!.toUpperCase() + p.slice(1)] as const)]),
      lead: new Set(parties),
      proper: new Set(parties),
      people: new Set([`person${d}x${outlet}`]),
      figureWords: new Map(),
    };
  };
  const all = Array.from({ length: 50 }, (_, d) => [0, 1, 2, 3].map((o) => deal(d, o))).flat();

  it("places articles added one by one as a whole regroup would, each deal one story", () => {
    const whole = createStorySet(all);
    expect(whole.stories()).toHaveLength(50);
    const set = createStorySet(all.filter((p) => !p.id.endsWith("-3")));
    set.stories();
    for (const p of shuffled(
      all.filter((q) => q.id.endsWith("-3")),
      5,
    )) {
      set.upsert(p);
      expect(set.storyOf(p.id)!.articleIds).toEqual(whole.storyOf(p.id)!.articleIds);
    }
    expect(groupsOf(set)).toEqual(groupsOf(whole));
  });

  it("taken back with its anchors and descriptions, places new articles as the set that grouped them", () => {
    const initial = all.filter((p) => !p.id.endsWith("-3"));
    const built = createStorySet(initial);
    const groups = built.groups();
    expect(groups.every((g) => g.described && g.founderSlug)).toBe(true);
    const restored = createStorySet();
    for (const p of initial) restored.upsert(p, built.anchorsOf(p.id));
    expect(restored.restore(groups)).toBe(true);
    expect(restored.stories()).toEqual(built.stories());
    for (const p of initial) expect(restored.anchorsOf(p.id)).toEqual(built.anchorsOf(p.id));
    for (const p of shuffled(
      all.filter((q) => q.id.endsWith("-3")),
      9,
    )) {
      built.upsert(p);
      restored.upsert(p);
      expect(restored.storyOf(p.id)).toEqual(built.storyOf(p.id));
    }
    restored.remove("d007-1");
    built.remove("d007-1");
    expect(restored.stories()).toEqual(built.stories());
  });

  it("keeps every story an added article does not touch as the same object, and its id", () => {
    const set = createStorySet(all);
    const before = set.stories();
    set.upsert(deal(7, 9));
    const after = set.stories();
    const touched = set.storyOf("d007-9")!;
    expect(touched.articleIds).toEqual(["d007-0", "d007-1", "d007-2", "d007-3", "d007-9"]);
    expect(after.filter((s) => s !== touched)).toEqual(
      before.filter((s) => !s.articleIds.includes("d007-0")),
    );
    for (const s of after) if (s !== touched) expect(before).toContain(s);
  });

  it("counts the stories whose parties or notable names have each term, as stories come and go", () => {
    const set = createStorySet(all);
    expect(set.nameTerms().get("buyer7")).toBe(1);
    expect(set.nameTerms().get("buyer77")).toBeUndefined();
    set.upsert(deal(77, 0));
    expect(set.nameTerms().get("buyer77")).toBe(1);
    set.remove("d077-0");
    expect(set.nameTerms().get("buyer77")).toBeUndefined();
    expect(set.nameTerms().get("buyer7")).toBe(1);
  });

  it("gives, read after each change, the stories a rebuild of every story gives (random additions and removals)", () => {
    // Deals of a few shared companies (so an article can bridge two stories), dated out of order (so a
    // newer article can become a founder), some named by front matter; the corpus starts above the size
    // that regroups whole on every change.
    const article = (d: number, outlet: number, day: number, story?: string): ArticleProfile => {
      const p = deal(d, outlet);
      const shared = `buyer${d % 5}`;
      p.names.set(shared, 2);
      p.surface.set(shared, shared);
      return { ...p, id: `${p.id}-${day}`, day: 20_000 + day, ...(story ? { story } : {}) };
    };
    const op = fc.oneof(
      fc.record({
        kind: fc.constant("add" as const),
        deal: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(33, 34)),
        outlet: fc.integer({ min: 4, max: 9 }),
        day: fc.integer({ min: -30, max: 90 }),
        // Front matter names a story of its own, one a story formed by content holds, or one that a deal's
        // story formed later by content would take.
        story: fc.integer({ min: 0, max: 11 }),
      }),
      fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
    );
    const base = Array.from({ length: 32 }, (_, d) => [0, 1, 2, 3].map((o) => article(d, o, d))).flat();
    fc.assert(
      fc.property(fc.array(op, { minLength: 5, maxLength: 25 }), (ops) => {
        const updated = createStorySet(base);
        const rebuilt = createStorySet(base, undefined, { incremental: false });
        expect(updated.stories()).toEqual(rebuilt.stories());
        const ids = base.map((p) => p.id);
        const gone: string[] = [];
        const storyIds = new Set<string>();
        for (const o of ops) {
          if (o.kind === "add") {
            const named = rebuilt.stories();
            const story = [
              `fixed-${o.deal}`,
              named[o.deal % named.length]!.id,
              named[0]!.id.replace(/\d+/g, String(33 + (o.deal % 2))),
            ][o.story];
            const p = article(o.deal, o.outlet, o.day, story);
            updated.upsert(p);
            rebuilt.upsert(p);
            ids.push(p.id);
          } else {
            // Mostly one of the latest: a story of one article then goes.
            const [id] = ids.splice(ids.length - 1 - (o.pick % Math.min(ids.length, 8)), 1);
            expect(updated.remove(id!)).toBe(rebuilt.remove(id!));
            gone.push(id!);
          }
          expect(updated.stories()).toEqual(rebuilt.stories());
          for (const s of rebuilt.stories()) storyIds.add(s.id);
          for (const id of storyIds) expect(updated.get(id)).toEqual(rebuilt.get(id));
          expect(new Map([...updated.nameTerms()].sort())).toEqual(new Map([...rebuilt.nameTerms()].sort()));
        }
        expect(updated.groups()).toEqual(rebuilt.groups());
        for (const id of [...ids, ...gone]) expect(updated.storyOf(id)).toEqual(rebuilt.storyOf(id));
      }),
      { numRuns: 25, seed: 12 },
    );
  });

  it("starts a new story for a new deal and keeps every other story's id", () => {
    const set = createStorySet(all);
    const ids = set.stories().map((s) => s.id);
    set.upsert(deal(77, 0));
    expect(set.storyOf("d077-0")!.articleIds).toEqual(["d077-0"]);
    expect(
      set
        .stories()
        .map((s) => s.id)
        .filter((id) => ids.includes(id)),
    ).toEqual(ids);
  });
});

describe("one deal's coverage over months", () => {
  const article = (id: string, text: string) => {
    const parsed = parseArticle(text, `${id}.txt`);
    if (!parsed.ok) throw new Error(parsed.error);
    return profileArticle(parsed.article);
  };

  it("stays one story when a bid is raised seven weeks later, its figures changing", () => {
    const set = createStorySet([
      article(
        "bid-1",
        "Tarnvik rejects Oskarby approach\nSeptember 14, 2026\n\nTarnvik Minerals' board on Monday rejected a $30-a-share takeover offer from Oskarby Holdings, calling it opportunistic and saying it undervalued the Quessa copper mine. Chief executive Hadrel Varden said the company would remain independent. Tarnvik adopted a shareholder rights plan that lasts one year. Its shares rose 18% to $28.40 in Toronto. About 900 of Tarnvik's 2,300 workers are at the Quessa site, and union leaders said they feared cuts.\n",
      ),
      article(
        "bid-2",
        "Oskarby goes hostile with sweetened Tarnvik offer\nNovember 2, 2026\n\nOskarby Holdings raised its offer for Tarnvik Minerals to $34 a share in cash and stock on Monday and took it directly to shareholders through an exchange offer expiring December 11, seven weeks after the Tarnvik board rejected its first offer and adopted a rights plan. Oskarby finance chief Brightholm Aske said the new price was final. Analysts at a Canadian bank put Tarnvik's net asset value at $36. Oskarby also said it would nominate five directors at the 2027 annual meeting.\n",
      ),
      article(
        "bid-3",
        "Tarnvik's fight with Oskarby heads to shareholders\nNovember 3, 2026\n\nThe exchange offer values Tarnvik at about $4.1 billion including debt. Hedge funds bought the stock after the raised bid, and Tarnvik traded at $33.10, a small discount to the offer. Tarnvik's board, which called the first approach opportunistic, has ten business days to respond; chief executive Hadrel Varden has said Tarnvik will remain independent.\n",
      ),
    ]);
    expect(set.stories()).toHaveLength(1);
  });

  it("stays one story when the approval ten weeks later restates the deal's figures", () => {
    const set = createStorySet([
      article(
        "port-1",
        "Lumeria wins Pellacott port concession\nMarch 2, 2026\n\nLumeria Ports agreed to pay $1.2 billion for a 35-year concession to run the Pellacott container terminal, Ristow Maritime said on Monday. Lumeria will invest $400 million in new cranes and expects to double capacity to 2 million containers a year. Ristow chief executive Anneli Troske said the money would cut the authority's debt.\n",
      ),
      article(
        "port-2",
        "Ristow picks Lumeria for Pellacott terminal\nMarch 3, 2026\n\nRistow Maritime chose Lumeria Ports to operate the Pellacott container terminal for 35 years in a $1.2 billion deal. Dockworkers' leaders asked for guarantees on the 1,100 jobs at the terminal; Lumeria promised none would go for five years.\n",
      ),
      article(
        "port-3",
        "Regulator clears Lumeria's Pellacott deal\nMay 14, 2026\n\nThe maritime regulator on Thursday approved the $1.2 billion Pellacott concession, setting a cap on handling fees for the first decade. Lumeria will take over in July and begin the $400 million crane programme, with the first cranes arriving from a Korean yard by the end of the year.\n",
      ),
    ]);
    expect(set.stories()).toHaveLength(1);
  });
});
