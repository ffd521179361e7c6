/**
 * The index snapshot: everything slow that start-up computes — cleaned and split articles, each passage's
 * precomputed answering data, and MiniSearch's index — saved under DATA_DIR so the next start with the same
 * articles reads it back instead of recomputing it (indexing costs tens of milliseconds an article; reading
 * it back, well under one).
 *
 * A content hash decides whether the snapshot may be used: SHA-256 over the article files (names and bytes)
 * and over the engine's own source code, so a change to either — including a new field in the per-passage
 * data — makes the old snapshot stale. A stale, truncated or corrupt snapshot is never trusted: the caller
 * rebuilds, with a log line saying why, and writes a new one.
 *
 * Format: JSON Lines, so no single string outgrows V8's limit at a million passages, and plain JSON (no
 * reviver, which cost more than the parse itself). A header (format, hash, counts, the files that did not
 * load), the interned terms the passages' ids refer to, per article a line with its passages' compact
 * data (term-id runs), how many of them name each name, its story profile and its anchors in the story
 * set's candidate index, then a line with its passages' values (empty kinds as 0) — kept as bytes at
 * start and parsed when a question first reaches the article, since most never are — then the story
 * grouping with each story's description (grouping and describing are the costliest part of a start),
 * the corpus-wide counts of the articles' text (aliases, acronyms, lower-case words), MiniSearch's serialisation (its scalars, then its term index in chunks), and an end line with the counts
 * again.
 */
import { createHash } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isArticleFile, type LoadError } from "../corpus/load-articles.js";
import { loadPassageIndex, type PassageIndex, type PassageIndexJson } from "../search/passage-index.js";
import type { ArticleProfile } from "../stories/article-profile.js";
import type { Anchor } from "../stories/candidate-neighbours.js";
import type { SavedGroup } from "../stories/story-set.js";
import type { Article } from "../types.js";
import type { CorpusCounts } from "./create-engine.js";
import type { PassageValues } from "./extract-values.js";
import {
  articleNames,
  type IndexedPassage,
  internedTerms,
  type PackedData,
  packArticle,
  termId,
  unpack,
} from "./indexed-passage.js";

/** Bumped when the file layout itself changes (the code hash covers everything else). */
const FORMAT = "deal-bot-index-snapshot/5";
/** Checks the body for damage that still parses (a flipped digit); not a security measure. */
const BODY_DIGEST = "sha1";
/** Terms of MiniSearch's index per line. */
const TERMS_PER_LINE = 5_000;
/** Article files read at once while hashing. */
const READ_BATCH = 64;

/** What a snapshot restores: the articles, their passages' data, the index, and the files that failed. */
export interface SnapshotContent {
  articles: Article[];
  /** Per article id, its passages' precomputed data, in passage order. */
  indexed: Map<string, IndexedPassage[]>;
  index: PassageIndex;
  /** Per article id, its story profile; and the stories the articles were grouped into at start. */
  profiles: Map<string, ArticleProfile>;
  /** Per article id, its anchors in the story set's candidate index. */
  anchors: Map<string, Anchor[]>;
  groups: SavedGroup[];
  /** The corpus-wide counts of the articles' text (see `CorpusCounts`). */
  counts: CorpusCounts;
  errors: LoadError[];
}

interface Header {
  format?: unknown;
  hash?: unknown;
  articles?: number;
  passages?: number;
  terms?: number;
  errors?: LoadError[];
}

/** The snapshot file under a data directory. */
export function snapshotPath(dataDir: string): string {
  return join(dataDir, "index-snapshot.jsonl");
}

let codeVersion: Promise<string> | undefined;

/** Source files under `dir`, sorted (a walk of our own: `readdir`'s `recursive` option can hang on Node 20). */
async function sourceFiles(root: string, dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(join(root, dir), { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    const path = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await sourceFiles(root, path)));
    else if (/\.[cm]?[jt]s$/.test(e.name)) out.push(path);
  }
  return out;
}

