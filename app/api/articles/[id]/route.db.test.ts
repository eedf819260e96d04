import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildArticle, buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const getArticle = (id: string) => GET(new Request(`http://claimdesk.test/api/articles/${id}`), routeContext({ id }));

describe("GET /api/articles/[id]", () => {
  beforeEach(() => signOut());

  it("rejects anonymous", async () => {
    const article = await buildArticle();
    const response = await getArticle(article.id);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("returns the article by id and by slug", async () => {
    const article = await buildArticle({ title: "Read me" });
    signInAs(await buildUser({ role: "viewer" }));
    for (const id of [article.id, "read-me"]) {
      const response = await getArticle(id);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ article });
    }
  });

  it.each(["0193f3c4-5b6a-7c8d-9e0f-123456789abc", "no-such-article", "x".repeat(201)])("answers 404 JSON for the unknown %s", async (id) => {
    signInAs(await buildUser({ role: "viewer" }));
    const response = await getArticle(id);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  });
});
