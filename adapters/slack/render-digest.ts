/**
 * The daily digest as Block Kit: new articles with their gist, facts whose agreement changed, and the fact
 * card. Split from `render.ts` because a digest is a different kind of message from an answer.
 */
import type { Digest } from "../../src/commands/reply.js";
import type { AnswerResult } from "../../src/types.js";
import { type Block, context, fitBlocks, MAX_FALLBACK_CHARS, section, sectionsFromLines } from "./blocks.js";
import { clip, escapeClip, mrkdwnLink } from "./escape.js";

function factAnswer(result: AnswerResult): string {
  if (result.status === "no_answer") return "_no answer in the articles_";
  const best = result.quotes[0];
  const shown = result.answer || (best ? `“${clip(best.text, 200)}”` : "");
  const conflict = result.conflicts.length ? " · :warning: sources disagree" : "";
  return `${escapeClip(shown, 300)} (${result.agreement.sources} of ${result.agreement.of} agree)${conflict}`;
}

/** Renders a digest. */
export function renderDigest(digest: Digest): { text: string; blocks: Block[] } {
  const blocks: Block[] = [
    { type: "header", text: { type: "plain_text", text: clip(`Deal digest · ${digest.date}`, 150) } },
  ];
  if (digest.empty) blocks.push(section("Nothing new since the last digest."));
  if (digest.newArticles.length) {
    const lines = digest.newArticles.map(({ source, gist }) => {
      const link = mrkdwnLink(source.url, source.title ?? source.label ?? source.articleId);
      const by = source.publisher ? ` · ${escapeClip(source.publisher, 100)}` : "";
      return `• ${link}${by}${gist ? `\n>${escapeClip(gist.text, 400)}` : ""}`;
    });
    blocks.push(section(`*New articles (${digest.newArticles.length})*`), ...sectionsFromLines(lines));
  }
  if (digest.changedFacts.length) {
    const lines = digest.changedFacts.map(
      (f) => `• *${escapeClip(f.label, 100)}:* ${escapeClip(f.change, 400)}`,
    );
    blocks.push(section("*What changed*"), ...sectionsFromLines(lines));
  }
  if (digest.factCard.length) {
    const lines = digest.factCard.map((f) => `• *${escapeClip(f.label, 100)}:* ${factAnswer(f.result)}`);
    blocks.push(section("*Fact card*"), ...sectionsFromLines(lines));
  }
  blocks.push(context(`Times in ${escapeClip(digest.timezone, 60)} · \`/deal digest off\` to stop`));
  const summary = digest.empty
    ? `Deal digest ${digest.date}: nothing new.`
    : `Deal digest ${digest.date}: ${digest.newArticles.length} new articles, ${digest.changedFacts.length} changed facts.`;
  return { text: escapeClip(summary, MAX_FALLBACK_CHARS), blocks: fitBlocks(blocks) };
}