/** SHA-256 of the core's source files (this module's folder's parent), or the format alone when unreadable. */
function codeHash(): Promise<string> {
  codeVersion ??= (async () => {
    const root = dirname(dirname(fileURLToPath(import.meta.url)));
    const hash = createHash("sha256").update(FORMAT);
    try {
      for (const f of await sourceFiles(root, ""))
        hash
          .update(f)
          .update("\0")
          .update(await readFile(join(root, f)));
    } catch {
      // A bundled build has no source folder: the format version alone then decides.
    }
    return hash.digest("hex");
  })();
  return codeVersion;
}

/**
 * The content hash of an articles folder for this code: hex SHA-256, or undefined when the folder cannot
 * be read (the caller's loader then reports that).
 */
export async function contentHash(seedsDir: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = (await readdir(seedsDir, { withFileTypes: true }))
      .filter((e) => e.isFile() && isArticleFile(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return undefined;
  }
  const hash = createHash("sha256").update(await codeHash());
  // Read a batch at a time: one file after another spent most of a start's hashing waiting on each read.
  for (let i = 0; i < names.length; i += READ_BATCH) {
    const batch = names.slice(i, i + READ_BATCH);
    const bytes = await Promise.all(
      batch.map((name) => readFile(join(seedsDir, name)).catch(() => undefined)),
    );
    for (const [j, name] of batch.entries()) {
      const read = bytes[j];
      if (read) hash.update(name).update("\0").update(read).update("\0");
      else hash.update(name).update("\0unreadable\0");
    }
  }
  return hash.digest("hex");
}

/** A passage's data as one line stores it: [words, asks, informative, terms, context, stems only, terms only, aliased?]. */
type PassageRecord = [number, 0 | 1, 0 | 1, number[], number[], number[], number[], unknown?];

function recordOf(ip: IndexedPassage): PassageRecord {
  const d = unpack(ip);
  const record: PassageRecord = [
    d.words,
    d.asks ? 1 : 0,
    d.informative ? 1 : 0,
    d.terms,
    d.context,
    d.stemsOnly,
    d.termsOnly,
  ];
  if (d.aliased) record.push(d.aliased);
  return record;
}

/** A passage's values as its article's values line stores them: most kinds are empty in most passages, and 0 says so in one byte. */
function valuesRecord(values: PassageValues): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.length ? v : 0]));
}

function valuesOf(record: Record<string, unknown>): PassageValues {
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, v === 0 ? [] : v]),
  ) as unknown as PassageValues;
}

function dataOf(record: PassageRecord, ids: (stored: number[]) => number[]): PackedData {
  const [words, asks, informative, terms, context, stemsOnly, termsOnly, aliased] = record;
  return {
    words,
    asks: asks === 1,
    informative: informative === 1,
    terms: ids(terms),
    context: ids(context),
    stemsOnly: ids(stemsOnly),
    termsOnly: ids(termsOnly),
    ...(aliased ? { aliased: aliased as PackedData["aliased"] } : {}),
  };
}

/** How an article's values line starts: it is kept as bytes and parsed only when a question needs them. */
const VALUES_LINE = Buffer.from('{"values":');

/** A profile's own Maps and Sets as tagged entry lists (one level: that is all a profile holds). */
function profileRecord(profile: ArticleProfile): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(profile).map(([k, v]) => [
      k,
      v instanceof Map ? { map: [...v] } : v instanceof Set ? { set: [...v] } : v,
    ]),
  );
}

function profileOf(record: Record<string, unknown>): ArticleProfile {
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) => {
      const tagged = v as { map?: [unknown, unknown][]; set?: unknown[] } | null;
      if (tagged && typeof tagged === "object" && !Array.isArray(tagged)) {
        if (tagged.map) return [k, new Map(tagged.map)];
        if (tagged.set) return [k, new Set(tagged.set)];
      }
      return [k, v];
    }),
  ) as unknown as ArticleProfile;
}

/**
 * Writes the snapshot atomically (a temporary file renamed into place). Throws on I/O errors; callers
 * log them and go on, since a missing snapshot only costs the next start its time.
 */
