/**
 * Runs `prisma generate`. The CLI insists on locating a native schema engine even though the
 * `prisma-client` generator never runs it, and the binary cannot be downloaded everywhere; any
 * executable satisfies the check, so we point it at Node itself unless the caller chose one.
 */
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
const result = spawnSync("prisma", ["generate"], { stdio: "inherit", env, shell: process.platform === "win32" });
process.exit(result.status ?? 1);
