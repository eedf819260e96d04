import type { Dispatch, SetStateAction } from "react";
import type { LiveEventData } from "@/lib/realtime/live-event";
import type { ClaimView } from "@/lib/views/claim";
import type { PersonView } from "@/lib/views/person";
import type { SourceView } from "@/lib/views/source";

export type ChangeKind = "created" | "updated" | "sources";

/** What a live event changes in the claim store. */
export type ClaimEventTarget = {
  setClaims: Dispatch<SetStateAction<ClaimView[]>>;
  withSources: (claimId: string, update: (sources: SourceView[]) => SourceView[]) => void;
  markRecent: (claimId: string, by: PersonView | null, kind: ChangeKind) => void;
  /** Tells a load in flight that this claim changed (mergeLoadedClaims). */
  noteChange: (claimId: string, version: number, deleted: boolean) => void;
};

/** Keeps the newer of two versions (a live event may arrive before or after the answer). */
export function isNewer(incoming: { version: number }, existing: { version: number } | undefined): boolean {
  return !existing || incoming.version > existing.version;
}

/** A change someone made, from the live stream: applied if newer than what is shown; repeats and order do not matter. */
export function applyClaimEvent(event: LiveEventData, { setClaims, withSources, markRecent, noteChange }: ClaimEventTarget): void {
  switch (event.type) {
    case "claim.created":
    case "claim.updated":
    case "claim.restored": {
      const incoming = event.claim;
      noteChange(incoming.id, incoming.version, false);
      setClaims((current) => {
        const existing = current.find((candidate) => candidate.id === incoming.id);
        if (!isNewer(incoming, existing)) return current;
        return [...current.filter((candidate) => candidate.id !== incoming.id), incoming];
      });
      markRecent(incoming.id, event.actor, event.type === "claim.updated" ? "updated" : "created");
      return;
    }
    case "claim.deleted":
      noteChange(event.claim.id, event.claim.version, true);
      setClaims((current) => current.filter((candidate) => candidate.id !== event.claim.id || candidate.version > event.claim.version));
      return;
    case "source.created":
    case "source.updated":
    case "source.restored":
      withSources(event.source.claimId, (sources) => {
        const existing = sources.find((candidate) => candidate.id === event.source.id);
        if (!isNewer(event.source, existing)) return sources;
        const next = existing ? sources.map((candidate) => (candidate.id === event.source.id ? event.source : candidate)) : [...sources, event.source];
        return next.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
      });
      markRecent(event.source.claimId, event.actor, "sources");
      return;
    case "source.deleted":
      withSources(event.source.claimId, (sources) => sources.filter((candidate) => candidate.id !== event.source.id || candidate.version > event.source.version));
      markRecent(event.source.claimId, event.actor, "sources");
      return;
    default:
      return;
  }
}
