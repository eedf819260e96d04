import { describe, expect, it } from "vitest";
import { docFromParagraphs } from "@/lib/document/article-document";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { updateArticle } from "../articles/update-article";
import { deleteClaim } from "./delete-claim";
import { getClaim } from "./get-claim";
import { updateClaim } from "./update-claim";
import { eventsSince, lastEventId } from "../events/event-log-for-tests";

async function readAsEditor(claimId: string) {
  return getClaim({ actor: await buildUser({ role: "editor" }), claimId });
}

describe("updateClaim", () => {
  it("lets the reviewer who created a claim edit it: version +1, one claim.updated event with each changed field from and to", async () => {
    const owner = await buildUser({ role: "reviewer" });
    const claim = await buildClaim({ actor: owner });
    const since = await lastEventId();

    const updated = await updateClaim({
      actor: owner,
      claimId: claim.id,
      input: { version: 1, summary: "New summary", verdict: "mostly-true", status: "in-review", rationale: "Because.", tags: ["a", "b"] },
    });

    expect(updated).toEqual({
      ...claim,
      summary: "New summary",
      verdict: "mostly-true",
      status: "in-review",
      rationale: "Because.",
      tags: ["a", "b"],
      ruling: { by: { id: owner.id, name: owner.name }, at: expect.any(String) },
      version: 2,
      updatedAt: expect.any(String),
    });
    expect(await readAsEditor(claim.id)).toEqual(updated);
    const events = await eventsSince(since);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "claim.updated",
      articleId: claim.articleId,
      actorId: owner.id,
      payload: {
        claim: updated,
        changes: {
          summary: { from: null, to: "New summary" },
          verdict: { from: null, to: "mostly-true" },
          status: { from: "open", to: "in-review" },
          rationale: { from: null, to: "Because." },
          tags: { from: [], to: ["a", "b"] },
        },
      },
    });
  });

  it("clears a verdict with null", async () => {
    const owner = await buildUser();
    const claim = await buildClaim({ actor: owner });
    await updateClaim({ actor: owner, claimId: claim.id, input: { version: 1, verdict: "false" } });
    await expect(updateClaim({ actor: owner, claimId: claim.id, input: { version: 2, verdict: null } })).resolves.toMatchObject({ verdict: null, version: 3 });
  });

  it("refuses a reviewer editing another reviewer's claim and changes nothing", async () => {
    const claim = await buildClaim();
    const since = await lastEventId();
    await expect(updateClaim({ actor: await buildUser({ role: "reviewer" }), claimId: claim.id, input: { version: 1, summary: "Hijacked" } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await readAsEditor(claim.id)).toEqual(claim);
    expect(await eventsSince(since)).toEqual([]);
  });

  it("refuses a viewer", async () => {
    const claim = await buildClaim();
    await expect(updateClaim({ actor: await buildUser({ role: "viewer" }), claimId: claim.id, input: { version: 1, summary: "No" } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await readAsEditor(claim.id)).toEqual(claim);
  });

  it.each(["editor", "admin"] as const)("lets a %s edit anybody's claim", async (role) => {
    const claim = await buildClaim();
    const actor = await buildUser({ role });
    const since = await lastEventId();
    await expect(updateClaim({ actor, claimId: claim.id, input: { version: 1, verdict: "false" } })).resolves.toMatchObject({ verdict: "false", version: 2 });
    expect(await eventsSince(since)).toMatchObject([{ type: "claim.updated", actorId: actor.id }]);
  });

  it("lets an editor assign a claim, and refuses a reviewer assigning even their own", async () => {
    const owner = await buildUser();
    const claim = await buildClaim({ actor: owner });
    await expect(updateClaim({ actor: owner, claimId: claim.id, input: { version: 1, assigneeId: owner.id } })).rejects.toBeInstanceOf(ForbiddenError);
    const editor = await buildUser({ role: "editor" });
    const assigned = await updateClaim({ actor: editor, claimId: claim.id, input: { version: 1, assigneeId: owner.id } });
    expect(assigned.assignee).toEqual({ id: owner.id, name: owner.name });
    await expect(updateClaim({ actor: editor, claimId: claim.id, input: { version: 2, assigneeId: null } })).resolves.toMatchObject({ assignee: null });
  });

  it("answers an assignee who does not exist with a 422 naming assigneeId, not a database error", async () => {
    const claim = await buildClaim();
    const editor = await buildUser({ role: "editor" });
    const since = await lastEventId();
    const error = await updateClaim({ actor: editor, claimId: claim.id, input: { version: 1, assigneeId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc" } }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 422, fields: { assigneeId: [expect.any(String)] } });
    expect(await readAsEditor(claim.id)).toEqual(claim);
    expect(await eventsSince(since)).toEqual([]);
  });

  it("throws ConflictError with the current claim when the version is stale, and changes nothing", async () => {
    const owner = await buildUser();
    const claim = await buildClaim({ actor: owner });
    const current = await updateClaim({ actor: owner, claimId: claim.id, input: { version: 1, summary: "First edit" } });
    const since = await lastEventId();

    const error = await updateClaim({ actor: owner, claimId: claim.id, input: { version: 1, summary: "Overwrites the first edit" } }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, details: { current } });
    expect(await readAsEditor(claim.id)).toEqual(current);
    expect(await eventsSince(since)).toEqual([]);
  });

  it("throws NotFoundError for a deleted or unknown claim", async () => {
    const owner = await buildUser();
    const claim = await buildClaim({ actor: owner });
    await deleteClaim({ actor: owner, claimId: claim.id });
    await expect(updateClaim({ actor: owner, claimId: claim.id, input: { version: 2, summary: "x" } })).rejects.toBeInstanceOf(NotFoundError);
    const editor = await buildUser({ role: "editor" });
    await expect(updateClaim({ actor: editor, claimId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc", input: { version: 1 } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("moves the claim to a new selector checked against the article (422 selector.exact when it does not match)", async () => {
    const owner = await buildUser();
    const article = await buildArticle();
    const claim = await buildClaim({ actor: owner, article, quote: "makes a claim" });
    const at = article.text.indexOf("adds context");

    await expect(
      updateClaim({ actor: owner, claimId: claim.id, input: { version: 1, selector: { exact: "adds context", start: at + 1, end: at + 13 } } }),
    ).rejects.toMatchObject({ status: 422, fields: { "selector.exact": [expect.any(String)] } });
    expect(await readAsEditor(claim.id)).toEqual(claim);

    const moved = await updateClaim({ actor: owner, claimId: claim.id, input: { version: 1, selector: { exact: "adds context", start: at, end: at + 12 } } });
    expect(moved.selector).toEqual({ exact: "adds context", prefix: article.text.slice(at - 32, at), suffix: ".", start: at, end: at + 12 });
  });

  it("re-attaches an orphan with a new selector: orphan false, anchored to the current article version", async () => {
    const editor = await buildUser({ role: "editor" });
    const article = await buildArticle({ doc: docFromParagraphs(["Unemployment fell by 4 percent last year.", "Critics disputed the figures."]) });
    const claim = await buildClaim({ article, quote: "Unemployment fell by 4 percent last year." });
    const edited = await updateArticle({ actor: editor, articleId: article.id, version: 1, doc: docFromParagraphs(["Critics disputed the figures."]) });
    expect(edited.reanchored.orphaned).toBe(1);
    const orphan = await readAsEditor(claim.id);
    expect(orphan).toMatchObject({ orphan: true, anchoredVersion: 1 });

    const reattached = await updateClaim({
      actor: editor,
      claimId: claim.id,
      input: { version: orphan.version, selector: { exact: "disputed the figures", start: 8, end: 28 } },
    });

    expect(reattached).toMatchObject({
      orphan: false,
      anchoredVersion: 2,
      selector: { exact: "disputed the figures", prefix: "Critics ", suffix: ".", start: 8, end: 28 },
      version: orphan.version + 1,
    });
  });

  it("keeps createdBy when an editor edits someone's claim", async () => {
    const owner = await buildUser();
    const claim = await buildClaim({ actor: owner });
    const updated = await updateClaim({ actor: await buildUser({ role: "editor" }), claimId: claim.id, input: { version: 1, summary: "Edited" } });
    expect(updated.createdBy).toEqual({ id: owner.id, name: owner.name });
  });
});
