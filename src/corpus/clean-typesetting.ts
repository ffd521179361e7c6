/**
 * Typesetting artefacts: numbers wrapped in LaTeX math delimiters by a converter (`$38$ billion`,
 * `GB$200$`, `$5\%$`, `$2026$`). The delimiters go; a `$` stays only where the number reads as money.
 */

/** Words after a number that make `$n$ <word>` an amount of money rather than a bare number. */
const MONEY_SCALE = /^\s+(?:thousand|million|billion|trillion|[mb]n|[kmb])\b/i;

/** A math span holding nothing but a number: digits with separators, an optional escaped `\$` or `\%`. */
const MATH_NUMBER = /\$(\\\$)?(\d(?:[\d,.]*\d)?)(\\?%)?\$/g;

/** Replaces math-delimited numbers by plain ones: `$38$ billion` → `$38 billion`, `VX$200$` → `VX200`. */
export function cleanMathNumbers(text: string): string {
  return text.replace(
    MATH_NUMBER,
    (
      _span,
      escapedDollar: string | undefined,
      digits: string,
      percent: string | undefined,
      offset: number,
    ) => {
      if (percent) return `${digits}%`;
      const glued = offset > 0 && /[\p{L}\p{N}]/u.test(text[offset - 1] ?? "");
      const rest = text.slice(offset + _span.length);
      // Without an explicit money word the `$` was only a math delimiter: "$30$ gigawatts" is 30 gigawatts.
      const money = !glued && (escapedDollar !== undefined || MONEY_SCALE.test(rest));
      return money ? `$${digits}` : digits;
    },
  );
}
