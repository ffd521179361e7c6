/**
 * Which network addresses the bot may fetch from. Only globally routable unicast addresses pass: a URL
 * from a chat message must never reach the bot's own host, the local network or a cloud metadata service.
 */
import ipaddr from "ipaddr.js";

/** Cloud metadata endpoints, named so the refusal says what was avoided. */
const METADATA_ADDRESSES = new Set(["169.254.169.254", "fd00:ec2::254"]);

/** Why `address` may not be fetched from, or undefined when it is a public unicast address. */
export function refusalReason(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  let ip = ipaddr.parse(address);
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) reaches the IPv4 host, so judge that one.
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress()) {
    ip = (ip as ipaddr.IPv6).toIPv4Address();
  }
  const normalized = ip.toNormalizedString();
  if (
    METADATA_ADDRESSES.has(address) ||
    METADATA_ADDRESSES.has(ip.toString()) ||
    normalized === "fd00:ec2:0:0:0:0:0:254"
  ) {
    return `${address} is a cloud metadata address`;
  }
  const range = ip.range();
  if (range === "unicast") return undefined;
  return `${address} is a ${describe(range)} address`;
}

function describe(range: string): string {
  switch (range) {
    case "loopback":
      return "loopback";
    case "private":
      return "private";
    case "linkLocal":
      return "link-local";
    case "uniqueLocal":
      return "unique-local";
    case "carrierGradeNat":
      return "carrier-grade NAT";
    default:
      return `non-public (${range})`;
  }
}
