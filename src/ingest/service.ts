/**
 * Adding coverage as the command table sees it. Implemented with issue #5.
 */
import type { Envelope } from "../commands/command.js";
import type { Reply } from "../commands/reply.js";

export interface IngestService {
  /** Fetches, extracts, stores and indexes the article at `url`, if the asker may add. */
  addUrl(url: string, envelope: Envelope): Promise<Reply>;
}
