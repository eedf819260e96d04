import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openEmbeddedDatabase } from "../embedded-database";
import { openBackupDatabase } from "./open-backup-database";

async function currentPort(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ port: string }>("SELECT current_setting('port') AS port");
    return rows[0]!.port;
  } finally {
    await client.end();
  }
}

describe("openBackupDatabase", () => {
  it("uses the server at DATABASE_URL, or its direct url past a pooler", async () => {
    const direct = await openBackupDatabase("backup", { DATABASE_URL: "postgresql://app@pooler:6432/claimdesk", DATABASE_DIRECT_URL: "postgresql://app@db:5432/claimdesk" });
    expect(direct.url).toBe("postgresql://app@db:5432/claimdesk");
    expect(direct.description).toBe("the database at db:5432/claimdesk");
  });

  it("refuses to back up a folder that holds no embedded database", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "claimdesk-backup-none-"));
    try {
      await expect(openBackupDatabase("backup", { CLAIMDESK_DATA_DIR: dataDir })).rejects.toThrow(/no embedded database in .* to back up/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("starts the embedded database for itself, or backs up through the running app's server, and refuses a restore while the app runs", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "claimdesk-backup-embedded-"));
    chmodSync(dataDir, 0o711); // the server may run as another user (root starts it as `postgres`)
    const env = { CLAIMDESK_DATA_DIR: dataDir };
    const lock = path.join(dataDir, "claimdesk.pid");
    try {
      const app = await openEmbeddedDatabase(dataDir);
      try {
        // Another live process holds the folder, as a running `npm run dev` does.
        writeFileSync(lock, String(process.ppid));
        const backup = await openBackupDatabase("backup", env);
        expect(backup.description).toMatch(/served by the running app/);
        expect(await currentPort(backup.url)).toBe(new URL(app.url).port);
        await expect(openBackupDatabase("restore", env)).rejects.toThrow(/in use by process \d+[\s\S]*stop the app/);
      } finally {
        writeFileSync(lock, String(process.pid));
        await app.stop();
      }
      const own = await openBackupDatabase("backup", env);
      try {
        expect(own.description).toMatch(/^the embedded database in /);
        expect(Number(await currentPort(own.url))).toBeGreaterThan(0);
      } finally {
        await own.close();
      }
      await expect(currentPort(own.url)).rejects.toThrow();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
