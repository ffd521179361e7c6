/**
 * The stories of a corpus, kept in step with it as articles come and go.
 *
 * Grouping: a whole pass (cluster-stories.ts, deterministic, so arrival order never matters) when the set
 * is first read, while it is small, or after many articles arrived at once; otherwise each new article is
 * placed as the online clustering of Miranda et al. (EMNLP 2018) places it — compared with the centroids
 * of the stories its nearest articles belong to, it joins the most similar one that reaches the threshold
 * (merging stories it bridges) or starts a new story — at a cost that does not grow with the corpus.
 * Document frequencies and the candidate index are updated per article, never recounted.
 *
 * Ids: a story is named after its founding article (the earliest published, then the lowest id), so an
 * article joining later never renames it; ids a story has had keep resolving to it (`get`).
 */

import { termsOf } from "../search/terms.js";
import type { ArticleProfile } from "./article-profile.js";
import { type Anchor, createCandidateIndex, NEIGHBOURS } from "./candidate-neighbours.js";
import {
  type ArticleGroup,
  agglomerate,
  type ClusterGroup,
  clusterStories,
  SAME_STORY,
} from "./cluster-stories.js";
import { describeStory, type Story, slugify } from "./describe-story.js";
import { createHeldIds } from "./held-ids.js";
import {
  countFeatures,
  type GroupVector,
  groupOf,
  type Idf,
  type IdfView,
  idfBefore,
  idfOf,
  mergeGroup,
  weigh,
} from "./story-similarity.js";

/**
 * A story's description as `describeStory` gives it (its id is assigned apart), and the terms of its parties
 * and notable names (worked out when it is described, or when first needed for one a snapshot kept).
 */
type Described = Omit<Story, "id"> & { slug: string; nameTerms?: string[] };

/**
 * A grouping as a snapshot keeps it: each story's articles and front matter's id, and what describing it
 * gave (its description, its founder's slug), so a start from the snapshot does not describe it again.
 */
export interface SavedGroup extends ArticleGroup {
  described?: Described;
  founderSlug?: { slug: string; figure?: string };
}

export interface StorySet {
  /**
   * Adds or replaces an article's profile; `anchors`, from `anchorsOf` for the same articles added in the
   * same order (a snapshot), spare weighing it for the candidate index.
   */
  upsert(profile: ArticleProfile, anchors?: readonly Anchor[]): void;
  /** The anchors the candidate index holds an article under, for a snapshot. */
  anchorsOf(articleId: string): Anchor[];
  /** Forgets an article; false when it was not there. */
  remove(articleId: string): boolean;
  /** Every story, ordered by its first article id. */
  stories(): readonly Story[];
  /** A story by its id, or by an id it had before (its founding article's slug, a merged story's id). */
  get(storyId: string): Story | undefined;
  /** The story an article belongs to. */
  storyOf(articleId: string): Story | undefined;
  /**
   * How many stories have each term among their parties' and notable names' terms (`termsOf`), so a
   * name written in lower case ("informatica") is still a name: kept up to date story by story.
   */
  nameTerms(): ReadonlyMap<string, number>;
  /** The profiles of a story's articles. */
  profiles(storyId: string): readonly ArticleProfile[];
  /** The current grouping (each story's articles, sorted, front matter's id, its description), for a snapshot. */
  groups(): SavedGroup[];
  /**
   * Takes a grouping `groups()` gave for these same articles instead of grouping them again (a start from
   * a snapshot). False, with nothing changed, unless it places every article held exactly once.
   */
  restore(groups: readonly SavedGroup[]): boolean;
}

/** Up to this many articles, every change regroups the whole corpus (exact, and cheap at this size). */
const REGROUP_ALL_UP_TO = 120;
/** A batch of new articles larger than this share of the corpus is grouped by a whole pass. */
const REGROUP_ALL_SHARE = 0.2;

/** The stories as a read gives them, with what finds them. */
interface View {
  /** The groups, ordered by their first article id, and their stories in the same order. */
  order: LiveGroup[];
  stories: Story[];
  byGroup: Map<LiveGroup, Story>;
  byArticle: Map<string, Story>;
  byId: Map<string, Story>;
  /** The groups front matter names, by that id. */
  fixed: Map<string, LiveGroup>;
}

