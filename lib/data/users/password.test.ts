import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id, salted so equal passwords differ", async () => {
    const [first, second] = await Promise.all([hashPassword("correct horse battery staple"), hashPassword("correct horse battery staple")]);
    expect(first).toMatch(/^\$argon2id\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain("correct horse");
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const passwordHash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword(passwordHash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(passwordHash, "correct horse battery stapler")).toBe(false);
  });

  it.each(["", "not-a-hash", "$argon2id$v=19$m=19456,t=2,p=1$broken"])("returns false for the malformed hash %j", async (malformed) => {
    await expect(verifyPassword(malformed, "anything")).resolves.toBe(false);
  });

  it("refuses every password when checking against the dummy hash", async () => {
    await expect(verifyAgainstDummy("claimdesk-timing-equaliser")).resolves.toBe(false);
  });
});
