import { describe, expect, it } from "vitest";
import { escapeHtml, safeHref } from "../../src/web/escape-html.js";

describe("escapeHtml", () => {
  it("escapes every character that could open a tag, entity or attribute", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
  });

  it("leaves plain text, emoji and dollar amounts alone", () => {
    expect(escapeHtml("$38 billion 🚀")).toBe("$38 billion 🚀");
  });
});

describe("safeHref", () => {
  it("accepts http and https addresses", () => {
    expect(safeHref("https://example.com/a?b=1")).toBe("https://example.com/a?b=1");
  });

  it("refuses javascript: and unparseable addresses", () => {
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref("not a url")).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});
