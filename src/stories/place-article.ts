/**
 * Where an article went among a folder's stories, for tools that add articles without a running engine
 * (the `add` script): the stories are grouped afresh from every article's profile, exactly as a bot
 * starting on that folder groups them, so the story named is the one the bot will show.
 */
import type { Article } from "../types.js";
import type { StoryPlacement } from "../view/story-placement.js";
import { profileArticle } from "./article-profile.js";
import { createStorySet } from "./story-set.js";

/**
 * The story `articleId` belongs to among `articles` (which must include it): its id, title, number of
 * sources, and whether the article is that story's only source (it started the story). Undefined when the
 * article is not among `articles`. Cost: one profile per article (value extraction, a few ms each) and one
 * grouping pass (about a second for 2,500 articles).
 */
export function placeArticle(
  articles: readonly Article[],
  articleId: string,
): (StoryPlacement & { id: string }) | undefined {
  const stories = createStorySet(articles.map((a) => profileArticle(a)));
  const story = stories.storyOf(articleId);
  if (!story) return undefined;
  return {
    id: story.id,
    title: story.title,
    sources: story.articleIds.length,
    started: story.articleIds.length === 1,
  };
}
