/**
 * Articles as every replica shares them: each stored as its article file text (front matter + text, what
 * the loader parses), versioned by a sequence number so a replica can read what changed since it last
 * looked. Idempotent by content hash: storing the same text again changes nothing.
 */
import { createHash } from "node:crypto";

export interface StoredArticle {
  id: string;
  fileText: string;
  /** sha256 of `fileText`, hex. */
  contentHash: string;
  /** Increases with every change; `since(seq)` returns what came after. */
  seq: number;
}

export interface ArticleStore {
  /** Stores `fileText` under `id`; false when exactly this text was already stored (nothing changes). */
  put(id: string, fileText: string): Promise<boolean>;
  /** Articles stored or changed after `seq`, oldest change first. */
  since(seq: number): Promise<StoredArticle[]>;
  /**
   * Calls `onChange` whenever another process may have stored articles, and after a lost connection comes
   * back (the caller then reads `since`). Resolves to a function that stops watching.
   */
  watch(onChange: () => void): Promise<() => Promise<void>>;
}

/** The content hash `put` compares: sha256 of the file text, hex. */
export function contentHash(fileText: string): string {
  return createHash("sha256").update(fileText).digest("hex");
}
