// Playwright's web server: a fresh demo database, one production build, then `npm start`.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";

rmSync(process.env.CLAIMDESK_DATA_DIR ?? ".data/e2e", { recursive: true, force: true });
// Always the embedded database, even where DATABASE_URL is set for something else.
const env = { ...process.env };
delete env.DATABASE_URL;
// E2E_SKIP_BUILD=1 reuses the build already in .next (when iterating on specs, not on the app).
if (process.env.E2E_SKIP_BUILD !== "1" || !existsSync(".next/BUILD_ID")) {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn("npx", ["tsx", "--conditions=react-server", "scripts/serve.ts", "start"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
