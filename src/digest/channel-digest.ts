/**
 * A channel's digest as of now: new since its last delivered digest in the stories it covers (its followed
 * story, else all), compared with the fact cards stored with that digest.
 * Shared by the scheduler and `/deal digest preview`, so the preview shows exactly what would be posted.
 */
import type { Engine } from "../answer/engine.js";
import type { Digest } from "../commands/reply.js";
import type { DigestStore } from "../store/digest-store.js";
import { buildDigest } from "./build-digest.js";
import type { DigestSnapshot } from "./fact-card.js";
import { readSnapshot } from "./fact-card.js";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ChannelDigestDeps {
  store: DigestStore;
  engine: Engine;
  publicBaseUrl: string | undefined;
}

export interface ChannelDigestTarget {
  channelKey: string;
  timezone: string;
  /** Local date the digest is for. */
  date: string;
  /** When the channel subscribed, if it has. */
  subscribedAt?: Date;
}

/** Builds the channel's digest for `asOf`. */
export async function channelDigest(
  deps: ChannelDigestDeps,
  target: ChannelDigestTarget,
  asOf: Date,
): Promise<{ digest: Digest; snapshot: DigestSnapshot }> {
  const last = await deps.store.lastDelivered(target.channelKey);
  const follows = await deps.store.listFollows(target.channelKey);
  // A first digest covers at least the day before it, so it is not empty just for being first.
  const dayBefore = new Date(asOf.getTime() - DAY_MS);
  const firstSince = target.subscribedAt && target.subscribedAt < dayBefore ? target.subscribedAt : dayBefore;
  return buildDigest({
    engine: deps.engine,
    since: last?.contentAsOf ?? firstSince,
    asOf,
    date: target.date,
    timezone: target.timezone,
    previous: readSnapshot(last?.snapshot),
    followedStoryIds: follows.map((f) => f.storyId),
    publicBaseUrl: deps.publicBaseUrl,
  });
}
