/**
 * Message nonces for posts that must land once. Discord keeps a nonce sent with `enforce_nonce` for a few
 * minutes and answers a second post with the same one with the first message instead of a new one, so a
 * REST retry of a post that timed out after landing is not a duplicate. A nonce is at most 25 characters.
 */
import { createHash, randomUUID } from "node:crypto";

/** A 25-character nonce for `key` (the same key always gives the same nonce); random without a key. */
export function nonceFor(key: string = randomUUID()): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, 25);
}
