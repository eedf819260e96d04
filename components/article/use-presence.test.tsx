import { act, renderHook } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { answerJson, stubFetch } from "@/test/fake-fetch";
import { ARTICLE_ID, uuid } from "@/test/views";
import { usePresence } from "./use-presence";

const PRESENCE_PATH = `/api/articles/${ARTICLE_ID}/presence`;

function renderPresence(claimId: string | null = null) {
  return renderHook(({ articleId, claim }) => usePresence(articleId, claim), { initialProps: { articleId: ARTICLE_ID, claim: claimId } });
}

describe("usePresence", () => {
  let server: ReturnType<typeof stubFetch>;
  beforeEach(() => {
    vi.useFakeTimers();
    server = stubFetch(() => answerJson(200, { users: [] }));
  });
  const puts = () => server.to(PRESENCE_PATH, "PUT").map((request) => request.body);
  const deletes = () => server.to(PRESENCE_PATH, "DELETE");

  it("says the article is open, and on which claim, on opening and whenever the claim changes", () => {
    const { rerender } = renderPresence(uuid(1));
    rerender({ articleId: ARTICLE_ID, claim: uuid(1) });
    rerender({ articleId: ARTICLE_ID, claim: uuid(2) });
    rerender({ articleId: ARTICLE_ID, claim: null });
    expect(puts()).toEqual([{ claimId: uuid(1) }, { claimId: uuid(2) }, { claimId: null }]);
  });

  it("renews every 15 seconds with the claim open now", () => {
    const { rerender } = renderPresence(uuid(1));
    act(() => void vi.advanceTimersByTime(14_999));
    expect(puts()).toHaveLength(1);
    rerender({ articleId: ARTICLE_ID, claim: uuid(2) });
    act(() => void vi.advanceTimersByTime(1));
    act(() => void vi.advanceTimersByTime(15_000));
    expect(puts()).toEqual([{ claimId: uuid(1) }, { claimId: uuid(2) }, { claimId: uuid(2) }, { claimId: uuid(2) }]);
  });

  it("says so again when the tab comes back, not when it is hidden", () => {
    renderPresence();
    const visibility = vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
    act(() => void document.dispatchEvent(new Event("visibilitychange")));
    expect(puts()).toHaveLength(1);
    visibility.mockReturnValue("visible");
    act(() => void document.dispatchEvent(new Event("visibilitychange")));
    expect(puts()).toHaveLength(2);
  });

  it("says goodbye, with a request that outlives the page, when the page is left", () => {
    renderPresence();
    act(() => void window.dispatchEvent(new Event("pagehide")));
    expect(deletes().map((request) => request.keepalive)).toEqual([true]);
  });

  it("says goodbye when the article closes, and stops renewing", () => {
    const { unmount } = renderPresence();
    unmount();
    act(() => void vi.advanceTimersByTime(60_000));
    document.dispatchEvent(new Event("visibilitychange"));
    expect(deletes()).toHaveLength(1);
    expect(puts()).toHaveLength(1);
  });

  it("moves to another article: goodbye to the old one, hello to the new", () => {
    const other = uuid(9_100);
    const { rerender } = renderPresence();
    rerender({ articleId: other, claim: null });
    expect(deletes()).toHaveLength(1);
    expect(server.to(`/api/articles/${other}/presence`, "PUT")).toHaveLength(1);
  });

  it("shrugs off a failed call and tries again at the next beat", async () => {
    server.answer = () => answerJson(503, { error: { code: "unavailable", message: "Down." } });
    renderPresence();
    await act(() => vi.advanceTimersByTimeAsync(15_000));
    expect(puts()).toHaveLength(2);
  });
});
