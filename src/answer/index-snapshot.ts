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
 * load), the interned terms the passages' ids refer to, per article a line with the article (its passages
 * as spans of its text: see `PassagesRecord`), its passages' compact data (its pool of term-id runs as
 * base64 and each passage's place in it), how many of them name each name, its story profile and its
 * anchors in the story set's candidate index, then a line with its passages' values (empty kinds as 0),
 * deflated — kept so at start, and inflated and a passage's record (the article line says where each
 * ends) parsed when a question first reaches that passage, since most never are — then the story
 * grouping with each story's description (grouping and describing are the costliest part of a start),
 * the corpus-wide counts of the articles' text (aliases, acronyms, lower-case words), MiniSearch's
 * serialisation (its scalars and its documents packed, then its terms' postings in chunks, kept packed),
 * and an end line with the counts again and a CRC-32 of the body.
 */
import { createHash } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as zlib from "node:zlib";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { isArticleFile, type LoadError } from "../corpus/load-articles.js";
import {
  loadPassageIndex,
  type PassageIndex,
  type PassageIndexJson,
  type PostingsChunk,
} from "../search/passage-index.js";
import type { ArticleProfile } from "../stories/article-profile.js";
import type { Anchor } from "../stories/candidate-neighbours.js";
import type { SavedGroup } from "../stories/story-set.js";
import { type Article, type Passage, PassageKindSchema } from "../types.js";
import type { CorpusCounts } from "./create-engine.js";
import type { PassageValues } from "./extract-values.js";
import { linesOf } from "./file-lines.js";
import {
  articleNames,
  type IndexedPassage,
  internedTerms,
  layoutOf,
  type PackedLayout,
  termId,
  unpackLayout,
  valueKinds,
} from "./indexed-passage.js";
import { type ReusedBuffer, readFileInto } from "./read-file-into.js";

/** Bumped when the file layout itself changes (the code hash covers everything else). */
const FORMAT = "deal-bot-index-snapshot/9";
/**
 * A CRC-32 of the body, to find damage that still parses (a flipped digit); not a security measure, and
 * twice as fast as the SHA-1 it replaced over a body of a hundred megabytes.
 */
function bodyDigest(): { update(data: string | Buffer): void; digest(): string } {
  // zlib's crc32 arrived in Node 20.15; an older Node 20 digests with SHA-1 (its snapshot then does not
  // match a newer Node's, and is rebuilt once).
  const crc32 = (zlib as { crc32?: (data: string | Buffer, value?: number) => number }).crc32;
  if (!crc32) {
    const sha1 = createHash("sha1");
    return { update: (data) => void sha1.update(data), digest: () => sha1.digest("hex") };
  }
  let crc = 0;
  return {
    update(data) {
      crc = crc32(data, crc);
    },
    digest: () => crc.toString(16).padStart(8, "0"),
  };
}

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
  // Read one after another, synchronously: this runs once, at start, before anything else waits on the
  // event loop, and each promise-based read cost three trips through libuv's thread pool (three times as slow).
  // Into one reused buffer: a new buffer a file (what readFileSync gives) cost a third more at start.
  const buffer: ReusedBuffer = { bytes: Buffer.allocUnsafe(64 * 1024) };
  for (const name of names) {
    const read = readFileInto(join(seedsDir, name), buffer);
    if (read) hash.update(name).update("\0").update(read).update("\0");
    else hash.update(name).update("\0unreadable\0");
  }
  return hash.digest("hex");
}

/** Passage kinds by their number in a passages record. */
const KINDS = PassageKindSchema.options;
/** Numbers a passages record holds for each passage: start and end in the article's text, kind, heading (-1: none), block. */
const SPAN_WIDTH = 5;

/**
 * An article's passages as its line stores them: where each stands in the article's text (base64 of
 * little-endian Int32 runs) and its sections' headings once each. A start then takes each passage's text
 * as a slice of the article's (V8 keeps a slice as a reference into the text, not a copy), where each
 * passage written out whole made the line twice as long to parse and the heap hold every text twice.
 */
interface PassagesRecord {
  spans: string;
  headings: string[];
}

