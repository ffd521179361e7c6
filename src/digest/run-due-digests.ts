/**
 * One scheduler tick: for every subscription whose local time has come today, claim the day in the ledger,
 * build the digest, post it, and record the outcome. The claim is what makes it exactly once: whichever
 * scheduler (or process) claims the day posts it; the others find it claimed and move on.
 *
 * A failed post is retried with a growing delay (a 429, a 5xx, a timeout may pass). A post the platform
 * refused for good (`PostRefused`: not in the channel, a missing permission…) pauses the subscription
 * instead: one warning, a direct message to whoever subscribed, and no more attempts until someone turns
 * it on again (`/deal digest on`).
 */
import type { Engine } from "../answer/engine.js";
import type { Reply } from "../commands/reply.js";
import type { Logger } from "../logger.js";
import type { Claim, DigestStore, Subscription } from "../store/digest-store.js";
import { channelDigest } from "./channel-digest.js";
import { dueToday } from "./local-clock.js";
import { type DigestPoster, isPostRefused, type PostRefused } from "./poster.js";

/** Longer than any post may take: a claim older than this belongs to a scheduler that died. */
export const DEFAULT_LEASE_MS = 5 * 60_000;

export const NO_NEW_COVERAGE = "No new coverage since the last digest.";

export interface RunDueDigestsDeps {
  store: DigestStore;
  engine: Engine;
  posters: readonly DigestPoster[];
  now: () => Date;
  logger: Logger;
  publicBaseUrl: string | undefined;
  leaseMs?: number;
}

/** What a tick did for one channel. */
export type TickOutcome =
  | { channelKey: string; localDate: string; outcome: "sent"; messageId?: string }
  | { channelKey: string; localDate: string; outcome: "skipped" }
  | { channelKey: string; localDate: string; outcome: "failed"; error: string; retryAt: Date }
  | { channelKey: string; localDate: string; outcome: "paused"; reason: string };

/** Delay before retry number `attempt + 1`: 1, 2, 4 … minutes, at most 30; the day's end bounds the rest. */
export function retryDelayMs(attempt: number): number {
  return Math.min(60_000 * 2 ** (attempt - 1), 30 * 60_000);
}

/** The poster for a channel key's platform prefix ("slack:…" → the Slack poster). */
export function posterFor(channelKey: string, posters: readonly DigestPoster[]): DigestPoster | undefined {
  const platform = channelKey.split(":", 1)[0];
  return posters.find((p) => p.platform === platform);
}

/** Posts every digest that is due now and not yet in the ledger for today. */
export async function runDueDigests(deps: RunDueDigestsDeps): Promise<TickOutcome[]> {
  const outcomes: TickOutcome[] = [];
  for (const subscription of await deps.store.listSubscriptions()) {
    try {
      const outcome = await runOne(deps, subscription);
      if (outcome) outcomes.push(outcome);
    } catch (error) {
      // One channel's trouble (a bad row, a store hiccup) must not stop the others' digests.
      deps.logger.error(
        { err: error, channelKey: subscription.channelKey },
        "digest tick failed for channel",
      );
    }
  }
  return outcomes;
}

