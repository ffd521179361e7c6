/**
 * The daily digest as Block Kit: new articles with their gist, facts whose agreement changed, and the fact
 * card. What it says is the core's digest view (`src/view/digest-view.ts`); this file only lays it out.
 * Split from `render.ts` because a digest is a different kind of message from an answer.
 */
import type { Digest } from "../../src/commands/reply.js";
import { factAgreementNote } from "../../src/view/answer-view.js";
import { alsoNewLine, type DigestNewsView, digestView, type FactView } from "../../src/view/digest-view.js";
import { type Block, fitBlocks, MAX_FALLBACK_CHARS, section } from "./blocks.js";
import { clip, fallbackClip } from "./escape.js";
import {
  bold,
  code,
  emoji,
  type Inline,
  italic,
  line,
  link,
  type Part,
  quote,
  richBlocks,
  richText,
  text,
} from "./rich-text.js";

function factLine(fact: FactView): Part {
  const head = [text("• "), bold(`${clip(fact.label, 100)}:`), text(" ")];
  if (!fact.value || !fact.agreement) return line(...head, italic("no answer in the articles"));
  const shown = fact.value.kind === "quote" ? `“${clip(fact.value.text, 200)}”` : fact.value.text;
  const conflict: Inline[] = fact.disagree ? [text(" · "), emoji("warning"), text(" sources disagree")] : [];
  const note = factAgreementNote(fact.agreement);
  return line(...head, text(`${clip(shown, 300)}${note ? ` (${note})` : ""}`), ...conflict);
}

/** A story's new articles and changed facts. */
function newsBlocks(news: DigestNewsView): Block[] {
  const blocks: Block[] = [];
  if (news.newArticles.length) {
    const parts = news.newArticles.flatMap(({ source, gist }): Part[] => {
      const by = source.publisher ? [text(` · ${clip(source.publisher, 100)}`)] : [];
      const title = line(text("• "), link(source.url, source.title), ...by);
      return gist ? [title, quote(gist, 400)] : [title];
    });
    blocks.push(section(`*New articles (${news.newArticles.length})*`), ...richBlocks(parts));
  }
  if (news.changedFacts.length) {
    const lines = news.changedFacts.map((f) =>
      line(text("• "), bold(`${clip(f.label, 100)}:`), text(` ${clip(f.change, 400)}`)),
    );
    blocks.push(section("*What changed*"), ...richBlocks(lines));
  }
  return blocks;
}

/** Renders a digest. Outside text (titles, publishers, gists, labels) is rich text, shown as written. */
export function renderDigest(digest: Digest): { text: string; blocks: Block[] } {
  const view = digestView(digest);
  const heading = view.story
    ? `Deal digest · ${view.story.title} · ${view.date}`
    : `Deal digest · ${view.date}`;
  const blocks: Block[] = [{ type: "header", text: { type: "plain_text", text: clip(heading, 150) } }];
  if (view.empty) blocks.push(section("Nothing new since the last digest."));
  blocks.push(...newsBlocks(view));
  if (view.facts.length) {
    blocks.push(section("*Fact card*"), ...richBlocks(view.facts.map(factLine)));
  }
  for (const more of view.moreStories) {
    blocks.push({ type: "divider" }, richText(line(bold(clip(more.story.title, 150)))), ...newsBlocks(more));
  }
  const also = alsoNewLine(view);
  if (also) blocks.push(richText(line(text(clip(also, 2000)))));
  blocks.push(
    richText(
      line(text(`Times in ${clip(view.timezone, 60)} · `), code("/deal digest off"), text(" to stop")),
    ),
  );
  const summary = view.empty
    ? `Deal digest ${view.date}: nothing new.`
    : `Deal digest ${view.date}: ${view.newArticles.length} new articles, ${view.changedFacts.length} changed facts.`;
  return { text: fallbackClip(summary, MAX_FALLBACK_CHARS), blocks: fitBlocks(blocks) };
}
