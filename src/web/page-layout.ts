/**
 * The frame every page of the bot's own site shares: one inline style sheet (no external assets, so the
 * pages work offline and leak nothing) and the security headers that go with it.
 */
import { createHash } from "node:crypto";
import { escapeHtml } from "./escape-html.js";

/**
 * `:target` is what highlights the quoted passage: `/sources/<id>#p-12` makes the browser scroll to the
 * element with id `p-12` and this rule paints it, with no script at all.
 */
const STYLE = `
body{font:17px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:44rem;margin:0 auto;padding:1.5rem 1rem 40vh;color:#1d1d1f;background:#fff}
header{border-bottom:1px solid #ddd;margin-bottom:1.5rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.2rem;margin:1.6rem 0 .4rem}
.meta{color:#555;margin:.25rem 0 1rem}
.meta a{color:#0b57d0}
nav{font-size:.9rem;margin-bottom:.5rem}
.ai-banner{background:#fdecea;border:1px solid #d93025;color:#8c1d18;padding:.6rem .8rem;border-radius:6px;margin:0 0 1.5rem;font-weight:600}
.passage{scroll-margin-top:30vh;border-radius:3px}
:target{background-color:rgb(255, 235, 59);outline:2px solid rgb(245, 180, 0);scroll-margin-top:30vh}
.sources li{margin:.6rem 0}
.flag{color:#8c1d18;font-size:.85rem;font-weight:600}
.muted{color:#666}
`.trim();

const STYLE_HASH = createHash("sha256").update(STYLE).digest("base64");

/** Nothing may load or run but the one inline style sheet above. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Headers every HTML page is served with. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cache-control": "no-cache",
};

/** A whole HTML document around `body` (already escaped HTML); `title` is plain text. */
export function renderPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
