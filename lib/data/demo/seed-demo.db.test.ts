import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { verifyCredentials } from "../users/verify-credentials";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "./seed-demo";

describe("seedDemo", () => {
  it("is idempotent: a second run adds no users and no article", async () => {
    await expect(seedDemo()).resolves.toEqual({ createdArticle: true });
    await expect(seedDemo()).resolves.toEqual({ createdArticle: false });
    expect(await getDb().user.count()).toBe(5);
    const articles = await getDb().article.findMany({ select: { title: true, publisher: true, byline: true } });
    expect(articles).toEqual([{ title: expect.stringMatching(/^Rubio says ‘more work remains’/), publisher: "National Herald", byline: "NH Digital" }]);
  });

  it("creates demo accounts that can sign in with the demo password", async () => {
    await seedDemo();
    for (const account of DEMO_ACCOUNTS) {
      await expect(verifyCredentials({ email: account.email, password: DEMO_PASSWORD })).resolves.toMatchObject({ email: account.email, role: account.role });
    }
  });
});