/** The article's passages as a record, or undefined when they are not what splitting its text gives (kept whole then). */
function passagesRecord(article: Article): PassagesRecord | undefined {
  const { id } = article.meta;
  const spans = new Int32Array(article.passages.length * SPAN_WIDTH);
  const headings: string[] = [];
  let from = 0;
  for (const [i, p] of article.passages.entries()) {
    const start = article.text.indexOf(p.text, from);
    const kind = KINDS.indexOf(p.kind);
    if (start < 0 || kind < 0 || p.id !== `${id}:${i}` || p.articleId !== id || p.index !== i)
      return undefined;
    from = start + p.text.length;
    let heading = -1;
    if (p.heading !== undefined) {
      heading = headings.lastIndexOf(p.heading);
      if (heading < 0) heading = headings.push(p.heading) - 1;
    }
    spans.set([start, from, kind, heading, p.paragraph], i * SPAN_WIDTH);
  }
  return { spans: Buffer.from(spans.buffer).toString("base64"), headings };
}

/** The passages a record stands for, their texts slices of the article's. */
function passagesFrom(record: PassagesRecord, meta: Article["meta"], text: string): Passage[] {
  if (typeof record?.spans !== "string" || !Array.isArray(record.headings))
    throw new Error(`article "${meta.id}": passages incomplete`);
  const bytes = Buffer.from(record.spans, "base64");
  if (bytes.length % (4 * SPAN_WIDTH))
    throw new Error(`article "${meta.id}": passages of ${bytes.length} bytes`);
  const spans = new Int32Array(bytes.length / 4);
  new Uint8Array(spans.buffer).set(bytes);
  const passages: Passage[] = [];
  for (let i = 0, at = 0; at < spans.length; i++, at += SPAN_WIDTH) {
    const start = spans[at]!;
    const end = spans[at + 1]!;
    const kind = KINDS[spans[at + 2]!];
    const heading = spans[at + 3]!;
    const paragraph = spans[at + 4]!;
    const under = heading < 0 ? undefined : record.headings[heading];
    if (
      !(0 <= start && start <= end && end <= text.length) ||
      kind === undefined ||
      (heading >= 0 && typeof under !== "string") ||
      paragraph < 0
    )
      throw new Error(`article "${meta.id}": passage ${i} does not fit its text`);
    // Joined, not a template: a template's result is a rope V8 flattens into a second copy when hashed.
    const id = [meta.id, i].join(":");
    // Two literals, not one spread: a spread object per passage was garbage made at start.
    passages.push(
      under === undefined
        ? { id, articleId: meta.id, index: i, kind, text: text.slice(start, end), paragraph }
        : { id, articleId: meta.id, index: i, kind, text: text.slice(start, end), heading: under, paragraph },
    );
  }
  return passages;
}

/** An article's packed passages as its line stores them: the pool's bytes in base64 (little-endian, as every platform Node runs on). */
interface LayoutRecord {
  pool: string;
  layout: number[];
  aliased: PackedLayout["aliased"];
}

function layoutRecord(passages: readonly IndexedPassage[]): LayoutRecord {
  const { pool, layout, aliased } = layoutOf(passages);
  return {
    pool: Buffer.from(pool.buffer, pool.byteOffset, pool.byteLength).toString("base64"),
    layout,
    aliased,
  };
}

function layoutFrom(record: LayoutRecord): PackedLayout {
  if (typeof record?.pool !== "string" || !Array.isArray(record.layout) || !Array.isArray(record.aliased))
    throw new Error("passage layout incomplete");
  const bytes = Buffer.from(record.pool, "base64");
  if (bytes.length % 4) throw new Error(`a pool of ${bytes.length} bytes`);
  // Copied into a buffer of its own: the decoded bytes may sit unaligned in Node's shared pool.
  const pool = new Uint32Array(bytes.length / 4);
  new Uint8Array(pool.buffer).set(bytes);
  return { pool, layout: record.layout, aliased: record.aliased };
}

/** A passage's values as its article's values line stores them: most kinds are empty in most passages, and 0 says so in one byte. */
function valuesRecord(values: PassageValues): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.length ? v : 0]));
}

