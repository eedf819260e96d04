/** For tests that check a refused request changed nothing: how many rows each table holds. */
import "server-only";
import { getDb } from "@/lib/db/client";

export async function countRows(): Promise<Record<"articles" | "claims" | "sources" | "comments" | "reviews" | "tokens" | "users" | "events", number>> {
  const db = getDb();
  const [articles, claims, sources, comments, reviews, tokens, users, events] = await Promise.all([
    db.article.count(),
    db.claim.count(),
    db.source.count(),
    db.comment.count(),
    db.review.count(),
    db.apiToken.count(),
    db.user.count(),
    db.event.count(),
  ]);
  return { articles, claims, sources, comments, reviews, tokens, users, events };
}
