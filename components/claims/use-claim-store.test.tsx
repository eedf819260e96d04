import { act, renderHook, waitFor } from "@testing-library/react";
import { StrictMode } from "react";
import { describe, expect, it, vi } from "vitest";
import { Outbox, type OutboxItem } from "@/lib/client/outbox";
import type { LiveEventData } from "@/lib/realtime/live-event";
import type { ClaimView } from "@/lib/views/claim";
import { answerJson, deferred, networkFailure, stubFetch, type Answer } from "@/test/fake-fetch";
import { ARTICLE_ID, OMAR, RITA, buildClaimView, buildSourceView, uuid } from "@/test/views";
import { useClaimStore } from "./use-claim-store";

const CLAIMS_PATH = `/api/articles/${ARTICLE_ID}/claims`;
const AT = "2026-11-26T12:05:00.000Z";
const selector = { exact: "The first paragraph makes a claim.", start: 0, end: 34 };

/** The server: the claims list answers `claims`; anything else goes to `other`. */
function serve(claims: ClaimView[], other: Answer = () => answerJson(404, { error: { code: "not_found", message: "No." } })) {
  return stubFetch((request) => (request.path === CLAIMS_PATH && request.method === "GET" ? answerJson(200, { claims }) : other(request)));
}

async function renderLoadedStore() {
  const hook = renderHook(() => useClaimStore(ARTICLE_ID, RITA.id));
  await waitFor(() => expect(hook.result.current.loadState).toBe("loaded"));
  return hook;
}

const updated = (claim: ClaimView, actor = OMAR): LiveEventData => ({ type: "claim.updated", actor, at: AT, claim, changes: {} });
const storedOutbox = () => new Outbox(RITA.id).forArticle(ARTICLE_ID);

function setOnline(isOnline: boolean) {
  vi.spyOn(navigator, "onLine", "get").mockReturnValue(isOnline);
}

describe("useClaimStore: loading", () => {
  it("loads the article's claims once on mount, not again on a re-render", async () => {
    const claim = buildClaimView();
    const server = serve([claim]);
    const { result, rerender } = await renderLoadedStore();
    rerender();
    rerender();
    expect(result.current.claims).toEqual([claim]);
    expect(server.to(CLAIMS_PATH, "GET")).toHaveLength(1);
  });

  it("loads them once under React's StrictMode too (npm run dev), whose effects run twice", async () => {
    const claim = buildClaimView();
    const server = serve([claim]);
    const { result } = renderHook(() => useClaimStore(ARTICLE_ID, RITA.id), { wrapper: StrictMode });
    await waitFor(() => expect(result.current.loadState).toBe("loaded"));
    expect(result.current.claims).toEqual([claim]);
    expect(server.to(CLAIMS_PATH, "GET")).toHaveLength(1);
  });

  it("says a failed load failed, and offers a retry that loads them", async () => {
    const claim = buildClaimView();
    const server = stubFetch(() => answerJson(500, { error: { code: "internal", message: "Broken." } }));
    const { result } = renderHook(() => useClaimStore(ARTICLE_ID, RITA.id));
    await waitFor(() => expect(result.current.loadState).toBe("failed"));
    const feedback = result.current.feedback.get();
    expect(feedback?.kind).toBe("error");
    expect(feedback?.retry).toBeTypeOf("function");

    server.answer = () => answerJson(200, { claims: [claim] });
    act(() => feedback?.retry?.());
    await waitFor(() => expect(result.current.loadState).toBe("loaded"));
    expect(result.current.claims).toEqual([claim]);
  });

  it("keeps the claims shown when a refresh fails, unless told to discard them", async () => {
    const claim = buildClaimView();
    const server = serve([claim]);
    const { result } = await renderLoadedStore();
    server.answer = () => answerJson(500, { error: { code: "internal", message: "Broken." } });

    await act(async () => expect(await result.current.actions.reload()).toBe(false));
    expect(result.current.claims).toEqual([claim]);
    expect(result.current.loadState).toBe("loaded");

    await act(async () => expect(await result.current.actions.reload({ discardOnFailure: true })).toBe(false));
    expect(result.current.claims).toEqual([]);
    expect(result.current.loadState).toBe("failed");
  });
});

