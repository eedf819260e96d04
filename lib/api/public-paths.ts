/**
 * Paths the proxy lets through without a session and without the page headers: the JSON API (its
 * handlers authenticate each request themselves and answer 401 as JSON) and the public documents
 * under /ns/ (the JSON-LD context), which processors fetch without credentials.
 */
const PREFIXES = ["/api/", "/ns/"] as const;

export function isSessionFreePath(pathname: string): boolean {
  return PREFIXES.some((prefix) => pathname.startsWith(prefix));
}
