/**
 * Turns a fetched body's bytes into text the way browsers pick a page's encoding (the WHATWG encoding
 * sniffing algorithm, https://html.spec.whatwg.org/#determining-the-character-encoding): a byte order mark,
 * else the charset in the HTTP Content-Type header, else one declared in the document's first 1024 bytes
 * (`<meta charset>`, `<meta http-equiv="Content-Type">`, or an XML declaration's `encoding`), else one
 * declared by a `<meta>` later in the `<head>`, else UTF-8.
 *
 * Labels map to encodings by the Encoding Standard's table (https://encoding.spec.whatwg.org/#names-and-labels)
 * as `@exodus/bytes` implements it, which also decodes: "iso-8859-1", "ascii" → windows-1252,
 * "iso-8859-9" → windows-1254, "tis-620"/"iso-8859-11" → windows-874, "iso-2022-kr" → replacement. Node's
 * TextDecoder reads "windows-1252" as latin1, turning curly quotes and dashes into C1 control characters,
 * and iconv-lite reads "iso-8859-9" as latin5; both differ from what the page's author saw in a browser.
 */
import { legacyHookDecode, normalizeEncoding } from "@exodus/bytes/encoding.js";

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; error: string };

/** Unicode's replacement character and the C1 controls: never in real text, always a decoding fault. */
const GARBLED = /[\uFFFD\u0080-\u009F]/;

/** Where `text` holds a replacement or C1 control character, a short excerpt around the first one. */
export function garbledExcerpt(text: string): string | undefined {
  const at = text.search(GARBLED);
  if (at < 0) return undefined;
  return JSON.stringify(text.slice(Math.max(0, at - 20), at + 20));
}

/** The Encoding Standard's name for `label` (lower case), or undefined for a label it does not know. */
function encodingForLabel(label: string | undefined): string | undefined {
  const name = label?.trim().replace(/^["']|["']$/g, "");
  return (name && normalizeEncoding(name)) || undefined;
}

/**
 * The encoding a declaration inside the document stands for. The prescan read the declaration as ASCII, so
 * the bytes cannot be UTF-16: a declared UTF-16 means UTF-8, and x-user-defined means windows-1252
 * (HTML "prescan a byte stream", step "get an attributes" … "If charset is UTF-16BE/LE, set it to UTF-8").
 */
function documentEncoding(label: string | undefined): string | undefined {
  const name = encodingForLabel(label);
  if (name === "utf-16le" || name === "utf-16be") return "utf-8";
  if (name === "x-user-defined") return "windows-1252";
  return name;
}

function bomEncoding(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return undefined;
}

/** The first charset a `<meta>` in `head` declares (`charset=` or an http-equiv's `content="…; charset=…"`). */
function metaCharset(head: string): string | undefined {
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag)?.[1];
    if (charset) return charset;
  }
  return undefined;
}

/** The charset a document declares in its first 1024 bytes (read as ASCII, as the prescan does). */
function prescanEncoding(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 1024).toString("latin1");
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  return xml ?? metaCharset(head);
}

/**
 * A charset a `<meta>` declares after the first 1024 bytes but still in the `<head>` (pages with a long
 * inline script or style before it). The prescan misses it, but a browser's parser meets it while its
 * confidence in UTF-8 is only tentative and re-reads the page in that encoding ("change the encoding");
 * reading it here keeps what the reader saw. A `<meta>` in the body is no declaration.
 */
function lateHeadEncoding(bytes: Buffer): string | undefined {
  const text = bytes.toString("latin1");
  const end = text.search(/<\/head\s*>|<body\b/i);
  return end > 1024 ? metaCharset(text.slice(0, end)) : undefined;
}

/**
 * Decodes `bytes` as described above; `contentType` is the raw header, if any. Refuses (with the encoding
 * used and an excerpt) text that still holds U+FFFD or C1 controls, so a garbled page is never stored.
 */
export function decodeBody(bytes: Buffer, contentType: string | undefined): DecodeResult {
  const header = /;\s*charset\s*=\s*["']?([^;"'\s]+)/i.exec(contentType ?? "")?.[1];
  const bom = bomEncoding(bytes);
  const fromHeader = encodingForLabel(header);
  const declared = bom || fromHeader ? undefined : documentEncoding(prescanEncoding(bytes));
  const late = bom || fromHeader || declared ? undefined : documentEncoding(lateHeadEncoding(bytes));
  const encoding = bom ?? fromHeader ?? declared ?? late ?? "utf-8";
  const source = bom
    ? "its byte order mark"
    : fromHeader
      ? "its Content-Type header"
      : declared || late
        ? "the charset the document declares"
        : "no charset was declared";
  if (encoding === "replacement") {
    // Labels such as iso-2022-kr: browsers show nothing rather than risk a script hidden in the bytes.
    return { ok: false, error: `its charset is one browsers refuse to decode (${source})` };
  }
  // Skips a byte order mark; never throws (undecodable bytes become U+FFFD, refused below).
  const text = legacyHookDecode(bytes, encoding);
  const garbled = garbledExcerpt(text);
  if (garbled) {
    return {
      ok: false,
      error: `the text does not decode cleanly as ${encoding} (${source}) near ${garbled}`,
    };
  }
  return { ok: true, text, encoding };
}
