import { act, renderHook } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { createFeedbackStore, useFeedback, type FeedbackStore } from "./feedback-store";

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
    expect(store.get()).toEqual({ kind: "done", message: "Saved." });
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
    expect(result.current).toEqual({ kind: "error", message: "Could not save.", retry });
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
