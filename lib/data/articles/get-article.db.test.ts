import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { buildArticle, buildUser } from "@/test/factories";
import { getArticle } from "./get-article";

describe("getArticle", () => {
  it("finds an article by id and by slug, for any role", async () => {
    const article = await buildArticle({ title: "Findable article" });
    const viewer = await buildUser({ role: "viewer" });
    await expect(getArticle({ actor: viewer, idOrSlug: article.id })).resolves.toEqual(article);
    await expect(getArticle({ actor: viewer, idOrSlug: "findable-article" })).resolves.toEqual(article);
  });

  it.each(["0193f3c4-5b6a-7c8d-9e0f-123456789abc", "no-such-slug"])("throws NotFoundError for the unknown %j", async (idOrSlug) => {
    const viewer = await buildUser({ role: "viewer" });
    await expect(getArticle({ actor: viewer, idOrSlug })).rejects.toBeInstanceOf(NotFoundError);
  });
});
