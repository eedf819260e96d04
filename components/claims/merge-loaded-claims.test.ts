import { describe, expect, it } from "vitest";
import type { ClaimView } from "@/lib/views/claim";
import { mergeLoadedClaims, type SeenChange } from "./merge-loaded-claims";

const claim = (id: string, version: number): ClaimView => ({ id, version }) as ClaimView;
const seen = (entries: [string, SeenChange][]) => new Map(entries);
const ids = (claims: ClaimView[]) => claims.map((each) => `${each.id}@${each.version}`);

describe("mergeLoadedClaims", () => {
  it("takes the load as it is when nothing arrived meanwhile", () => {
    expect(ids(mergeLoadedClaims([claim("a", 2), claim("b", 1)], [claim("a", 1), claim("c", 1)], seen([])))).toEqual(["a@2", "b@1"]);
  });

  it("keeps a newer version that arrived while the load was in flight", () => {
    expect(ids(mergeLoadedClaims([claim("a", 1)], [claim("a", 2)], seen([["a", { version: 2, deleted: false }]])))).toEqual(["a@2"]);
  });

  it("takes the load where it is newer than what arrived meanwhile", () => {
    expect(ids(mergeLoadedClaims([claim("a", 3)], [claim("a", 2)], seen([["a", { version: 2, deleted: false }]])))).toEqual(["a@3"]);
  });

  it("keeps a claim deleted meanwhile deleted, unless the load saw it restored later", () => {
    expect(ids(mergeLoadedClaims([claim("a", 1)], [], seen([["a", { version: 2, deleted: true }]])))).toEqual([]);
    expect(ids(mergeLoadedClaims([claim("a", 3)], [], seen([["a", { version: 2, deleted: true }]])))).toEqual(["a@3"]);
  });

  it("keeps a claim created meanwhile that the load had not seen yet", () => {
    expect(ids(mergeLoadedClaims([claim("a", 1)], [claim("a", 1), claim("new", 1)], seen([["new", { version: 1, deleted: false }]])))).toEqual(["a@1", "new@1"]);
  });
});
