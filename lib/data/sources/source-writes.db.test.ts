import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { buildClaim, buildSource, buildUser } from "@/test/factories";
import { deleteClaim } from "../claims/delete-claim";
import { getClaim } from "../claims/get-claim";
import { createSource } from "./create-source";
import { deleteSource, restoreSource } from "./delete-source";
import { listDeletedSources } from "./list-deleted-sources";
import { updateSource } from "./update-source";
import { eventsSince, lastEventId } from "../events/event-log-for-tests";

const INPUT = { url: "https://stats.example.test/unemployment", title: "Labour survey", publisher: "Statistics Office", stance: "refutes" } as const;

async function sourcesOf(claimId: string) {
  return (await getClaim({ actor: await buildUser({ role: "editor" }), claimId })).sources;
}

describe("createSource", () => {
  it.each(["reviewer", "editor", "admin"] as const)("lets a %s add a source to somebody else's claim, with one source.created event", async (role) => {
    const claim = await buildClaim(); // created by another reviewer
    const actor = await buildUser({ role });
    const since = await lastEventId();

    const source = await createSource({ actor, claimId: claim.id, input: INPUT });

    expect(source).toEqual({
      id: expect.any(String),
      claimId: claim.id,
      ...INPUT,
      excerpt: null,
      addedBy: { id: actor.id, name: actor.name },
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(await sourcesOf(claim.id)).toEqual([source]);
    const events = await eventsSince(since);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "source.created", articleId: claim.articleId, actorId: actor.id, payload: { source } });
  });

  it("refuses a viewer and writes nothing", async () => {
    const claim = await buildClaim();
    const since = await lastEventId();
    await expect(createSource({ actor: await buildUser({ role: "viewer" }), claimId: claim.id, input: INPUT })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await sourcesOf(claim.id)).toEqual([]);
    expect(await eventsSince(since)).toEqual([]);
  });

  it("throws NotFoundError for a deleted or unknown claim", async () => {
    const owner = await buildUser();
    const claim = await buildClaim({ actor: owner });
    await deleteClaim({ actor: owner, claimId: claim.id });
    await expect(createSource({ actor: owner, claimId: claim.id, input: INPUT })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createSource({ actor: owner, claimId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc", input: INPUT })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getDb().source.count({ where: { claimId: claim.id } })).toBe(0);
  });
});

describe("updateSource", () => {
  it("lets the reviewer who added a source edit it, with one source.updated event", async () => {
    const adder = await buildUser();
    const source = await buildSource({ actor: adder });
    const since = await lastEventId();

    const updated = await updateSource({ actor: adder, sourceId: source.id, input: { stance: "context", excerpt: "Table 3" } });

    expect(updated).toEqual({ ...source, stance: "context", excerpt: "Table 3", version: 2, updatedAt: expect.any(String) });
    expect(await sourcesOf(source.claimId)).toEqual([updated]);
    const events = await eventsSince(since);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "source.updated",
      actorId: adder.id,
      payload: { source: updated, changes: { stance: { from: source.stance, to: "context" }, excerpt: { from: source.excerpt, to: "Table 3" } } },
    });
  });

  it("refuses another reviewer, even the claim's creator, and changes nothing", async () => {
    const claimOwner = await buildUser();
    const claim = await buildClaim({ actor: claimOwner });
    const source = await buildSource({ claim }); // added by a different reviewer
    const since = await lastEventId();
    for (const actor of [claimOwner, await buildUser({ role: "reviewer" }), await buildUser({ role: "viewer" })]) {
      await expect(updateSource({ actor, sourceId: source.id, input: { stance: "supports" } })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await sourcesOf(claim.id)).toEqual([source]);
    expect(await eventsSince(since)).toEqual([]);
  });

  it.each(["editor", "admin"] as const)("lets a %s edit anybody's source", async (role) => {
    const source = await buildSource();
    await expect(updateSource({ actor: await buildUser({ role }), sourceId: source.id, input: { title: "Retitled" } })).resolves.toMatchObject({
      title: "Retitled",
      addedBy: source.addedBy,
    });
  });

  it("throws NotFoundError for a source of a deleted claim", async () => {
    const adder = await buildUser();
    const claim = await buildClaim({ actor: adder });
    const source = await buildSource({ actor: adder, claim });
    await deleteClaim({ actor: adder, claimId: claim.id });
    await expect(updateSource({ actor: adder, sourceId: source.id, input: { title: "x" } })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("deleteSource", () => {
  it("lets the adder remove a source softly: gone from the claim and the exports' reads, kept in the table, one source.deleted event", async () => {
    const adder = await buildUser();
    const source = await buildSource({ actor: adder });
    const since = await lastEventId();

    await expect(deleteSource({ actor: adder, sourceId: source.id })).resolves.toEqual({ id: source.id, claimId: source.claimId });

    expect(await sourcesOf(source.claimId)).toEqual([]);
    expect(await getDb().source.findUnique({ where: { id: source.id }, select: { deletedAt: true, version: true } })).toEqual({ deletedAt: expect.any(Date), version: 2 });
    const events = await eventsSince(since);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "source.deleted", actorId: adder.id, payload: { source: { ...source, version: 2, updatedAt: expect.any(String) } } });
    await expect(updateSource({ actor: adder, sourceId: source.id, input: { title: "x" } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses another reviewer and a viewer, and keeps the source", async () => {
    const source = await buildSource();
    const since = await lastEventId();
    for (const role of ["reviewer", "viewer"] as const) {
      await expect(deleteSource({ actor: await buildUser({ role }), sourceId: source.id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await sourcesOf(source.claimId)).toEqual([source]);
    expect(await eventsSince(since)).toEqual([]);
  });

  it.each(["editor", "admin"] as const)("lets a %s delete anybody's source", async (role) => {
    const source = await buildSource();
    await deleteSource({ actor: await buildUser({ role }), sourceId: source.id });
    expect(await sourcesOf(source.claimId)).toEqual([]);
  });

  it("throws NotFoundError for a source already deleted", async () => {
    const adder = await buildUser();
    const source = await buildSource({ actor: adder });
    await deleteSource({ actor: adder, sourceId: source.id });
    await expect(deleteSource({ actor: adder, sourceId: source.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("restoreSource", () => {
  it("lets the adder take their removal back: on the claim again, version +1, one source.restored event", async () => {
    const adder = await buildUser();
    const source = await buildSource({ actor: adder });
    await deleteSource({ actor: adder, sourceId: source.id });
    expect(await listDeletedSources({ actor: adder, claimId: source.claimId })).toEqual([{ ...source, version: 2, updatedAt: expect.any(String) }]);
    const since = await lastEventId();

    const restored = await restoreSource({ actor: adder, sourceId: source.id });

    expect(restored).toEqual({ ...source, version: 3, updatedAt: expect.any(String) });
    expect(await sourcesOf(source.claimId)).toEqual([restored]);
    expect(await listDeletedSources({ actor: adder, claimId: source.claimId })).toEqual([]);
    const events = await eventsSince(since);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "source.restored", actorId: adder.id, payload: { source: restored } });
  });

  it.each(["editor", "admin"] as const)("lets a %s restore anybody's source", async (role) => {
    const source = await buildSource();
    await deleteSource({ actor: await buildUser({ role: "editor" }), sourceId: source.id });
    await restoreSource({ actor: await buildUser({ role }), sourceId: source.id });
    expect((await sourcesOf(source.claimId)).map((each) => each.id)).toEqual([source.id]);
  });

  it("refuses another reviewer and a viewer, and keeps it removed", async () => {
    const source = await buildSource();
    await deleteSource({ actor: await buildUser({ role: "editor" }), sourceId: source.id });
    const since = await lastEventId();
    for (const role of ["reviewer", "viewer"] as const) {
      await expect(restoreSource({ actor: await buildUser({ role }), sourceId: source.id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await sourcesOf(source.claimId)).toEqual([]);
    expect(await eventsSince(since)).toEqual([]);
  });

  it("answers 409 for a live source, 409 for a stale version, 404 for an unknown one or one of a deleted claim", async () => {
    const adder = await buildUser();
    const claim = await buildClaim({ actor: adder });
    const source = await buildSource({ actor: adder, claim });
    await expect(restoreSource({ actor: adder, sourceId: source.id })).rejects.toBeInstanceOf(ConflictError);
    await deleteSource({ actor: adder, sourceId: source.id });
    await expect(restoreSource({ actor: adder, sourceId: source.id, version: 1 })).rejects.toBeInstanceOf(ConflictError);
    await expect(restoreSource({ actor: adder, sourceId: "00000000-0000-7000-8000-000000000000" })).rejects.toBeInstanceOf(NotFoundError);
    await deleteClaim({ actor: adder, claimId: claim.id });
    await expect(restoreSource({ actor: adder, sourceId: source.id, version: 2 })).rejects.toBeInstanceOf(NotFoundError);
  });
});
