/**
 * Polls the configured RSS and Atom feeds and adds each new item through the same pipeline as
 * `/deal add`. The feeds are fetched with the same safety rules as pages; rss-parser only parses.
 */
import Parser from "rss-parser";
import type { Logger } from "../logger.js";
import type { DigestStore } from "../store/digest-store.js";
import type { Article } from "../types.js";
import type { ArticleAdder } from "./add-article.js";
import type { FetchResult } from "./safe-fetch.js";

/** Where the poller remembers handled item links, so a restart does not fetch them again (the store). */
export type FeedItemLedger = Pick<DigestStore, "isFeedItemHandled" | "markFeedItemHandled">;

export interface FeedPollerDeps {
  feeds: readonly string[];
  fetchFeed: (url: string) => Promise<FetchResult>;
  adder: Pick<ArticleAdder, "addUrl">;
  logger: Logger;
  /** Newest items (by date) taken from each feed per poll; older ones were seen on earlier polls. */
  maxItemsPerFeed?: number;
  /** Remembers handled links across restarts; without it they are remembered while the process runs. */
  handled?: FeedItemLedger;
  now?: () => Date;
  /**
   * The most one poll may take, in ms (default 5 minutes): at the deadline the poll resolves with what it
   * did so far, and items not reached are taken on the next poll.
   */
  pollTimeoutMs?: number;
}

export const DEFAULT_POLL_TIMEOUT_MS = 5 * 60_000;

/** What one poll did. */
export interface PollReport {
  added: Article[];
  duplicates: string[];
  failed: { url: string; error: string }[];
  feedErrors: { feed: string; error: string }[];
  /** Items that could not be followed (no http(s) link), each also logged as a warning. */
  skipped: { feed: string; item: string; reason: string }[];
}

export interface FeedPoller {
  /** Fetches every feed once and adds the items not seen before; a call during a poll joins that poll. */
  poll(): Promise<PollReport>;
}

