/**
 * Hand-built articles for the web tests, shaped like the real seeds: one with an address, one without
 * (served by the bot itself), one the publisher flags as AI-generated, and one carrying hostile markup.
 */
import type { Article, Passage } from "../../src/types.js";

type Part = [kind: Passage["kind"], text: string, paragraph: number];

function build(meta: Article["meta"], parts: Part[], aiGenerated = false): Article {
  let heading: string | undefined;
  const passages = parts.map(([kind, text, paragraph], index): Passage => {
    if (kind === "heading") heading = text;
    return {
      id: `${meta.id}:${index}`,
      articleId: meta.id,
      index,
      kind,
      text,
      paragraph,
      heading: kind === "heading" ? undefined : heading,
    };
  });
  const text = parts.reduce<string[]>((blocks, [, t, p]) => {
    blocks[p] = blocks[p] ? `${blocks[p]} ${t}` : t;
    return blocks;
  }, []);
  return { meta, text: text.join("\n"), passages, aiGenerated };
}

/** No address of its own: quote links point at `/sources/<id>#p-N`. A long body so scrolling matters. */
export const plainArticle: Article = build({ id: "001_plain" }, [
  ["sentence", "OpenAI has signed a deal with Amazon Web Services.", 0],
  ["sentence", "This partnership is valued at $38 billion.", 0],
  ["heading", "Why This Matters", 1],
  ...Array.from(
    { length: 40 },
    (_, i): Part => ["sentence", `Filler sentence number ${i} keeps the page long enough to scroll.`, 2 + i],
  ),
  ["list-item", "NVIDIA GB200 chips", 42],
  ["list-item", "NVIDIA GB300 chips", 43],
  ["sentence", "All capacity is targeted before the end of 2026.", 44],
]);

/** Index of the last passage of `plainArticle`, far below the fold. */
export const plainLastIndex = plainArticle.passages.length - 1;

/** The publisher's disclaimer says it was written in part by AI. */
export const aiArticle: Article = build(
  {
    id: "004_ai",
    title: "A Cloud Giant Rises: OpenAI's $3.8 Billion Bet on Amazon Web Services",
    publisher: "Nishadil",
    published: "2025-11-04",
    url: "https://nishadil.com/news/a-cloud-giant-rises",
  },
  [["sentence", "We're talking a colossal $3.8 billion commitment.", 0]],
  true,
);

/** Text a page must show as text, never run or render as markup. */
export const hostileArticle: Article = build(
  { id: "666_hostile", title: "<script>alert('t')</script> & <b>bold</b>" },
  [
    ["sentence", "<!channel> look: <script>alert(1)</script>", 0],
    ["sentence", `"quotes" & 'apostrophes' <@U123>`, 0],
  ],
);

export const sampleArticles: Article[] = [plainArticle, aiArticle, hostileArticle];
