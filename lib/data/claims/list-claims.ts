import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canReadArticles, canSeeDeletedClaims } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { CLAIM_SELECT, presentClaim, type ClaimView } from "./present-claim";

/** An article's claims in text order (orphans last); deleted ones only on request, for editors. */
export async function listClaimsForArticle({
  actor,
  articleId,
  includeDeleted = false,
}: {
  actor: Actor;
  articleId: string;
  includeDeleted?: boolean;
}): Promise<ClaimView[]> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  if (includeDeleted && !canSeeDeletedClaims(actor)) throw new ForbiddenError("Only editors can see deleted claims.");
  const db = getDb();
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new NotFoundError("Article");
  const rows = await db.claim.findMany({
    where: { articleId, ...(includeDeleted ? {} : { deletedAt: null }) },
    orderBy: [{ orphan: "asc" }, { start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
    select: CLAIM_SELECT,
  });
  return rows.map(presentClaim);
}
