import { beforeEach, describe, expect, it, vi } from "vitest";
import { docFromParagraphs } from "@/lib/document/article-document";
import { ZSearchAnswer } from "@/lib/views/search";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/mock-session";
import { routeContext } from "@/test/route-context";
import { GET } from "./route";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const get = (query: string) => GET(new Request(`http://claimdesk.test/api/search${query}`), routeContext());

describe("GET /api/search", () => {
  beforeEach(() => signOut());

  it("rejects anonymous with 401 JSON", async () => {
    const response = await get("?q=anything");
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("answers a viewer the matching claims with their article and marked words, never cached", async () => {
    const editor = await buildUser({ role: "editor" });
    const article = await buildArticle({ actor: editor, title: "Jobs report", doc: docFromParagraphs(["Unemployment fell to a quokkalike low, the minister said."]) });
    const claim = await buildClaim({ actor: editor, article, quote: "Unemployment fell to a quokkalike low" });
    signInAs(await buildUser({ role: "viewer" }));

    const response = await get("?q=quokkalike&status=open");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = ZSearchAnswer.parse(await response.json());
    expect(body.next).toBeUndefined();
    expect(body.results).toHaveLength(1);
    expect(body.results[0]).toMatchObject({ claim: { id: claim.id }, article: { id: article.id, title: "Jobs report" } });
    expect(body.results[0]!.highlights).toEqual([
      { field: "quote", segments: [{ text: "Unemployment fell to a ", isMatch: false }, { text: "quokkalike", isMatch: true }, { text: " low", isMatch: false }] },
    ]);
  });

  it("answers bad input with 400 naming the field, never a 500", async () => {
    signInAs(await buildUser({ role: "reviewer" }));
    const cases = [
      [`?q=${"x".repeat(201)}`, "q"],
      ["", "q"],
      ["?q=a&verdict=sort-of", "verdict"],
      ["?q=a&cursor=bad!", "cursor"],
      [`?q=a&cursor=${btoa("[1,2]")}`, "cursor"],
      ["?q=a&article=42", "article"],
      ["?q=a%00b", "q"],
      ["?q=a&q=b", "q"],
      ["?q=a&sort=date", "sort"],
    ] as const;
    for (const [query, field] of cases) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      expect(Object.keys(((await response.json()) as { error: { fields: object } }).error.fields), query).toEqual([field]);
    }
  });
});