/** The values from a record just parsed (changed in place: a new object per passage read cost a fifth of reading). */
function valuesOf(record: Record<string, unknown>): PassageValues {
  for (const kind in record) if (record[kind] === 0) record[kind] = [];
  return record as unknown as PassageValues;
}

/** How an article's values line starts: it is kept as bytes and a passage's part parsed only when a question needs it. */
const VALUES_LINE = Buffer.from('{"values":');

/**
 * How the values line is stored: deflated, in base64 (`{"valuesDeflated":"…"}`). Kept so at start (seven
 * times smaller than the JSON: a few dozen bytes a passage) and inflated when a question first reads one
 * of the article's passages; the lines inflated lately are kept a while.
 */
const DEFLATED_VALUES = Buffer.from('{"valuesDeflated":"');

/** Values lines inflated lately, by the deflated bytes they came from (least recently read first). */
const inflated = new Map<Buffer, Buffer>();
/** Lines kept inflated: a question reads passages of a few dozen articles, often in turn (under a megabyte). */
const INFLATED_KEPT = 64;

/** zlib's smallest output chunk. */
const MIN_CHUNK = 64;

/** The values line deflated in `from`, which must be `bytes` long. */
function inflatedLine(from: Buffer, bytes: number, id: string): Buffer {
  let line = inflated.get(from);
  if (line) inflated.delete(from);
  else {
    // Its length is known: one output buffer of that size, not zlib's 16 KB chunks sliced and joined
    // (a third of the inflating's time on the lines a question reads first).
    line = inflateRawSync(from, { chunkSize: Math.max(MIN_CHUNK, bytes + 1) });
    if (line.length !== bytes)
      throw new Error(`article "${id}": values of ${line.length} bytes, not ${bytes}`);
    if (inflated.size >= INFLATED_KEPT) inflated.delete(inflated.keys().next().value!);
  }
  inflated.set(from, line);
  return line;
}

/**
 * An article's values line (`{"values":[…]}`, as `JSON.stringify` writes it) and where each passage's
 * record ends in its bytes: a question reading one passage's values parses that record alone.
 */
function valuesLine(passages: readonly IndexedPassage[]): { text: string; ends: number[] } {
  const ends: number[] = [];
  let at = VALUES_LINE.length + 1;
  const parts = passages.map((ip, i) => {
    const part = JSON.stringify(valuesRecord(ip.values));
    at += (i ? 1 : 0) + Buffer.byteLength(part);
    ends.push(at);
    return part;
  });
  return { text: `${VALUES_LINE.toString()}[${parts.join(",")}]}`, ends };
}

/** Checks a values line's stored ends against the line: one per passage, increasing, the last before `]}`. */
function checkEnds(ends: unknown, passages: number, lineBytes: number, id: string): number[] {
  const ok =
    Array.isArray(ends) &&
    ends.length === passages &&
    ends.every((e, i) => Number.isInteger(e) && e > (i ? ends[i - 1] + 1 : VALUES_LINE.length + 1)) &&
    (passages === 0 ? lineBytes === VALUES_LINE.length + 3 : ends[passages - 1] === lineBytes - 2);
  if (!ok) throw new Error(`article "${id}": its values line does not fit its passages`);
  return ends as number[];
}

/** A profile's own Maps and Sets as tagged entry lists (one level: that is all a profile holds). */
function profileRecord(profile: ArticleProfile): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(profile).map(([k, v]) => [
      k,
      v instanceof Map ? { map: [...v] } : v instanceof Set ? { set: [...v] } : v,
    ]),
  );
}

/**
 * A profile from its record, its strings (terms, names, figure keys: the same few thousand in every article
 * of a story) taken from `intern`, where `JSON.parse` gives each article copies of its own.
 */
