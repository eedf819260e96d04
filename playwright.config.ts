import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findSystemBrowser } from "./e2e/fixtures/browser";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const executablePath = findSystemBrowser();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: CHROMIUM_ARGS } }, dependencies: ["setup"] },
  ],
  // One production build per run, served on a fresh embedded database seeded with the demo data.
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
    // Sign-in limits high enough that the suite's own wrong passwords (all from 127.0.0.1) never add up.
    env: { PORT: String(PORT), CLAIMDESK_DATA_DIR: ".data/e2e", NEXT_TELEMETRY_DISABLED: "1", CLAIMDESK_SIGNIN_MAX_FAILURES: "50" },
  },
});
