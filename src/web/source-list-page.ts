/**
 * The page at `/sources`: every article the bot answers from, each linking to its own page.
 */
import type { Article } from "../types.js";
import { escapeHtml } from "./escape-html.js";
import { renderPage } from "./page-layout.js";
import { displayTitle } from "./source-page.js";

function renderItem(article: Article): string {
  const { id, publisher, published } = article.meta;
  // Relative, so the links keep working when the bot is served under a path prefix.
  const link = `<a href="sources/${encodeURIComponent(id)}">${escapeHtml(displayTitle(article))}</a>`;
  const details = [publisher, published].filter(Boolean).map((s) => escapeHtml(String(s)));
  const meta = details.length ? ` <span class="muted">${details.join(" · ")}</span>` : "";
  const flag = article.aiGenerated ? ` <span class="flag">AI-generated, says the publisher</span>` : "";
  return `<li>${link}${meta}${flag}</li>`;
}

/** The whole HTML document listing `articles`, in the order given. */
export function renderSourceListPage(articles: readonly Article[]): string {
  const items = articles.length
    ? `<ul class="sources">\n${articles.map(renderItem).join("\n")}\n</ul>`
    : `<p class="muted">No articles are loaded.</p>`;
  return renderPage(
    "Sources",
    `<header>\n<h1>Sources</h1>\n<p class="meta">${articles.length} article${articles.length === 1 ? "" : "s"}</p>\n</header>\n<main>\n${items}\n</main>`,
  );
}
