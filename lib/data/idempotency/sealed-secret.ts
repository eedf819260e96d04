import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * A secret kept for an idempotent replay (an API token's, for 24 hours) is stored encrypted
 * (AES-256-GCM), with a key derived from NEXTAUTH_SECRET: the database alone never reveals it.
 */
function key(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: a secret cannot be sealed for an idempotent replay.");
  return Buffer.from(hkdfSync("sha256", secret, "claimdesk", "idempotent replay of a created secret", 32));
}

export function canSealSecrets(): boolean {
  return Boolean(process.env.NEXTAUTH_SECRET);
}

export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), sealed.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

export function openSealedSecret(sealed: string): string {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== "v1" || !iv || !body || !tag) throw new Error("Not a sealed secret.");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
