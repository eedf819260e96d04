import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET as historyRoute } from "../../../claims/[id]/history/route";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const activity = (id: string, query = "") => GET(jsonRequest(`/api/articles/${id}/activity${query}`, "GET"), routeContext({ id }));
const history = (id: string) => historyRoute(jsonRequest(`/api/claims/${id}/history`, "GET"), routeContext({ id }));

describe("GET /api/articles/:id/activity and /api/claims/:id/history", () => {
  beforeEach(() => signOut());

  it("answer the signed-out with 401", async () => {
    const claim = await buildClaim();
    expect((await activity(claim.articleId)).status).toBe(401);
    expect((await history(claim.id)).status).toBe(401);
  });

  it("answer a viewer with the entries, and bad paging with 400 naming the field", async () => {
    const article = await buildArticle();
    const claim = await buildClaim({ article });
    signInAs(await buildUser({ role: "viewer" }));
    const answer = await activity(article.id, "?limit=1");
    expect(answer.status).toBe(200);
    const body = await answer.json();
    expect(body.activity).toHaveLength(1);
    expect(body.next).toMatch(/^\d+$/);
    expect((await (await history(claim.id)).json()).history).toHaveLength(1);
    for (const [query, field] of [
      ["?limit=0", "limit"],
      ["?limit=500", "limit"],
      ["?before=abc", "before"],
      ["?before=9999999999999999999", "before"],
      ["?page=2", "page"],
    ] as const) {
      const bad = await activity(article.id, query);
      expect(bad.status, query).toBe(400);
      expect((await bad.json()).error.fields, query).toHaveProperty([field]);
    }
  });
});
