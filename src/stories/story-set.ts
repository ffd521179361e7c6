/**
 * The stories of a corpus, kept in step with it: articles come and go, and the grouping is redone from
 * all profiles whenever it is next read (deterministic, so arrival order never matters; see
 * cluster-stories.ts). Profiles are built by the caller once per article; regrouping only compares them.
 */
import type { ArticleProfile } from "./article-profile.js";
import { clusterStories, SAME_STORY } from "./cluster-stories.js";
import { describeStory, type Story, slugify } from "./describe-story.js";

export interface StorySet {
  /** Adds or replaces an article's profile. */
  upsert(profile: ArticleProfile): void;
  /** Forgets an article; false when it was not there. */
  remove(articleId: string): boolean;
  /** Every story, ordered by its first article id. */
  stories(): readonly Story[];
  get(storyId: string): Story | undefined;
  /** The story an article belongs to. */
  storyOf(articleId: string): Story | undefined;
  /** The profiles of a story's articles. */
  profiles(storyId: string): readonly ArticleProfile[];
}

/** Gives every story a distinct id: front matter's, else its slug, else slug and figure, else a number. */
function assignIds(described: (Omit<Story, "id"> & { slug: string; fixedId?: string })[]): Story[] {
  const taken = new Set(described.flatMap((d) => (d.fixedId ? [d.fixedId] : [])));
  const bySlug = new Map<string, number>();
  for (const d of described) if (!d.fixedId) bySlug.set(d.slug, (bySlug.get(d.slug) ?? 0) + 1);
  return described.map(({ slug, fixedId, ...story }) => {
    let id = fixedId;
    if (!id) {
      const base = bySlug.get(slug)! > 1 && story.figure ? `${slug}-${slugify(story.figure)}` : slug;
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
    }
    return { id, ...story };
  });
}

/** A story set over `initial` profiles; `threshold` is the similarity at which articles share a story. */
export function createStorySet(initial: readonly ArticleProfile[] = [], threshold = SAME_STORY): StorySet {
  const profiles = new Map(initial.map((p) => [p.id, p]));
  let cache: { stories: Story[]; byArticle: Map<string, Story>; byId: Map<string, Story> } | undefined;
  const current = () => {
    if (!cache) {
      const groups = clusterStories([...profiles.values()], threshold);
      const stories = assignIds(
        groups.map((g) => ({
          ...describeStory(g.articleIds.map((id) => profiles.get(id)!)),
          ...(g.fixedId ? { fixedId: g.fixedId } : {}),
        })),
      );
      const byArticle = new Map<string, Story>();
      for (const s of stories) for (const id of s.articleIds) byArticle.set(id, s);
      cache = { stories, byArticle, byId: new Map(stories.map((s) => [s.id, s])) };
    }
    return cache;
  };
  return {
    upsert(profile) {
      profiles.set(profile.id, profile);
      cache = undefined;
    },
    remove(articleId) {
      const had = profiles.delete(articleId);
      if (had) cache = undefined;
      return had;
    },
    stories: () => current().stories,
    get: (id) => current().byId.get(id),
    storyOf: (articleId) => current().byArticle.get(articleId),
    profiles: (storyId) => (current().byId.get(storyId)?.articleIds ?? []).map((id) => profiles.get(id)!),
  };
}
