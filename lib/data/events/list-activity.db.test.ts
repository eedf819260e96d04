import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { createComment } from "@/lib/data/comments/create-comment";
import { deleteComment } from "@/lib/data/comments/delete-comment";
import { updateComment } from "@/lib/data/comments/update-comment";
import { deleteClaim } from "@/lib/data/claims/delete-claim";
import { updateClaim } from "@/lib/data/claims/update-claim";
import { createSource } from "@/lib/data/sources/create-source";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { listArticleActivity, listClaimHistory } from "./list-activity";

describe("activity and history", () => {
  it("tells an article's activity in words, newest first, in pages", async () => {
    const article = await buildArticle({ title: "Port figures" });
    const rosa = await buildUser({ role: "reviewer", name: "Rosa Reviewer" });
    const claim = await buildClaim({ actor: rosa, article, quote: "The first paragraph makes a claim." });
    const edited = await updateClaim({ actor: rosa, claimId: claim.id, input: { version: 1, verdict: "false", status: "in-review" } });
    await createSource({ actor: rosa, claimId: claim.id, input: { url: "https://example.org/report", title: "Annual report", stance: "refutes" } });

    const viewer = await buildUser({ role: "viewer" });
    const { activity, next } = await listArticleActivity({ actor: viewer, articleId: article.id });
    expect(next).toBeUndefined();
    expect(activity.map((entry) => entry.text)).toEqual([
      "Rosa Reviewer added the source Annual report to “The first paragraph makes a claim.”",
      "Rosa Reviewer set the verdict of “The first paragraph makes a claim.” to False and moved it to In review",
      "Rosa Reviewer marked “The first paragraph makes a claim.” as a claim",
      expect.stringMatching(/ imported the article “Port figures”$/),
    ]);
    expect(activity[1]).toMatchObject({ type: "claim.updated", claimId: claim.id, actor: { id: rosa.id }, changes: { verdict: { from: null, to: "false" }, status: { from: "open", to: "in-review" } } });
    expect(edited.version).toBe(2);

    const first = await listArticleActivity({ actor: viewer, articleId: article.id, limit: 3 });
    expect(first.activity).toHaveLength(3);
    const rest = await listArticleActivity({ actor: viewer, articleId: article.id, before: BigInt(first.next!), limit: 3 });
    expect(rest.activity.map((entry) => entry.type)).toEqual(["article.created"]);
    expect(rest.next).toBeUndefined();
  });

  it("gives a claim's history oldest first, with its sources and comments but never a comment's words", async () => {
    const rosa = await buildUser({ role: "reviewer", name: "Rosa Reviewer" });
    const claim = await buildClaim({ actor: rosa });
    const comment = await createComment({ actor: rosa, claimId: claim.id, input: { body: "Private doubts" } });
    await updateComment({ actor: rosa, commentId: comment.id, input: { version: 1, body: "Even more private" } });
    await updateComment({ actor: rosa, commentId: comment.id, input: { version: 2, resolved: true } });
    await deleteComment({ actor: rosa, commentId: comment.id });
    await buildClaim({ actor: rosa }); // another claim: not in this history

    const history = await listClaimHistory({ actor: rosa, claimId: claim.id });
    expect(history.map((entry) => entry.type)).toEqual(["claim.created", "comment.created", "comment.updated", "comment.updated", "comment.deleted"]);
    expect(history.map((entry) => entry.text.replace(/“.*”/, "“…”"))).toEqual([
      "Rosa Reviewer marked “…” as a claim",
      "Rosa Reviewer commented on “…”",
      "Rosa Reviewer edited a comment on “…”",
      "Rosa Reviewer resolved a thread on “…”",
      "Rosa Reviewer deleted a comment on “…”",
    ]);
    expect(JSON.stringify(history)).not.toMatch(/private/i);
  });

  it("hides a deleted claim's history from all but editors, and answers an unknown claim with NotFound", async () => {
    const owner = await buildUser({ role: "reviewer" });
    const claim = await buildClaim({ actor: owner });
    await deleteClaim({ actor: owner, claimId: claim.id });
    await expect(listClaimHistory({ actor: owner, claimId: claim.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listClaimHistory({ actor: await buildUser({ role: "editor" }), claimId: claim.id })).resolves.toHaveLength(2);
    await expect(listArticleActivity({ actor: owner, articleId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