/** Creates a poller that remembers which item links it has handled. */
export function createFeedPoller(deps: FeedPollerDeps): FeedPoller {
  const parser = new Parser<FeedExtras, ItemExtras>({
    // rss-parser drops attributes; these keep what resolving links needs (xml:base, isPermaLink).
    customFields: {
      // The runtime takes [from, to, options] for feed fields too; its types list only names.
      feed: [["$", "rootAttributes", { keepArray: true }]] as unknown as (keyof FeedExtras)[],
      item: [
        ["$", "attributes", { keepArray: true }],
        ["link", "linkElements", { keepArray: true }],
        ["guid", "guidElements", { keepArray: true }],
      ],
    },
  });
  // Links already added, found duplicate or refused for good; a timeout is retried on the next poll.
  const seen = new Set<string>();
  const now = deps.now ?? (() => new Date());
  const handled = async (link: string) =>
    seen.has(link) || ((await deps.handled?.isFeedItemHandled(link)) ?? false);
  // One poll at a time: the start-up poll, the schedule and any other caller share a poll in progress.
  let inProgress: Promise<PollReport> | undefined;
  return {
    poll() {
      inProgress ??= boundedPoll().finally(() => {
        inProgress = undefined;
      });
      return inProgress;
    },
  };

  /** One poll under the overall deadline: whatever is still waiting then is left for the next poll. */
  async function boundedPoll(): Promise<PollReport> {
    const report: PollReport = { added: [], duplicates: [], failed: [], feedErrors: [], skipped: [] };
    const limitMs = deps.pollTimeoutMs ?? DEFAULT_POLL_TIMEOUT_MS;
    const state = { expired: false };
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        state.expired = true;
        resolve();
      }, limitMs);
      timer.unref();
    });
    try {
      await Promise.race([pollOnce(report, state), deadline]);
    } finally {
      clearTimeout(timer);
    }
    if (state.expired) {
      const error = `poll stopped after ${limitMs} ms; the rest is taken on the next poll`;
      report.feedErrors.push({ feed: "*", error });
      deps.logger.warn({ limitMs }, error);
    }
    deps.logger.info(
      { added: report.added.length, duplicates: report.duplicates.length, failed: report.failed.length },
      "feeds polled",
    );
    // A copy: work still running past the deadline must not change the report the caller holds.
    return {
      added: [...report.added],
      duplicates: [...report.duplicates],
      failed: [...report.failed],
      feedErrors: [...report.feedErrors],
      skipped: [...report.skipped],
    };
  }

  async function pollOnce(report: PollReport, state: { expired: boolean }): Promise<void> {
    for (const feed of deps.feeds) {
      if (state.expired) return;
      // One feed failing in any way (even a throw) never keeps the others from being polled.
      try {
        await pollFeed(feed, report, state);
      } catch (error) {
        report.feedErrors.push({ feed, error: (error as Error).message });
        deps.logger.warn({ feed, err: error }, "feed poll failed");
      }
    }
  }

  async function pollFeed(feed: string, report: PollReport, state: { expired: boolean }): Promise<void> {
    const items = await feedItems(feed);
    if (!items.ok) {
      report.feedErrors.push({ feed, error: items.error });
      deps.logger.warn({ feed, error: items.error }, "feed not polled");
      return;
    }
    for (const skip of items.skipped) {
      report.skipped.push({ feed, ...skip });
      deps.logger.warn({ feed, ...skip }, "feed item skipped");
    }
    // The newest items, added oldest first so the corpus grows in publication order.
    for (const link of items.links.slice(0, deps.maxItemsPerFeed ?? 20).reverse()) {
      if (state.expired) return;
      if (await handled(link)) continue;
      const outcome = await deps.adder.addUrl(link);
      if (outcome.ok) report.added.push(outcome.article);
      else if (outcome.code === "duplicate") report.duplicates.push(link);
      else report.failed.push({ url: link, error: outcome.error });
      const retry = !outcome.ok && (outcome.fetchCode === "timeout" || outcome.fetchCode === "network");
      if (!retry) {
        seen.add(link);
        await deps.handled?.markFeedItemHandled({ link, feed, at: now() });
      }
    }
  }

  /** The feed's item links, newest first, resolved as a feed reader would; items without one are skipped. */
  async function feedItems(
    feed: string,
  ): Promise<
    { ok: true; links: string[]; skipped: { item: string; reason: string }[] } | { ok: false; error: string }
  > {
    const fetched = await deps.fetchFeed(feed);
    if (!fetched.ok) return fetched;
    let parsed: Awaited<ReturnType<typeof parser.parseString>>;
    try {
      parsed = await parser.parseString(fetched.body);
    } catch (error) {
      return { ok: false, error: `${feed} is not a readable RSS or Atom feed: ${(error as Error).message}` };
    }
    const skipped: { item: string; reason: string }[] = [];
    // Relative links are read against xml:base (feed, then entry, then link element: RFC 4287 §2 and
    // XML Base), which is itself read against the feed's own address after any redirect.
    const feedBase = withBase(parsed.rootAttributes?.["xml:base"], fetched.url);
    const dated: { link: string; time: number; order: number }[] = [];
    for (const [order, item] of parsed.items.entries()) {
      const name = (item.title ?? item.guid ?? `item ${order + 1}`).trim();
      // An RSS guid is a link unless it says isPermaLink="false" (RSS 2.0): then it is an opaque id.
      const guid = isPermaLink(item.guidElements?.[0]) ? item.guid : undefined;
      const raw = [item.link, guid].find((l): l is string => typeof l === "string" && l.trim() !== "");
      if (!raw) {
        const reason = item.guid
          ? `the item has no link, only an id that is no address (<guid isPermaLink="false">${item.guid}</guid>)`
          : "the item has no link";
        skipped.push({ item: name, reason });
        continue;
      }
      const linkElement = item.linkElements?.find((l) => typeof l === "object" && l.$?.href === item.link);
      const base = withBase(
        typeof linkElement === "object" ? linkElement.$?.["xml:base"] : undefined,
        withBase(item.attributes?.["xml:base"], feedBase),
      );
      const link = URL.canParse(raw.trim(), base) ? new URL(raw.trim(), base) : undefined;
      if (!link || (link.protocol !== "http:" && link.protocol !== "https:")) {
        skipped.push({
          item: name,
          reason: `the item's link ${JSON.stringify(raw)} is not an http(s) address`,
        });
        continue;
      }
      const time = Date.parse(item.isoDate ?? item.pubDate ?? "");
      dated.push({
        link: link.toString(),
        time: Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time,
        order,
      });
    }
    // Newest first whatever order the feed lists them in; undated items keep the feed's order, last.
    dated.sort((a, b) => b.time - a.time || a.order - b.order);
    return { ok: true, links: [...new Set(dated.map((d) => d.link))], skipped };
  }
}

/** Attributes as xml2js (under rss-parser) gives them. */
type XmlAttributes = Record<string, string | undefined>;
/** An element as xml2js gives it: a bare string, or its text under `_` and attributes under `$`. */
type XmlElement = string | { _?: string; $?: XmlAttributes };
type FeedExtras = { rootAttributes?: XmlAttributes };
type ItemExtras = { attributes?: XmlAttributes; linkElements?: XmlElement[]; guidElements?: XmlElement[] };

/** `base` (an xml:base value, maybe relative) read against `parent`; `parent` when it is absent or bad. */
function withBase(base: string | undefined, parent: string): string {
  const value = base?.trim();
  return value && URL.canParse(value, parent) ? new URL(value, parent).toString() : parent;
}

/** False only for a guid marked isPermaLink="false"; a guid is a permalink by default (RSS 2.0). */
function isPermaLink(guid: XmlElement | undefined): boolean {
  return typeof guid !== "object" || guid.$?.isPermaLink?.trim().toLowerCase() !== "false";
}
