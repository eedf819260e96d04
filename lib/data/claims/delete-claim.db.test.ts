import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { buildClaim, buildSource, buildUser } from "@/test/factories";
import { deleteClaim, restoreClaim } from "./delete-claim";
import { getClaim } from "./get-claim";
import { listClaimsForArticle } from "./list-claims";
import { eventsSince, lastEventId } from "../events/event-log-for-tests";

const UNKNOWN_ID = "0193f3c4-5b6a-7c8d-9e0f-123456789abc";

async function readAsEditor(claimId: string) {
  return getClaim({ actor: await buildUser({ role: "editor" }), claimId });
}

describe("deleteClaim", () => {
  it("lets the creator soft-delete their claim: deletedAt set, version +1, sources kept, one claim.deleted event", async () => {
    const owner = await buildUser();
    const claim = await buildClaim({ actor: owner });
    const source = await buildSource({ claim });
    const since = await lastEventId();

    const deleted = await deleteClaim({ actor: owner, claimId: claim.id });

    expect(deleted).toMatchObject({ id: claim.id, deletedAt: expect.any(String), version: 2, sources: [source] });
    expect(await listClaimsForArticle({ actor: owner, articleId: claim.articleId })).toEqual([]);
    expect(await readAsEditor(claim.id)).toEqual(deleted);
    expect(await getDb().source.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await eventsSince(since)).toMatchObject([{ type: "claim.deleted", articleId: claim.articleId, actorId: owner.id, payload: { claim: { id: claim.id, deletedAt: expect.any(String) } } }]);
    expect(await eventsSince(since)).toHaveLength(1);
  });

  it("refuses a reviewer deleting another reviewer's claim and changes nothing", async () => {
    const claim = await buildClaim();
    const since = await lastEventId();
    await expect(deleteClaim({ actor: await buildUser({ role: "reviewer" }), claimId: claim.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await readAsEditor(claim.id)).toEqual(claim);
    expect(await eventsSince(since)).toEqual([]);
  });

  it("refuses a viewer", async () => {
    const claim = await buildClaim();
    await expect(deleteClaim({ actor: await buildUser({ role: "viewer" }), claimId: claim.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await readAsEditor(claim.id)).toEqual(claim);
  });

  it.each(["editor", "admin"] as const)("lets a %s delete anybody's claim", async (role) => {
    const claim = await buildClaim();
    const actor = await buildUser({ role });
    const since = await lastEventId();
    await expect(deleteClaim({ actor, claimId: claim.id })).resolves.toMatchObject({ deletedAt: expect.any(String) });
    expect(await eventsSince(since)).toMatchObject([{ type: "claim.deleted", actorId: actor.id }]);
  });

  it("throws NotFoundError for a claim already deleted, and for an unknown one", async () => {
    const owner = await buildUser();
    const claim = await buildClaim({ actor: owner });
    await deleteClaim({ actor: owner, claimId: claim.id });
    const since = await lastEventId();
    await expect(deleteClaim({ actor: owner, claimId: claim.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteClaim({ actor: owner, claimId: UNKNOWN_ID })).rejects.toBeInstanceOf(NotFoundError);
    expect(await eventsSince(since)).toEqual([]);
  });
});

describe("restoreClaim", () => {
  it.each(["editor", "admin"] as const)("lets a %s restore a deleted claim: listed again, version +1, one claim.restored event", async (role) => {
    const owner = await buildUser();
    const claim = await buildClaim({ actor: owner });
    await deleteClaim({ actor: owner, claimId: claim.id });
    const actor = await buildUser({ role });
    const since = await lastEventId();

    const restored = await restoreClaim({ actor, claimId: claim.id });

    expect(restored).toEqual({ ...claim, version: 3, updatedAt: expect.any(String) });
    expect(await listClaimsForArticle({ actor: owner, articleId: claim.articleId })).toEqual([restored]);
    const events = await eventsSince(since);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "claim.restored", articleId: claim.articleId, actorId: actor.id, payload: { claim: restored } });
  });

  it("lets the claim's creator take their delete back (Undo)", async () => {
    const owner = await buildUser({ role: "reviewer" });
    const claim = await buildClaim({ actor: owner });
    await deleteClaim({ actor: owner, claimId: claim.id });
    const restored = await restoreClaim({ actor: owner, claimId: claim.id });
    expect(restored).toEqual({ ...claim, version: 3, updatedAt: expect.any(String) });
    expect(await listClaimsForArticle({ actor: owner, articleId: claim.articleId })).toEqual([restored]);
  });

  it.each(["another reviewer", "viewer"] as const)("refuses %s and changes nothing", async (who) => {
    const owner = await buildUser({ role: "reviewer" });
    const claim = await buildClaim({ actor: owner });
    const deleted = await deleteClaim({ actor: owner, claimId: claim.id });
    const since = await lastEventId();
    const actor = await buildUser({ role: who === "viewer" ? "viewer" : "reviewer" });
    await expect(restoreClaim({ actor, claimId: claim.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await readAsEditor(claim.id)).toEqual(deleted);
    expect(await eventsSince(since)).toEqual([]);
  });

  it("throws ConflictError for a claim that is not deleted, NotFoundError for an unknown one", async () => {
    const claim = await buildClaim();
    const editor = await buildUser({ role: "editor" });
    await expect(restoreClaim({ actor: editor, claimId: claim.id })).rejects.toBeInstanceOf(ConflictError);
    await expect(restoreClaim({ actor: editor, claimId: UNKNOWN_ID })).rejects.toBeInstanceOf(NotFoundError);
    expect(await readAsEditor(claim.id)).toEqual(claim);
  });
});
