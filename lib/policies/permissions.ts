/**
 * Permission rules: small pure functions, one per action. The data layer calls them on the server;
 * the UI may call them too, only to hide what would be refused anyway.
 */
import { ROLES, type Role } from "@/lib/validation/roles";
import type { Actor } from "./actor";

export function hasRole(actor: Pick<Actor, "role">, minimum: Role): boolean {
  return ROLES.indexOf(actor.role) >= ROLES.indexOf(minimum);
}

type Owned = { createdById: string };

export const canReadArticles = (actor: Actor) => hasRole(actor, "viewer");
export const canExport = (actor: Actor) => hasRole(actor, "viewer");
export const canCreateClaim = (actor: Actor) => hasRole(actor, "reviewer");
export const canComment = (actor: Actor) => hasRole(actor, "reviewer");
export const canEditClaim = (actor: Actor, claim: Owned) =>
  hasRole(actor, "editor") || (hasRole(actor, "reviewer") && claim.createdById === actor.id);
export const canDeleteClaim = canEditClaim;
/** May edit or delete claims at all (their own; editors anyone's): the route-level gate before the per-claim rule. */
export const canEditSomeClaims = (actor: Actor) => hasRole(actor, "reviewer");
export const canAddSource = (actor: Actor) => hasRole(actor, "reviewer");
export const canEditSource = (actor: Actor, source: { addedById: string }) =>
  hasRole(actor, "editor") || (hasRole(actor, "reviewer") && source.addedById === actor.id);
/** A deleted claim comes back by its author's hand (their "Undo") or an editor's. */
export const canRestoreClaim = canEditClaim;
/** Likewise a deleted source: its adder's or an editor's. */
export const canRestoreSource = canEditSource;
export const canSeeDeletedClaims = (actor: Actor) => hasRole(actor, "editor");
export const canAssignClaims = (actor: Actor) => hasRole(actor, "editor");
export const canEditArticle = (actor: Actor) => hasRole(actor, "editor");
export const canImportArticle = (actor: Actor) => hasRole(actor, "editor");
export const canManageUsers = (actor: Actor) => hasRole(actor, "admin");
export const canViewAuditLog = (actor: Actor) => hasRole(actor, "admin");
/** Everyone may hold API tokens; a token acts with its owner's role, so it grants nothing new. */
export const canManageApiTokens = (actor: Actor) => hasRole(actor, "viewer");
/** Only its author edits a comment's words. */
export const canEditComment = (actor: Actor, comment: { authorId: string }) => hasRole(actor, "reviewer") && comment.authorId === actor.id;
/** Its author deletes a comment; editors may delete any. */
export const canDeleteComment = (actor: Actor, comment: { authorId: string }) => hasRole(actor, "editor") || canEditComment(actor, comment);
/** A thread is resolved or reopened by the claim's author, the thread's commenter, or an editor. */
export const canResolveThread = (actor: Actor, thread: { claimAuthorId: string; commenterId: string }) =>
  hasRole(actor, "editor") || (hasRole(actor, "reviewer") && (actor.id === thread.claimAuthorId || actor.id === thread.commenterId));

type ReviewPolicy = "open" | "blind";

export const canSetReviewPolicy = (actor: Actor) => hasRole(actor, "editor");
/** A reviewer records their own review; viewers only read. */
export const canRecordReview = (actor: Actor) => hasRole(actor, "reviewer");
/** The final verdict: editors always; under an open policy also the claim's author. */
export const canSetVerdict = (actor: Actor, claim: Owned, policy: ReviewPolicy) =>
  hasRole(actor, "editor") || (policy === "open" && hasRole(actor, "reviewer") && claim.createdById === actor.id);
/**
 * Whether the others' reviews of a claim (ratings, rationales) may be shown to this actor: under a
 * blind policy only to editors, to a reviewer who has recorded their own, and to all once the claim
 * has a final verdict. Every response, export and event that carries reviews asks this.
 */
export const canSeeReviews = (actor: Actor, claim: { policy: ReviewPolicy; hasVerdict: boolean; hasOwnReview: boolean }) =>
  hasRole(actor, "editor") || claim.policy === "open" || claim.hasVerdict || claim.hasOwnReview;
/** The Agreement page names each pair of reviewers and their figures: editors only. */
export const canSeeWorkspaceAgreement = (actor: Actor) => hasRole(actor, "editor");
