import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ZCredentials } from "@/lib/validation/users";
import { buildUser, TEST_PASSWORD } from "@/test/factories";
import { verifyCredentials } from "./verify-credentials";

describe("verifyCredentials", () => {
  it("returns the actor for the right password", async () => {
    const user = await buildUser({ role: "editor" });
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD })).resolves.toEqual(user);
  });

  it("returns null for a wrong password", async () => {
    const user = await buildUser();
    await expect(verifyCredentials({ email: user.email, password: `${TEST_PASSWORD}!` })).resolves.toBeNull();
  });

  it("returns null for an unknown email", async () => {
    await expect(verifyCredentials({ email: "nobody@example.test", password: TEST_PASSWORD })).resolves.toBeNull();
  });

  it("returns null for a disabled user, even with the right password", async () => {
    const user = await buildUser();
    await getDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD })).resolves.toBeNull();
  });

  it("matches the email case-insensitively once ZCredentials has lower-cased it", async () => {
    const user = await buildUser({ email: "mixed.case@example.test" });
    const credentials = ZCredentials.parse({ email: "  Mixed.Case@EXAMPLE.test ", password: TEST_PASSWORD });
    await expect(verifyCredentials(credentials)).resolves.toEqual(user);
  });
});
