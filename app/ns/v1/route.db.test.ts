import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "./route";

type ContextDocument = { "@context": Record<string, { "@id": string }> };

describe("GET /ns/v1", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("answers anyone (no session is read) with the JSON-LD context, cacheable and open to other origins", async () => {
    const response = GET(new Request("http://claimdesk.test/ns/v1"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=86400");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const { "@context": context } = (await response.json()) as ContextDocument;
    for (const term of ["stance", "claimant", "status", "tags"]) expect(context[term]?.["@id"]).toBe(`http://claimdesk.test/ns/v1#${term}`);
  });

  it("names its terms under the configured public URL", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://desk.herald.example");
    const { "@context": context } = (await GET(new Request("http://10.0.0.5:3000/ns/v1")).json()) as ContextDocument;
    expect(context.stance?.["@id"]).toBe("https://desk.herald.example/ns/v1#stance");
  });
});
