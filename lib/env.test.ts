import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

const environment = (values: Record<string, string>) => values as unknown as NodeJS.ProcessEnv;

describe("readEnv", () => {
  it("gives the defaults for an empty environment", () => {
    expect(readEnv(environment({}))).toEqual({ CLAIMDESK_ORG_NAME: "Claimdesk", CLAIMDESK_DEMO: false, CLAIMDESK_SIGNIN_MAX_FAILURES: 10, CLAIMDESK_SIGNIN_WINDOW_SECONDS: 900, CLAIMDESK_MAX_STREAMS_PER_USER: 20, CLAIMDESK_MAX_STREAMS_PER_ADDRESS: 200, CLAIMDESK_IMPORT_TIME_LIMIT_MS: 1000 });
  });

  it("reads the public URL, the organisation and demo mode", () => {
    expect(readEnv(environment({ NEXTAUTH_URL: "https://claims.example.org", CLAIMDESK_ORG_NAME: "Herald", CLAIMDESK_DEMO: "1" }))).toEqual({
      NEXTAUTH_URL: "https://claims.example.org",
      CLAIMDESK_ORG_NAME: "Herald",
      CLAIMDESK_DEMO: true,
      CLAIMDESK_SIGNIN_MAX_FAILURES: 10,
      CLAIMDESK_SIGNIN_WINDOW_SECONDS: 900,
      CLAIMDESK_MAX_STREAMS_PER_USER: 20,
      CLAIMDESK_MAX_STREAMS_PER_ADDRESS: 200,
      CLAIMDESK_IMPORT_TIME_LIMIT_MS: 1000,
    });
  });

  it("reads the sign-in limits, and refuses one that is not a positive whole number", () => {
    expect(readEnv(environment({ CLAIMDESK_SIGNIN_MAX_FAILURES: "50", CLAIMDESK_SIGNIN_WINDOW_SECONDS: "60" }))).toMatchObject({ CLAIMDESK_SIGNIN_MAX_FAILURES: 50, CLAIMDESK_SIGNIN_WINDOW_SECONDS: 60 });
    expect(() => readEnv(environment({ CLAIMDESK_SIGNIN_MAX_FAILURES: "0" }))).toThrow(/CLAIMDESK_SIGNIN_MAX_FAILURES/);
  });

  it("reads where fact-checks are published and the organisation's site, http(s) only", () => {
    expect(readEnv(environment({ CLAIMDESK_FACTCHECK_BASE_URL: "https://herald.example/fact-checks", CLAIMDESK_ORG_URL: "https://herald.example" }))).toMatchObject({
      CLAIMDESK_FACTCHECK_BASE_URL: "https://herald.example/fact-checks",
      CLAIMDESK_ORG_URL: "https://herald.example",
    });
    expect(() => readEnv(environment({ CLAIMDESK_FACTCHECK_BASE_URL: "ftp://herald.example/" }))).toThrow(/CLAIMDESK_FACTCHECK_BASE_URL/);
    expect(() => readEnv(environment({ CLAIMDESK_ORG_URL: "herald.example" }))).toThrow(/CLAIMDESK_ORG_URL/);
  });

  it("refuses a public URL that is not one", () => {
    expect(() => readEnv(environment({ NEXTAUTH_URL: "claims.example.org" }))).toThrow(/NEXTAUTH_URL/);
  });
});
