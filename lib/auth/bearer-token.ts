/** The token of an `Authorization: Bearer <token>` header (RFC 6750: the scheme is case-insensitive), or null. */
export function parseBearerToken(header: string): string | null {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header.trim());
  return match?.[1] ?? null;
}
