import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";
import { UnauthorizedError } from "@/lib/errors";
import { buildUser } from "@/test/factories";
import type { Actor } from "@/lib/policies/actor";
import { endUserSession, startUserSession } from "@/lib/data/users/user-sessions";
import { actorForCredential, requireActor, requireActorWithCredential } from "./session";

vi.mock("next/headers", () => ({ headers: vi.fn() }));
vi.mock("next-auth", () => ({ getServerSession: vi.fn() }));

/** The request being served: its headers, and whose session cookie (if any) came with it. */
async function requestWith({ authorization, sessionOf, sessionId }: { authorization?: string; sessionOf?: Actor; sessionId?: string }) {
  const requestHeaders = new Headers(authorization === undefined ? {} : { authorization });
  vi.mocked(headers).mockResolvedValue(requestHeaders as Awaited<ReturnType<typeof headers>>);
  const sid = sessionOf ? (sessionId ?? (await startUserSession({ userId: sessionOf.id, maxAgeSeconds: 3600 }))) : undefined;
  vi.mocked(getServerSession).mockResolvedValue(sessionOf ? { user: { id: sessionOf.id }, sid, expires: "2999-01-01T00:00:00.000Z" } : null);
  return sid;
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
    await requestWith({ authorization: `Bearer ${token}` });
    await expect(requireActor()).resolves.toEqual(owner);
    expect(getServerSession).not.toHaveBeenCalled();
  });

  it("prefers the token over a session cookie of someone else", async () => {
    await requestWith({ authorization: `Bearer ${token}`, sessionOf: await buildUser({ role: "admin" }) });
    await expect(requireActor()).resolves.toEqual(owner);
  });

  it("rejects a revoked token with 401, even with a valid session cookie", async () => {
    await revokeApiToken({ actor: owner, tokenId });
    await requestWith({ authorization: `Bearer ${token}`, sessionOf: owner });
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
    await requestWith({ authorization, sessionOf: owner });
    expect(await rejection()).toMatchObject({ status: 401, code: "unauthorized" });
  });

  it("uses the session cookie when there is no Authorization header", async () => {
    const signedIn = await buildUser({ role: "editor" });
    await requestWith({ sessionOf: signedIn });
    await expect(requireActor()).resolves.toEqual(signedIn);
  });

  it("rejects the cookie of a session that was signed out, and a cookie from before sessions were recorded", async () => {
    const signedIn = await buildUser({ role: "editor" });
    const sid = await requestWith({ sessionOf: signedIn });
    await expect(requireActor()).resolves.toEqual(signedIn);
    await endUserSession(sid!);
    expect(await rejection()).toBeInstanceOf(UnauthorizedError);

    vi.mocked(getServerSession).mockResolvedValue({ user: { id: signedIn.id }, expires: "2999-01-01T00:00:00.000Z" });
    expect(await rejection()).toBeInstanceOf(UnauthorizedError);
  });

  it("rejects an expired session", async () => {
    const signedIn = await buildUser();
    await requestWith({ sessionOf: signedIn, sessionId: await startUserSession({ userId: signedIn.id, maxAgeSeconds: -1 }) });
    expect(await rejection()).toBeInstanceOf(UnauthorizedError);
  });

  it("rejects a request with neither header nor session with 401", async () => {
    await requestWith({});
    expect(await rejection()).toBeInstanceOf(UnauthorizedError);
  });
});

describe("a credential checked again later (what a live stream does)", () => {
  it("stands for its user until the session ends", async () => {
    const signedIn = await buildUser({ role: "viewer" });
    await requestWith({ sessionOf: signedIn });
    const { actor, credential } = await requireActorWithCredential();
    expect(actor).toEqual(signedIn);
    expect(await actorForCredential(credential)).toEqual(signedIn);
    if (credential.kind !== "session") throw new Error("expected a session credential");
    await endUserSession(credential.sessionId);
    expect(await actorForCredential(credential)).toBeNull();
  });

  it("stands for a token's owner until the token is revoked", async () => {
    const owner = await buildUser();
    const { token, id } = await createApiToken({ actor: owner, input: { name: "Stream" } });
    await requestWith({ authorization: `Bearer ${token}` });
    const { credential } = await requireActorWithCredential();
    expect(await actorForCredential(credential)).toEqual(owner);
    await revokeApiToken({ actor: owner, tokenId: id });
    expect(await actorForCredential(credential)).toBeNull();
  });
});
