"use client";

import { useEffect, useMemo, useState } from "react";
import type { z } from "zod";
import { ApiError, apiFetch, newIdempotencyKey } from "@/lib/client/api-fetch";
import { Outbox, type OutboxItem } from "@/lib/client/outbox";
import { sendRetrying } from "@/lib/client/save-retry";
import type { ClaimSelectorInput, CreateSource, UpdateClaim, UpdateSource } from "@/lib/validation/claims";
import { createFeedbackStore } from "./feedback-store";
import { runWithFeedback, type ActionFeedback } from "./run-with-feedback";
import { mergeLoadedClaims, type SeenChange } from "./merge-loaded-claims";
import { applyClaimEvent } from "./apply-claim-event";
import type { ClaimView } from "@/lib/views/claim";
import type { SourceView } from "@/lib/views/source";
import type { PersonView } from "@/lib/views/person";
import type { LiveEventData } from "@/lib/realtime/live-event";
import { ZClaimAnswer, ZClaimListAnswer, ZClaimView } from "@/lib/views/claim";
import { ZSourceAnswer, ZSourceView } from "@/lib/views/source";

type ClaimChanges = Omit<UpdateClaim, "version">;

const byCreation = (a: SourceView, b: SourceView) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Who last changed a claim from another browser, for the card's flash and initials. */
export type RecentChange = { by: PersonView; kind: "created" | "updated" | "sources"; at: number };

/** How long a card shows who just changed it. */
export const RECENT_MS = 6_000;

/**
 * The article's claims in the browser, and every change to them, with feedback for each action.
 * The claims are fetched once on mount; live events from the article's stream are applied with
 * `applyEvent`, which keeps whichever version is newer, so order and repeats do not matter.
 */