describe("useClaimStore: live events", () => {
  it.each([
    ["older first", [2, 3]],
    ["newer first", [3, 2]],
    ["newer repeated", [3, 2, 3]],
  ])("keeps the newest version of a claim whatever the order of its events (%s)", async (_order, versions) => {
    serve([buildClaimView({ version: 1 })]);
    const { result } = await renderLoadedStore();
    act(() => {
      for (const version of versions) result.current.actions.applyEvent(updated(buildClaimView({ version, summary: `v${version}` })));
    });
    expect(result.current.claims.map((claim) => [claim.version, claim.summary])).toEqual([[3, "v3"]]);
  });

  it("keeps a newer version a live event brought when the answer to my own edit arrives later", async () => {
    const claim = buildClaimView({ version: 1 });
    const answer = deferred<Response>();
    serve([claim], () => answer.promise);
    const { result } = await renderLoadedStore();

    let saving!: Promise<unknown>;
    act(() => {
      saving = result.current.actions.updateClaim(claim, { summary: "mine" });
    });
    act(() => result.current.actions.applyEvent(updated(buildClaimView({ version: 3, summary: "theirs, later" }))));
    answer.resolve(answerJson(200, { claim: buildClaimView({ version: 2, summary: "mine" }) }));
    await act(() => saving);
    expect(result.current.claims.map((shown) => [shown.version, shown.summary])).toEqual([[3, "theirs, later"]]);
  });

  it("adds a claim created elsewhere and removes a deleted one, but not a version newer than the deletion", async () => {
    const kept = buildClaimView({ id: uuid(1), version: 4 });
    const deleted = buildClaimView({ id: uuid(2), version: 1 });
    serve([kept, deleted]);
    const { result } = await renderLoadedStore();
    const created = buildClaimView({ id: uuid(3) });
    act(() => {
      result.current.actions.applyEvent({ type: "claim.created", actor: OMAR, at: AT, claim: created });
      result.current.actions.applyEvent({ type: "claim.deleted", actor: OMAR, at: AT, claim: { ...deleted, version: 2 } });
      result.current.actions.applyEvent({ type: "claim.deleted", actor: OMAR, at: AT, claim: { ...kept, version: 3 } });
    });
    expect(result.current.claims.map((claim) => claim.id).sort()).toEqual([uuid(1), uuid(3)]);
  });

  it("notes who changed a claim from another browser, but not my own changes", async () => {
    const mine = buildClaimView({ id: uuid(1) });
    const theirs = buildClaimView({ id: uuid(2) });
    serve([mine, theirs]);
    const { result } = await renderLoadedStore();
    act(() => {
      result.current.actions.applyEvent(updated({ ...mine, version: 2 }, RITA));
      result.current.actions.applyEvent(updated({ ...theirs, version: 2 }, OMAR));
    });
    expect(Object.keys(result.current.recent)).toEqual([theirs.id]);
    expect(result.current.recent[theirs.id]).toMatchObject({ by: OMAR, kind: "updated" });
  });

  it("applies source events to their claim, keeping the newer version of a source", async () => {
    const claim = buildClaimView();
    serve([claim]);
    const { result } = await renderLoadedStore();
    const source = buildSourceView({ claimId: claim.id, version: 2, title: "newer" });
    act(() => {
      result.current.actions.applyEvent({ type: "source.created", actor: OMAR, at: AT, source });
      result.current.actions.applyEvent({ type: "source.updated", actor: OMAR, at: AT, source: { ...source, version: 1, title: "older" }, changes: {} });
    });
    expect(result.current.claims[0]?.sources.map((shown) => shown.title)).toEqual(["newer"]);
    act(() => result.current.actions.applyEvent({ type: "source.deleted", actor: OMAR, at: AT, source }));
    expect(result.current.claims[0]?.sources).toEqual([]);
    expect(result.current.recent[claim.id]).toMatchObject({ by: OMAR, kind: "sources" });
  });
});

