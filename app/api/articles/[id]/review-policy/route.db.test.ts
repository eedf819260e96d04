import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildArticle, buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { PUT } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const put = (id: string, body: unknown) => PUT(jsonRequest(`/api/articles/${id}/review-policy`, "PUT", body), routeContext({ id }));

describe("PUT /api/articles/:id/review-policy", () => {
  beforeEach(() => signOut());

  it("rejects anonymous with 401 and a reviewer with 403", async () => {
    const article = await buildArticle();
    expect((await put(article.id, { policy: "blind" })).status).toBe(401);
    signInAs(await buildUser({ role: "reviewer" }));
    expect((await put(article.id, { policy: "blind" })).status).toBe(403);
  });

  it("answers a policy it does not know with 400 naming the field", async () => {
    const article = await buildArticle();
    signInAs(await buildUser({ role: "editor" }));
    const bad = await put(article.id, { policy: "secret" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toHaveProperty("policy");
  });

  it("sets the policy and answers the article", async () => {
    const article = await buildArticle();
    signInAs(await buildUser({ role: "editor" }));
    const set = await put(article.id, { policy: "blind" });
    expect(set.status).toBe(200);
    expect((await set.json()).article).toMatchObject({ id: article.id, reviewPolicy: "blind" });
    expect((await put("0193f3c4-5b6a-7c8d-9e0f-123456789abc", { policy: "open" })).status).toBe(404);
  });
});
