import { describe, expect, it } from "vitest";
import { describeEvent } from "./describe-event";
import type { AppEvent } from "./events";
import type { ClaimView } from "@/lib/views/claim";

const at = "2026-12-01T10:00:00.000Z";
const person = { id: "0193f3c4-5b6a-7c8d-9e0f-123456789abc", name: "Ravi Reviewer" };
const claim: ClaimView = {
  id: "0193f3c4-5b6a-7c8d-9e0f-000000000001",
  articleId: "0193f3c4-5b6a-7c8d-9e0f-000000000002",
  selector: { exact: "Officials said the grid would be restored by Friday, a promise repeated twice", prefix: "", suffix: "", start: 0, end: 76 },
  anchoredVersion: 1, orphan: false, claimant: null, summary: null, status: "open", verdict: null, rationale: null, ruling: null, recheck: null, tags: [],
  assignee: null, createdBy: person, sources: [], version: 3, deletedAt: null, createdAt: at, updatedAt: at,
};
const none = () => undefined;

describe("describeEvent", () => {
  it("shortens long quotes and words several changes as one sentence", () => {
    const event = { type: "claim.updated", payload: { claim, changes: { verdict: { from: "false", to: null }, assignee: { from: null, to: person } } } } as unknown as AppEvent;
    expect(describeEvent(event, none)).toBe("cleared the verdict of “Officials said the grid would be restored by Friday, a…” and assigned it to Ravi Reviewer");
  });

  it("says what an article edit did to the claims", () => {
    const event = {
      type: "article.updated",
      payload: { article: { version: 4, title: "T" }, changes: {}, textChanged: true, reanchored: { unchanged: 5, moved: 1, fuzzy: 1, orphaned: 1 }, orphanedClaimIds: [] },
    } as unknown as AppEvent;
    expect(describeEvent(event, none)).toBe("edited the text (version 4: 2 claims moved, 1 lost its text)");
  });

  it("says when the article's source URL or language was set or removed", () => {
    const event = (changes: object) =>
      ({ type: "article.updated", payload: { article: { version: 4, title: "T" }, changes, textChanged: false, reanchored: { unchanged: 0, moved: 0, fuzzy: 0, orphaned: 0 }, orphanedClaimIds: [] } }) as unknown as AppEvent;
    expect(describeEvent(event({ sourceUrl: { from: null, to: "https://news.example/a" }, language: { from: "en", to: "ar" } }), none)).toBe(
      "set the article's source to https://news.example/a and set the article's language to ar",
    );
    expect(describeEvent(event({ sourceUrl: { from: "https://news.example/a", to: null }, language: { from: "ar", to: null } }), none)).toBe(
      "removed the article's source URL and removed the article's language",
    );
  });

  it("words a review without its rating (the event carries none)", () => {
    const reviewer = { id: claim.createdBy.id, name: "Rosa Reviewer" };
    const recorded: AppEvent = { type: "review.recorded", payload: { claimId: claim.id, reviewer } };
    const withdrawn: AppEvent = { type: "review.withdrawn", payload: { claimId: claim.id, reviewer } };
    expect(describeEvent(recorded, () => "A quote")).toBe("recorded a review of “A quote”");
    expect(describeEvent(withdrawn, () => "A quote")).toBe("withdrew their review of “A quote”");
  });

  it("words a policy change and a re-check flag", () => {
    const policy: AppEvent = { type: "article.policy", payload: { articleId: claim.articleId, changes: { reviewPolicy: { from: "open", to: "blind" } } } };
    expect(describeEvent(policy, none)).toBe("made reviews of this article blind");
    const flagged: AppEvent = { type: "claim.updated", payload: { claim, changes: { recheck: { from: null, to: { since: claim.createdAt, previousExact: "Monday" } } } } };
    expect(describeEvent(flagged, none)).toBe("changed the words of “Monday” to “Officials said the grid would be restored by Friday, a…”: its verdict needs a re-check");
  });
});
