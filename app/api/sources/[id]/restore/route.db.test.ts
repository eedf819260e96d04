import { beforeEach, describe, expect, it, vi } from "vitest";
import { getClaim } from "@/lib/data/claims/get-claim";
import { deleteSource } from "@/lib/data/sources/delete-source";
import { listDeletedSources } from "@/lib/data/sources/list-deleted-sources";
import { buildSource, buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { POST } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const restore = (id: string, query = "") => POST(new Request(`http://claimdesk.test/api/sources/${id}/restore${query}`, { method: "POST" }), routeContext({ id }));

/** A source its adder (a reviewer) removed. */
async function removedSource() {
  const adder = await buildUser({ role: "reviewer" });
  const source = await buildSource({ actor: adder });
  await deleteSource({ actor: adder, sourceId: source.id });
  return { adder, source };
}

async function liveSourceIds(claimId: string) {
  return (await getClaim({ actor: await buildUser({ role: "editor" }), claimId })).sources.map((source) => source.id);
}

describe("POST /api/sources/[id]/restore", () => {
  beforeEach(() => signOut());

  it("rejects anonymous and restores nothing", async () => {
    const { source } = await removedSource();
    const response = await restore(source.id);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect(await liveSourceIds(source.claimId)).toEqual([]);
  });

  it.each(["viewer", "reviewer"] as const)("rejects the wrong role (a %s who did not add it) and restores nothing", async (role) => {
    const { source } = await removedSource();
    signInAs(await buildUser({ role }));
    const response = await restore(source.id);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    expect(await liveSourceIds(source.claimId)).toEqual([]);
  });

  it.each(["adder", "editor"] as const)("lets its %s bring it back: 200 with the live source", async (who) => {
    const { adder, source } = await removedSource();
    signInAs(who === "adder" ? adder : await buildUser({ role: "editor" }));
    const response = await restore(source.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ source: { ...source, version: 3, updatedAt: expect.any(String) } });
    expect(await liveSourceIds(source.claimId)).toEqual([source.id]);
    expect(await listDeletedSources({ actor: adder, claimId: source.claimId })).toEqual([]);
  });

  it("answers 400 naming the version for a bad ?version=, 409 for a stale one or a live source, 404 for an unknown id", async () => {
    const { adder, source } = await removedSource();
    signInAs(adder);
    const bad = await restore(source.id, "?version=two");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("version");
    expect((await restore(source.id, "?version=1")).status).toBe(409);
    expect(await liveSourceIds(source.claimId)).toEqual([]);
    expect((await restore(source.id)).status).toBe(200);
    expect((await restore(source.id)).status).toBe(409);
    expect((await restore("0193f3c4-5b6a-7c8d-9e0f-123456789abc")).status).toBe(404);
    expect((await restore("not-a-uuid")).status).toBe(404);
  });
});
