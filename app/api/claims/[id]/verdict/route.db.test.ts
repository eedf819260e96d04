import { beforeEach, describe, expect, it, vi } from "vitest";
import { setReviewPolicy } from "@/lib/data/articles/set-review-policy";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { PATCH } from "../route";
import { PUT } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const put = (id: string, body: unknown) => PUT(jsonRequest(`/api/claims/${id}/verdict`, "PUT", body), routeContext({ id }));
const patch = (id: string, body: unknown) => PATCH(jsonRequest(`/api/claims/${id}`, "PATCH", body), routeContext({ id }));

describe("PUT /api/claims/:id/verdict", () => {
  beforeEach(() => signOut());

  it("rejects anonymous with 401 and a viewer with 403", async () => {
    const claim = await buildClaim();
    expect((await put(claim.id, { version: 1, verdict: "true" })).status).toBe(401);
    signInAs(await buildUser({ role: "viewer" }));
    expect((await put(claim.id, { version: 1, verdict: "true" })).status).toBe(403);
  });

  it("answers bad input with 400 naming the field", async () => {
    const claim = await buildClaim();
    signInAs(await buildUser({ role: "editor" }));
    const missing = await put(claim.id, { verdict: "true" });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fields).toHaveProperty("version");
    const wrong = await put(claim.id, { version: 1, verdict: "sort of" });
    expect((await wrong.json()).error.fields).toHaveProperty("verdict");
  });

  it("under a blind policy refuses the claim's own author (403), here and in PATCH, and lets an editor rule", async () => {
    const editor = await buildUser({ role: "editor" });
    const author = await buildUser();
    const article = await buildArticle({ actor: editor });
    await setReviewPolicy({ actor: editor, articleId: article.id, policy: "blind" });
    const claim = await buildClaim({ actor: author, article });
    signInAs(author);
    expect((await put(claim.id, { version: claim.version, verdict: "true" })).status).toBe(403);
    const viaPatch = await patch(claim.id, { version: claim.version, verdict: "true" });
    expect(viaPatch.status).toBe(403);
    expect((await viaPatch.json()).error.message).toMatch(/blind/);
    signInAs(editor);
    const ruled = await put(claim.id, { version: claim.version, verdict: "false", rationale: "Both reviewers agree" });
    expect(ruled.status).toBe(200);
    expect((await ruled.json()).claim).toMatchObject({ verdict: "false", rationale: "Both reviewers agree", ruling: { by: { id: editor.id } } });
  });

  it("answers a stale version with 409 and the current claim", async () => {
    const claim = await buildClaim();
    signInAs(await buildUser({ role: "editor" }));
    expect((await put(claim.id, { version: claim.version, verdict: "true" })).status).toBe(200);
    const stale = await put(claim.id, { version: claim.version, verdict: "false" });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.current).toMatchObject({ verdict: "true" });
  });
});
