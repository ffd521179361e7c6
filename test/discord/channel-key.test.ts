import { describe, expect, it } from "vitest";
import { channelIdFromKey, channelKey, homeChannelId } from "../../adapters/discord/channel-key.js";

describe("channelKey", () => {
  it("qualifies a channel by guild, or by dm", () => {
    expect(channelKey("111", "222")).toBe("discord:111:222");
    expect(channelKey(null, "222")).toBe("discord:dm:222");
  });

  it("reads the channel id back, and nothing from other platforms' keys", () => {
    expect(channelIdFromKey("discord:111:222")).toBe("222");
    expect(channelIdFromKey("discord:dm:222")).toBe("222");
    expect(channelIdFromKey("slack:T1:C1")).toBeUndefined();
  });
});

describe("homeChannelId", () => {
  it("is a thread's parent channel, else the channel itself", () => {
    const thread = { id: "333", isThread: () => true, parentId: "222" };
    expect(homeChannelId(thread, "333")).toBe("222");
    expect(homeChannelId({ id: "222", isThread: () => false, parentId: "9" }, "222")).toBe("222");
    // A thread whose parent is unknown, or a channel not in the cache, stays as it is.
    expect(homeChannelId({ ...thread, parentId: null }, "333")).toBe("333");
    expect(homeChannelId(null, "444")).toBe("444");
  });
});
