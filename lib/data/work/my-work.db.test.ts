import { describe, expect, it } from "vitest";
import { createComment } from "@/lib/data/comments/create-comment";
import { deleteComment } from "@/lib/data/comments/delete-comment";
import { updateClaim } from "@/lib/data/claims/update-claim";
import { setReviewPolicy } from "@/lib/data/articles/set-review-policy";
import { setVerdict } from "@/lib/data/claims/set-verdict";
import { recordReview } from "@/lib/data/reviews/record-review";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { countMyWork, listMyWork, markMentionsSeen } from "./list-my-work";

describe("My work", () => {
  it("lists the open claims assigned to me, not resolved or deleted ones, and counts them", async () => {
    const editor = await buildUser({ role: "editor" });
    const me = await buildUser({ role: "reviewer" });
    const open = await buildClaim({ actor: editor });
    const done = await buildClaim({ actor: editor });
    await updateClaim({ actor: editor, claimId: open.id, input: { version: open.version, assigneeId: me.id } });
    const assignedDone = await updateClaim({ actor: editor, claimId: done.id, input: { version: done.version, assigneeId: me.id, verdict: "false" } });
    await updateClaim({ actor: editor, claimId: done.id, input: { version: assignedDone.version, status: "resolved" } });

    const work = await listMyWork({ actor: me });
    expect(work.assigned.map((claim) => claim.claimId)).toEqual([open.id]);
    expect(work.assigned[0]).toMatchObject({ articleId: open.articleId, articleTitle: "A test article", exact: open.selector.exact, status: "open" });
    expect(await countMyWork({ actor: me })).toBe(1);
  });

  it("lists comments that mention me, with names for ids, until I open the claim; deleted ones go", async () => {
    const claim = await buildClaim();
    const rosa = await buildUser({ name: "Rosa Reviewer" });
    const me = await buildUser({ name: "Ravi Reviewer" });
    await createComment({ actor: rosa, claimId: claim.id, input: { body: `@{${me.id}} can you check the figure?` } });
    const second = await createComment({ actor: rosa, claimId: claim.id, input: { body: `And this, @{${me.id}}` } });

    const work = await listMyWork({ actor: me });
    expect(work.mentions.map((mention) => mention.text)).toEqual(["And this, @Ravi Reviewer", "@Ravi Reviewer can you check the figure?"]);
    expect(work.mentions[0]).toMatchObject({ claimId: claim.id, articleId: claim.articleId, author: { id: rosa.id, name: "Rosa Reviewer" } });
    expect((await listMyWork({ actor: rosa })).mentions).toEqual([]);

    await deleteComment({ actor: rosa, commentId: second.id });
    expect(await countMyWork({ actor: me })).toBe(1);
    expect(await markMentionsSeen({ actor: me, claimId: claim.id })).toBe(1);
    expect((await listMyWork({ actor: me })).mentions).toEqual([]);
  });

  it("lists claims waiting for my review under a blind policy: assigned to me or reviewed by another, until I review or an editor rules", async () => {
    const editor = await buildUser({ role: "editor" });
    const me = await buildUser();
    const blind = await buildArticle({ actor: editor });
    await setReviewPolicy({ actor: editor, articleId: blind.id, policy: "blind" });
    const reviewedByAna = await buildClaim({ article: blind });
    const assignedToMe = await buildClaim({ article: blind, actor: editor });
    const untouched = await buildClaim({ article: blind });
    const openArticleClaim = await buildClaim();
    await recordReview({ actor: await buildUser(), claimId: reviewedByAna.id, input: { rating: "false" } });
    await recordReview({ actor: await buildUser(), claimId: openArticleClaim.id, input: { rating: "false" } });
    await updateClaim({ actor: editor, claimId: assignedToMe.id, input: { version: assignedToMe.version, assigneeId: me.id } });

    const work = await listMyWork({ actor: me });
    expect(work.toReview.map((claim) => claim.claimId).sort()).toEqual([reviewedByAna.id, assignedToMe.id].sort());
    expect(work.toReview.map((claim) => claim.claimId)).not.toContain(untouched.id);
    // The assigned one is in both lists, and counted once.
    expect(work.count).toBe(2);
    expect(await countMyWork({ actor: me })).toBe(2);

    await recordReview({ actor: me, claimId: reviewedByAna.id, input: { rating: "true" } });
    const ruled = await setVerdict({ actor: editor, claimId: assignedToMe.id, input: { version: assignedToMe.version + 1, verdict: "true" } });
    expect(ruled.verdict).toBe("true");
    expect((await listMyWork({ actor: me })).toReview).toEqual([]);
    expect((await listMyWork({ actor: await buildUser({ role: "viewer" }) })).toReview).toEqual([]);
    // An editor rules rather than reviews: only what is assigned to them waits for their review.
    expect((await listMyWork({ actor: editor })).toReview).toEqual([]);
  });
});
