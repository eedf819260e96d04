/**
 * Cross-site request forgery: a page on another origin (another port of the same host is the same
 * *site*, so SameSite=Lax cookies do not stop it) can make the browser send the session cookie
 * with a form post or a `text/plain` fetch. A state-changing request authenticated by the cookie
 * must therefore come from the app's own pages: an `Origin` that is the app's (or, without one,
 * `Sec-Fetch-Site: same-origin`), and, for the JSON API, a JSON body (which another origin cannot
 * send without a CORS preflight, which this app never grants). Bearer-token requests are exempt (a
 * page elsewhere cannot know the token); so is next-auth's `/api/auth/*`, protected by its own
 * CSRF token. Pure: the proxy asks it, and answers 403 when it gives a reason.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

type RequestLike = { method: string; url: string; headers: Headers };

const isJson = (contentType: string | null) => /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType ?? "");

/** Why the request is refused as a possible forgery, or null when it may go on. */
export function forgeryRefusal(request: RequestLike, appOrigins: readonly string[]): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const { pathname } = new URL(request.url);
  const isApi = pathname.startsWith("/api/");
  if (isApi && pathname.startsWith("/api/auth/")) return null;
  if (isApi && /^Bearer\s/i.test(request.headers.get("authorization") ?? "")) return null;

  const origin = request.headers.get("origin");
  const isSameOrigin = origin ? appOrigins.includes(origin) : request.headers.get("sec-fetch-site") === "same-origin";
  if (!isSameOrigin) return origin ? `Requests from ${origin === "null" ? "an opaque origin" : origin} may not change anything here.` : "Send an Origin header (browsers do) or use an API token.";

  const hasBody = Number(request.headers.get("content-length") ?? 0) > 0 || request.headers.has("transfer-encoding");
  if (isApi && BODY_METHODS.has(request.method.toUpperCase()) && (hasBody || request.headers.has("content-type")) && !isJson(request.headers.get("content-type"))) {
    return "Send the body as JSON (Content-Type: application/json).";
  }
  return null;
}

/** The origins the app's own pages are served from: the configured public URL, and the one this request came to. */
export function appOriginsOf(request: { url: string; headers: Headers }, publicUrl: string | undefined): string[] {
  const origins = new Set<string>();
  if (publicUrl) origins.add(new URL(publicUrl).origin);
  const host = request.headers.get("host");
  if (host) origins.add(`${new URL(request.url).protocol}//${host}`);
  return [...origins];
}
