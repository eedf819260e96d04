import { act, renderHook } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { createFeedbackStore, useFeedback, useFeedbackOn, type FeedbackStore } from "./feedback-store";

describe("createFeedbackStore", () => {
  it("holds the last feedback set and tells each subscriber, until it unsubscribes", () => {
    const store = createFeedbackStore();
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = store.subscribe(first);
    store.subscribe(second);
    expect(store.get()).toBeNull();

    store.set({ kind: "pending", message: "Saving…" });
    store.set({ kind: "done", message: "Saved." });
    expect(store.get()).toEqual({ kind: "done", message: "Saved.", actionId: expect.stringMatching(/^action-/) });
    expect(first).toHaveBeenCalledTimes(2);

    unsubscribeFirst();
    store.set(null);
    expect(store.get()).toBeNull();
    expect(first).toHaveBeenCalledTimes(2);
    expect(second).toHaveBeenCalledTimes(3);
  });

  it("keeps each store's feedback to itself", () => {
    const one = createFeedbackStore();
    const other = createFeedbackStore();
    one.set({ kind: "error", message: "Failed." });
    expect(other.get()).toBeNull();
  });
});

describe("actions", () => {
  it("gives each feedback without one an action of its own, and keeps the one it is given", () => {
    const store = createFeedbackStore();
    store.set({ kind: "pending", message: "Saving…" });
    const first = store.get()!.actionId;
    store.set({ kind: "done", message: "Saved." });
    expect(store.get()!.actionId).not.toBe(first);
    store.set({ kind: "done", message: "Saved.", actionId: first });
    expect(store.get()!.actionId).toBe(first);
  });
});

describe("useFeedbackOn", () => {
  it("gives a card only the feedback of its own claim, and re-renders it only for that", () => {
    const store = createFeedbackStore();
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useFeedbackOn(store, "claim-a");
    });
    act(() => store.set({ kind: "done", message: "Elsewhere.", claimId: "claim-b" }));
    expect(result.current).toBeNull();
    expect(renders).toBe(1);
    act(() => store.set({ kind: "done", message: "Here.", claimId: "claim-a" }));
    expect(result.current?.message).toBe("Here.");
    act(() => store.set({ kind: "pending", message: "Elsewhere again.", claimId: "claim-b" }));
    expect(result.current).toBeNull();
    expect(renders).toBe(3);
  });
});

describe("useFeedback", () => {
  it("re-renders with each new feedback, and only the component that reads it", () => {
    const store = createFeedbackStore();
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useFeedback(store);
    });
    expect(result.current).toBeNull();
    const retry = vi.fn();
    act(() => store.set({ kind: "error", message: "Could not save.", retry }));
    expect(result.current).toEqual({ kind: "error", message: "Could not save.", retry, actionId: expect.stringMatching(/^action-/) });
    act(() => store.set(null));
    expect(result.current).toBeNull();
    expect(renders).toBe(3);
  });

  it("shows no feedback in the server's HTML, whatever the store holds", () => {
    const store = createFeedbackStore();
    store.set({ kind: "done", message: "Saved." });
    function Line({ feedback }: { feedback: FeedbackStore }) {
      return <p>{useFeedback(feedback)?.message ?? "none"}</p>;
    }
    expect(renderToString(<Line feedback={store} />)).toBe("<p>none</p>");
  });
});
