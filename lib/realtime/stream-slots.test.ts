import { describe, expect, it } from "vitest";
import { StreamSlots } from "./stream-slots";

describe("StreamSlots", () => {
  it("gives a user at most their number of streams, and a slot back when one closes (once)", () => {
    const slots = new StreamSlots({ perUser: 2, perAddress: 10 });
    const first = slots.take({ userId: "u", address: "a" });
    const second = slots.take({ userId: "u", address: "a" });
    expect(first && second).toBeTruthy();
    expect(slots.take({ userId: "u", address: "a" })).toBeNull();
    expect(slots.take({ userId: "other", address: "a" })).not.toBeNull();
    first!();
    first!();
    expect(slots.take({ userId: "u", address: "a" })).not.toBeNull();
    expect(slots.take({ userId: "u", address: "a" })).toBeNull();
  });

  it("bounds an address across users, and takes nothing when it refuses", () => {
    const slots = new StreamSlots({ perUser: 5, perAddress: 2 });
    expect(slots.take({ userId: "a", address: "198.51.100.1" })).not.toBeNull();
    expect(slots.take({ userId: "b", address: "198.51.100.1" })).not.toBeNull();
    expect(slots.take({ userId: "c", address: "198.51.100.1" })).toBeNull();
    // The refusal took no slot of user c's: c may still stream from elsewhere.
    for (let n = 0; n < 5; n++) expect(slots.take({ userId: "c", address: null })).not.toBeNull();
    expect(slots.take({ userId: "c", address: null })).toBeNull();
  });
});
