import { act, renderHook, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { LiveEventData } from "@/lib/realtime/live-event";
import { answerJson, stubFetch, type Answer } from "@/test/fake-fetch";
import { OMAR, RITA, buildClaimView, buildCommentView, uuid } from "@/test/views";
import { CommentEvents, useComments } from "./use-comments";

const CLAIM_ID = uuid(1);
const THREAD_PATH = `/api/claims/${CLAIM_ID}/comments`;
const AT = "2026-11-26T12:05:00.000Z";

const created = (comment = buildCommentView()): LiveEventData => ({ type: "comment.created", actor: OMAR, at: AT, comment });
const updated = (comment: ReturnType<typeof buildCommentView>): LiveEventData => ({ type: "comment.updated", actor: OMAR, at: AT, comment, changes: {} });

function serveThread(comments: ReturnType<typeof buildCommentView>[], other: Answer = () => answerJson(500, {})) {
  return stubFetch((request) => (request.path === THREAD_PATH && request.method === "GET" ? answerJson(200, { comments }) : other(request)));
}

async function renderLoadedThread(events = new CommentEvents()) {
  const hook = renderHook(() => useComments(CLAIM_ID, events));
  await waitFor(() => expect(hook.result.current.comments).not.toBeNull());
  return { ...hook, events };
}

describe("CommentEvents", () => {
  it("hands a comment event to the listeners of its claim only, until they unsubscribe", () => {
    const events = new CommentEvents();
    const mine = vi.fn();
    const otherClaim = vi.fn();
    const unsubscribe = events.subscribe(CLAIM_ID, mine);
    events.subscribe(uuid(2), otherClaim);

    events.publish(created());
    expect(mine).toHaveBeenCalledTimes(1);
    expect(otherClaim).not.toHaveBeenCalled();

    events.publish({ type: "claim.created", actor: OMAR, at: AT, claim: buildClaimView() });
    unsubscribe();
    events.publish(created());
    expect(mine).toHaveBeenCalledTimes(1);
  });
});

describe("useComments", () => {
  it("has no thread until it loads, then the claim's comments", async () => {
    const comment = buildCommentView();
    serveThread([comment]);
    const events = new CommentEvents();
    const { result } = renderHook(() => useComments(CLAIM_ID, events));
    expect(result.current.comments).toBeNull();
    await waitFor(() => expect(result.current.comments).toEqual([comment]));
    expect(result.current.error).toBeNull();
  });

  it("adds comments from live events and keeps the newer version of each, whatever the order", async () => {
    const first = buildCommentView({ id: uuid(201), version: 1 });
    serveThread([first]);
    const { result, events } = await renderLoadedThread();
    const reply = buildCommentView({ id: uuid(202), parentId: first.id, author: OMAR });
    act(() => {
      events.publish(created(reply));
      events.publish(updated({ ...first, version: 3, body: "third" }));
      events.publish(updated({ ...first, version: 2, body: "second" }));
      events.publish(created(reply));
    });
    expect(result.current.comments?.map((comment) => [comment.id, comment.body])).toEqual([
      [first.id, "third"],
      [reply.id, reply.body],
    ]);
  });

  it("keeps a newer version from a live event when a reload answers with an older one", async () => {
    const comment = buildCommentView({ version: 1 });
    const server = serveThread([comment]);
    const { result, events } = await renderLoadedThread();
    act(() => events.publish(updated({ ...comment, version: 3, body: "live" })));
    server.answer = () => answerJson(200, { comments: [{ ...comment, version: 2, body: "stale" }] });
    await act(() => result.current.reload());
    expect(result.current.comments?.map((shown) => shown.body)).toEqual(["live"]);
  });

  it("says a failed load failed, and clears that once a reload works", async () => {
    const server = stubFetch(() => answerJson(503, { error: { code: "unavailable", message: "Down." } }));
    const events = new CommentEvents();
    const { result } = renderHook(() => useComments(CLAIM_ID, events));
    await waitFor(() => expect(result.current.error).toContain("Down."));
    expect(result.current.comments).toBeNull();

    server.answer = () => answerJson(200, { comments: [] });
    await act(() => result.current.reload());
    expect(result.current.error).toBeNull();
    expect(result.current.comments).toEqual([]);
  });

  it("posts a new comment once, with an Idempotency-Key, and shows what the server saved", async () => {
    const saved = buildCommentView({ id: uuid(203), body: "See the report." });
    const server = serveThread([], () => answerJson(201, { comment: saved }));
    const { result } = await renderLoadedThread();
    await act(() => result.current.send.create("See the report.", uuid(201)));
    const posts = server.to(THREAD_PATH, "POST");
    expect(posts.map((request) => request.body)).toEqual([{ body: "See the report.", parentId: uuid(201) }]);
    expect(posts[0]?.headers["Idempotency-Key"]).toBeTruthy();
    expect(result.current.comments).toEqual([saved]);
  });

  it("edits with the version read, and keeps a deleted comment's place", async () => {
    const comment = buildCommentView({ version: 1 });
    const edited = { ...comment, version: 2, body: "Edited." };
    const deleted = { ...comment, version: 3, body: "", isDeleted: true };
    const server = serveThread([comment], (request) => answerJson(200, { comment: request.method === "PATCH" ? edited : deleted }));
    const { result } = await renderLoadedThread();

    await act(() => result.current.send.update(comment, { body: "Edited." }));
    expect(server.to(`/api/comments/${comment.id}`, "PATCH").map((request) => request.body)).toEqual([{ version: 1, body: "Edited." }]);
    expect(result.current.comments).toEqual([edited]);

    await act(() => result.current.send.remove(edited));
    expect(server.to(`/api/comments/${comment.id}`, "DELETE")).toHaveLength(1);
    expect(result.current.comments).toEqual([deleted]);
  });

  it("lets a refused write reach the caller (the composer keeps the text)", async () => {
    serveThread([], () => answerJson(400, { error: { code: "invalid_input", message: "Too long." } }));
    const { result } = await renderLoadedThread();
    await expect(result.current.send.create("x".repeat(10))).rejects.toMatchObject({ status: 400 });
    expect(result.current.comments).toEqual([]);
  });

  it("stops listening to the claim's events when the thread closes", async () => {
    serveThread([]);
    const events = new CommentEvents();
    const unsubscribe = vi.fn();
    vi.spyOn(events, "subscribe").mockReturnValue(unsubscribe);
    const { unmount } = await renderLoadedThread(events);
    expect(events.subscribe).toHaveBeenCalledWith(CLAIM_ID, expect.any(Function));
    unmount();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });
});

describe("usePeople", () => {
  // The list is cached for the page's lifetime in the module: each test gets a fresh module.
  beforeEach(() => vi.resetModules());
  const people = [{ ...RITA, canReview: true }, { ...OMAR, canReview: false }];

  it("fetches the workspace's people once for every component that asks", async () => {
    const server = stubFetch(() => answerJson(200, { people }));
    const { usePeople } = await import("./use-comments");
    const one = renderHook(() => usePeople());
    const other = renderHook(() => usePeople());
    await waitFor(() => expect(other.result.current).toEqual(people));
    expect(one.result.current).toEqual(people);
    renderHook(() => usePeople());
    expect(server.to("/api/people")).toHaveLength(1);
  });

  it("asks again at the next mount after a failed request, showing nobody meanwhile", async () => {
    const server = stubFetch(() => answerJson(500, {}));
    const { usePeople } = await import("./use-comments");
    const first = renderHook(() => usePeople());
    await waitFor(() => expect(server.to("/api/people")).toHaveLength(1));
    await act(async () => {});
    expect(first.result.current).toEqual([]);

    server.answer = () => answerJson(200, { people });
    const second = renderHook(() => usePeople());
    await waitFor(() => expect(second.result.current).toEqual(people));
    expect(server.to("/api/people")).toHaveLength(2);
  });
});
