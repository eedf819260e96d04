import { existsSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EmbeddedPostgresUnavailableError, findPostgresBinaries, restoreLibrarySymlinks } from "./postgres-binaries";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("findPostgresBinaries", () => {
  it("finds initdb and postgres for this machine", () => {
    const binaries = findPostgresBinaries();
    expect(existsSync(binaries.initdb)).toBe(true);
    expect(existsSync(binaries.postgres)).toBe(true);
  });

  it("says to use DATABASE_URL where no server is published for the platform", () => {
    expect(() => findPostgresBinaries("freebsd", "x64")).toThrow(EmbeddedPostgresUnavailableError);
    expect(() => findPostgresBinaries("freebsd", "x64")).toThrow(/No embedded PostgreSQL server is published for freebsd-x64.*DATABASE_URL=/s);
  });
});

describe("restoreLibrarySymlinks", () => {
  it("makes the links the package lists when its install script did not run, and leaves existing files alone", () => {
    dir = mkdtempSync(path.join(tmpdir(), "claimdesk-binaries-test-"));
    const native = path.join(dir, "native");
    mkdirSync(path.join(native, "lib"), { recursive: true });
    writeFileSync(path.join(native, "lib", "libpq.so.5.15"), "");
    writeFileSync(path.join(native, "lib", "libpq.so"), "a real file");
    writeFileSync(
      path.join(native, "pg-symlinks.json"),
      JSON.stringify([
        { source: "native/lib/libpq.so.5.15", target: "native/lib/libpq.so.5" },
        { source: "native/lib/libpq.so.5.15", target: "native/lib/libpq.so" },
      ]),
    );
    expect(restoreLibrarySymlinks(native)).toBe(1);
    expect(readlinkSync(path.join(native, "lib", "libpq.so.5"))).toBe("libpq.so.5.15");
    expect(restoreLibrarySymlinks(native)).toBe(0);
  });
});
