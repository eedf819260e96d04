import { beforeEach, describe, expect, it, vi } from "vitest";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const get = (query = "") => GET(new Request(`http://claimdesk.test/api/audit${query}`), routeContext());

describe("GET /api/audit", () => {
  beforeEach(() => signOut());

  it("refuses anonymous (401) and everyone but admins (403)", async () => {
    expect((await get()).status).toBe(401);
    for (const role of ["viewer", "reviewer", "editor"] as const) {
      signInAs(await buildUser({ role }));
      const response = await get();
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    }
  });

  it("answers an admin a page of entries, newest first, with the next page's cursor, never cached", async () => {
    const admin = await buildUser({ role: "admin" });
    for (let i = 0; i < 3; i++) await recordAudit({ action: "sign_in_failed", email: `guess${i}@example.test`, address: "198.51.100.7" });
    signInAs(admin);
    const response = await get("?limit=2&action=sign_in_failed");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { entries: { email: string }[]; nextBefore: string };
    expect(body.entries.map((entry) => entry.email)).toEqual(["guess2@example.test", "guess1@example.test"]);
    const next = (await (await get(`?limit=2&action=sign_in_failed&before=${body.nextBefore}`)).json()) as { entries: { email: string }[]; nextBefore: null };
    expect(next).toMatchObject({ entries: [{ email: "guess0@example.test" }], nextBefore: null });
  });

  it("answers a bad query with 400 naming the field", async () => {
    signInAs(await buildUser({ role: "admin" }));
    for (const [query, field] of [["?before=abc", "before"], ["?limit=0", "limit"], ["?action=deleted", "action"], ["?page=2", "page"]] as const) {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect(Object.keys(((await response.json()) as { error: { fields: object } }).error.fields)).toEqual([field]);
    }
  });
});
