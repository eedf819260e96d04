import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError, apiFetch } from "./api-fetch";

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
});
