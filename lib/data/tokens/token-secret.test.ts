import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateTokenSecret, hashTokenSecret, isWellFormedTokenSecret, TOKEN_PREFIX } from "./token-secret";

describe("API token secrets", () => {
  it("are the prefix and 32 random bytes in base64url, different every time", () => {
    const [first, second] = [generateTokenSecret(), generateTokenSecret()];
    expect(first).toMatch(/^cdk_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first.slice(TOKEN_PREFIX.length), "base64url")).toHaveLength(32);
    expect(first).not.toBe(second);
  });

  it("hash to the SHA-256 hex digest, never containing the secret", () => {
    const token = generateTokenSecret();
    const hash = hashTokenSecret(token);
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token.slice(TOKEN_PREFIX.length));
  });

  it("recognises a generated secret as well-formed", () => {
    expect(isWellFormedTokenSecret(generateTokenSecret())).toBe(true);
  });

  it.each([
    ["an empty string", ""],
    ["no prefix", "x".repeat(47)],
    ["a wrong prefix", `abc_${"A".repeat(43)}`],
    ["one character short", `cdk_${"A".repeat(42)}`],
    ["one character long", `cdk_${"A".repeat(44)}`],
    ["characters outside base64url", `cdk_${"A".repeat(42)}+`],
  ])("refuses %s", (_label, value) => {
    expect(isWellFormedTokenSecret(value)).toBe(false);
  });
});
