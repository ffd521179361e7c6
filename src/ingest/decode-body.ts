/**
 * Turns a fetched body's bytes into text the way browsers pick a page's encoding (the WHATWG encoding
 * sniffing algorithm, https://html.spec.whatwg.org/#determining-the-character-encoding): a byte order mark,
 * else the charset in the HTTP Content-Type header, else one declared in the document's first 1024 bytes
 * (`<meta charset>`, `<meta http-equiv="Content-Type">`, or an XML declaration's `encoding`), else UTF-8.
 * iconv-lite does the decoding: Node's TextDecoder reads "windows-1252" as latin1, turning curly quotes and
 * dashes into invisible C1 control characters.
 */
import iconv from "iconv-lite";

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; error: string };

/**
 * Labels the WHATWG Encoding Standard reads as windows-1252: pages labelled latin1 or ASCII were written on
 * systems that used windows-1252's curly quotes in the 0x80–0x9F range.
 */
const WINDOWS_1252_LABELS = new Set([
  "ascii",
  "us-ascii",
  "iso-8859-1",
  "iso8859-1",
  "iso_8859-1",
  "latin1",
  "l1",
  "cp819",
  "ibm819",
  "x-cp1252",
  "cp1252",
]);

/** Unicode's replacement character and the C1 controls: never in real text, always a decoding fault. */
const GARBLED = /[\uFFFD\u0080-\u009F]/;

/** Where `text` holds a replacement or C1 control character, a short excerpt around the first one. */
export function garbledExcerpt(text: string): string | undefined {
  const at = text.search(GARBLED);
  if (at < 0) return undefined;
  return JSON.stringify(text.slice(Math.max(0, at - 20), at + 20));
}

/** The encoding to read `label` as, or undefined when iconv-lite knows no such encoding. */
function canonicalEncoding(label: string | undefined): string | undefined {
  const name = label
    ?.trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "");
  if (!name) return undefined;
  if (WINDOWS_1252_LABELS.has(name)) return "windows-1252";
  return iconv.encodingExists(name) ? name : undefined;
}

function bomEncoding(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return undefined;
}

/** The charset a document declares in its first 1024 bytes (read as ASCII, as the prescan does). */
function declaredEncoding(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 1024).toString("latin1");
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (xml) return xml;
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag)?.[1];
    if (charset) return charset;
  }
  return undefined;
}

/**
 * Decodes `bytes` as described above; `contentType` is the raw header, if any. Refuses (with the encoding
 * used and an excerpt) text that still holds U+FFFD or C1 controls, so a garbled page is never stored.
 */
export function decodeBody(bytes: Buffer, contentType: string | undefined): DecodeResult {
  const header = /;\s*charset\s*=\s*["']?([^;"'\s]+)/i.exec(contentType ?? "")?.[1];
  const bom = bomEncoding(bytes);
  const fromHeader = canonicalEncoding(header);
  const declared = canonicalEncoding(declaredEncoding(bytes));
  const encoding = bom ?? fromHeader ?? declared ?? "utf-8";
  const source = bom
    ? "its byte order mark"
    : fromHeader
      ? "its Content-Type header"
      : declared
        ? "the charset the document declares"
        : "no charset was declared";
  // iconv-lite strips the BOM itself.
  const text = iconv.decode(bytes, encoding);
  const garbled = garbledExcerpt(text);
  if (garbled) {
    return {
      ok: false,
      error: `the text does not decode cleanly as ${encoding} (${source}) near ${garbled}`,
    };
  }
  return { ok: true, text, encoding };
}
