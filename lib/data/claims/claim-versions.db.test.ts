import { describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { eventsSince, lastEventId } from "@/lib/data/events/event-log-for-tests";
import { deleteSource } from "@/lib/data/sources/delete-source";
import { updateSource } from "@/lib/data/sources/update-source";
import { buildClaim, buildSource, buildUser } from "@/test/factories";
import { deleteClaim, restoreClaim } from "./delete-claim";
import { updateClaim } from "./update-claim";
import { updateUserRole } from "@/lib/data/users/update-user-role";

async function conflictOf(promise: Promise<unknown>): Promise<ConflictError> {
  const error = await promise.then(
    () => expect.unreachable("expected a conflict"),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConflictError);
  return error as ConflictError;
}

describe("optimistic concurrency on every edit", () => {
  it("20 racing saves of one claim at one version: one wins, nineteen get 409 with the current claim, one event", async () => {
    const owner = await buildUser({ role: "reviewer" });
    const claim = await buildClaim({ actor: owner });
    const since = await lastEventId();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => updateClaim({ actor: owner, claimId: claim.id, input: { version: claim.version, summary: `Racer ${i}` } })),
    );
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    const winner = (won[0] as PromiseFulfilledResult<{ version: number; summary: string | null }>).value;
    for (const error of lost) {
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).details).toMatchObject({ current: { id: claim.id, version: winner.version, summary: winner.summary } });
    }
    expect((await eventsSince(since)).filter((event) => event.type === "claim.updated")).toHaveLength(1);
  });

  it("deletes a claim only at the version given, and without one as before", async () => {
    const owner = await buildUser({ role: "reviewer" });
    const claim = await buildClaim({ actor: owner });
    const edited = await updateClaim({ actor: owner, claimId: claim.id, input: { version: claim.version, summary: "Edited" } });
    const conflict = await conflictOf(deleteClaim({ actor: owner, claimId: claim.id, version: claim.version }));
    expect(conflict.details).toMatchObject({ current: { version: edited.version, summary: "Edited", deletedAt: null } });

    const deleted = await deleteClaim({ actor: owner, claimId: claim.id, version: edited.version });
    expect(deleted.deletedAt).not.toBeNull();
    await expect(deleteClaim({ actor: owner, claimId: claim.id })).rejects.toBeInstanceOf(NotFoundError);

    const other = await buildClaim({ actor: owner });
    await expect(deleteClaim({ actor: owner, claimId: other.id })).resolves.toMatchObject({ deletedAt: expect.any(String) });
  });

  it("restores only from the version given; two racing restores: one wins", async () => {
    const editor = await buildUser({ role: "editor" });
    const claim = await buildClaim({ actor: editor });
    const deleted = await deleteClaim({ actor: editor, claimId: claim.id });
    await conflictOf(restoreClaim({ actor: editor, claimId: claim.id, version: claim.version }));
    const results = await Promise.allSettled([1, 2].map(() => restoreClaim({ actor: editor, claimId: claim.id, version: deleted.version })));
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("edits and removes a source only at the version given", async () => {
    const adder = await buildUser({ role: "reviewer" });
    const source = await buildSource({ actor: adder });
    expect(source.version).toBe(1);
    const edited = await updateSource({ actor: adder, sourceId: source.id, input: { version: 1, title: "Table 3" } });
    expect(edited.version).toBe(2);
    const conflict = await conflictOf(updateSource({ actor: adder, sourceId: source.id, input: { version: 1, title: "Stale" } }));
    expect(conflict.details).toMatchObject({ current: { id: source.id, version: 2, title: "Table 3" } });
    await conflictOf(deleteSource({ actor: adder, sourceId: source.id, version: 1 }));
    await expect(deleteSource({ actor: adder, sourceId: source.id, version: 2 })).resolves.toEqual({ id: source.id, claimId: source.claimId });
  });

  it("still edits a source sent without a version (older clients), bumping it", async () => {
    const adder = await buildUser({ role: "reviewer" });
    const source = await buildSource({ actor: adder });
    await expect(updateSource({ actor: adder, sourceId: source.id, input: { stance: "context" } })).resolves.toMatchObject({ version: 2, stance: "context" });
  });
});

describe("assignment and status rules", () => {
  it("assigns only reviewers and above (a viewer is a 400 naming assigneeId)", async () => {
    const editor = await buildUser({ role: "editor" });
    const claim = await buildClaim({ actor: editor });
    const viewer = await buildUser({ role: "viewer" });
    const error = await updateClaim({ actor: editor, claimId: claim.id, input: { version: claim.version, assigneeId: viewer.id } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 400, fields: { assigneeId: [expect.any(String)] } });
    const reviewer = await buildUser({ role: "reviewer" });
    await expect(updateClaim({ actor: editor, claimId: claim.id, input: { version: claim.version, assigneeId: reviewer.id } })).resolves.toMatchObject({ assignee: { id: reviewer.id } });
  });

  it("resolves a claim only with a verdict (400 naming verdict), set before or in the same save", async () => {
    const owner = await buildUser({ role: "reviewer" });
    const claim = await buildClaim({ actor: owner });
    const error = await updateClaim({ actor: owner, claimId: claim.id, input: { version: 1, status: "resolved" } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 400, fields: { verdict: [expect.any(String)] } });
    await expect(updateClaim({ actor: owner, claimId: claim.id, input: { version: 1, status: "resolved", verdict: "false" } })).resolves.toMatchObject({ status: "resolved" });
    const other = await buildClaim({ actor: owner });
    const withVerdict = await updateClaim({ actor: owner, claimId: other.id, input: { version: 1, verdict: "true" } });
    await expect(updateClaim({ actor: owner, claimId: other.id, input: { version: withVerdict.version, status: "resolved" } })).resolves.toMatchObject({ status: "resolved" });
    await expect(updateClaim({ actor: owner, claimId: other.id, input: { version: withVerdict.version + 1, status: "resolved", verdict: null } })).rejects.toMatchObject({ status: 400 });
  });

  it("unassigns a user demoted below reviewer from their open claims, with an event each", async () => {
    const admin = await buildUser({ role: "admin" });
    const editor = await buildUser({ role: "editor" });
    const reviewer = await buildUser({ role: "reviewer" });
    const open = await buildClaim({ actor: editor });
    const assigned = await updateClaim({ actor: editor, claimId: open.id, input: { version: open.version, assigneeId: reviewer.id } });
    const since = await lastEventId();
    await updateUserRole({ actor: admin, userId: reviewer.id, input: { role: "viewer" } });
    const events = await eventsSince(since);
    expect(events.map((event) => event.type)).toEqual(["claim.updated", "user.role_changed"]);
    expect(events[0]).toMatchObject({ payload: { claim: { id: open.id, assignee: null, version: assigned.version + 1 }, changes: { assignee: { from: { id: reviewer.id }, to: null } } } });
  });
});