function profileOf(record: Record<string, unknown>, intern: (value: unknown) => unknown): ArticleProfile {
  // Loops filling each Map and Set, changed in place: the entry lists mapped into new pairs, new arrays
  // and a new object made a third of reading an article's line (~200 entries an article) at start.
  for (const k in record) {
    const tagged = record[k] as { map?: [unknown, unknown][]; set?: unknown[] } | null;
    if (!tagged || typeof tagged !== "object" || Array.isArray(tagged)) continue;
    if (tagged.map) {
      const map = new Map<unknown, unknown>();
      for (const entry of tagged.map) map.set(intern(entry[0]), intern(entry[1]));
      record[k] = map;
    } else if (tagged.set) {
      const set = new Set<unknown>();
      for (const value of tagged.set) set.add(intern(value));
      record[k] = set;
    }
  }
  return record as unknown as ArticleProfile;
}

/** A table giving one copy of each string passed to it (other values as they are). */
function stringTable(): (value: unknown) => unknown {
  const kept = new Map<string, string>();
  return (value) => {
    if (typeof value !== "string") return value;
    const found = kept.get(value);
    if (found !== undefined) return found;
    kept.set(value, value);
    return value;
  };
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
    const index = content.index.toJSON(
      (function* () {
        for (const article of content.articles) for (const p of article.passages) yield p.id;
      })(),
    );
    const passages = content.articles.reduce((n, a) => n + a.passages.length, 0);
    const terms = index.index.reduce((n, chunk) => n + chunk.terms.length, 0);
    const counts = { articles: content.articles.length, passages, terms };
    const body = bodyDigest();
    const raw = (text: string) => {
      body.update(text);
      return out.write(`${text}\n`);
    };
    const line = (value: unknown) => raw(JSON.stringify(value));
    await out.write(`${JSON.stringify({ format: FORMAT, hash, ...counts, errors: content.errors })}\n`);
    await line({ vocabulary: internedTerms() });
    for (const article of content.articles) {
      const profile = content.profiles.get(article.meta.id);
      if (!profile) throw new Error(`snapshot: no profile for article "${article.meta.id}"`);
      const anchors = content.anchors.get(article.meta.id);
      if (!anchors) throw new Error(`snapshot: no anchors for article "${article.meta.id}"`);
      const passages = content.indexed.get(article.meta.id);
      if (!passages) throw new Error(`snapshot: no indexed passages for article "${article.meta.id}"`);
      const names = [...articleNames(passages)];
      const layout = layoutRecord(passages);
      const values = valuesLine(passages);
      const deflated = deflateRawSync(values.text);
      const record = passagesRecord(article);
      await line({
        // The passages' record in their place (the article's keys keep their order).
        article: record ? { ...article, passages: record } : article,
        layout,
        names,
        profile: profileRecord(profile),
        anchors,
        valueEnds: values.ends,
        valueBytes: Buffer.byteLength(values.text),
        valueKinds: passages.map((ip) => valueKinds(ip.values)),
      });
      await raw(`${DEFLATED_VALUES.toString()}${deflated.toString("base64")}"}`);
    }
    await line({ groups: content.groups });
    await line({ counts: content.counts });
    const { index: chunks, ...scalars } = index;
    await line({ miniSearch: scalars });
    for (const chunk of chunks) await line({ termChunk: chunk });
    await out.write(`${JSON.stringify({ end: FORMAT, ...counts, digest: body.digest() })}\n`);
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
    const chunks: PassageIndexJson["index"] = [];
    let ended = false;
    /** Stored term ids → this process's, unless the same (it has interned nothing else yet); null before the vocabulary. */
    let remap: ((id: number) => number) | undefined | null = null;
    const profiles = new Map<string, ArticleProfile>();
    let groups: SavedGroup[] | undefined;
    let counts: CorpusCounts | undefined;
    const anchors = new Map<string, Anchor[]>();
    /** One copy of each profile string, for this read only (a table kept for good would outlive removed articles). */
    const strings = stringTable();
    const body = bodyDigest();
    /** An article read, waiting for its values line. */
    let waiting:
      | {
          article: Article;
          layout: PackedLayout;
          names: Map<string, number>;
          valueEnds: unknown;
          valueBytes: unknown;
          valueKinds: unknown;
        }
      | undefined;
    for await (const bytes of lines) {
      if (ended) throw new Error("content after the end line");
      if (waiting && bytes.subarray(0, DEFLATED_VALUES.length).equals(DEFLATED_VALUES)) {
        body.update(bytes);
        if (bytes.length < DEFLATED_VALUES.length + 2 || bytes.toString("latin1", bytes.length - 2) !== '"}')
          throw new Error(`article "${waiting.article.meta.id}": values line unfinished`);
        const deflated = Buffer.from(
          bytes.toString("latin1", DEFLATED_VALUES.length, bytes.length - 2),
          "base64",
        );
        const { article, layout, names } = waiting;
        const { id } = article.meta;
        const lineBytes = waiting.valueBytes;
        if (!Number.isInteger(lineBytes)) throw new Error(`article "${id}": no length of its values`);
        const ends = checkEnds(waiting.valueEnds, article.passages.length, lineBytes as number, id);
        const kinds = waiting.valueKinds;
        if (
          !Array.isArray(kinds) ||
          kinds.length !== article.passages.length ||
          !kinds.every((k) => Number.isInteger(k) && k >= 0 && k < 256)
        )
          throw new Error(`article "${id}": kinds of values for ${article.passages.length} passages wanted`);
        const read = (i: number) =>
          valuesOf(
            JSON.parse(
              inflatedLine(deflated, lineBytes as number, id).toString(
                "utf8",
                i ? ends[i - 1]! + 1 : VALUES_LINE.length + 1,
                ends[i]!,
              ),
            ) as Record<string, unknown>,
          );
        indexed.set(
          article.meta.id,
          unpackLayout(article, layout, { values: read, names, kinds }, remap ?? undefined),
        );
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
        const ids = (entry.vocabulary as string[]).map(termId);
        remap = ids.every((id, i) => id === i) ? undefined : (stored) => ids[stored]!;
      } else if ("article" in entry) {
        if (remap === null) throw new Error("article before the vocabulary");
        const article = entry.article as Article;
        if (article?.passages && !Array.isArray(article.passages) && typeof article.text === "string")
          article.passages = passagesFrom(
            article.passages as unknown as PassagesRecord,
            article.meta,
            article.text,
          );
        if (!Array.isArray(article?.passages))
          throw new Error(`article "${article?.meta?.id}" has no passages`);
        const layout = layoutFrom(entry.layout as LayoutRecord);
        articles.push(article);
        profiles.set(article.meta.id, profileOf(entry.profile as Record<string, unknown>, strings));
        if (!Array.isArray(entry.anchors)) throw new Error(`article "${article.meta.id}" has no anchors`);
        anchors.set(article.meta.id, entry.anchors as Anchor[]);
        if (!Array.isArray(entry.names)) throw new Error(`article "${article.meta.id}" has no names`);
        waiting = {
          article,
          layout,
          names: new Map(entry.names as [string, number][]),
          valueEnds: entry.valueEnds,
          valueBytes: entry.valueBytes,
          valueKinds: entry.valueKinds,
        };
      } else if ("groups" in entry) {
        groups = entry.groups as SavedGroup[];
      } else if ("counts" in entry) {
        counts = entry.counts as CorpusCounts;
        if (
          !Array.isArray(counts?.aliases) ||
          !Array.isArray(counts.acronyms) ||
          !Array.isArray(counts.lowerWords) ||
          !Array.isArray(counts.valueKinds)
        )
          throw new Error("corpus counts incomplete");
      } else if ("miniSearch" in entry) {
        scalars = entry.miniSearch as typeof scalars;
      } else if ("termChunk" in entry) {
        const chunk = entry.termChunk as PostingsChunk;
        if (!Array.isArray(chunk?.terms) || typeof chunk.postings !== "string")
          throw new Error("postings chunk incomplete");
        chunks.push(chunk);
      } else if ("end" in entry) {
        if (entry.digest !== body.digest()) throw new Error("damaged (the body's digest does not match)");
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
      chunks.reduce((n, chunk) => n + chunk.terms.length, 0) !== header.terms
    ) {
      throw new Error("truncated (counts do not match the header)");
    }
    const index = loadPassageIndex(
      { ...scalars, index: chunks } as PassageIndexJson,
      (function* () {
        for (const article of articles) for (const p of article.passages) yield p.id;
      })(),
    );
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
