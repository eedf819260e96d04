import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/policies/actor";
import { getDb } from "@/lib/db/client";
import { buildArticle, buildUser } from "@/test/factories";
import { listArticles } from "./list-articles";

// No data-layer function creates claims yet, so this test writes them directly.
function insertClaim(articleId: string, createdBy: Actor, overrides: { deletedAt?: Date } = {}) {
  return getDb().claim.create({
    data: { articleId, createdById: createdBy.id, exact: "first", start: 4, end: 9, anchoredVersion: 1, ...overrides },
  });
}

describe("listArticles", () => {
  it("counts only claims that are not deleted, and lists the most recently active first", async () => {
    const editor = await buildUser({ role: "editor" });
    const reviewer = await buildUser({ role: "reviewer" });
    const older = await buildArticle({ actor: editor, title: "Older", publisher: "National Herald", byline: "NH Digital" });
    const newer = await buildArticle({ actor: editor, title: "Newer" });
    await insertClaim(older.id, reviewer);
    await insertClaim(older.id, reviewer);
    await insertClaim(older.id, reviewer, { deletedAt: new Date() });
    await insertClaim(newer.id, reviewer, { deletedAt: new Date() });

    const viewer = await buildUser({ role: "viewer" });
    const articles = await listArticles({ actor: viewer });
    expect(articles).toEqual([
      { id: newer.id, slug: "newer", title: "Newer", publisher: null, byline: null, claimCount: 0, lastActivityAt: newer.lastActivityAt },
      { id: older.id, slug: "older", title: "Older", publisher: "National Herald", byline: "NH Digital", claimCount: 2, lastActivityAt: older.lastActivityAt },
    ]);
  });
});
