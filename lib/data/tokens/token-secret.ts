/** API token secrets: random, recognisable by their prefix, and stored only as a SHA-256 hash. */
import "server-only";
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "cdk_";
const TOKEN_BYTES = 32;
// 32 bytes in unpadded base64url.
const TOKEN_LENGTH = TOKEN_PREFIX.length + Math.ceil((TOKEN_BYTES * 4) / 3);

export function generateTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(TOKEN_BYTES).toString("base64url");
}

/** A high-entropy secret needs no salt or slow hash: SHA-256 makes a leaked table useless. */
export function hashTokenSecret(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Spares a database query for strings that cannot be one of our tokens. */
export function isWellFormedTokenSecret(token: string): boolean {
  return token.length === TOKEN_LENGTH && token.startsWith(TOKEN_PREFIX) && /^[A-Za-z0-9_-]+$/.test(token.slice(TOKEN_PREFIX.length));
}
