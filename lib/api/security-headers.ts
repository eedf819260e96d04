/**
 * The headers every HTML page gets: a Content-Security-Policy with a fresh nonce per request for
 * Next's own inline scripts (no `unsafe-eval` outside development, where React needs it for its
 * error overlay), `frame-ancestors 'none'`, a Permissions-Policy that turns off what the app never
 * uses, and HSTS when the page was served over https. X-Frame-Options, nosniff and
 * Referrer-Policy come from next.config.mjs, for every response.
 */
export function contentSecurityPolicy(nonce: string, { isDevelopment }: { isDevelopment: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    // Style attributes (the editor's, React's) cannot carry a nonce; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

export const HSTS = "max-age=31536000; includeSubDomains";

/** Whether the request reached the app over https (directly, or through a proxy that says so). */
export function isHttps(request: { url: string; headers: Headers }): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}
