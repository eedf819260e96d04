/**
 * Sends signed-out visitors to the sign-in page before any page renders. Pages and API routes
 * still check the session themselves; this only spares a round trip.
 */
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/signin";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Everything except the sign-in page, the API (which answers 401 JSON itself) and static files.
  matcher: ["/((?!signin|api/|_next/|favicon.ico|icon.svg|robots.txt).*)"],
};
