/**
 * Polls the configured RSS and Atom feeds and adds each new item through the same pipeline as
 * `/deal add`. The feeds are fetched with the same safety rules as pages; rss-parser only parses.
 */
import Parser from "rss-parser";
import type { Logger } from "../logger.js";
import type { Article } from "../types.js";
import type { ArticleAdder } from "./add-article.js";
import type { FetchResult } from "./safe-fetch.js";

export interface FeedPollerDeps {
  feeds: readonly string[];
  fetchFeed: (url: string) => Promise<FetchResult>;
  adder: Pick<ArticleAdder, "addUrl">;
  logger: Logger;
  /** Newest items taken from each feed per poll; older ones were seen on earlier polls. */
  maxItemsPerFeed?: number;
}

/** What one poll did. */
export interface PollReport {
  added: Article[];
  duplicates: string[];
  failed: { url: string; error: string }[];
  feedErrors: { feed: string; error: string }[];
}

export interface FeedPoller {
  /** Fetches every feed once and adds the items not seen before; a call during a poll joins that poll. */
  poll(): Promise<PollReport>;
}

/** Creates a poller that remembers which item links it has handled. */
export function createFeedPoller(deps: FeedPollerDeps): FeedPoller {
  const parser = new Parser();
  // Links already added, found duplicate or refused for good; a timeout is retried on the next poll.
  const seen = new Set<string>();
  // One poll at a time: the start-up poll, the schedule and any other caller share a poll in progress.
  let inProgress: Promise<PollReport> | undefined;
  return {
    poll() {
      inProgress ??= pollOnce().finally(() => {
        inProgress = undefined;
      });
      return inProgress;
    },
  };

  async function pollOnce(): Promise<PollReport> {
    const report: PollReport = { added: [], duplicates: [], failed: [], feedErrors: [] };
    for (const feed of deps.feeds) {
      const links = await itemLinks(feed);
      if (!links.ok) {
        report.feedErrors.push({ feed, error: links.error });
        deps.logger.warn({ feed, error: links.error }, "feed not polled");
        continue;
      }
      for (const link of links.links.slice(0, deps.maxItemsPerFeed ?? 20).reverse()) {
        if (seen.has(link)) continue;
        const outcome = await deps.adder.addUrl(link);
        if (outcome.ok) report.added.push(outcome.article);
        else if (outcome.code === "duplicate") report.duplicates.push(link);
        else report.failed.push({ url: link, error: outcome.error });
        const retry = !outcome.ok && (outcome.fetchCode === "timeout" || outcome.fetchCode === "network");
        if (!retry) seen.add(link);
      }
    }
    deps.logger.info(
      { added: report.added.length, duplicates: report.duplicates.length, failed: report.failed.length },
      "feeds polled",
    );
    return report;
  }

  async function itemLinks(
    feed: string,
  ): Promise<{ ok: true; links: string[] } | { ok: false; error: string }> {
    const fetched = await deps.fetchFeed(feed);
    if (!fetched.ok) return fetched;
    try {
      const parsed = await parser.parseString(fetched.body);
      const links = parsed.items
        .map((item) => item.link ?? item.guid)
        .filter((link): link is string => typeof link === "string" && /^https?:\/\//i.test(link))
        .map((link) => new URL(link, fetched.url).toString());
      return { ok: true, links: [...new Set(links)] };
    } catch (error) {
      return { ok: false, error: `${feed} is not a readable RSS or Atom feed: ${(error as Error).message}` };
    }
  }
}
