/**
 * Before the end-to-end suite: make sure a Chromium exists. A system browser wins; otherwise we
 * ask Playwright to download its own; if that fails too, say how to get one and stop.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { findSystemBrowser } from "../e2e/fixtures/browser";

function playwrightBrowserPath(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const found = findSystemBrowser() ?? playwrightBrowserPath();
if (found) {
  console.log(`e2e: using Chromium at ${found}`);
  process.exit(0);
}

console.log("e2e: no Chromium found; trying `npx playwright install chromium`…");
const install = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit", shell: process.platform === "win32" });
if (install.status === 0 && playwrightBrowserPath()) process.exit(0);

console.error(`
e2e: no browser available for the end-to-end tests. Either
  - install Chromium or Chrome from your system's packages (Debian/Ubuntu: sudo apt-get install -y chromium)
    and, if it is not in a standard place, set CLAIMDESK_BROWSER_PATH=/path/to/chromium; or
  - let Playwright download its own: npx playwright install chromium
`);
process.exit(1);
