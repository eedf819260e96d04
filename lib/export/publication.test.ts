import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { publicationOf } from "./publication";

const env = (values: Record<string, string>) => readEnv(values as unknown as NodeJS.ProcessEnv);

describe("publicationOf", () => {
  it("falls back to the request's origin, and names the app as the organisation's site (development)", () => {
    expect(publicationOf(env({}), "http://localhost:3000")).toEqual({
      baseUrl: "http://localhost:3000",
      organisation: { name: "Claimdesk", url: "http://localhost:3000" },
      factCheckBaseUrl: null,
    });
  });

  it("reads the configured URLs, without trailing slashes", () => {
    const configured = env({ NEXTAUTH_URL: "https://desk.herald.example/", CLAIMDESK_ORG_NAME: "The Herald", CLAIMDESK_ORG_URL: "https://herald.example", CLAIMDESK_FACTCHECK_BASE_URL: "https://herald.example/fact-checks/" });
    expect(publicationOf(configured, "http://10.0.0.5:3000")).toEqual({
      baseUrl: "https://desk.herald.example",
      organisation: { name: "The Herald", url: "https://herald.example" },
      factCheckBaseUrl: "https://herald.example/fact-checks",
    });
  });
});
