import { describe, expect, it } from "vitest";
import { appOriginsOf, forgeryRefusal } from "./request-guard";

const APP = "http://claimdesk.test:3000";
const request = (method: string, path: string, headers: Record<string, string> = {}) => ({ method, url: `${APP}${path}`, headers: new Headers(headers) });
const json = { "content-type": "application/json", "content-length": "20" };

describe("forgeryRefusal", () => {
  it("lets the app's own JSON writes through, by Origin or by Sec-Fetch-Site", () => {
    expect(forgeryRefusal(request("POST", "/api/articles", { ...json, origin: APP }), [APP])).toBeNull();
    expect(forgeryRefusal(request("PATCH", "/api/claims/x", { ...json, "sec-fetch-site": "same-origin" }), [APP])).toBeNull();
    expect(forgeryRefusal(request("DELETE", "/api/claims/x", { origin: APP }), [APP])).toBeNull();
    expect(forgeryRefusal(request("POST", "/api/claims/x/restore", { origin: APP }), [APP])).toBeNull();
  });

  it("refuses a write from another origin (another port of the same host included), an opaque one, or none", () => {
    expect(forgeryRefusal(request("POST", "/api/tokens", { ...json, origin: "http://claimdesk.test:8080" }), [APP])).toMatch(/8080/);
    expect(forgeryRefusal(request("POST", "/api/tokens", { ...json, origin: "null" }), [APP])).toMatch(/opaque/);
    expect(forgeryRefusal(request("POST", "/api/tokens", json), [APP])).toMatch(/Origin/);
    expect(forgeryRefusal(request("POST", "/api/tokens", { ...json, "sec-fetch-site": "same-site" }), [APP])).not.toBeNull();
    // A server action posted from another origin is refused the same way (not a 500 from Next).
    expect(forgeryRefusal(request("POST", "/settings", { origin: "http://evil.test", "next-action": "abc" }), [APP])).not.toBeNull();
  });

  it("refuses text/plain and form bodies on the JSON API, even from the app's origin", () => {
    expect(forgeryRefusal(request("POST", "/api/articles", { origin: APP, "content-type": "text/plain", "content-length": "9" }), [APP])).toMatch(/JSON/);
    expect(forgeryRefusal(request("PUT", "/api/claims/x/review", { origin: APP, "content-type": "application/x-www-form-urlencoded", "content-length": "9" }), [APP])).toMatch(/JSON/);
    expect(forgeryRefusal(request("POST", "/api/x", { origin: APP, "content-type": "application/merge-patch+json", "content-length": "2" }), [APP])).toBeNull();
  });

  it("exempts reads, bearer-token requests and next-auth's own routes", () => {
    expect(forgeryRefusal(request("GET", "/api/me", { origin: "http://evil.test" }), [APP])).toBeNull();
    expect(forgeryRefusal(request("POST", "/api/articles", { authorization: "Bearer cdk_x", "content-type": "text/plain", "content-length": "3" }), [APP])).toBeNull();
    expect(forgeryRefusal(request("POST", "/api/auth/callback/credentials", { "content-type": "application/x-www-form-urlencoded", "content-length": "9" }), [APP])).toBeNull();
  });
});

describe("appOriginsOf", () => {
  it("is the configured public URL and the host the request came to", () => {
    expect(appOriginsOf(request("GET", "/", { host: "127.0.0.1:3100" }), "https://desk.example.org/")).toEqual(["https://desk.example.org", "http://127.0.0.1:3100"]);
  });
});
