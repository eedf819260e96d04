/**
 * The brake on password guessing, before next-auth (and so before the password is hashed): a
 * credentials sign-in for an account or from an address with too many recent failures is answered
 * 429 with `Retry-After`, in the JSON shape next-auth's own `signIn()` reads (`{ url }` whose
 * `error` is `TooManyAttempts:<seconds>`), so the sign-in form can say how long to wait.
 */
import { NextResponse } from "next/server";
import { secondsUntilSignInAllowed } from "@/lib/data/auth/sign-in-throttle";
import { clientAddressOf } from "./client-address";
import { TOO_MANY_ATTEMPTS } from "./sign-in-error";

export async function signInRefusal(request: Request): Promise<Response | null> {
  if (!new URL(request.url).pathname.endsWith("/callback/credentials")) return null;
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const email = form?.get("email");
  if (typeof email !== "string" || !email) return null;
  const wait = await secondsUntilSignInAllowed({ email, address: clientAddressOf(request.headers) });
  if (!wait) return null;
  const url = new URL("/signin", request.url);
  url.searchParams.set("error", `${TOO_MANY_ATTEMPTS}:${wait}`);
  return NextResponse.json({ url: url.toString() }, { status: 429, headers: { "Retry-After": String(wait) } });
}
