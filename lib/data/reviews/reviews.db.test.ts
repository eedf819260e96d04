import { describe, expect, it } from "vitest";
import { setReviewPolicy } from "@/lib/data/articles/set-review-policy";
import { setVerdict } from "@/lib/data/claims/set-verdict";
import { updateClaim } from "@/lib/data/claims/update-claim";
import { eventsSince, lastEventId } from "@/lib/data/events/event-log-for-tests";
import type { Actor } from "@/lib/policies/actor";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { listReviews } from "./list-reviews";
import { recordReview } from "./record-review";
import { withdrawReview } from "./withdraw-review";

async function blindClaim() {
  const editor = await buildUser({ role: "editor" });
  const author = await buildUser({ name: "Claire Author" });
  const article = await buildArticle({ actor: editor });
  await setReviewPolicy({ actor: editor, articleId: article.id, policy: "blind" });
  const claim = await buildClaim({ actor: author, article });
  return { editor, author, article, claim };
}

const ratings = async (actor: Actor, claimId: string) => {
  const { reviews, hidden } = await listReviews({ actor, claimId });
  return { seen: reviews.map((review) => `${review.reviewer.name}: ${review.rating}`), hidden };
};

describe("reviews", () => {
  it("keeps one review per reviewer per claim, changeable, and refuses viewers", async () => {
    const claim = await buildClaim();
    const rosa = await buildUser({ name: "Rosa" });
    await recordReview({ actor: rosa, claimId: claim.id, input: { rating: "false", rationale: "First look" } });
    const changed = await recordReview({ actor: rosa, claimId: claim.id, input: { rating: "mostly-false" } });
    expect(changed).toMatchObject({ rating: "mostly-false", rationale: null, madeBlind: false, reviewer: { id: rosa.id, name: "Rosa" } });
    expect((await listReviews({ actor: rosa, claimId: claim.id })).reviews).toHaveLength(1);
    await expect(recordReview({ actor: await buildUser({ role: "viewer" }), claimId: claim.id, input: { rating: "true" } })).rejects.toMatchObject({ status: 403 });
  });

  it("under a blind policy hides the others' reviews from a reviewer until they record their own", async () => {
    const { editor, claim } = await blindClaim();
    const [ana, ben, cho] = [await buildUser({ name: "Ana" }), await buildUser({ name: "Ben" }), await buildUser({ name: "Cho" })];
    await recordReview({ actor: ana, claimId: claim.id, input: { rating: "false", rationale: "Ana's reasons" } });
    await recordReview({ actor: ben, claimId: claim.id, input: { rating: "half-true" } });

    expect(await ratings(cho, claim.id)).toEqual({ seen: [], hidden: 2 });
    expect(await ratings(ana, claim.id)).toEqual({ seen: ["Ana: false", "Ben: half-true"], hidden: 0 });
    expect(await ratings(editor, claim.id)).toEqual({ seen: ["Ana: false", "Ben: half-true"], hidden: 0 });
    const viewer = await buildUser({ role: "viewer" });
    expect(await ratings(viewer, claim.id)).toEqual({ seen: [], hidden: 2 });

    await recordReview({ actor: cho, claimId: claim.id, input: { rating: "false" } });
    expect((await ratings(cho, claim.id)).hidden).toBe(0);
    // Once an editor rules, everyone (a viewer too) may see them.
    await setVerdict({ actor: editor, claimId: claim.id, input: { version: claim.version, verdict: "false" } });
    expect(await ratings(viewer, claim.id)).toEqual({ seen: ["Ana: false", "Ben: half-true", "Cho: false"], hidden: 0 });
  });

  it("marks a review made blind, and not once its author has seen the others'", async () => {
    const { claim } = await blindClaim();
    const [ana, ben] = [await buildUser(), await buildUser()];
    expect((await recordReview({ actor: ana, claimId: claim.id, input: { rating: "false" } })).madeBlind).toBe(true);
    await recordReview({ actor: ben, claimId: claim.id, input: { rating: "true" } });
    // Ana has now seen Ben's rating: her change is no longer independent.
    expect((await recordReview({ actor: ana, claimId: claim.id, input: { rating: "true" } })).madeBlind).toBe(false);
  });

  it("switching the policy hides or shows the reviews already recorded", async () => {
    const editor = await buildUser({ role: "editor" });
    const article = await buildArticle({ actor: editor });
    const claim = await buildClaim({ article });
    const [ana, cho] = [await buildUser({ name: "Ana" }), await buildUser({ name: "Cho" })];
    await recordReview({ actor: ana, claimId: claim.id, input: { rating: "false" } });
    expect(await ratings(cho, claim.id)).toEqual({ seen: ["Ana: false"], hidden: 0 });
    await setReviewPolicy({ actor: editor, articleId: article.id, policy: "blind" });
    expect(await ratings(cho, claim.id)).toEqual({ seen: [], hidden: 1 });
    await setReviewPolicy({ actor: editor, articleId: article.id, policy: "open" });
    expect(await ratings(cho, claim.id)).toEqual({ seen: ["Ana: false"], hidden: 0 });
    await expect(setReviewPolicy({ actor: ana, articleId: article.id, policy: "blind" })).rejects.toMatchObject({ status: 403 });
  });

  it("withdraws only one's own review (404 when there is none), with an event that carries no rating", async () => {
    const { claim } = await blindClaim();
    const ana = await buildUser({ name: "Ana" });
    await expect(withdrawReview({ actor: ana, claimId: claim.id })).rejects.toMatchObject({ status: 404 });
    const before = await lastEventId();
    await recordReview({ actor: ana, claimId: claim.id, input: { rating: "misleading", rationale: "Ana's secret reasons" } });
    expect(await withdrawReview({ actor: ana, claimId: claim.id })).toMatchObject({ rating: "misleading" });
    expect((await listReviews({ actor: ana, claimId: claim.id })).reviews).toEqual([]);
    const events = await eventsSince(before);
    expect(events.map((event) => event.type)).toEqual(["review.recorded", "review.withdrawn"]);
    for (const event of events) {
      expect(event.payload).toEqual({ claimId: claim.id, reviewer: { id: ana.id, name: "Ana" } });
      expect(event.claimId).toBe(claim.id);
    }
  });
});

