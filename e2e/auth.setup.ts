import { test as setup } from "@playwright/test";
import { ACCOUNTS, storageStatePath, type AccountKey } from "./fixtures/accounts";
import { expectSignedInAs, signInThroughForm } from "./fixtures/sign-in";

// Each role signs in once through the real form; the specs reuse the stored session.
for (const account of Object.keys(ACCOUNTS) as AccountKey[]) {
  setup(`sign in as ${account}`, async ({ page }) => {
    await page.goto("/signin");
    await signInThroughForm(page, account);
    await page.waitForURL("/");
    await expectSignedInAs(page, account);
    await page.context().storageState({ path: storageStatePath(account) });
  });
}
