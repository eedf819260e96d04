// Playwright's web server: a fresh demo database, one production build, then `npm start`.
import { spawnSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";

rmSync(process.env.CLAIMDESK_DATA_DIR ?? ".data/e2e", { recursive: true, force: true });
// Always the embedded database, even where DATABASE_URL is set for something else.
const env = { ...process.env };
delete env.DATABASE_URL;
const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn("npx", ["tsx", "--conditions=react-server", "scripts/serve.ts", "start"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
