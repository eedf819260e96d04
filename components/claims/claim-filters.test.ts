import { describe, expect, it } from "vitest";
import { OMAR, RITA, buildClaimView, uuid } from "@/test/views";
import { NO_FILTER, inTextOrder, matchesFilter, type ClaimFilter } from "./claim-filters";

const recheck = { since: "2026-11-27T09:00:00.000Z", previousExact: "Monday" };
const claims = {
  plain: buildClaimView({ id: uuid(1) }),
  falseResolved: buildClaimView({ id: uuid(2), verdict: "false", status: "resolved" }),
  byOmarInReview: buildClaimView({ id: uuid(3), createdBy: OMAR, status: "in-review", verdict: "true" }),
  flagged: buildClaimView({ id: uuid(4), verdict: "false", recheck }),
};
const disputed = new Set([uuid(3)]);

/** The names of the claims the filter lets through. */
function shown(filter: Partial<ClaimFilter>) {
  return Object.entries(claims)
    .filter(([, claim]) => matchesFilter(claim, { ...NO_FILTER, ...filter }, disputed))
    .map(([name]) => name);
}

describe("matchesFilter", () => {
  it("lets every claim through with no filter", () => {
    expect(shown({})).toEqual(Object.keys(claims));
  });

  it.each<[Partial<ClaimFilter>, string[]]>([
    [{ verdict: "false" }, ["falseResolved", "flagged"]],
    [{ verdict: "none" }, ["plain"]],
    [{ status: "in-review" }, ["byOmarInReview"]],
    [{ authorId: RITA.id }, ["plain", "falseResolved", "flagged"]],
    [{ flag: "disagreements" }, ["byOmarInReview"]],
    [{ flag: "recheck" }, ["flagged"]],
    [{ verdict: "false", status: "open" }, ["flagged"]],
    [{ verdict: "true", authorId: RITA.id }, []],
  ])("%j shows %j", (filter, names) => {
    expect(shown(filter)).toEqual(names);
  });

  it("finds no disagreements when none are known", () => {
    expect(matchesFilter(claims.byOmarInReview, { ...NO_FILTER, flag: "disagreements" })).toBe(false);
  });
});

describe("inTextOrder", () => {
  const at = (id: number, start: number, end: number, createdAt = "2026-11-26T12:00:00.000Z") =>
    buildClaimView({ id: uuid(id), selector: { exact: "x", prefix: "", suffix: "", start, end }, createdAt });

  it("orders claims by where their text starts, the longer first, then the older first", () => {
    const input = [at(1, 50, 60), at(2, 10, 20), at(3, 10, 40), at(4, 10, 20, "2026-11-26T11:00:00.000Z"), at(5, 0, 5)];
    expect(inTextOrder(input).map((claim) => claim.id)).toEqual([uuid(5), uuid(3), uuid(4), uuid(2), uuid(1)]);
  });

  it("leaves the list it was given as it was", () => {
    const input = [at(1, 50, 60), at(2, 10, 20)];
    inTextOrder(input);
    expect(input.map((claim) => claim.id)).toEqual([uuid(1), uuid(2)]);
  });
});
