import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import * as permissions from "./permissions";
import { ROLES, type Role } from "@/lib/validation/roles";

const OTHER_USER_ID = "00000000-0000-7000-8000-000000000999";

function actorWith(role: Role): Actor {
  return { id: `00000000-0000-7000-8000-00000000000${ROLES.indexOf(role)}`, email: `${role}@example.test`, name: role, role };
}

type Row = { rule: keyof typeof permissions; case: string; check: (actor: Actor) => boolean; expected: Record<Role, boolean> };

const row = (rule: Row["rule"], check: Row["check"], [viewer, reviewer, editor, admin]: boolean[], label = ""): Row => ({
  rule,
  case: label,
  check,
  expected: { viewer: !!viewer, reviewer: !!reviewer, editor: !!editor, admin: !!admin },
});

const own = (actor: Actor) => ({ createdById: actor.id });
const another = { createdById: OTHER_USER_ID };

// Columns:                                                               viewer reviewer editor admin
const TABLE: Row[] = [
  row("hasRole", (a) => permissions.hasRole(a, "viewer"), [true, true, true, true], "at least viewer"),
  row("hasRole", (a) => permissions.hasRole(a, "reviewer"), [false, true, true, true], "at least reviewer"),
  row("hasRole", (a) => permissions.hasRole(a, "editor"), [false, false, true, true], "at least editor"),
  row("hasRole", (a) => permissions.hasRole(a, "admin"), [false, false, false, true], "at least admin"),
  row("canReadArticles", permissions.canReadArticles, [true, true, true, true]),
  row("canExport", permissions.canExport, [true, true, true, true]),
  row("canCreateClaim", permissions.canCreateClaim, [false, true, true, true]),
  row("canComment", permissions.canComment, [false, true, true, true]),
  row("canEditClaim", (a) => permissions.canEditClaim(a, own(a)), [false, true, true, true], "own claim"),
  row("canEditClaim", (a) => permissions.canEditClaim(a, another), [false, false, true, true], "another's claim"),
  row("canDeleteClaim", (a) => permissions.canDeleteClaim(a, own(a)), [false, true, true, true], "own claim"),
  row("canDeleteClaim", (a) => permissions.canDeleteClaim(a, another), [false, false, true, true], "another's claim"),
  row("canEditSomeClaims", permissions.canEditSomeClaims, [false, true, true, true]),
  row("canAddSource", permissions.canAddSource, [false, true, true, true]),
  row("canEditSource", (a) => permissions.canEditSource(a, { addedById: a.id }), [false, true, true, true], "own source"),
  row("canEditSource", (a) => permissions.canEditSource(a, { addedById: OTHER_USER_ID }), [false, false, true, true], "another's source"),
  row("canRestoreClaim", (a) => permissions.canRestoreClaim(a, own(a)), [false, true, true, true], "own claim"),
  row("canRestoreClaim", (a) => permissions.canRestoreClaim(a, another), [false, false, true, true], "another's claim"),
  row("canRestoreSource", (a) => permissions.canRestoreSource(a, { addedById: a.id }), [false, true, true, true], "own source"),
  row("canRestoreSource", (a) => permissions.canRestoreSource(a, { addedById: OTHER_USER_ID }), [false, false, true, true], "another's source"),
  row("canSeeDeletedClaims", permissions.canSeeDeletedClaims, [false, false, true, true]),
  row("canSetReviewPolicy", permissions.canSetReviewPolicy, [false, false, true, true]),
  row("canRecordReview", permissions.canRecordReview, [false, true, true, true]),
  row("canSeeWorkspaceAgreement", permissions.canSeeWorkspaceAgreement, [false, false, true, true]),
  row("canSetVerdict", (a) => permissions.canSetVerdict(a, own(a), "open"), [false, true, true, true], "own claim, open"),
  row("canSetVerdict", (a) => permissions.canSetVerdict(a, another, "open"), [false, false, true, true], "another's claim, open"),
  row("canSetVerdict", (a) => permissions.canSetVerdict(a, own(a), "blind"), [false, false, true, true], "own claim, blind"),
  row("canSeeReviews", (a) => permissions.canSeeReviews(a, { policy: "open", hasVerdict: false, hasOwnReview: false }), [true, true, true, true], "open"),
  row("canSeeReviews", (a) => permissions.canSeeReviews(a, { policy: "blind", hasVerdict: false, hasOwnReview: false }), [false, false, true, true], "blind, not reviewed, no verdict"),
  row("canSeeReviews", (a) => permissions.canSeeReviews(a, { policy: "blind", hasVerdict: false, hasOwnReview: true }), [true, true, true, true], "blind, reviewed"),
  row("canSeeReviews", (a) => permissions.canSeeReviews(a, { policy: "blind", hasVerdict: true, hasOwnReview: false }), [true, true, true, true], "blind, final verdict set"),
  row("canAssignClaims", permissions.canAssignClaims, [false, false, true, true]),
  row("canEditArticle", permissions.canEditArticle, [false, false, true, true]),
  row("canImportArticle", permissions.canImportArticle, [false, false, true, true]),
  row("canManageUsers", permissions.canManageUsers, [false, false, false, true]),
  row("canViewAuditLog", permissions.canViewAuditLog, [false, false, false, true]),
  row("canManageApiTokens", permissions.canManageApiTokens, [true, true, true, true]),
  row("canEditComment", (a) => permissions.canEditComment(a, { authorId: a.id }), [false, true, true, true], "own comment"),
  row("canEditComment", (a) => permissions.canEditComment(a, { authorId: OTHER_USER_ID }), [false, false, false, false], "another's comment"),
  row("canDeleteComment", (a) => permissions.canDeleteComment(a, { authorId: a.id }), [false, true, true, true], "own comment"),
  row("canDeleteComment", (a) => permissions.canDeleteComment(a, { authorId: OTHER_USER_ID }), [false, false, true, true], "another's comment"),
  row("canResolveThread", (a) => permissions.canResolveThread(a, { claimAuthorId: a.id, commenterId: OTHER_USER_ID }), [false, true, true, true], "claim author"),
  row("canResolveThread", (a) => permissions.canResolveThread(a, { claimAuthorId: OTHER_USER_ID, commenterId: a.id }), [false, true, true, true], "commenter"),
  row("canResolveThread", (a) => permissions.canResolveThread(a, { claimAuthorId: OTHER_USER_ID, commenterId: OTHER_USER_ID }), [false, false, true, true], "anyone else"),
];

const CASES = TABLE.flatMap((entry) =>
  ROLES.map((role) => ({ name: `${entry.rule}${entry.case ? ` (${entry.case})` : ""}`, role, check: entry.check, expected: entry.expected[role] })),
);

describe("permission rules", () => {
  it.each(CASES)("$name for $role is $expected", ({ role, check, expected }) => {
    expect(check(actorWith(role))).toBe(expected);
  });

  it("covers every exported rule in the table", () => {
    const tested = new Set(TABLE.map((entry) => entry.rule));
    expect(Object.keys(permissions).sort()).toEqual([...tested].sort());
  });
});