async function runOne(deps: RunDueDigestsDeps, sub: Subscription): Promise<TickOutcome | undefined> {
  if (sub.paused) return undefined;
  const now = deps.now();
  const { date, due } = dueToday({ time: sub.time, timezone: sub.timezone, since: sub.createdAt }, now);
  if (!due) return undefined;
  const poster = posterFor(sub.channelKey, deps.posters);
  if (!poster) return undefined;
  const claim = await deps.store.claim({
    channelKey: sub.channelKey,
    localDate: date,
    now,
    leaseMs: deps.leaseMs ?? DEFAULT_LEASE_MS,
  });
  if (!claim) return undefined;
  deps.logger.info({ channelKey: sub.channelKey, localDate: date, attempt: claim.attempt }, "digest claimed");

  const { digest, snapshot } = await channelDigest(
    deps,
    { channelKey: sub.channelKey, timezone: sub.timezone, date, subscribedAt: sub.createdAt },
    now,
  );
  const base = { channelKey: sub.channelKey, localDate: date };
  if (digest.empty && !sub.verbose) {
    await deps.store.markDelivered(claim, { at: now, posted: false, contentAsOf: now, snapshot });
    return { ...base, outcome: "skipped" };
  }
  const reply: Reply = digest.empty
    ? { type: "notice", tone: "info", text: NO_NEW_COVERAGE }
    : { type: "digest", digest };
  let messageId: string | undefined;
  try {
    messageId = (await poster.post(sub.channelKey, reply))?.messageId;
  } catch (error) {
    if (isPostRefused(error)) return pause(deps, claim, sub, poster, error);
    return recordFailure(deps, claim, error);
  }
  // Outside the try: the post went out, so a store error here must not be mistaken for a failed post
  // and retried in a minute; it surfaces, and only an expired lease could lead to another attempt.
  await deps.store.markDelivered(claim, {
    at: deps.now(),
    posted: true,
    messageId,
    contentAsOf: now,
    snapshot,
  });
  deps.logger.info({ channelKey: sub.channelKey, localDate: date, messageId }, "digest posted");
  return { ...base, outcome: "sent", messageId };
}

/** The direct message telling a subscriber their digest stopped, and how to restart it. */
export function pausedNotice(channelKey: string, reason: string): Reply {
  const channel = channelKey.split(":").at(-1) ?? channelKey;
  return {
    type: "notice",
    tone: "warning",
    text:
      `Your daily digest for channel \`${channel}\` is paused: ${reason} ` +
      "Once that is fixed, turn it back on with `/deal digest on` in that channel.",
  };
}

/**
 * Pauses a subscription after a refusal for good: the day is recorded as failed (kept for `status`), the
 * subscription is paused so no later tick tries again, and the subscriber is told by direct message.
 */
async function pause(
  deps: RunDueDigestsDeps,
  claim: Claim,
  sub: Subscription,
  poster: DigestPoster,
  error: PostRefused,
): Promise<TickOutcome> {
  const at = deps.now();
  // Retry time "now": once resumed, the same day is claimed and posted at the next tick.
  await deps.store.markFailed(claim, { at, error: error.reason, retryAt: at });
  await deps.store.pauseSubscription(sub.channelKey, { reason: error.reason, at });
  const where = { channelKey: sub.channelKey, localDate: claim.localDate, subscriber: sub.createdBy };
  deps.logger.warn(
    { ...where, reason: error.reason },
    "digest paused: the platform refused the post for good; `/deal digest on` resumes it",
  );
  try {
    if (!poster.notify) throw new Error(`${poster.platform} has no direct messages`);
    await poster.notify(sub.channelKey, sub.createdBy, pausedNotice(sub.channelKey, error.reason));
  } catch (notifyError) {
    deps.logger.warn(
      { ...where, error: notifyError instanceof Error ? notifyError.message : String(notifyError) },
      "could not tell the subscriber that the digest is paused; `/deal digest status` shows it",
    );
  }
  return { channelKey: sub.channelKey, localDate: claim.localDate, outcome: "paused", reason: error.reason };
}

async function recordFailure(deps: RunDueDigestsDeps, claim: Claim, error: unknown): Promise<TickOutcome> {
  const at = deps.now();
  const message = error instanceof Error ? error.message : String(error);
  const retryAt = new Date(at.getTime() + retryDelayMs(claim.attempt));
  await deps.store.markFailed(claim, { at, error: message, retryAt });
  deps.logger.warn(
    {
      channelKey: claim.channelKey,
      localDate: claim.localDate,
      attempt: claim.attempt,
      retryAt,
      error: message,
    },
    "digest post failed; will retry",
  );
  return {
    channelKey: claim.channelKey,
    localDate: claim.localDate,
    outcome: "failed",
    error: message,
    retryAt,
  };
}