export async function writeSnapshot(file: string, hash: string, content: SnapshotContent): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const out = await open(tmp, "w");
  try {
    const index = content.index.toJSON();
    const passages = content.articles.reduce((n, a) => n + a.passages.length, 0);
    const counts = { articles: content.articles.length, passages, terms: index.index.length };
    const body = createHash(BODY_DIGEST);
    const line = (value: unknown) => {
      const text = JSON.stringify(value);
      body.update(text);
      return out.write(`${text}\n`);
    };
    await out.write(`${JSON.stringify({ format: FORMAT, hash, ...counts, errors: content.errors })}\n`);
    const records = content.articles.map((article) => {
      const data = content.indexed.get(article.meta.id);
      if (!data) throw new Error(`snapshot: no indexed passages for article "${article.meta.id}"`);
      return data.map(recordOf);
    });
    // Written after the records, which may intern terms (never, unless built by another process's code).
    await line({ vocabulary: internedTerms() });
    for (const [i, article] of content.articles.entries()) {
      const profile = content.profiles.get(article.meta.id);
      if (!profile) throw new Error(`snapshot: no profile for article "${article.meta.id}"`);
      const anchors = content.anchors.get(article.meta.id);
      if (!anchors) throw new Error(`snapshot: no anchors for article "${article.meta.id}"`);
      const passages = content.indexed.get(article.meta.id)!;
      const names = [...articleNames(passages)];
      await line({ article, indexed: records[i], names, profile: profileRecord(profile), anchors });
      await line({ values: passages.map((ip) => valuesRecord(ip.values)) });
    }
    await line({ groups: content.groups });
    await line({ counts: content.counts });
    const { index: terms, ...scalars } = index;
    await line({ miniSearch: scalars });
    for (let i = 0; i < terms.length; i += TERMS_PER_LINE)
      await line({ termChunk: terms.slice(i, i + TERMS_PER_LINE) });
    await out.write(`${JSON.stringify({ end: FORMAT, ...counts, digest: body.digest("hex") })}\n`);
  } catch (error) {
    await out.close();
    await rm(tmp, { force: true });
    throw error;
  }
  await out.close();
  await rename(tmp, file);
}

/**
 * Reads a snapshot if it is there, whole and for `hash`; otherwise undefined, having logged why (nothing
 * is logged when there is simply no snapshot yet).
 */
