/**
 * Runs before every page and API request: refuses cross-site forgeries (lib/api/request-guard.ts),
 * gives every page its security headers with a fresh CSP nonce, and sends signed-out visitors to
 * the sign-in page before any page renders. Pages and API routes still check the session
 * themselves; the redirect only spares a round trip. The JSON-LD context under /ns/ is public.
 */
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { isSessionFreePath } from "@/lib/api/public-paths";
import { appOriginsOf, forgeryRefusal } from "@/lib/api/request-guard";
import { contentSecurityPolicy, HSTS, isHttps, PERMISSIONS_POLICY } from "@/lib/api/security-headers";

export async function proxy(request: NextRequest) {
  const refusal = forgeryRefusal(request, appOriginsOf(request, process.env.NEXTAUTH_URL));
  if (refusal) return NextResponse.json({ error: { code: "forbidden", message: refusal } }, { status: 403 });
  if (isSessionFreePath(request.nextUrl.pathname)) return NextResponse.next();

  if (request.nextUrl.pathname !== "/signin" && !(await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET }))) {
    const url = request.nextUrl.clone();
    url.pathname = "/signin";
    url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }

  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const policy = contentSecurityPolicy(nonce, { isDevelopment: process.env.NODE_ENV === "development" });
  // Next reads the nonce for its own scripts from the policy on the request.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  if (isHttps(request)) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Everything but Next's static files and the icons.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
