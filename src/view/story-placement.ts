/**
 * Where an added article went, in words every platform shows the same: "Added to <story> (6 sources)" or
 * "Started a new story: <story>".
 */
export interface StoryPlacement {
  title: string;
  sources: number;
  /** The article began a story of its own. */
  started: boolean;
}

/** The sentence saying where an added article went (plain text; renderers escape it). */
export function storyPlacement(story: StoryPlacement): string {
  return story.started
    ? `Started a new story: ${story.title}`
    : `Added to ${story.title} (${story.sources} source${story.sources === 1 ? "" : "s"})`;
}
