import { describe, expect, it } from "vitest";
import { markupDepth } from "../../src/ingest/markup-depth.js";

describe("markupDepth", () => {
  it("counts nested elements against their end tags", () => {
    expect(
      markupDepth("<html><body><div><section><span>x</span></section></div><div></div></body></html>"),
    ).toBe(3);
  });

  it("does not count void, self-closed or optionally closed elements", () => {
    const flat = `<div>${"<p>para <br> <img src=a.png> <span/> <li>item ".repeat(500)}</div>`;
    expect(markupDepth(flat)).toBe(1);
  });

  it("skips comments and the text of scripts and styles", () => {
    const html = `<div><!-- <div><div><div> --><script>var s = "<div><div><div>";</script><style>/* <b><b> */</style></div>`;
    expect(markupDepth(html)).toBe(1);
  });

  it("closes the elements an end tag skips over, and ignores end tags with nothing open", () => {
    expect(markupDepth(`${"</span>".repeat(50)}<div><span><b>x</div><div><i>y</i></div>`)).toBe(3);
  });

  it("stops counting just past the limit on a page of 20,000 nested elements", () => {
    const nested = `${"<div>".repeat(20_000)}x${"</div>".repeat(20_000)}`;
    expect(markupDepth(nested)).toBe(20_000);
    expect(markupDepth(nested, 256)).toBe(257);
  });
});