export async function readSnapshot(
  file: string,
  hash: string,
  log: (message: string, level?: "info" | "warn") => void,
): Promise<SnapshotContent | undefined> {
  const lines = linesOf(file);
  try {
    const articles: Article[] = [];
    const indexed = new Map<string, IndexedPassage[]>();
    let header: Header | undefined;
    let scalars: Omit<PassageIndexJson, "index"> | undefined;
    const terms: PassageIndexJson["index"] = [];
    let ended = false;
    let ids: ((stored: number[]) => number[]) | undefined;
    const profiles = new Map<string, ArticleProfile>();
    let groups: SavedGroup[] | undefined;
    let counts: CorpusCounts | undefined;
    const anchors = new Map<string, Anchor[]>();
    const body = createHash(BODY_DIGEST);
    /** An article read, waiting for its values line. */
    let waiting: { article: Article; data: PackedData[]; names: Map<string, number> } | undefined;
    for await (const bytes of lines) {
      if (ended) throw new Error("content after the end line");
      if (waiting && bytes.subarray(0, VALUES_LINE.length).equals(VALUES_LINE)) {
        body.update(bytes);
        // A copy: the chunk the line lies in is not kept.
        const kept = Buffer.from(bytes);
        const { article, data, names } = waiting;
        const read = () => {
          const { values } = JSON.parse(kept.toString("utf8")) as { values: Record<string, unknown>[] };
          if (values.length !== article.passages.length)
            throw new Error(`snapshot: article "${article.meta.id}" has ${values.length} passages' values`);
          return values.map(valuesOf);
        };
        indexed.set(article.meta.id, packArticle(article, data, { values: read, names }));
        waiting = undefined;
        continue;
      }
      if (waiting) throw new Error(`article "${waiting.article.meta.id}" without its values`);
      const entry = JSON.parse(bytes.toString("utf8")) as Record<string, unknown>;
      if (header && !("end" in entry)) body.update(bytes);
      if (!header) {
        header = entry as Header;
        if (header.format !== FORMAT) throw new Error(`unknown format ${JSON.stringify(header.format)}`);
        if (header.hash !== hash) {
          log("index snapshot is stale (articles or code changed); rebuilding the index", "info");
          return undefined;
        }
      } else if ("vocabulary" in entry) {
        // Stored ids → this process's: the same ids when it has interned nothing else yet.
        const remap = (entry.vocabulary as string[]).map(termId);
        ids = remap.every((id, i) => id === i)
          ? (stored) => stored
          : (stored) => stored.map((i) => remap[i]!);
      } else if ("article" in entry) {
        if (!ids) throw new Error("article before the vocabulary");
        const article = entry.article as Article;
        const data = entry.indexed as PassageRecord[];
        if (!Array.isArray(data) || data.length !== article.passages.length) {
          throw new Error(
            `article "${article.meta?.id}" has ${data?.length} passage records for ${article.passages?.length} passages`,
          );
        }
        articles.push(article);
        profiles.set(article.meta.id, profileOf(entry.profile as Record<string, unknown>));
        if (!Array.isArray(entry.anchors)) throw new Error(`article "${article.meta.id}" has no anchors`);
        anchors.set(article.meta.id, entry.anchors as Anchor[]);
        if (!Array.isArray(entry.names)) throw new Error(`article "${article.meta.id}" has no names`);
        const toIds = ids;
        waiting = {
          article,
          data: data.map((record) => dataOf(record, toIds)),
          names: new Map(entry.names as [string, number][]),
        };
      } else if ("groups" in entry) {
        groups = entry.groups as SavedGroup[];
      } else if ("counts" in entry) {
        counts = entry.counts as CorpusCounts;
        if (
          !Array.isArray(counts?.aliases) ||
          !Array.isArray(counts.acronyms) ||
          !Array.isArray(counts.lowerWords)
        )
          throw new Error("corpus counts incomplete");
      } else if ("miniSearch" in entry) {
        scalars = entry.miniSearch as typeof scalars;
      } else if ("termChunk" in entry) {
        for (const t of entry.termChunk as PassageIndexJson["index"]) terms.push(t);
      } else if ("end" in entry) {
        if (entry.digest !== body.digest("hex"))
          throw new Error("damaged (the body's digest does not match)");
        ended = true;
      } else {
        throw new Error(`unexpected line with keys ${Object.keys(entry).join(", ")}`);
      }
    }
    if (!header) throw new Error("empty file");
    if (waiting) throw new Error(`article "${waiting.article.meta.id}" without its values`);
    const passages = articles.reduce((n, a) => n + a.passages.length, 0);
    if (
      !ended ||
      !scalars ||
      !groups ||
      !counts ||
      articles.length !== header.articles ||
      passages !== header.passages ||
      terms.length !== header.terms
    ) {
      throw new Error("truncated (counts do not match the header)");
    }
    const index = loadPassageIndex({ ...scalars, index: terms } as PassageIndexJson);
    if (index.size !== passages)
      throw new Error(`index holds ${index.size} passages, the articles ${passages}`);
    return { articles, indexed, index, profiles, anchors, groups, counts, errors: header.errors ?? [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    log(
      `index snapshot ${file} is unusable (${error instanceof Error ? error.message : String(error)}); rebuilding the index`,
      "warn",
    );
    return undefined;
  } finally {
    await lines.return(undefined);
  }
}

/** Bytes read at a time: whole lines are cut out of them without a stream and a string per chunk. */
const CHUNK_BYTES = 16 * 2 ** 20;

/**
 * The lines of a file as byte ranges, without their line breaks (\n or \r\n). A line may be longer than
 * a chunk (an article at 25,000 is not, MiniSearch's chunks are not); a chunk is never one string, so the
 * file may outgrow V8's longest string. The yielded bytes are valid only until the next line is asked for.
 */
async function* linesOf(file: string): AsyncGenerator<Buffer> {
  const handle = await open(file, "r");
  try {
    let pending = Buffer.alloc(0);
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
      const data = pending.length
        ? Buffer.concat([pending, chunk.subarray(0, bytesRead)])
        : chunk.subarray(0, bytesRead);
      let start = 0;
      for (let end = data.indexOf(10, start); end >= 0; end = data.indexOf(10, start)) {
        yield data.subarray(start, end > start && data[end - 1] === 13 ? end - 1 : end);
        start = end + 1;
      }
      pending = data.subarray(start);
      if (!bytesRead) break;
    }
    if (pending.length) yield pending;
  } finally {
    await handle.close();
  }
}