interface LiveGroup {
  ids: Set<string>;
  /** Absent only after a restore, until first needed (see `vectorOfGroup`). */
  vector?: GroupVector;
  fixedId?: string;
  /** Its description, founding article and first id, dropped whenever its articles change. */
  described?: Described;
  founder?: ArticleProfile;
  firstId?: string;
}

/**
 * Founding order: undated articles first (files the bot started with; every article added later carries
 * the time it was added), then the earliest published or added, then the lowest article id.
 */
function founderFirst(a: ArticleProfile, b: ArticleProfile): number {
  const [x, y] = [a.day ?? -Infinity, b.day ?? -Infinity];
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Which of two stories claims a contested slug first: the one whose founder the bot had first (files it
 * started with, then by the time each was added), so an older report added later about another deal
 * never takes the id of a story people already follow — and a restart gives every story the same id.
 */
function claimsFirst(a: ArticleProfile, b: ArticleProfile): number {
  const [x, y] = [a.arrived ?? -Infinity, b.arrived ?? -Infinity];
  if (x !== y) return x < y ? -1 : 1;
  return founderFirst(a, b);
}

/**
 * A story set over `initial` profiles; `threshold` is the similarity at which articles share a story.
 * `incremental: false` gives every story again on each read after a change (what a read updates
 * otherwise), to check the two agree.
 */
export function createStorySet(
  initial: readonly ArticleProfile[] = [],
  threshold = SAME_STORY,
  { incremental = true }: { incremental?: boolean } = {},
): StorySet {
  const profiles = new Map<string, ArticleProfile>();
  const idf = idfOf([]);
  const candidates = createCandidateIndex();
  const groupOfArticle = new Map<string, LiveGroup>();
  /** Articles added since the last grouping, placed on the next read. */
  const pending = new Set<string>();
  let regroupAll = true;
  /** Per article, the slug it gives a story it founds (worked out when it arrives, never per question). */
  const founderSlugs = new Map<string, { slug: string; figure?: string }>();
  /** Slug → the articles that would give it, so an id from before a restart still finds its story. */
  const bySlug = new Map<string, Set<string>>();
  /**
   * Every id given in this process → the article that holds it: its founder, or after the founder left,
   * another article of the same story. An id stays with the story holding its article, so an article
   * joining, a new founder or a newer story never moves an id to another deal.
   */
  const formerIds = createHeldIds();
  /**
   * What the last read gave: the stories in order (as their groups), each group's story, and the stories by
   * article and by id. A read after a change updates it for the groups the change made or changed alone, so
   * adding an article costs the stories it touches, not a pass over every story and article.
   */
  let view: View | undefined;
  /** Groups made or changed since the last read, groups replaced since, and articles removed since. */
  const changed = new Set<LiveGroup>();
  const replaced = new Set<LiveGroup>();
  const departed = new Set<string>();
  /** Whether the next read gives every story again (after a whole pass, a restore, or a change to a story front matter names). */
  let rebuild = true;

  const slugKeys = (s: { slug: string; figure?: string }) =>
    s.figure ? [s.slug, `${s.slug}-${slugify(s.figure)}`] : [s.slug];
  const rememberSlug = (id: string, s: { slug: string; figure?: string }) => {
    founderSlugs.set(id, s);
    for (const key of slugKeys(s)) {
      const ids = bySlug.get(key) ?? new Set<string>();
      bySlug.set(key, ids.add(id));
    }
  };
  const learnSlug = (p: ArticleProfile) => {
    const d = describeStory([p]);
    rememberSlug(p.id, { slug: d.slug, ...(d.figure ? { figure: d.figure } : {}) });
  };
  /**
   * Articles whose slug is not worked out yet: describing each article costs a start from a snapshot most
   * of its time, and only founders' slugs name stories — the rest are needed only to resolve an id from
   * before a restart, and are worked out on the first such lookup.
   */
  const unslugged = new Set<string>();
  const slugOf = (id: string) => {
    if (unslugged.delete(id)) learnSlug(profiles.get(id)!);
    return founderSlugs.get(id)!;
  };
  const learnAllSlugs = () => {
    for (const id of unslugged) learnSlug(profiles.get(id)!);
    unslugged.clear();
  };
  const forgetSlug = (id: string) => {
    unslugged.delete(id);
    const s = founderSlugs.get(id);
    if (!s) return;
    founderSlugs.delete(id);
    for (const key of slugKeys(s)) {
      const ids = bySlug.get(key);
      ids?.delete(id);
      if (ids && !ids.size) bySlug.delete(key);
    }
  };
  const founderOf = (g: LiveGroup) => {
    g.founder ??= [...g.ids]
      .map((id) => profiles.get(id)!)
      .reduce((a, b) => (founderFirst(a, b) <= 0 ? a : b));
    return g.founder;
  };
  const firstIdOf = (g: LiveGroup) => {
    g.firstId ??= [...g.ids].reduce((a, b) => (a < b ? a : b));
    return g.firstId;
  };

  /** Groups restored without their vector: weighing every article again cost a start from a snapshot much of its time. */
  const unweighed = new Set<LiveGroup>();
  /**
   * The changes to the document frequencies since groups were restored unweighed, kept while any is: such
   * a group is weighed, when first needed, from the frequencies before them — the vector a whole pass over
   * the same articles made — so adding an article weighs the stories near it, not every restored story.
   */
  let sinceRestore: Idf | undefined;
  const countChange = (profile: ArticleProfile, by: 1 | -1) => {
    countFeatures(idf, profile, by);
    if (!unweighed.size) return;
    sinceRestore ??= idfOf([]);
    countFeatures(sinceRestore, profile, by, true);
  };
  /** A group's vector, weighed now if it was restored without one. */
  const vectorOfGroup = (g: LiveGroup): GroupVector => {
    if (!g.vector) {
      g.vector = vectorOf(g.ids, sinceRestore ? idfBefore(idf, sinceRestore) : idf)!;
      unweighed.delete(g);
      if (!unweighed.size) sinceRestore = undefined;
    }
    return g.vector;
  };

  const vectorOf = (ids: Iterable<string>, from: IdfView = idf): GroupVector | undefined => {
    let vector: GroupVector | undefined;
    for (const id of ids) {
      const p = profiles.get(id)!;
      const one = groupOf(weigh(p, from), p.day);
      if (vector) mergeGroup(vector, one);
      else vector = one;
    }
    return vector;
  };

  const dropFromGroup = (articleId: string) => {
    const group = groupOfArticle.get(articleId);
    if (!group) return;
    groupOfArticle.delete(articleId);
    group.ids.delete(articleId);
    changed.add(group);
    delete group.described;
    delete group.founder;
    delete group.firstId;
    unweighed.delete(group);
    const vector = vectorOf(group.ids);
    if (vector) group.vector = vector;
  };

  const wholePass = () => {
    rebuild = true;
    const groups = clusterStories([...profiles.values()], threshold, idf);
    // A story whose articles did not change stays the same object, description and all.
    const before = new Map<string, LiveGroup>();
    for (const g of new Set(groupOfArticle.values())) before.set(firstIdOf(g), g);
    groupOfArticle.clear();
    for (const g of groups) {
      const old = before.get(g.articleIds[0]!);
      if (old && old.ids.size === g.articleIds.length && g.articleIds.every((id) => old.ids.has(id))) {
        if (old.fixedId === g.fixedId) {
          for (const id of g.articleIds) groupOfArticle.set(id, old);
          continue;
        }
      }
      const live: LiveGroup = {
        ids: new Set(g.articleIds),
        vector: vectorOf(g.articleIds)!,
        ...(g.fixedId ? { fixedId: g.fixedId } : {}),
      };
      for (const id of g.articleIds) groupOfArticle.set(id, live);
    }
    // Restored groups the pass replaced are gone; those it kept are still weighed when first needed.
    if (unweighed.size) {
      const alive = new Set(groupOfArticle.values());
      for (const g of unweighed) if (!alive.has(g)) unweighed.delete(g);
      if (!unweighed.size) sinceRestore = undefined;
    }
  };

  /** Places one new article: joins its best story, merging any stories it bridges, or starts one. */
  const place = (p: ArticleProfile) => {
    const features = weigh(p, idf);
    const alone = groupOf(features, p.day);
    const near = new Set<LiveGroup>();
    for (const id of candidates.nearest(features, NEIGHBOURS, p.id)) {
      const g = groupOfArticle.get(id);
      if (g) near.add(g);
    }
    const fits = (g: LiveGroup) => !(p.story && g.fixedId && g.fixedId !== p.story);
    const fixedHome = p.story ? [...groupOfArticle.values()].find((g) => g.fixedId === p.story) : undefined;
    // The same agglomerative step a whole pass would take, over the article and the stories near it.
    const members = fixedHome ? new Set([...near, fixedHome]) : near;
    const clusters: ClusterGroup[] = [];
    const asCluster = (ids: string[], vector: GroupVector, fixedId?: string): ClusterGroup => ({
      articleIds: ids,
      ...(fixedId ? { fixedId } : {}),
      vector,
      neighbours: new Set(),
      alive: true,
      version: 0,
      rank: clusters.length,
    });
    const newcomer = asCluster([p.id], alone, p.story);
    clusters.push(newcomer);
    const from = new Map<ClusterGroup, LiveGroup>();
    for (const g of members) {
      if (!fits(g) && g !== fixedHome) continue;
      const c = asCluster([...g.ids].sort(), vectorOfGroup(g), g.fixedId);
      clusters.push(c);
      from.set(c, g);
    }
    // Only the newcomer links stories here: stories that did not merge before are not compared again.
    for (const c of clusters) {
      if (c === newcomer) continue;
      c.neighbours.add(newcomer);
      newcomer.neighbours.add(c);
    }
    const forced = fixedHome && [...from].find(([, g]) => g === fixedHome)?.[0];
    if (forced) {
      // Front matter decides: the article joins its named story whatever the similarity.
      mergeGroup(forced.vector, newcomer.vector);
      forced.articleIds.push(p.id);
      newcomer.alive = false;
    }
    const survivors = agglomerate(clusters, threshold);
    for (const c of survivors) {
      if (from.has(c) && c.articleIds.length === from.get(c)!.ids.size) continue;
      const live: LiveGroup = {
        ids: new Set(c.articleIds),
        vector: c.vector,
        ...(c.fixedId ? { fixedId: c.fixedId } : {}),
      };
      changed.add(live);
      for (const id of c.articleIds) {
        const before = groupOfArticle.get(id);
        if (before) replaced.add(before);
        groupOfArticle.set(id, live);
      }
    }
  };

  const settle = () => {
    if (!pending.size && !regroupAll) return;
    if (
      regroupAll ||
      profiles.size <= REGROUP_ALL_UP_TO ||
      pending.size > profiles.size * REGROUP_ALL_SHARE
    ) {
      wholePass();
    } else {
      for (const id of [...pending].sort()) place(profiles.get(id)!);
    }
    pending.clear();
    regroupAll = false;
  };

  /** Puts `from`'s articles into `into` (front matter named `into`'s id for a story formed by content). */
  const absorb = (into: LiveGroup, from: LiveGroup) => {
    for (const id of from.ids) {
      into.ids.add(id);
      groupOfArticle.set(id, into);
    }
    mergeGroup(vectorOfGroup(into), vectorOfGroup(from));
    delete into.described;
    delete into.founder;
    delete into.firstId;
  };

  /**
   * Ids for `groups`: front matter's; else an id the story already holds (through one of its articles);
   * else its founder's slug, then with its figure, then numbered — never an id another story holds. The
   * story the bot had first claims a slug first, so a newer story never takes an older one's id. A story
   * formed by content whose id front matter names is to join that front-matter story (`homes`); with
   * `noHomes`, such a story gives undefined before any id is handed out.
   */
  const idsFor = (
    groups: readonly LiveGroup[],
    fixed: ReadonlyMap<string, LiveGroup>,
    noHomes: boolean,
  ): { ids: Map<LiveGroup, string>; homes: Map<LiveGroup, LiveGroup> } | undefined => {
    const wanted = new Set(groups);
    const held = new Map<LiveGroup, string>();
    for (const g of wanted) {
      if (g.fixedId) continue;
      const id = formerIds.firstHeldBy([...g.ids].filter((a) => groupOfArticle.get(a) === g));
      if (id !== undefined) held.set(g, id);
    }
    const homes = new Map<LiveGroup, LiveGroup>();
    for (const g of groups) {
      if (g.fixedId) continue;
      // Every founder's slug is worked out here, also for a story holding an id: a snapshot keeps them.
      const { slug } = slugOf(founderOf(g).id);
      const home = fixed.get(held.get(g) ?? slug);
      if (home) {
        if (noHomes) return undefined;
        homes.set(g, home);
      }
    }
    const taken = (id: string) => fixed.has(id) || formerIds.has(id);
    const ids = new Map<LiveGroup, string>();
    for (const g of [...groups].sort((a, b) => claimsFirst(founderOf(a), founderOf(b)))) {
      if (g.fixedId) ids.set(g, g.fixedId);
      if (g.fixedId || homes.has(g)) continue;
      let id = held.get(g);
      if (!id) {
        const { slug, figure } = slugOf(founderOf(g).id);
        id = slug;
        if (taken(id) && figure) id = `${slug}-${slugify(figure)}`;
        for (let n = 2; taken(id); n++) id = `${slug}-${n}`;
        formerIds.hold(id, founderOf(g).id);
      }
      ids.set(g, id);
    }
    return { ids, homes };
  };

  /** Per term of the stories' names, how many stories have it; each story's terms, to take them back out. */
  const nameTermCounts = new Map<string, number>();
  const nameTermsOf = new WeakMap<Story, readonly string[]>();
  const countNames = (story: Story, by: 1 | -1) => {
    for (const t of nameTermsOf.get(story)!) {
      const n = (nameTermCounts.get(t) ?? 0) + by;
      if (n > 0) nameTermCounts.set(t, n);
      else nameTermCounts.delete(t);
    }
  };

  const byFirstId = (a: LiveGroup, b: LiveGroup) => (firstIdOf(a) < firstIdOf(b) ? -1 : 1);
  const storyOfGroup = (g: LiveGroup, id: string): Story => {
    g.described ??= describeStory([...g.ids].map((a) => profiles.get(a)!));
    g.described.nameTerms ??= termsOf([...g.described.parties, ...g.described.names].join(" "));
    const { slug: _slug, nameTerms, ...described } = g.described;
    const story = { id, ...described };
    nameTermsOf.set(story, nameTerms);
    countNames(story, 1);
    return story;
  };
  const viewOf = (
    order: LiveGroup[],
    ids: ReadonlyMap<LiveGroup, string>,
    fixed: Map<string, LiveGroup>,
  ): View => {
    const byGroup = new Map<LiveGroup, Story>();
    const byArticle = new Map<string, Story>();
    const byId = new Map<string, Story>();
    const stories = order.map((g) => {
      const story = storyOfGroup(g, ids.get(g)!);
      byGroup.set(g, story);
      byId.set(story.id, story);
      for (const a of story.articleIds) byArticle.set(a, story);
      return story;
    });
    return { order, stories, byGroup, byArticle, byId, fixed };
  };

  /** Every story again, from every group. */
  const wholeView = (): View => {
    const all = [...new Set(groupOfArticle.values())];
    nameTermCounts.clear();
    const fixed = new Map(all.flatMap((g) => (g.fixedId ? [[g.fixedId, g] as const] : [])));
    const { ids, homes } = idsFor(all, fixed, false)!;
    for (const [g, home] of homes) absorb(home, g);
    return viewOf(all.filter((g) => !homes.has(g)).sort(byFirstId), ids, fixed);
  };

  /**
   * The last view with the groups made or changed since, and those replaced or emptied gone — or undefined
   * when the change reaches further (a story front matter names changed, or a story formed by content would
   * join one), for `wholeView` to give. Every other story keeps its id (it holds it through its articles),
   * its place in the order (its first article) and its object.
   */
  const updatedView = (v: View): View | undefined => {
    const old = [...changed, ...replaced];
    if (old.some((g) => g.fixedId)) return undefined;
    const isLive = (g: LiveGroup) => {
      for (const a of g.ids) return groupOfArticle.get(a) === g;
      return false;
    };
    const live = [...changed].filter(isLive);
    const assigned = idsFor(live, v.fixed, true);
    if (!assigned) return undefined;
    const gone = new Set(old);
    for (const g of old) {
      const story = v.byGroup.get(g);
      if (!story) continue;
      v.byGroup.delete(g);
      if (v.byId.get(story.id) === story) v.byId.delete(story.id);
      countNames(story, -1);
    }
    for (const a of departed) v.byArticle.delete(a);
    const added = viewOf(live.sort(byFirstId), assigned.ids, v.fixed);
    for (const [g, story] of added.byGroup) v.byGroup.set(g, story);
    for (const [id, story] of added.byId) v.byId.set(id, story);
    for (const [a, story] of added.byArticle) v.byArticle.set(a, story);
    // The kept groups are in order already; the new ones merge in.
    const order: LiveGroup[] = [];
    let i = 0;
    for (const g of v.order) {
      if (gone.has(g)) continue;
      while (i < added.order.length && byFirstId(added.order[i]!, g) < 0) order.push(added.order[i++]!);
      order.push(g);
    }
    order.push(...added.order.slice(i));
    return { ...v, order, stories: order.map((g) => v.byGroup.get(g)!) };
  };

  const current = (): View => {
    settle();
    const dirty = changed.size > 0 || replaced.size > 0 || departed.size > 0;
    if (view && !rebuild && dirty && incremental) view = updatedView(view);
    else if (dirty) view = undefined;
    if (!view || rebuild) view = wholeView();
    // Only when dirty: V8's clear() gives even an empty Set a new table (~2 µs), and a question asks the
    // story of every article using one of its terms, tens of thousands of calls at 25,000 articles.
    if (dirty) {
      changed.clear();
      replaced.clear();
      departed.clear();
    }
    rebuild = false;
    return view;
  };

  const set: StorySet = {
    upsert(profile, anchors) {
      if (profiles.has(profile.id)) set.remove(profile.id);
      profiles.set(profile.id, profile);
      countChange(profile, 1);
      if (anchors) candidates.addAnchors(profile.id, anchors);
      else candidates.add(profile.id, weigh(profile, idf));
      unslugged.add(profile.id);
      pending.add(profile.id);
    },
    remove(articleId) {
      const profile = profiles.get(articleId);
      if (!profile) return false;
      profiles.delete(articleId);
      countChange(profile, -1);
      candidates.remove(articleId);
      forgetSlug(articleId);
      departed.add(articleId);
      if (pending.delete(articleId)) return true;
      const group = groupOfArticle.get(articleId);
      dropFromGroup(articleId);
      // Ids this article held pass to its story's next founder, so the story keeps them.
      for (const id of [...formerIds.heldBy(articleId)]) {
        if (group?.ids.size) formerIds.hold(id, founderOf(group).id);
        else formerIds.drop(id);
      }
      // Small corpora regroup whole: an article that bridged two stories may have left.
      if (profiles.size <= REGROUP_ALL_UP_TO) regroupAll = true;
      return true;
    },
    stories: () => current().stories,
    get(storyId) {
      const { byId, byArticle } = current();
      const found = byId.get(storyId);
      if (found) return found;
      const holder = formerIds.holder(storyId);
      if (holder && byArticle.has(holder)) return byArticle.get(holder);
      // An id from before a restart: the story of an article that founded it then.
      learnAllSlugs();
      const [article] = [...(bySlug.get(storyId) ?? [])].sort();
      return article === undefined ? undefined : byArticle.get(article);
    },
    storyOf: (articleId) => current().byArticle.get(articleId),
    nameTerms() {
      current();
      return nameTermCounts;
    },
    profiles: (storyId) => (set.get(storyId)?.articleIds ?? []).map((id) => profiles.get(id)!),
    anchorsOf: (articleId) => candidates.anchorsOf(articleId),
    groups() {
      // Described first: assigning ids may merge groups, and the descriptions go with the grouping.
      current();
      return [...new Set(groupOfArticle.values())].map((g) => {
        const founder = founderOf(g).id;
        const founderSlug = unslugged.has(founder) ? undefined : founderSlugs.get(founder);
        return {
          articleIds: [...g.ids].sort(),
          ...(g.fixedId ? { fixedId: g.fixedId } : {}),
          ...(g.described ? { described: g.described } : {}),
          ...(founderSlug ? { founderSlug } : {}),
        };
      });
    },
    restore(groups) {
      const placed = new Set<string>();
      for (const g of groups) {
        if (!g.articleIds.length) return false;
        for (const id of g.articleIds) {
          if (placed.has(id) || !profiles.has(id)) return false;
          placed.add(id);
        }
      }
      if (placed.size !== profiles.size) return false;
      groupOfArticle.clear();
      unweighed.clear();
      sinceRestore = undefined;
      for (const g of groups) {
        const live: LiveGroup = { ids: new Set(g.articleIds), ...(g.fixedId ? { fixedId: g.fixedId } : {}) };
        // Weighed when first needed (placing or dropping an article), from the same document frequencies.
        unweighed.add(live);
        if (g.described) live.described = g.described;
        if (g.founderSlug) {
          const founder = founderOf(live).id;
          if (unslugged.delete(founder)) rememberSlug(founder, g.founderSlug);
        }
        for (const id of g.articleIds) groupOfArticle.set(id, live);
      }
      pending.clear();
      regroupAll = false;
      rebuild = true;
      return true;
    },
  };
  for (const p of initial) set.upsert(p);
  return set;
}
