/**
 * Where the digest keeps its state: subscriptions, and the ledger that makes each channel's digest go out
 * once per local calendar date. Asynchronous on purpose, so a networked backend (PostgreSQL for several
 * replicas) fits this interface without touching the digest code.
 */

/** A channel's standing order for a daily digest. */
export interface Subscription {
  /** Platform-qualified, e.g. "slack:T1:C1"; its prefix picks the poster. */
  channelKey: string;
  platform: "slack" | "discord" | "shell";
  /** Local wall-clock time, HH:MM (24-hour). */
  time: string;
  /** IANA timezone the time is read in. */
  timezone: string;
  /** Post a one-line "no new coverage" notice on empty days instead of nothing. */
  verbose: boolean;
  /** Who turned it on (platform user id). */
  createdBy: string;
  /** When it was first turned on; kept when the time or timezone changes. */
  createdAt: Date;
  updatedAt: Date;
  /**
   * Set when the platform refused a post for good (the bot was removed from the channel, lost a
   * permission…): no digest is attempted until someone turns it on again, which clears this.
   */
  paused?: SubscriptionPause;
}

/** Why and since when a subscription is paused. */
export interface SubscriptionPause {
  /** The platform's refusal, in words fit for the channel. */
  reason: string;
  at: Date;
}

/**
 * The ledger row of one channel's digest for one local date: `claimed` while a scheduler posts it,
 * `failed` while a retry waits, `sent` once the platform accepted it, `skipped` for a quiet empty day.
 */
export type LedgerStatus = "claimed" | "failed" | "sent" | "skipped";

export interface LedgerEntry {
  channelKey: string;
  /** The channel's local calendar date, YYYY-MM-DD. */
  localDate: string;
  status: LedgerStatus;
  /** Posting attempts so far (each claim counts one). */
  attempts: number;
  claimedAt: Date;
  /** For `failed`: when the next attempt may claim the row. */
  nextAttemptAt?: Date;
  lastError?: string;
  /** When it became `sent` or `skipped`. */
  finishedAt?: Date;
  /** The platform's id of the posted message, where the platform returned one. */
  messageId?: string;
  /** The instant the posted content was built for: the next digest covers what came after it. */
  contentAsOf?: Date;
  /** The fact card as it was posted (opaque JSON to the store; the digest code validates it). */
  snapshot?: unknown;
}

/** Proof of a claim: only its holder may record a failure on the row. */
export interface Claim {
  channelKey: string;
  localDate: string;
  token: string;
  /** 1 for the first attempt. */
  attempt: number;
}

export interface ClaimRequest {
  channelKey: string;
  localDate: string;
  now: Date;
  /** A `claimed` row older than this is taken to be abandoned (its scheduler crashed) and claimed again. */
  leaseMs: number;
}

export interface DeliveredRecord {
  at: Date;
  /** False for a quiet empty day: nothing went out, but the day is done. */
  posted: boolean;
  messageId?: string;
  contentAsOf: Date;
  snapshot: unknown;
}

export interface FailedRecord {
  at: Date;
  error: string;
  /** Earliest time a later tick may try again. */
  retryAt: Date;
}

/** A feed item link the poller added, found duplicate or refused for good. */
export interface HandledFeedItem {
  link: string;
  /** The feed it was listed in. */
  feed: string;
  at: Date;
}

/** A story a channel follows: its digest reports on it, and questions that name no story may go to it. */
export interface StoryFollow {
  channelKey: string;
  /** A story id (slug), e.g. "openai-aws". */
  storyId: string;
  /** Who chose it (platform user id). */
  followedBy: string;
  followedAt: Date;
}

/** The part of the store that keeps followed stories (all the command table needs of it). */
export type StoryFollows = Pick<DigestStore, "saveFollow" | "listFollows" | "deleteFollow">;

/** Subscriptions CRUD, the exactly-once ledger and fact snapshots; the feeds' handled items; and the story each channel follows. */
export interface DigestStore {
  /** Adds a story to the channel's followed stories (again: updates who and when). */
  saveFollow(follow: StoryFollow): Promise<void>;
  /** The channel's followed stories, most recently followed first. */
  listFollows(channelKey: string): Promise<StoryFollow[]>;
  /** False when the channel did not follow that story. */
  deleteFollow(channelKey: string, storyId: string): Promise<boolean>;

  /** Creates or replaces the channel's subscription (saving one without `paused` resumes it). */
  saveSubscription(subscription: Subscription): Promise<void>;
  /** Pauses the channel's subscription, keeping the rest of it; false when the channel has none. */
  pauseSubscription(channelKey: string, pause: SubscriptionPause): Promise<boolean>;
  getSubscription(channelKey: string): Promise<Subscription | undefined>;
  /** False when the channel had none. The ledger is kept, so re-subscribing never repeats today's digest. */
  deleteSubscription(channelKey: string): Promise<boolean>;
  listSubscriptions(): Promise<Subscription[]>;

  /**
   * Atomically decides whether the caller may post the channel's digest for `localDate`: a fresh row, a
   * `claimed` row whose lease ran out, or a `failed` row whose retry time came. Never once `sent`/`skipped`.
   */
  claim(request: ClaimRequest): Promise<Claim | undefined>;
  /** Marks the day done; false when it already was (the first record wins). */
  markDelivered(claim: Claim, record: DeliveredRecord): Promise<boolean>;
  /** Records a failed post for a later retry; false when the claim was lost to another scheduler. */
  markFailed(claim: Claim, record: FailedRecord): Promise<boolean>;
  entry(channelKey: string, localDate: string): Promise<LedgerEntry | undefined>;
  /** The channel's most recent `sent` or `skipped` day, with its snapshot. */
  lastDelivered(channelKey: string): Promise<LedgerEntry | undefined>;

  /** True once `link` was recorded by `markFeedItemHandled`, in this process or an earlier one. */
  isFeedItemHandled(link: string): Promise<boolean>;
  /** Records a handled feed item; recording one twice keeps the first. */
  markFeedItemHandled(item: HandledFeedItem): Promise<void>;

  close(): Promise<void>;
}
