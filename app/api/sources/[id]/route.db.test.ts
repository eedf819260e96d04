import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/policies/actor";
import { getClaim } from "@/lib/data/claims/get-claim";
import { buildSource, buildUser } from "@/test/factories";
import { jsonRequest, oversizeBody } from "@/test/json-request";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { DELETE, PATCH } from "./route";
import type { SourceView } from "@/lib/views/source";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const patchSource = (id: string, body: unknown) => PATCH(jsonRequest(`/api/sources/${id}`, "PATCH", body), routeContext({ id }));
const deleteSource = (id: string) => DELETE(new Request(`http://claimdesk.test/api/sources/${id}`, { method: "DELETE" }), routeContext({ id }));

async function storedSources(claimId: string) {
  return (await getClaim({ actor: await buildUser({ role: "editor" }), claimId })).sources;
}

let adder: Actor;
let source: SourceView;

beforeEach(async () => {
  signOut();
  adder = await buildUser({ role: "reviewer" });
  source = await buildSource({ actor: adder });
});

describe("PATCH /api/sources/[id]", () => {
  it("rejects anonymous and changes nothing", async () => {
    const response = await patchSource(source.id, { stance: "context" });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect(await storedSources(source.claimId)).toEqual([source]);
  });

  it.each(["viewer", "reviewer"] as const)("rejects the wrong role (%s who did not add it) and changes nothing", async (role) => {
    signInAs(await buildUser({ role }));
    const response = await patchSource(source.id, { stance: "context" });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await storedSources(source.claimId)).toEqual([source]);
  });

  it("lets the adder edit it: 200 with the source", async () => {
    signInAs(adder);
    const response = await patchSource(source.id, { stance: "context", title: "Retitled" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { source: SourceView };
    expect(body.source).toEqual({ ...source, stance: "context", title: "Retitled", version: 2, updatedAt: expect.any(String) });
    expect(await storedSources(source.claimId)).toEqual([body.source]);
  });

  it("lets an editor edit anybody's source", async () => {
    signInAs(await buildUser({ role: "editor" }));
    expect((await patchSource(source.id, { publisher: "Agency" })).status).toBe(200);
  });

  it.each([
    ["invalid JSON", "{stance}", "_"],
    ["a javascript: URL", { url: "javascript:alert(1)" }, "url"],
    ["an unknown stance", { stance: "maybe" }, "stance"],
    ["an unknown key", { claimId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc" }, "claimId"],
    ["a 1 MB excerpt", { excerpt: "x".repeat(1_000_000) }, "excerpt"],
  ])("answers %s with 400 naming %s, and changes nothing", async (_label, body, field) => {
    signInAs(adder);
    const response = await patchSource(source.id, body);
    expect(response.status).toBe(400);
    const json = (await response.json()) as { error: { fields: Record<string, string[]> } };
    expect(json).toEqual({ error: { code: "invalid_input", message: expect.any(String), fields: expect.any(Object) } });
    expect(Object.keys(json.error.fields)).toEqual([field]);
    expect(await storedSources(source.claimId)).toEqual([source]);
  });

  it("answers a 3 MB body with 413, and changes nothing", async () => {
    signInAs(adder);
    expect((await patchSource(source.id, oversizeBody())).status).toBe(413);
    expect(await storedSources(source.claimId)).toEqual([source]);
  });
});

describe("DELETE /api/sources/[id]", () => {
  it("rejects anonymous and deletes nothing", async () => {
    const response = await deleteSource(source.id);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect(await storedSources(source.claimId)).toEqual([source]);
  });

  it.each(["viewer", "reviewer"] as const)("rejects the wrong role (%s who did not add it) and deletes nothing", async (role) => {
    signInAs(await buildUser({ role }));
    const response = await deleteSource(source.id);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await storedSources(source.claimId)).toEqual([source]);
  });

  it("lets an editor delete it: 200 naming what was deleted, then 404", async () => {
    signInAs(await buildUser({ role: "editor" }));
    const response = await deleteSource(source.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: { id: source.id, claimId: source.claimId } });
    expect(await storedSources(source.claimId)).toEqual([]);
    expect((await deleteSource(source.id)).status).toBe(404);
  });

  it("lets the adder delete it", async () => {
    signInAs(adder);
    expect((await deleteSource(source.id)).status).toBe(200);
    expect(await storedSources(source.claimId)).toEqual([]);
  });
});
