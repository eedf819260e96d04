"use client";

import { useEffect, useMemo, useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import type { ClaimSelectorInput, CreateSource, UpdateClaim, UpdateSource } from "@/lib/validation/claims";
import { createFeedbackStore, type Feedback } from "./feedback-store";
import type { ClaimView } from "@/lib/views/claim";
import type { SourceView } from "@/lib/views/source";
import { ZClaimAnswer, ZClaimListAnswer } from "@/lib/views/claim";
import { ZSourceAnswer } from "@/lib/views/source";

type ClaimChanges = Omit<UpdateClaim, "version">;

type FeedbackContext = { setFeedback: (feedback: Feedback) => void; upsert: (claim: ClaimView) => void };

/**
 * Runs one action with "pending / done / error" feedback and never throws. Network and server
 * failures offer a retry; a conflict instead shows the stored claim, which the user must see first.
 */
async function runWithFeedback<T>(context: FeedbackContext, pending: string, done: string, action: () => Promise<T>): Promise<T | null> {
  context.setFeedback({ kind: "pending", message: pending });
  try {
    const result = await action();
    context.setFeedback({ kind: "done", message: done });
    return result;
  } catch (error) {
    const apiError = error instanceof ApiError ? error : null;
    const current = apiError?.status === 409 ? (apiError.body?.current as ClaimView | undefined) : undefined;
    if (current) {
      context.upsert(current);
      context.setFeedback({ kind: "error", message: `${apiError?.message} The form now shows their version; reapply your change.` });
      return null;
    }
    const isRetryable = !apiError || apiError.isNetworkError || apiError.status >= 500;
    context.setFeedback({
      kind: "error",
      message: apiError?.message ?? "Something went wrong. Try again.",
      retry: isRetryable ? () => void runWithFeedback(context, pending, done, action) : undefined,
    });
    return null;
  }
}

/**
 * The article's claims in the browser, and every change to them, with feedback for each action.
 * The claims are fetched once on mount.
 */
export function useClaimStore(articleId: string) {
  const [claims, setClaims] = useState<ClaimView[]>([]);
  const [loadState, setLoadState] = useState<"loading" | "loaded" | "failed">("loading");
  const [feedback] = useState(createFeedbackStore);

  // One object for the article's lifetime, so components given it can skip re-rendering.
  const actions = useMemo(() => {
    const setFeedback = feedback.set;
    const upsert = (claim: ClaimView) =>
      setClaims((current) => {
        const without = current.filter((existing) => existing.id !== claim.id);
        return claim.deletedAt ? without : [...without, claim];
      });
    const withSources = (claimId: string, update: (sources: SourceView[]) => SourceView[]) =>
      setClaims((current) => current.map((claim) => (claim.id === claimId ? { ...claim, sources: update(claim.sources) } : claim)));
    const run = <T,>(pending: string, done: string, action: () => Promise<T>) => runWithFeedback({ setFeedback, upsert }, pending, done, action);

    /**
     * Loads the claims again; false if that failed. A failed refresh keeps the claims already shown,
     * unless `discardOnFailure` (after the text changed, when their offsets no longer hold).
     */
    const reload = async ({ discardOnFailure = false } = {}): Promise<boolean> => {
      setLoadState((current) => (current === "failed" ? "loading" : current));
      try {
        const { claims: fresh } = await apiFetch(`/api/articles/${articleId}/claims`, { answer: ZClaimListAnswer });
        performance.mark("claimdesk:claims-loaded", { detail: { count: fresh.length } });
        setClaims(fresh);
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
      }
    };

    return {
      setFeedback,
      reload,
      /** `onSaved` runs the moment the server answers, before any re-render (to draw the highlight). */
      createClaim: (selector: ClaimSelectorInput, onSaved?: (claim: ClaimView) => void) =>
        run("Saving the claim…", "Claim saved.", async () => {
          const { claim } = await apiFetch(`/api/articles/${articleId}/claims`, { method: "POST", body: { selector }, answer: ZClaimAnswer });
          onSaved?.(claim);
          upsert(claim);
          return claim;
        }),
      updateClaim: (claim: ClaimView, changes: ClaimChanges, done = "Changes saved.") =>
        run("Saving…", done, async () => {
          const { claim: saved } = await apiFetch(`/api/claims/${claim.id}`, {
            answer: ZClaimAnswer,
            method: "PATCH",
            body: { version: claim.version, ...changes },
          });
          upsert(saved);
          return saved;
        }),
      deleteClaim: (claim: ClaimView) =>
        run("Deleting the claim…", "Claim deleted. An editor can restore it.", async () => {
          await apiFetch(`/api/claims/${claim.id}`, { method: "DELETE" });
          setClaims((current) => current.filter((existing) => existing.id !== claim.id));
        }),
      restoreClaim: (claimId: string) =>
        run("Restoring…", "Claim restored.", async () => {
          const { claim } = await apiFetch(`/api/claims/${claimId}/restore`, { method: "POST", answer: ZClaimAnswer });
          upsert(claim);
          return claim;
        }),
      addSource: (claimId: string, input: CreateSource) =>
        run("Adding the source…", "Source added.", async () => {
          const { source } = await apiFetch(`/api/claims/${claimId}/sources`, { method: "POST", body: input, answer: ZSourceAnswer });
          withSources(claimId, (sources) => [...sources, source]);
          return source;
        }),
      updateSource: (source: SourceView, input: UpdateSource) =>
        run("Saving the source…", "Source saved.", async () => {
          const { source: saved } = await apiFetch(`/api/sources/${source.id}`, { method: "PATCH", body: input, answer: ZSourceAnswer });
          withSources(source.claimId, (sources) => sources.map((existing) => (existing.id === saved.id ? saved : existing)));
          return saved;
        }),
      deleteSource: (source: SourceView) =>
        run("Removing the source…", "Source removed.", async () => {
          await apiFetch(`/api/sources/${source.id}`, { method: "DELETE" });
          withSources(source.claimId, (sources) => sources.filter((existing) => existing.id !== source.id));
        }),
    };
  }, [articleId, feedback]);

  useEffect(() => {
    void actions.reload();
  }, [actions]);

  return { claims, loadState, feedback, actions };
}

export type ClaimStore = ReturnType<typeof useClaimStore>;
/** Every change to the article's claims, with feedback; the same object for the article's lifetime. */
export type ClaimActions = ClaimStore["actions"];
