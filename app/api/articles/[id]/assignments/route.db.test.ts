import { beforeEach, describe, expect, it, vi } from "vitest";
import { eventsSince, lastEventId } from "@/lib/data/events/event-log-for-tests";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { jsonRequest } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { POST } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const assign = (id: string, body: unknown) => POST(jsonRequest(`/api/articles/${id}/assignments`, "POST", body), routeContext({ id }));

async function setup() {
  const editor = await buildUser({ role: "editor" });
  const article = await buildArticle({ actor: editor });
  const first = await buildClaim({ article, quote: "The first paragraph" });
  const second = await buildClaim({ article, quote: "The second paragraph" });
  return { editor, article, first, second };
}

describe("POST /api/articles/:id/assignments", () => {
  beforeEach(() => signOut());

  it("rejects anonymous with 401 and a reviewer with 403", async () => {
    const { article, first } = await setup();
    expect((await assign(article.id, { claimIds: [first.id], assigneeId: null })).status).toBe(401);
    signInAs(await buildUser());
    expect((await assign(article.id, { claimIds: [first.id], assigneeId: null })).status).toBe(403);
  });

  it("answers bad input with 400 naming the field, a viewer as assignee with 400, another article's claim with 422", async () => {
    const { editor, article, first } = await setup();
    signInAs(editor);
    const empty = await assign(article.id, { claimIds: [], assigneeId: null });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.fields).toHaveProperty("claimIds");
    const viewer = await assign(article.id, { claimIds: [first.id], assigneeId: (await buildUser({ role: "viewer" })).id });
    expect(viewer.status).toBe(400);
    expect((await viewer.json()).error.fields).toHaveProperty("assigneeId");
    const elsewhere = await assign(article.id, { claimIds: [first.id, (await buildClaim()).id], assigneeId: null });
    expect(elsewhere.status).toBe(422);
    expect((await elsewhere.json()).error.fields).toHaveProperty("claimIds");
  });

  it("assigns the claims, one claim.updated each, and a repeat changes nothing", async () => {
    const { editor, article, first, second } = await setup();
    const rosa = await buildUser({ name: "Rosa" });
    signInAs(editor);
    const since = await lastEventId();
    const answer = await assign(article.id, { claimIds: [second.id, first.id], assigneeId: rosa.id });
    expect(answer.status).toBe(200);
    const { claims } = await answer.json();
    expect(claims.map((claim: { id: string; assignee: { name: string } }) => [claim.id, claim.assignee.name])).toEqual([[first.id, "Rosa"], [second.id, "Rosa"]]);
    expect((await eventsSince(since)).map((event) => event.type)).toEqual(["claim.updated", "claim.updated"]);
    const again = await lastEventId();
    expect((await assign(article.id, { claimIds: [first.id, second.id], assigneeId: rosa.id })).status).toBe(200);
    expect(await eventsSince(again)).toEqual([]);
  });
});
