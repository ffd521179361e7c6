/**
 * The read-only page for one article at `/sources/<id>`: where quote links land when the article has no
 * address of its own. Each passage carries the id `p-<index>` (see `passageAnchor`), so a link to
 * `/sources/<id>#p-12` scrolls to it natively and CSS `:target` highlights it.
 */
import { sourceRefOf } from "../answer/source-ref.js";
import { passageAnchor } from "../links.js";
import type { Article, Passage } from "../types.js";
import { sourceTitle } from "../view/source-name.js";
import { escapeHtml, safeHref } from "./escape-html.js";
import { renderPage } from "./page-layout.js";

/** Shown above an article whose publisher says it was machine-written. */
export const AI_BANNER_TEXT =
  "The publisher says this article was generated in part using AI and may contain errors.";

/** A run of passages rendered as one block: a heading, a paragraph of sentences, or a list. */
interface Block {
  kind: Passage["kind"];
  passages: Passage[];
}

/** Groups passages, in article order, into blocks of the same paragraph and kind. */
function toBlocks(passages: readonly Passage[]): Block[] {
  const blocks: Block[] = [];
  const sorted = [...passages].sort((a, b) => a.index - b.index);
  for (const passage of sorted) {
    const last = blocks.at(-1);
    const lastPassage = last?.passages.at(-1);
    // Headings never merge: two headings in a row are two headings.
    if (last && lastPassage && last.kind === passage.kind && passage.kind !== "heading") {
      const sameParagraph = lastPassage.paragraph === passage.paragraph;
      // Consecutive list items form one list even when the splitter gave each its own paragraph.
      if (sameParagraph || passage.kind === "list-item") {
        last.passages.push(passage);
        continue;
      }
    }
    blocks.push({ kind: passage.kind, passages: [passage] });
  }
  return blocks;
}

function renderBlock(block: Block): string {
  const id = (p: Passage) => `id="${escapeHtml(passageAnchor(p))}"`;
  switch (block.kind) {
    case "heading":
      return block.passages.map((p) => `<h2 ${id(p)}>${escapeHtml(p.text)}</h2>`).join("\n");
    case "list-item":
      return `<ul>\n${block.passages.map((p) => `<li class="passage" ${id(p)}>${escapeHtml(p.text)}</li>`).join("\n")}\n</ul>`;
    default:
      return `<p>${block.passages.map((p) => `<span class="passage" ${id(p)}>${escapeHtml(p.text)}</span>`).join(" ")}</p>`;
  }
}

/** The article body: passages when the article was split, else its cleaned text paragraph by paragraph. */
function renderBody(article: Article): string {
  if (article.passages.length > 0) return toBlocks(article.passages).map(renderBlock).join("\n");
  return article.text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("\n");
}

/** "Dealwire · 2025-11-04 · Read the original", each part only where known. */
function renderMeta(article: Article): string {
  const { publisher, published, url } = article.meta;
  const parts: string[] = [];
  if (publisher) parts.push(escapeHtml(publisher));
  if (published) parts.push(`<time datetime="${escapeHtml(published)}">${escapeHtml(published)}</time>`);
  const href = safeHref(url);
  if (href) parts.push(`<a href="${escapeHtml(href)}" rel="noopener noreferrer">Read the original</a>`);
  if (parts.length === 0) parts.push(`<span class="muted">Publisher, date and address not known</span>`);
  return `<p class="meta">${parts.join(" · ")}</p>`;
}

/** The title a person sees: the same name the chat gives the article (`sourceTitle`), never an invented one. */
export function displayTitle(article: Article): string {
  return sourceTitle(sourceRefOf(article));
}

/** The whole HTML document for one article. */
export function renderSourcePage(article: Article): string {
  const title = displayTitle(article);
  const banner = article.aiGenerated
    ? `<p class="ai-banner" id="ai-banner" role="note">${escapeHtml(AI_BANNER_TEXT)}</p>\n`
    : "";
  const body = `<header>
<nav><a href="../sources">All sources</a></nav>
<h1>${escapeHtml(title)}</h1>
${renderMeta(article)}
</header>
${banner}<main>
${renderBody(article)}
</main>`;
  return renderPage(title, body);
}
