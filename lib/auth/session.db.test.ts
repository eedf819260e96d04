import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";
import { UnauthorizedError } from "@/lib/errors";
import { buildUser } from "@/test/factories";
import type { Actor } from "@/lib/policies/actor";
import { requireActor } from "./session";

vi.mock("next/headers", () => ({ headers: vi.fn() }));
vi.mock("next-auth", () => ({ getServerSession: vi.fn() }));

/** The request being served: its headers, and whose session cookie (if any) came with it. */
function requestWith({ authorization, sessionOf }: { authorization?: string; sessionOf?: Actor }) {
  const requestHeaders = new Headers(authorization === undefined ? {} : { authorization });
  vi.mocked(headers).mockResolvedValue(requestHeaders as Awaited<ReturnType<typeof headers>>);
  vi.mocked(getServerSession).mockResolvedValue(sessionOf ? { user: { id: sessionOf.id }, expires: "2999-01-01T00:00:00.000Z" } : null);
}

async function rejection(): Promise<unknown> {
  return requireActor().then(
    () => expect.unreachable("expected requireActor to reject"),
    (error: unknown) => error,
  );
}

describe("requireActor", () => {
  let owner: Actor;
  let token: string;
  let tokenId: string;

  beforeEach(async () => {
    vi.clearAllMocks();
    owner = await buildUser({ role: "reviewer" });
    ({ token, id: tokenId } = await createApiToken({ actor: owner, input: { name: "Session test" } }));
  });

  it("authenticates a valid Bearer token as its owner, without a session", async () => {
    requestWith({ authorization: `Bearer ${token}` });
    await expect(requireActor()).resolves.toEqual(owner);
    expect(getServerSession).not.toHaveBeenCalled();
  });

  it("prefers the token over a session cookie of someone else", async () => {
    requestWith({ authorization: `Bearer ${token}`, sessionOf: await buildUser({ role: "admin" }) });
    await expect(requireActor()).resolves.toEqual(owner);
  });

  it("rejects a revoked token with 401, even with a valid session cookie", async () => {
    await revokeApiToken({ actor: owner, tokenId });
    requestWith({ authorization: `Bearer ${token}`, sessionOf: owner });
    const error = await rejection();
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({ status: 401, message: expect.stringMatching(/invalid or has been revoked/) });
  });

  it.each([
    ["an unknown token", `Bearer cdk_${"A".repeat(43)}`],
    ["a malformed token", "Bearer not-a-token"],
    ["another scheme", `Basic ${Buffer.from("reviewer@claimdesk.test:pw").toString("base64")}`],
    ["an empty header", ""],
  ])("rejects %s with 401, even with a valid session cookie", async (_label, authorization) => {
    requestWith({ authorization, sessionOf: owner });
    expect(await rejection()).toMatchObject({ status: 401, code: "unauthorized" });
  });

  it("uses the session cookie when there is no Authorization header", async () => {
    const signedIn = await buildUser({ role: "editor" });
    requestWith({ sessionOf: signedIn });
    await expect(requireActor()).resolves.toEqual(signedIn);
  });

  it("rejects a request with neither header nor session with 401", async () => {
    requestWith({});
    expect(await rejection()).toBeInstanceOf(UnauthorizedError);
  });
});