describe("the final verdict", () => {
  it("under an open policy: the claim's author or an editor sets it, nobody else", async () => {
    const editor = await buildUser({ role: "editor" });
    const author = await buildUser();
    const claim = await buildClaim({ actor: author });
    const ruled = await setVerdict({ actor: author, claimId: claim.id, input: { version: claim.version, verdict: "true", rationale: "Checked" } });
    expect(ruled).toMatchObject({ verdict: "true", rationale: "Checked", ruling: { by: { id: author.id } } });
    await expect(setVerdict({ actor: await buildUser(), claimId: claim.id, input: { version: ruled.version, verdict: "false" } })).rejects.toMatchObject({ status: 403 });
    const again = await setVerdict({ actor: editor, claimId: claim.id, input: { version: ruled.version, verdict: "false" } });
    expect(again).toMatchObject({ verdict: "false", rationale: "Checked", ruling: { by: { id: editor.id } } });
  });

  it("under a blind policy: only editors, through the verdict route or a verdict in PATCH", async () => {
    const { editor, author, claim } = await blindClaim();
    await expect(setVerdict({ actor: author, claimId: claim.id, input: { version: claim.version, verdict: "true" } })).rejects.toMatchObject({ status: 403 });
    await expect(updateClaim({ actor: author, claimId: claim.id, input: { version: claim.version, verdict: "true" } })).rejects.toMatchObject({ status: 403 });
    // The author still edits the rest of the claim, even with a form that sends the verdict unchanged.
    const edited = await updateClaim({ actor: author, claimId: claim.id, input: { version: claim.version, summary: "Power cut", verdict: null } });
    expect(edited.summary).toBe("Power cut");
    const ruled = await setVerdict({ actor: editor, claimId: claim.id, input: { version: edited.version, verdict: "mostly-false" } });
    expect(ruled.ruling?.by.id).toBe(editor.id);
  });

  it("is refused with a stale version (409 with the current claim); clearing it reopens a resolved claim", async () => {
    const editor = await buildUser({ role: "editor" });
    const claim = await buildClaim();
    const ruled = await setVerdict({ actor: editor, claimId: claim.id, input: { version: claim.version, verdict: "true" } });
    await expect(setVerdict({ actor: editor, claimId: claim.id, input: { version: claim.version, verdict: "false" } })).rejects.toMatchObject({
      status: 409,
      details: { current: { verdict: "true" } },
    });
    const resolved = await updateClaim({ actor: editor, claimId: claim.id, input: { version: ruled.version, status: "resolved" } });
    const cleared = await setVerdict({ actor: editor, claimId: claim.id, input: { version: resolved.version, verdict: null } });
    expect(cleared).toMatchObject({ verdict: null, status: "in-review", ruling: null });
  });
});
