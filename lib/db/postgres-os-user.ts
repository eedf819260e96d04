/**
 * PostgreSQL refuses to run as root. Under root (containers, CI) the embedded server runs as the
 * system's `postgres` user, created on first use as a system account without a home or a shell.
 */
import "server-only";
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
import { EmbeddedPostgresUnavailableError } from "./postgres-binaries";

export type OsUser = { uid: number; gid: number; name: string };

const SERVER_USER = "postgres";

/** Undefined when this process is not root (the server then runs as this process's own user). */
export function serverOsUser(): OsUser | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  return lookUpUser() ?? createUser();
}

function lookUpUser(): OsUser | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", SERVER_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    const gid = Number(execFileSync("id", ["-g", SERVER_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid, name: SERVER_USER } : undefined;
  } catch {
    return undefined;
  }
}

function createUser(): OsUser {
  try {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVER_USER], { stdio: "ignore" });
  } catch (error) {
    throw new EmbeddedPostgresUnavailableError(
      `PostgreSQL cannot run as root, and creating a '${SERVER_USER}' system user for it failed (${(error as Error).message}). ` +
        "Run as a normal user, or set DATABASE_URL to a PostgreSQL server.",
    );
  }
  const user = lookUpUser();
  if (!user) throw new EmbeddedPostgresUnavailableError(`Created the '${SERVER_USER}' system user, but cannot look it up.`);
  return user;
}

/**
 * The server, running as `user`, must be able to walk down to its folder. A project kept under a
 * private home (/root is 0700) is the usual trap; name the folder rather than let initdb fail vaguely.
 */
export function assertReachableBy(user: OsUser, target: string): void {
  let dir = path.dirname(path.resolve(target));
  for (;;) {
    const stat = statSync(dir);
    const othersMayEnter = (stat.mode & 0o001) !== 0 || (stat.uid === user.uid && (stat.mode & 0o100) !== 0);
    if (!othersMayEnter) {
      throw new EmbeddedPostgresUnavailableError(
        `The embedded PostgreSQL server runs as the '${user.name}' user (PostgreSQL refuses root), and it cannot enter ${dir} ` +
          `(mode ${(stat.mode & 0o777).toString(8)}). Allow it (chmod o+x ${dir}), put the data elsewhere with CLAIMDESK_DATA_DIR, ` +
          "run as a normal user, or set DATABASE_URL.",
      );
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