describe("useClaimStore: writes", () => {
  it("creates a claim once, with an Idempotency-Key, shows it and empties the outbox", async () => {
    const saved = buildClaimView({ id: uuid(5) });
    const server = serve([], () => answerJson(201, { claim: saved }));
    const { result } = await renderLoadedStore();
    const onSaved = vi.fn();

    await act(async () => expect(await result.current.actions.createClaim(selector, onSaved)).toEqual(saved));
    const [post, ...others] = server.to(CLAIMS_PATH, "POST");
    expect(others).toEqual([]);
    expect(post?.body).toEqual({ selector });
    expect(post?.headers["Idempotency-Key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(onSaved).toHaveBeenCalledWith(saved);
    expect(result.current.claims).toEqual([saved]);
    expect(result.current.queued).toEqual([]);
    expect(storedOutbox()).toEqual([]);
    expect(result.current.feedback.get()?.kind).toBe("done");
  });

  it("keeps a create that met no network in the outbox, and sends it exactly once when the connection is back", async () => {
    const saved = buildClaimView({ id: uuid(5) });
    const server = serve([], networkFailure);
    const { result } = await renderLoadedStore();

    await act(async () => expect(await result.current.actions.createClaim(selector)).toBeNull());
    expect(result.current.claims).toEqual([]);
    expect(result.current.queued).toHaveLength(1);
    expect(storedOutbox()).toMatchObject([{ kind: "createClaim", path: CLAIMS_PATH, body: { selector } }]);
    const keys = new Set(server.to(CLAIMS_PATH, "POST").map((request) => request.headers["Idempotency-Key"]));
    expect(keys.size).toBe(1);

    server.answer = () => answerJson(201, { claim: saved });
    const before = server.to(CLAIMS_PATH, "POST").length;
    act(() => {
      window.dispatchEvent(new Event("online"));
      window.dispatchEvent(new Event("online"));
    });
    await waitFor(() => expect(result.current.claims).toEqual([saved]));
    act(() => void window.dispatchEvent(new Event("online")));
    await waitFor(() => expect(result.current.queued).toEqual([]));

    const resent = server.to(CLAIMS_PATH, "POST").slice(before);
    expect(resent).toHaveLength(1);
    expect(keys.has(resent[0]?.headers["Idempotency-Key"])).toBe(true);
    expect(storedOutbox()).toEqual([]);
  });

  it("sends a write queued on an earlier visit once the claims have loaded, but not while offline", async () => {
    const saved = buildClaimView({ id: uuid(6) });
    const item: OutboxItem = { id: uuid(700), articleId: ARTICLE_ID, kind: "createClaim", path: CLAIMS_PATH, method: "POST", body: { selector }, label: "“x”", queuedAt: AT };
    new Outbox(RITA.id).add(item);
    setOnline(false);
    const server = serve([], () => answerJson(201, { claim: saved }));
    const { result } = await renderLoadedStore();
    expect(server.to(CLAIMS_PATH, "POST")).toEqual([]);

    setOnline(true);
    act(() => void window.dispatchEvent(new Event("online")));
    await waitFor(() => expect(result.current.claims).toEqual([saved]));
    expect(server.to(CLAIMS_PATH, "POST").map((request) => request.headers["Idempotency-Key"])).toEqual([item.id]);
    expect(storedOutbox()).toEqual([]);
  });

  it("drops from the outbox a create the server refused, and offers no retry", async () => {
    serve([], () => answerJson(400, { error: { code: "invalid_input", message: "Bad.", fields: { selector: ["Select some text."] } } }));
    const { result } = await renderLoadedStore();
    await act(async () => expect(await result.current.actions.createClaim(selector)).toBeNull());
    expect(storedOutbox()).toEqual([]);
    expect(result.current.feedback.get()?.kind).toBe("error");
    expect(result.current.feedback.get()?.retry).toBeUndefined();
  });

  it("updates a claim with the version it was read at, and shows what the server saved", async () => {
    const claim = buildClaimView({ version: 2 });
    const saved = buildClaimView({ version: 3, summary: "Checked." });
    const server = serve([claim], () => answerJson(200, { claim: saved }));
    const { result } = await renderLoadedStore();
    await act(async () => expect(await result.current.actions.updateClaim(claim, { summary: "Checked." })).toEqual(saved));
    expect(server.to(`/api/claims/${claim.id}`, "PATCH").map((request) => request.body)).toEqual([{ version: 2, summary: "Checked." }]);
    expect(result.current.claims).toEqual([saved]);
    expect(storedOutbox()).toEqual([]);
  });

  it("shows the stored claim when an edit meets a newer version, instead of offering a retry", async () => {
    const claim = buildClaimView({ version: 2 });
    const theirs = buildClaimView({ version: 3, summary: "Theirs." });
    serve([claim], () => answerJson(409, { error: { code: "conflict", message: "Changed meanwhile.", current: theirs } }));
    const { result } = await renderLoadedStore();
    await act(async () => expect(await result.current.actions.updateClaim(claim, { summary: "Mine." })).toBeNull());
    expect(result.current.claims).toEqual([theirs]);
    expect(result.current.feedback.get()?.kind).toBe("error");
    expect(result.current.feedback.get()?.retry).toBeUndefined();
  });

  it("keeps an offline edit that met a newer version as a draft, to compare with theirs", async () => {
    const claim = buildClaimView({ version: 2 });
    const theirs = buildClaimView({ version: 3, summary: "Theirs." });
    const server = serve([claim], networkFailure);
    const { result } = await renderLoadedStore();
    await act(async () => void (await result.current.actions.updateClaim(claim, { summary: "Mine, offline." })));
    expect(storedOutbox()).toHaveLength(1);

    server.answer = () => answerJson(409, { error: { code: "conflict", message: "Changed meanwhile.", current: theirs } });
    act(() => void window.dispatchEvent(new Event("online")));
    await waitFor(() => expect(result.current.drafts).toEqual({ [claim.id]: { summary: "Mine, offline." } }));
    expect(result.current.claims).toEqual([theirs]);
    expect(storedOutbox()).toEqual([]);
  });

  it("stops listening for the connection when the article is closed", async () => {
    const server = serve([]);
    const { unmount } = await renderLoadedStore();
    new Outbox(RITA.id).add({ id: uuid(701), articleId: ARTICLE_ID, kind: "createClaim", path: CLAIMS_PATH, method: "POST", body: { selector }, label: "“x”", queuedAt: AT });
    unmount();
    window.dispatchEvent(new Event("online"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.to(CLAIMS_PATH, "POST")).toEqual([]);
  });
});
