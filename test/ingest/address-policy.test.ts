import { describe, expect, it } from "vitest";
import { refusalReason } from "../../src/ingest/address-policy.js";

describe("refusalReason", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["::1", "loopback"],
    ["10.1.2.3", "private"],
    ["192.168.0.10", "private"],
    ["172.16.5.4", "private"],
    ["169.254.10.1", "link-local"],
    ["fe80::1", "link-local"],
    ["fc00::5", "unique-local"],
    ["169.254.169.254", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["::ffff:127.0.0.1", "loopback"],
    ["0.0.0.0", "non-public"],
    ["100.64.0.1", "carrier-grade NAT"],
  ])("refuses %s as %s", (address, kind) => {
    expect(refusalReason(address)).toContain(kind);
  });

  it.each([
    "93.184.216.34",
    "8.8.8.8",
    "2606:4700:4700::1111",
    "::ffff:8.8.8.8",
  ])("allows the public address %s", (address) => {
    expect(refusalReason(address)).toBeUndefined();
  });

  it("refuses what is not an IP address", () => {
    expect(refusalReason("localhost")).toContain("not an IP address");
  });
});
