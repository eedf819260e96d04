import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { MAX_BODY_BYTES, parseJsonBody, parseParams, parseWith } from "./parse";

const ZBody = z.object({ claim: z.object({ summary: z.string().min(1, "Enter a summary.") }), tags: z.array(z.string()).optional() });

function jsonRequest(body: string, headers: Record<string, string> = {}) {
  return new Request("http://claimdesk.test/api/x", { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected the promise to reject"),
    (error: unknown) => error,
  );
}

describe("parseJsonBody", () => {
  it("returns the validated body", async () => {
    await expect(parseJsonBody(jsonRequest('{"claim":{"summary":"S"}}'), ZBody)).resolves.toEqual({ claim: { summary: "S" } });
  });

  it("answers invalid JSON with a 400 ValidationError that has fields", async () => {
    const error = await caught(parseJsonBody(jsonRequest("{not json"), ZBody));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 400, code: "invalid_input", message: expect.stringMatching(/not valid JSON/), fields: { _: ["Invalid JSON."] } });
  });

  it("answers a Content-Length over the limit with 413 before reading", async () => {
    const error = await caught(parseJsonBody(jsonRequest("{}", { "content-length": String(MAX_BODY_BYTES + 1) }), ZBody));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 413 });
  });

  it("answers an oversize body without Content-Length with 413", async () => {
    const body = JSON.stringify({ claim: { summary: "x".repeat(MAX_BODY_BYTES) } });
    await expect(parseJsonBody(jsonRequest(body), ZBody)).rejects.toMatchObject({ status: 413 });
  });

  it("counts the limit in bytes, not characters", async () => {
    // 0.8 M three-byte characters: under the limit in characters, 2.4 MB in bytes.
    const body = JSON.stringify({ claim: { summary: "€".repeat(800_000) } });
    await expect(parseJsonBody(jsonRequest(body), ZBody)).rejects.toMatchObject({ status: 413 });
  });

  it("names the nested field path when zod refuses the body", async () => {
    const error = await caught(parseJsonBody(jsonRequest('{"claim":{"summary":""},"tags":[1]}'), ZBody));
    expect(error).toMatchObject({ status: 400, fields: { "claim.summary": ["Enter a summary."], "tags.0": [expect.any(String)] } });
  });
});

describe("parseWith", () => {
  it("puts errors about the whole value under _", () => {
    expect(() => parseWith(ZBody, "a string")).toThrow(ValidationError);
    try {
      parseWith(ZBody, "a string");
    } catch (error) {
      expect((error as ValidationError).fields).toHaveProperty("_");
    }
  });
});

describe("parseParams", () => {
  it("returns valid params and turns invalid ones into a 404", () => {
    const ZParams = z.object({ id: z.uuid() });
    const id = "0193f3c4-5b6a-7c8d-9e0f-123456789abc";
    expect(parseParams(ZParams, { id })).toEqual({ id });
    expect(() => parseParams(ZParams, { id: "nope" })).toThrow(NotFoundError);
  });
});

describe("hostile keys and text", () => {
  it("reports unknown `__proto__` and `constructor` fields by name instead of throwing", () => {
    const body = JSON.parse('{"version": 1, "__proto__": {"x": 1}, "constructor": 1, "toString": 2}') as unknown;
    const strict = z.strictObject({ version: z.number() });
    expect(() => parseWith(strict, body)).toThrow(ValidationError);
    try {
      parseWith(strict, body);
    } catch (error) {
      expect(Object.keys((error as ValidationError).fields!).sort()).toEqual(["__proto__", "constructor", "toString"]);
    }
  });

  it("refuses a NUL or a lone surrogate before the schema, naming the field", () => {
    expect(() => parseWith(z.object({ title: z.string() }), { title: "\ud800" })).toThrow(expect.objectContaining({ status: 400, fields: { title: [expect.stringMatching(/surrogate/)] } }));
  });
});
