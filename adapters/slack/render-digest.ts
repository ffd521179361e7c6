/**
 * The daily digest as Block Kit: new articles with their gist, facts whose agreement changed, and the fact
 * card. What it says is the core's digest view (`src/view/digest-view.ts`); this file only lays it out.
 * Split from `render.ts` because a digest is a different kind of message from an answer.
 */
import type { Digest } from "../../src/commands/reply.js";
import { alsoNewLine, digestView, type FactView } from "../../src/view/digest-view.js";
import { type Block, context, fitBlocks, MAX_FALLBACK_CHARS, section, sectionsFromLines } from "./blocks.js";
import { clip, escapeClip, mrkdwnLink } from "./escape.js";

function factLine(fact: FactView): string {
  const head = `• *${escapeClip(fact.label, 100)}:* `;
  if (!fact.value || !fact.agreement) return `${head}_no answer in the articles_`;
  const shown = fact.value.kind === "quote" ? `“${clip(fact.value.text, 200)}”` : fact.value.text;
  const conflict = fact.disagree ? " · :warning: sources disagree" : "";
  const { sources, of } = fact.agreement;
  return `${head}${escapeClip(shown, 300)} (${sources} of ${of} agree)${conflict}`;
}

/** Renders a digest. */
export function renderDigest(digest: Digest): { text: string; blocks: Block[] } {
  const view = digestView(digest);
  const heading = view.story
    ? `Deal digest · ${view.story.title} · ${view.date}`
    : `Deal digest · ${view.date}`;
  const blocks: Block[] = [{ type: "header", text: { type: "plain_text", text: clip(heading, 150) } }];
  if (view.empty) blocks.push(section("Nothing new since the last digest."));
  if (view.newArticles.length) {
    const lines = view.newArticles.map(({ source, gist }) => {
      const by = source.publisher ? ` · ${escapeClip(source.publisher, 100)}` : "";
      return `• ${mrkdwnLink(source.url, source.title)}${by}${gist ? `\n>${escapeClip(gist, 400)}` : ""}`;
    });
    blocks.push(section(`*New articles (${view.newArticles.length})*`), ...sectionsFromLines(lines));
  }
  if (view.changedFacts.length) {
    const lines = view.changedFacts.map(
      (f) => `• *${escapeClip(f.label, 100)}:* ${escapeClip(f.change, 400)}`,
    );
    blocks.push(section("*What changed*"), ...sectionsFromLines(lines));
  }
  if (view.facts.length) {
    blocks.push(section("*Fact card*"), ...sectionsFromLines(view.facts.map(factLine)));
  }
  const also = alsoNewLine(view);
  if (also) blocks.push(section(escapeClip(also, 2000)));
  blocks.push(context(`Times in ${escapeClip(view.timezone, 60)} · \`/deal digest off\` to stop`));
  const summary = view.empty
    ? `Deal digest ${view.date}: nothing new.`
    : `Deal digest ${view.date}: ${view.newArticles.length} new articles, ${view.changedFacts.length} changed facts.`;
  return { text: escapeClip(summary, MAX_FALLBACK_CHARS), blocks: fitBlocks(blocks) };
}
