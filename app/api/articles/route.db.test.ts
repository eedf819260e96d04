import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildArticle, buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const request = () => new Request("http://claimdesk.test/api/articles");

describe("GET /api/articles", () => {
  beforeEach(() => signOut());

  it("rejects anonymous", async () => {
    const response = await GET(request(), routeContext());
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
  });

  it("lists articles for any signed-in role, with claim counts", async () => {
    const article = await buildArticle({ title: "Listed article" });
    signInAs(await buildUser({ role: "viewer" }));
    const response = await GET(request(), routeContext());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      articles: [{ id: article.id, slug: "listed-article", title: "Listed article", publisher: null, byline: null, claimCount: 0, lastActivityAt: article.lastActivityAt }],
    });
  });
});
