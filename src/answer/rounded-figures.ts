/**
 * Figures that agree within their rounding: "close to $900 million" and "$896 million", "1.8 gigawatts" and
 * "1,820 megawatts", "$0.9bn" and "$896mn". News rounds figures to a few significant digits, so a source
 * rounding another's exact figure states the same fact; "$27 billion" and "$24 billion", or "£4.2bn" and
 * "£4.6bn", do not agree.
 *
 * The tolerance is half the place value of the last significant digit as written (the usual reading of
 * significant figures: "900" is 900 ± 50, "1.8" is 1.8 ± 0.05), capped at a share of the amount so that a
 * round "$40 billion" does not swallow "$38 billion": 3% for a bare figure, 10% when a hedge word stands
 * before it ("about", "close to", "nearly"). A writer rounding $725 million to $700 million says "about";
 * a bare "$700 million" against "$725m" is two accounts of the amount.
 */
import type { Value } from "./extract-values.js";

/** Share of the larger amount two figures may differ by at most: bare, and hedged. */
const BARE_SHARE = 0.03;
const HEDGED_SHARE = 0.1;

/** Words before a figure saying it is rounded: "about $900 million", "close to 2,000", "roughly 40%". */
const HEDGE =
  /\b(?:about|around|roughly|nearly|almost|close to|approximately|some|an estimated|just (?:over|under)|more than|over|less than|under|upwards of)\s*(?:[$€£¥]|US\$)?\s*$/i;

/** A figure as read from its key and its text: the amount in the key's unit, and what it is of. */
export interface Figure {
  /** "money:usd", "money:usd/share", "count:mw", "count:", "percent:". */
  unit: string;
  amount: number;
  /** Half the place value of its last significant digit, in the key's unit. */
  rounding: number;
  hedged: boolean;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/**
 * The amount and unit a value's key states: "money:usd:27000000000" → 27e9 in "money:usd",
 * "money:usd:48/share" → 48 in "money:usd/share", "count:1800mw" → 1800 in "count:mw",
 * "count:32million" → 3.2e7 in "count:", "percent:31" → 31. Undefined for other keys (dates, names).
 */
function amountOf(key: string): { unit: string; amount: number } | undefined {
  const money = key.match(/^money:([a-z]+):([\d.]+)(\/\w+)?$/);
  if (money) return { unit: `money:${money[1]}${money[3] ?? ""}`, amount: Number(money[2]) };
  const count = key.match(/^count:([\d.]+)(thousand|million|billion|[a-z]+)?$/);
  if (count) {
    const scale = SCALES[count[2] ?? ""];
    if (scale) return { unit: "count:", amount: Number(count[1]) * scale };
    return { unit: `count:${count[2] ?? ""}`, amount: Number(count[1]) };
  }
  const percent = key.match(/^percent:([\d.]+)$/);
  if (percent) return { unit: "percent:", amount: Number(percent[1]) };
  return undefined;
}

/** The figure a value states, with its rounding read from the digits as written; undefined when it has none. */
export function figureOf(value: Value, passageText: string): Figure | undefined {
  const read = amountOf(value.key);
  if (!read || !(read.amount > 0)) return undefined;
  const digits = value.text.match(/\d[\d,]*(?:\.\d+)?/)?.[0].replace(/,/g, "");
  const written = Number(digits);
  if (!digits || !(written > 0)) return undefined;
  const [whole, decimals = ""] = digits.split(".");
  const place = decimals
    ? 10 ** -decimals.length
    : 10 ** (whole!.length - whole!.replace(/0+$/, "").length || 0);
  return {
    unit: read.unit,
    amount: read.amount,
    rounding: (read.amount * place) / written / 2,
    hedged: HEDGE.test(passageText.slice(Math.max(0, value.at - 24), value.at)),
  };
}

/**
 * Whether two figures state the same amount within their rounding: the same unit, and a difference smaller
 * than the coarser one's rounding and than 5% (10% if either is hedged) of the larger amount.
 */
export function agreeWithinRounding(x: Figure | undefined, y: Figure | undefined): boolean {
  if (!x || !y || x.unit !== y.unit) return false;
  const difference = Math.abs(x.amount - y.amount);
  if (difference === 0) return true;
  const share = x.hedged || y.hedged ? HEDGED_SHARE : BARE_SHARE;
  return difference <= Math.max(x.rounding, y.rounding) && difference < share * Math.max(x.amount, y.amount);
}
