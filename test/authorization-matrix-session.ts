/**
 * The request being served, as `next/headers` and next-auth's getServerSession see it in the
 * authorization matrix. Outside Next there is no request scope (and next-auth v4 `require`s
 * next/headers, out of vi.mock's reach), so the matrix stands in for exactly that part: everything
 * after it (our jwt and session callbacks, the UserSession row, requireActor, findSessionActor,
 * findActorByToken) is the app's own code.
 */
import { decode, encode, type JWT } from "next-auth/jwt";
import type { Session } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import type { Actor } from "@/lib/policies/actor";

/** next-auth's cookie name over plain http (https adds a __Secure- prefix). */
const SESSION_COOKIE = "next-auth.session-token";
const SECRET = "authorization-matrix-secret-not-used-anywhere-else";

let servedHeaders = new Headers();

/** Headers of the request the next route handler or server action call is serving. */
export function serve(headers: Headers): void {
  servedHeaders = headers;
}

/** What the mocked `headers()` from next/headers answers. */
export function currentHeaders(): Headers {
  return servedHeaders;
}

/**
 * A session cookie as a credentials sign-in makes it: our jwt callback opens a UserSession row and
 * puts its id in the token; next-auth encrypts the token into the cookie.
 */
export async function signInCookie(actor: Actor): Promise<string> {
  const jwt = authOptions.callbacks!.jwt!;
  const token = await jwt({ token: { name: actor.name, email: actor.email }, user: { id: actor.id, name: actor.name, email: actor.email }, account: null });
  return `${SESSION_COOKIE}=${await encode({ token, secret: SECRET })}`;
}

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

/**
 * Stands in for `getServerSession(authOptions)`: the served request's session cookie, decoded by
 * next-auth, through our session callback (which exposes the user id and the session id).
 */
export async function sessionOfServedRequest(): Promise<Session | null> {
  const cookie = cookieValue(servedHeaders.get("cookie"), SESSION_COOKIE);
  if (!cookie) return null;
  const token: JWT | null = await decode({ token: cookie, secret: SECRET });
  if (!token) return null;
  const session = authOptions.callbacks!.session!;
  const expires = new Date(Date.now() + 60_000).toISOString();
  return session({ session: { user: { name: token.name, email: token.email }, expires }, token } as Parameters<typeof session>[0]);
}