export function useClaimStore(articleId: string, actorId?: string) {
  const [claims, setClaims] = useState<ClaimView[]>([]);
  const [recent, setRecent] = useState<Record<string, RecentChange>>({});
  const outbox = useMemo(() => (actorId ? new Outbox(actorId) : null), [actorId]);
  const [queued, setQueued] = useState<OutboxItem[]>([]);
  // Edits saved offline that met a newer version: shown in the claim's form against theirs.
  const [drafts, setDrafts] = useState<Record<string, ClaimChanges>>({});
  const [loadState, setLoadState] = useState<"loading" | "loaded" | "failed">("loading");
  const [feedback] = useState(createFeedbackStore);

  // One object for the article's lifetime, so components given it can skip re-rendering.
  const actions = useMemo(() => {
    const setFeedback = feedback.set;
    // What changed while a load is in flight, so that its answer does not undo it (mergeLoadedClaims).
    const loadsInFlight = new Set<Map<string, SeenChange>>();
    const noteChange = (claimId: string, version: number, deleted: boolean) => {
      for (const seen of loadsInFlight) if ((seen.get(claimId)?.version ?? 0) < version) seen.set(claimId, { version, deleted });
    };
    const upsert = (claim: ClaimView) => {
      noteChange(claim.id, claim.version, Boolean(claim.deletedAt));
      setClaims((current) => {
        const existing = current.find((candidate) => candidate.id === claim.id);
        if (existing && existing.version > claim.version) return current; // a live event already brought a newer one
        const without = current.filter((candidate) => candidate.id !== claim.id);
        return claim.deletedAt ? without : [...without, claim];
      });
    };
    // Kept (not cleared): the card shows it for RECENT_MS, the open form names who changed it.
    const markRecent = (claimId: string, by: PersonView | null, kind: RecentChange["kind"]) => {
      if (!by || by.id === actorId) return;
      setRecent((current) => ({ ...current, [claimId]: { by, kind, at: Date.now() } }));
    };
    /** A change someone made, from the live stream: applied if newer than what is shown. */
    const applyEvent = (event: LiveEventData) => applyClaimEvent(event, { setClaims, withSources, markRecent, noteChange });
    const withSources = (claimId: string, update: (sources: SourceView[]) => SourceView[]) =>
      setClaims((current) => current.map((claim) => (claim.id === claimId ? { ...claim, sources: update(claim.sources) } : claim)));
    // A 409 carries the record as it is now: show it (the open form keeps the user's unsaved values).
    const showCurrent = (current: unknown) => {
      const claim = ZClaimView.safeParse(current);
      if (claim.success) {
        upsert(claim.data);
        return true;
      }
      const source = ZSourceView.safeParse(current);
      if (source.success) {
        withSources(source.data.claimId, (sources) => sources.map((existing) => (existing.id === source.data.id ? source.data : existing)));
        return true;
      }
      return false;
    };
    const run = <T,>(feedback: ActionFeedback<T>, action: () => Promise<T>) => runWithFeedback({ setFeedback, showCurrent }, feedback, action);

    // Writes that must not be lost go through the outbox: stored before the first attempt, removed
    // once the server has answered (with the result, or with a refusal that retrying cannot change).
    const sending = new Set<string>();
    const showQueue = () => setQueued(outbox?.forArticle(articleId) ?? []);
    const queue = (kind: OutboxItem["kind"], path: string, method: OutboxItem["method"], body: object, label: string): OutboxItem => {
      const item: OutboxItem = { id: newIdempotencyKey(), articleId, kind, path, method, body: body as Record<string, unknown>, label, queuedAt: new Date().toISOString() };
      outbox?.add(item);
      showQueue();
      return item;
    };
    /**
     * Sends a queued write. Unless `once`, a 503 that says when to try again (the database is
     * unreachable) is sent again by itself, with the same Idempotency-Key, so it is made once.
     */
    const sendItem = async <A, R>(item: OutboxItem, answer: z.ZodType<A>, apply: (answer: A) => R, { once = false } = {}): Promise<R> => {
      sending.add(item.id);
      const send = () => apiFetch(item.path, { method: item.method, body: item.body, idempotencyKey: item.method === "POST" ? item.id : undefined, answer });
      const showRetrying = () => setFeedback({ kind: "pending", message: `Saving… (database unreachable, retrying): ${item.label}` });
      try {
        const result = await (once ? send() : sendRetrying(send, showRetrying));
        outbox?.remove(item.id);
        return apply(result);
      } catch (error) {
        if (!(error instanceof ApiError && (error.isNetworkError || error.status >= 500))) outbox?.remove(item.id);
        else if (error.isNetworkError) throw new ApiError(0, "network", "Not saved yet: no connection. It is kept in this browser and sent when the connection is back.");
        throw error;
      } finally {
        sending.delete(item.id);
        showQueue();
      }
    };
    /** Sends what is queued for this article (on opening it, and when the connection is back). */
    const sendQueued = async () => {
      for (const item of outbox?.forArticle(articleId) ?? []) {
        if (sending.has(item.id) || (typeof navigator !== "undefined" && !navigator.onLine)) continue;
        try {
          // Once each: one write the database cannot take yet must not hold up the others.
          if (item.kind === "addSource") {
            await sendItem(item, ZSourceAnswer, ({ source }) => withSources(source.claimId, (sources) => [...sources.filter((s) => s.id !== source.id), source]), { once: true });
          } else {
            await sendItem(item, ZClaimAnswer, ({ claim }) => upsert(claim), { once: true });
          }
          setFeedback({ kind: "done", message: `Sent what was saved offline: ${item.label}.` });
        } catch (error) {
          if (error instanceof ApiError && error.isNetworkError) return;
          const isConflict = error instanceof ApiError && error.status === 409 && showCurrent(error.body?.current);
          if (isConflict && item.kind === "updateClaim") {
            const { version: _stale, ...changes } = item.body as ClaimChanges & { version?: number };
            setDrafts((current) => ({ ...current, [item.path.split("/").at(-1)!]: changes }));
          }
          setFeedback({
            kind: "error",
            message: isConflict
              ? `${item.label}, saved offline, met a newer version: open the claim to compare yours with theirs, then save.`
              : `${item.label}, saved offline, was refused: ${error instanceof Error ? error.message : "unknown error"}`,
          });
        }
      }
    };

    /**
     * Loads the claims again; false if that failed. A failed refresh keeps the claims already shown,
     * unless `discardOnFailure` (after the text changed, when their offsets no longer hold).
     */
    // A plain reload asked for while one is in flight shares it (React's StrictMode runs the
    // mounting effect twice in development: one request, not two).
    let plainLoad: Promise<boolean> | null = null;
    const reload = ({ discardOnFailure = false } = {}): Promise<boolean> => {
      if (discardOnFailure) return load(true);
      plainLoad ??= load(false).finally(() => (plainLoad = null));
      return plainLoad;
    };
    const load = async (discardOnFailure: boolean): Promise<boolean> => {
      setLoadState((current) => (current === "failed" ? "loading" : current));
      const seen = new Map<string, SeenChange>();
      loadsInFlight.add(seen);
      try {
        const { claims: fresh } = await apiFetch(`/api/articles/${articleId}/claims`, { answer: ZClaimListAnswer });
        performance.mark("claimdesk:claims-loaded", { detail: { count: fresh.length } });
        setClaims((current) => mergeLoadedClaims(fresh, current, seen));
        setLoadState("loaded");
        return true;
      } catch (error) {
        if (discardOnFailure) setClaims([]);
        setLoadState((current) => (current === "loaded" && !discardOnFailure ? current : "failed"));
        setFeedback({
          kind: "error",
          message: error instanceof ApiError ? `Could not load the claims: ${error.message}` : "Could not load the claims.",
          retry: () => void reload({ discardOnFailure }),
        });
        return false;
      } finally {
        loadsInFlight.delete(seen);
      }
    };

    const api = {
      setFeedback,
      /** For the card that shows its own actions' feedback. */
      feedbackStore: feedback,
      reload,
      applyEvent,
      /** A claim as the server just answered it (a ruling made elsewhere on the page). */
      showClaim: (claim: ClaimView) => upsert(claim),
      /** `onSaved` runs the moment the server answers, before any re-render (to draw the highlight). */
      sendQueued,
      createClaim: (selector: ClaimSelectorInput, onSaved?: (claim: ClaimView) => void) => {
        const item = queue("createClaim", `/api/articles/${articleId}/claims`, "POST", { selector }, `“${selector.exact.slice(0, 80)}”`);
        const done = (claim: ClaimView) => ({ message: "Claim saved.", claimId: claim.id });
        return run({ pending: "Saving the claim…", done }, () =>
          sendItem(item, ZClaimAnswer, ({ claim }) => {
            onSaved?.(claim);
            upsert(claim);
            return claim;
          }),
        );
      },
      updateClaim: (claim: ClaimView, changes: ClaimChanges, done = "Changes saved.") => {
        const item = queue("updateClaim", `/api/claims/${claim.id}`, "PATCH", { version: claim.version, ...changes }, `Changes to “${claim.selector.exact.slice(0, 60)}”`);
        return run({ pending: "Saving…", done, claimId: claim.id }, () =>
          sendItem(item, ZClaimAnswer, ({ claim: saved }) => {
            upsert(saved);
            setDrafts((current) => {
              if (!(saved.id in current)) return current;
              const { [saved.id]: _saved, ...rest } = current;
              return rest;
            });
            return saved;
          }),
        );
      },
      deleteClaim: (claim: ClaimView) =>
        run({ pending: "Deleting the claim…", done: () => ({ message: "Claim deleted.", undo: () => void api.restoreClaim(claim.id) }), claimId: claim.id }, async () => {
          await apiFetch(`/api/claims/${claim.id}`, { method: "DELETE", ifMatch: claim.version });
          noteChange(claim.id, claim.version + 1, true);
          setClaims((current) => current.filter((existing) => existing.id !== claim.id));
        }),
      restoreClaim: (claimId: string) =>
        run({ pending: "Restoring the claim…", done: "Claim restored.", claimId }, async () => {
          const { claim } = await apiFetch(`/api/claims/${claimId}/restore`, { method: "POST", answer: ZClaimAnswer });
          upsert(claim);
          return claim;
        }),
      addSource: (claimId: string, input: CreateSource) => {
        const item = queue("addSource", `/api/claims/${claimId}/sources`, "POST", input, `Source ${input.url}`);
        return run({ pending: "Adding the source…", done: "Source added.", claimId }, () =>
          sendItem(item, ZSourceAnswer, ({ source }) => {
            withSources(claimId, (sources) => [...sources.filter((existing) => existing.id !== source.id), source]);
            return source;
          }),
        );
      },
      updateSource: (source: SourceView, input: UpdateSource) =>
        run({ pending: "Saving the source…", done: "Source saved.", claimId: source.claimId }, async () => {
          const { source: saved } = await apiFetch(`/api/sources/${source.id}`, { method: "PATCH", body: { version: source.version, ...input }, answer: ZSourceAnswer });
          withSources(source.claimId, (sources) => sources.map((existing) => (existing.id === saved.id ? saved : existing)));
          return saved;
        }),
      deleteSource: (source: SourceView) =>
        run({ pending: "Removing the source…", done: () => ({ message: "Source removed.", undo: () => void api.restoreSource(source) }), claimId: source.claimId }, async () => {
          await apiFetch(`/api/sources/${source.id}`, { method: "DELETE", ifMatch: source.version });
          withSources(source.claimId, (sources) => sources.filter((existing) => existing.id !== source.id));
        }),
      restoreSource: (source: SourceView) =>
        run({ pending: "Restoring the source…", done: "Source restored.", claimId: source.claimId }, async () => {
          const { source: restored } = await apiFetch(`/api/sources/${source.id}/restore`, { method: "POST", answer: ZSourceAnswer });
          withSources(source.claimId, (sources) => [...sources.filter((existing) => existing.id !== restored.id), restored].sort(byCreation));
          return restored;
        }),
    };
    return api;
  }, [articleId, actorId, outbox, feedback]);

  useEffect(() => {
    void actions.reload().then(() => actions.sendQueued());
    const handleOnline = () => void actions.sendQueued();
    window.addEventListener("online", handleOnline);
    return () => window.removeEventListener("online", handleOnline);
  }, [actions]);

  return { claims, recent, queued, drafts, loadState, feedback, actions };
}

export type ClaimStore = ReturnType<typeof useClaimStore>;
/** Every change to the article's claims, with feedback; the same object for the article's lifetime. */
export type ClaimActions = ClaimStore["actions"];
