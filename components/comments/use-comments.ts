"use client";

import { useCallback, useEffect, useState } from "react";
import { ApiError, apiFetch, newIdempotencyKey } from "@/lib/client/api-fetch";
import type { LiveEventData } from "@/lib/realtime/live-event";
import { ZCommentAnswer, ZCommentListAnswer, type CommentView } from "@/lib/views/comment";
import { ZPeopleAnswer, type ColleagueView } from "@/lib/views/person";

type CommentEvent = Extract<LiveEventData, { type: "comment.created" | "comment.updated" | "comment.deleted" }>;
type Listener = (event: CommentEvent) => void;

/** Comment events from the article's stream, handed to the open threads of their claims. */
export class CommentEvents {
  private readonly listeners = new Map<string, Set<Listener>>();

  publish(event: LiveEventData): void {
    if (event.type !== "comment.created" && event.type !== "comment.updated" && event.type !== "comment.deleted") return;
    for (const listener of this.listeners.get(event.comment.claimId) ?? []) listener(event);
  }

  subscribe(claimId: string, listener: Listener): () => void {
    const set = this.listeners.get(claimId) ?? new Set();
    set.add(listener);
    this.listeners.set(claimId, set);
    return () => set.delete(listener);
  }
}

/** Keeps the newer of two versions of a comment. */
function merge(list: CommentView[], incoming: CommentView): CommentView[] {
  const existing = list.find((comment) => comment.id === incoming.id);
  if (existing && existing.version >= incoming.version) return list;
  return existing ? list.map((comment) => (comment.id === incoming.id ? incoming : comment)) : [...list, incoming];
}

/** A claim's comments: loaded when its card opens, kept current by live events. */
export function useComments(claimId: string, events: CommentEvents) {
  const [comments, setComments] = useState<CommentView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Loads the thread; answers and live events merge by version, so their order does not matter.
  const load = useCallback(
    () =>
      apiFetch(`/api/claims/${claimId}/comments`, { answer: ZCommentListAnswer }).then(
        ({ comments: loaded }) => {
          setError(null);
          setComments((current) => loaded.reduce(merge, current ?? []));
        },
        (caught: unknown) => setError(caught instanceof ApiError ? `Could not load the comments: ${caught.message}` : "Could not load the comments."),
      ),
    [claimId],
  );

  useEffect(() => {
    const unsubscribe = events.subscribe(claimId, (event) => setComments((current) => (current ? merge(current, event.comment) : current)));
    load().catch(() => {});
    return unsubscribe;
  }, [claimId, events, load]);

  const apply = (comment: CommentView) => setComments((current) => merge(current ?? [], comment));
  const send = {
    create: async (body: string, parentId?: string) => {
      const { comment } = await apiFetch(`/api/claims/${claimId}/comments`, { method: "POST", body: { body, parentId }, idempotencyKey: newIdempotencyKey(), answer: ZCommentAnswer });
      apply(comment);
    },
    update: async (comment: CommentView, changes: { body?: string; resolved?: boolean }) => {
      const { comment: saved } = await apiFetch(`/api/comments/${comment.id}`, { method: "PATCH", body: { version: comment.version, ...changes }, answer: ZCommentAnswer });
      apply(saved);
    },
    remove: async (comment: CommentView) => {
      const { comment: deleted } = await apiFetch(`/api/comments/${comment.id}`, { method: "DELETE", answer: ZCommentAnswer });
      apply(deleted);
    },
  };
  return { comments, error, reload: load, send };
}

let peopleRequest: Promise<ColleagueView[]> | null = null;

/** The workspace's people, for mentions: fetched once per page. */
export function usePeople(): ColleagueView[] {
  const [people, setPeople] = useState<ColleagueView[]>([]);
  useEffect(() => {
    peopleRequest ??= apiFetch("/api/people", { answer: ZPeopleAnswer }).then(
      ({ people: loaded }) => loaded,
      () => {
        peopleRequest = null;
        return [];
      },
    );
    let isCurrent = true;
    void peopleRequest.then((loaded) => isCurrent && setPeople(loaded));
    return () => {
      isCurrent = false;
    };
  }, []);
  return people;
}
