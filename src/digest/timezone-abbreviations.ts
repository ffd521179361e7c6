/**
 * Timezone abbreviations people type ("BST", "EST"). They are not timezones: the same letters name
 * different offsets in different places (IST is India, Ireland and Israel), and where Intl accepts one it
 * reads it as some legacy zone (BST becomes Asia/Dhaka, EST a fixed UTC−5 with no summer time). So an
 * abbreviation is never taken: the asker is shown the IANA names it most likely means and picks one.
 */
import { codeSpan } from "../commands/notice-text.js";

/** The likely IANA zones for common abbreviations (standard and summer forms), most populous first. */
const LIKELY_ZONES: Record<string, readonly string[]> = {
  GMT: ["Europe/London", "UTC"],
  BST: ["Europe/London"],
  IST: ["Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"],
  WET: ["Europe/Lisbon"],
  WEST: ["Europe/Lisbon"],
  CET: ["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome"],
  CEST: ["Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome"],
  MET: ["Europe/Berlin", "Europe/Paris"],
  EET: ["Europe/Athens", "Europe/Helsinki", "Europe/Bucharest", "Africa/Cairo"],
  EEST: ["Europe/Athens", "Europe/Helsinki", "Europe/Bucharest"],
  MSK: ["Europe/Moscow"],
  EST: ["America/New_York", "America/Toronto"],
  EDT: ["America/New_York", "America/Toronto"],
  CST: ["America/Chicago", "America/Mexico_City", "Asia/Shanghai"],
  CDT: ["America/Chicago"],
  MST: ["America/Denver", "America/Phoenix"],
  MDT: ["America/Denver"],
  PST: ["America/Los_Angeles", "America/Vancouver"],
  PDT: ["America/Los_Angeles", "America/Vancouver"],
  AKST: ["America/Anchorage"],
  AKDT: ["America/Anchorage"],
  HST: ["Pacific/Honolulu"],
  AST: ["America/Halifax", "America/Puerto_Rico", "Asia/Riyadh"],
  ADT: ["America/Halifax"],
  NST: ["America/St_Johns"],
  BRT: ["America/Sao_Paulo"],
  ART: ["America/Argentina/Buenos_Aires"],
  SAST: ["Africa/Johannesburg"],
  WAT: ["Africa/Lagos"],
  EAT: ["Africa/Nairobi"],
  GST: ["Asia/Dubai"],
  PKT: ["Asia/Karachi"],
  ICT: ["Asia/Bangkok", "Asia/Ho_Chi_Minh"],
  WIB: ["Asia/Jakarta"],
  SGT: ["Asia/Singapore"],
  HKT: ["Asia/Hong_Kong"],
  PHT: ["Asia/Manila"],
  KST: ["Asia/Seoul"],
  JST: ["Asia/Tokyo"],
  AWST: ["Australia/Perth"],
  ACST: ["Australia/Adelaide", "Australia/Darwin"],
  ACDT: ["Australia/Adelaide"],
  AEST: ["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane"],
  AEDT: ["Australia/Sydney", "Australia/Melbourne"],
  NZST: ["Pacific/Auckland"],
  NZDT: ["Pacific/Auckland"],
};

/**
 * Undefined when `word` may be read as a timezone: an IANA name ("Area/Location") or UTC. Otherwise the
 * message refusing it, naming the likely IANA zones for a known abbreviation.
 */
export function abbreviationRefusal(word: string): string | undefined {
  const name = word.trim();
  if (name.includes("/") || /^(utc|etc\/.+)$/i.test(name)) return undefined;
  const likely = LIKELY_ZONES[name.toUpperCase()];
  if (likely) {
    return `${codeSpan(name)} is an abbreviation, not a timezone, and names different places; give the IANA name, e.g. ${likely.map((z) => `\`${z}\``).join(", ")}.`;
  }
  if (/^[a-z]{2,5}$/i.test(name)) {
    return `${codeSpan(name)} looks like a timezone abbreviation; give an IANA name such as \`Europe/London\` or \`America/New_York\` (https://en.wikipedia.org/wiki/List_of_tz_database_time_zones).`;
  }
  return undefined;
}
