import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir, movePgliteFolderAside } from "./data-dir";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const newDir = () => (dir = mkdtempSync(path.join(tmpdir(), "claimdesk-data-dir-test-")));

describe("lockDataDir", () => {
  it("lets one process hold the folder; a second claim names the holder; release frees it", () => {
    newDir();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(path.join(dir, "claimdesk.pid"), String(holder.pid));
      expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${holder.pid}.*CLAIMDESK_DATA_DIR`, "s"));
    } finally {
      holder.kill();
    }
  });

  it("takes over a lock left by a process that is gone, and removes it on release", () => {
    newDir();
    writeFileSync(path.join(dir, "claimdesk.pid"), "999999999");
    const release = lockDataDir(dir);
    expect(readFileSync(path.join(dir, "claimdesk.pid"), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(path.join(dir, "claimdesk.pid"))).toBe(false);
  });
});

describe("movePgliteFolderAside", () => {
  it("moves an earlier version's PGlite folder to pglite-old, then finds nothing more to move", () => {
    newDir();
    mkdirSync(path.join(dir, "pglite"));
    writeFileSync(path.join(dir, "pglite", "PG_VERSION"), "17");
    expect(movePgliteFolderAside(dir)).toBe(path.join(dir, "pglite-old"));
    expect(readFileSync(path.join(dir, "pglite-old", "PG_VERSION"), "utf8")).toBe("17");
    expect(existsSync(path.join(dir, "pglite"))).toBe(false);
    expect(movePgliteFolderAside(dir)).toBeUndefined();
  });

  it("never overwrites an earlier move", () => {
    newDir();
    mkdirSync(path.join(dir, "pglite-old"));
    mkdirSync(path.join(dir, "pglite"));
    const target = movePgliteFolderAside(dir);
    expect(target).toMatch(/pglite-old-\d+$/);
    expect(existsSync(path.join(dir, "pglite-old"))).toBe(true);
  });
});
