import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { eventsSince, lastEventId } from "@/lib/data/events/event-log-for-tests";
import { buildClaim, buildUser } from "@/test/factories";
import { createComment } from "./create-comment";
import { deleteComment } from "./delete-comment";
import { listComments } from "./list-comments";
import { updateComment } from "./update-comment";

describe("comment threads", () => {
  it("lets a reviewer comment and reply, with an event each; viewers read but do not write", async () => {
    const claim = await buildClaim();
    const rosa = await buildUser({ role: "reviewer", name: "Rosa Reviewer" });
    const since = await lastEventId();
    const first = await createComment({ actor: rosa, claimId: claim.id, input: { body: "Which report is this?" } });
    const reply = await createComment({ actor: rosa, claimId: claim.id, input: { body: "Found it.", parentId: first.id } });
    expect(first).toMatchObject({ parentId: null, author: { id: rosa.id, name: "Rosa Reviewer" }, body: "Which report is this?", isDeleted: false, resolvedAt: null, version: 1 });
    expect(reply.parentId).toBe(first.id);
    expect((await eventsSince(since)).map((event) => event.type)).toEqual(["comment.created", "comment.created"]);

    const viewer = await buildUser({ role: "viewer" });
    expect((await listComments({ actor: viewer, claimId: claim.id })).map((comment) => comment.id)).toEqual([first.id, reply.id]);
    await expect(createComment({ actor: viewer, claimId: claim.id, input: { body: "Hi" } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("keeps replies one level deep, on the same claim", async () => {
    const claim = await buildClaim();
    const actor = await buildUser();
    const first = await createComment({ actor, claimId: claim.id, input: { body: "One" } });
    const reply = await createComment({ actor, claimId: claim.id, input: { body: "Two", parentId: first.id } });
    await expect(createComment({ actor, claimId: claim.id, input: { body: "Three", parentId: reply.id } })).rejects.toMatchObject({ status: 422, fields: { parentId: [expect.any(String)] } });
    const elsewhere = await buildClaim();
    await expect(createComment({ actor, claimId: elsewhere.id, input: { body: "x", parentId: first.id } })).rejects.toBeInstanceOf(ValidationError);
  });

  it("stores mentions as user ids, names them in the view, and never mentions the author or an unknown id", async () => {
    const claim = await buildClaim();
    const author = await buildUser({ name: "Rosa Reviewer" });
    const ravi = await buildUser({ name: "Ravi Reviewer" });
    const body = `@{${ravi.id}} can you check? cc @{${author.id}} @{0193f3c4-5b6a-7c8d-9e0f-123456789abc}`;
    const comment = await createComment({ actor: author, claimId: claim.id, input: { body } });
    expect(comment.mentions).toEqual([{ id: ravi.id, name: "Ravi Reviewer" }]);
    expect(comment.body).toBe(body);
    expect(await getDb().commentMention.findMany({ where: { commentId: comment.id }, select: { userId: true, seenAt: true } })).toEqual([{ userId: ravi.id, seenAt: null }]);
    const edited = await updateComment({ actor: author, commentId: comment.id, input: { version: 1, body: "never mind" } });
    expect(edited.mentions).toEqual([]);
  });

  it("lets only the author edit the words, with a version; a stale one gets 409 with the current comment", async () => {
    const claim = await buildClaim();
    const author = await buildUser();
    const comment = await createComment({ actor: author, claimId: claim.id, input: { body: "Draft" } });
    await expect(updateComment({ actor: await buildUser({ role: "editor" }), commentId: comment.id, input: { version: 1, body: "Theirs" } })).rejects.toBeInstanceOf(ForbiddenError);
    const edited = await updateComment({ actor: author, commentId: comment.id, input: { version: 1, body: "Final" } });
    expect(edited).toMatchObject({ body: "Final", version: 2 });
    const conflict = await updateComment({ actor: author, commentId: comment.id, input: { version: 1, body: "Stale" } }).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).details).toMatchObject({ current: { body: "Final", version: 2 } });
  });

  it("lets the claim's author, the commenter or an editor resolve and reopen a thread, nobody else", async () => {
    const claimAuthor = await buildUser();
    const claim = await buildClaim({ actor: claimAuthor });
    const commenter = await buildUser();
    const thread = await createComment({ actor: commenter, claimId: claim.id, input: { body: "Is the figure right?" } });
    const reply = await createComment({ actor: claimAuthor, claimId: claim.id, input: { body: "Yes.", parentId: thread.id } });
    await expect(updateComment({ actor: await buildUser(), commentId: thread.id, input: { version: 1, resolved: true } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateComment({ actor: claimAuthor, commentId: reply.id, input: { version: 1, resolved: true } })).rejects.toBeInstanceOf(ForbiddenError);

    const resolved = await updateComment({ actor: claimAuthor, commentId: thread.id, input: { version: 1, resolved: true } });
    expect(resolved).toMatchObject({ resolvedAt: expect.any(String), resolvedBy: { id: claimAuthor.id } });
    const reopened = await updateComment({ actor: commenter, commentId: thread.id, input: { version: 2, resolved: false } });
    expect(reopened).toMatchObject({ resolvedAt: null, resolvedBy: null });
    await expect(updateComment({ actor: await buildUser({ role: "editor" }), commentId: thread.id, input: { version: 3, resolved: true } })).resolves.toMatchObject({ version: 4 });
  });

  it("deletes: the author or an editor; a deleted comment with replies shows as deleted, one without goes", async () => {
    const claim = await buildClaim();
    const author = await buildUser();
    const thread = await createComment({ actor: author, claimId: claim.id, input: { body: "Secret words" } });
    await createComment({ actor: await buildUser(), claimId: claim.id, input: { body: "A reply", parentId: thread.id } });
    const lonely = await createComment({ actor: author, claimId: claim.id, input: { body: "Alone" } });
    await expect(deleteComment({ actor: await buildUser(), commentId: thread.id })).rejects.toBeInstanceOf(ForbiddenError);
    await deleteComment({ actor: author, commentId: thread.id });
    await deleteComment({ actor: await buildUser({ role: "editor" }), commentId: lonely.id });
    await expect(deleteComment({ actor: author, commentId: lonely.id })).rejects.toBeInstanceOf(NotFoundError);

    const listed = await listComments({ actor: author, claimId: claim.id });
    expect(listed.map((comment) => [comment.body, comment.isDeleted])).toEqual([
      ["", true],
      ["A reply", false],
    ]);
    expect(JSON.stringify(listed)).not.toContain("Secret words");
  });
});
