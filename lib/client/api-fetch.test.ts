import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError, apiFetch, readRetryAfter } from "./api-fetch";

const ZAnswer = z.object({ claim: z.object({ id: z.string(), version: z.number() }) });

function answerWith(status: number, body: unknown) {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } })));
}

afterEach(() => vi.unstubAllGlobals());

describe("apiFetch", () => {
  it("returns the answer parsed by its view schema", async () => {
    answerWith(200, { claim: { id: "c1", version: 2 } });
    await expect(apiFetch("/api/claims/c1", { answer: ZAnswer })).resolves.toEqual({ claim: { id: "c1", version: 2 } });
  });

  it("refuses an answer that is not what the page expects, instead of handing on half a record", async () => {
    answerWith(200, { claim: { id: "c1" } });
    const failure = await apiFetch("/api/claims/c1", { answer: ZAnswer }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 200, code: "unexpected_answer" });
  });

  it("turns an error answer into an ApiError with its code and fields", async () => {
    answerWith(400, { error: { code: "invalid_input", message: "Bad.", fields: { summary: ["Too long."] } } });
    await expect(apiFetch("/api/claims/c1", { method: "PATCH", body: {}, answer: ZAnswer })).rejects.toMatchObject({
      status: 400,
      code: "invalid_input",
      fields: { summary: ["Too long."] },
    });
  });

  it("keeps the Retry-After of a 503, for the caller to wait that long", async () => {
    const body = JSON.stringify({ error: { code: "unavailable", message: "The database is unreachable right now." } });
    vi.stubGlobal("fetch", vi.fn(async () => new Response(body, { status: 503, headers: { "Content-Type": "application/json", "Retry-After": "5" } })));
    await expect(apiFetch("/api/claims/c1", { answer: ZAnswer })).rejects.toMatchObject({ status: 503, code: "unavailable", retryAfterSeconds: 5 });
  });
});

describe("readRetryAfter", () => {
  it("reads seconds, or an HTTP date as the seconds until it", () => {
    expect(readRetryAfter("5")).toBe(5);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(readRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10);
    expect(readRetryAfter("Wed, 31 Dec 2025 23:59:00 GMT", now)).toBe(0);
  });

  it("is null without a usable header", () => {
    expect(readRetryAfter(null)).toBeNull();
    expect(readRetryAfter("")).toBeNull();
    expect(readRetryAfter("soon")).toBeNull();
  });
});
