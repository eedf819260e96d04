/**
 * The embedded PostgreSQL server itself, on folders of this file's own (whatever server the rest of
 * the suite runs on): what survives a restart, a crash and a killed parent, and what it refuses.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DataFolderVersionError, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { isProcessAlive, readPostmasterPid } from "./postmaster-pid";

const SERVER_TIMEOUT_MS = 60_000;
const folders: string[] = [];
const servers: EmbeddedPostgres[] = [];

function newFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-embedded-test-"));
  chmodSync(dir, 0o711); // under root the server runs as the postgres user, which must enter it
  folders.push(dir);
  return dir;
}

async function start(dir: string, { durable = false } = {}): Promise<EmbeddedPostgres> {
  const server = await startEmbeddedPostgres({ dir, database: "claimdesk", durable });
  servers.push(server);
  return server;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe("the embedded PostgreSQL server", { timeout: SERVER_TIMEOUT_MS }, () => {
  it("delivers a NOTIFY on one connection to a LISTEN on another", async () => {
    const server = await start(newFolder());
    const listener = new pg.Client({ connectionString: server.url });
    await listener.connect();
    try {
      const received = new Promise<pg.Notification>((resolve) => listener.once("notification", resolve));
      await listener.query("LISTEN claimdesk_test");
      await query(server.url, "SELECT pg_notify('claimdesk_test', $1)", ['{"id":1}']);
      expect(await received).toMatchObject({ channel: "claimdesk_test", payload: '{"id":1}' });
    } finally {
      await listener.end();
    }
  });

  it("stores UTF-8 with Unicode case rules, and keeps it across a restart", async () => {
    const dir = newFolder();
    const first = await start(dir);
    const text = "“Curly” quotes, العربية, ÉCOLE";
    await query(first.url, "CREATE TABLE note (body text)");
    await query(first.url, "INSERT INTO note VALUES ($1)", [text]);
    expect(await query(first.url, "SELECT current_setting('server_encoding') AS encoding")).toEqual([{ encoding: "UTF8" }]);
    await first.stop();

    const second = await start(dir);
    expect(second.startup).toEqual({ initialised: false, leftover: "none" });
    expect(await query(second.url, "SELECT body, lower(body) AS lowered, body ILIKE '%école%' AS found FROM note")).toEqual([
      { body: text, lowered: "“curly” quotes, العربية, école", found: true },
    ]);
  });

  it("starts again on the port it is given, so the URLs its clients hold work again (an outage's end)", async () => {
    const dir = newFolder();
    const first = await start(dir);
    await query(first.url, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (3)");
    await first.stop();
    await expect(query(first.url, "SELECT 1")).rejects.toThrow(/ECONNREFUSED/);

    const again = await startEmbeddedPostgres({ dir, database: "claimdesk", durable: false, port: first.port });
    servers.push(again);
    expect(again.url).toBe(first.url);
    expect(await query(first.url, "SELECT n FROM kept")).toEqual([{ n: 3 }]);
  });

  it("starts after a crash left a stale postmaster.pid, with the data committed before it", async () => {
    const dir = newFolder();
    const first = await start(dir, { durable: true }); // as `npm run dev` runs it
    await query(first.url, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
    process.kill(first.pid, "SIGKILL");
    await expect.poll(() => isProcessAlive(first.pid)).toBe(false);
    expect(readPostmasterPid(path.join(dir, "pgdata"))).toBe(first.pid);

    const second = await start(dir, { durable: true });
    expect(second.startup.leftover).toBe("stale");
    expect(await query(second.url, "SELECT n FROM kept")).toEqual([{ n: 42 }]);
  });

  it("stops a server that outlived the process that started it, then serves the same data", async () => {
    const dir = newFolder();
    const orphan = await start(dir); // never stopped by its owner, as after a kill -9 of `npm run dev`
    await query(orphan.url, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)");

    const next = await start(dir);
    expect(next.startup.leftover).toBe("stopped");
    expect(isProcessAlive(orphan.pid)).toBe(false);
    expect(next.pid).not.toBe(orphan.pid);
    expect(await query(next.url, "SELECT n FROM kept")).toEqual([{ n: 7 }]);
  });

  it("refuses a folder made by another major version, and says what to do", async () => {
    const dir = newFolder();
    const server = await start(dir);
    await server.stop();
    writeFileSync(path.join(dir, "pgdata", "PG_VERSION"), "16\n");

    const refusal = startEmbeddedPostgres({ dir, durable: false });
    await expect(refusal).rejects.toBeInstanceOf(DataFolderVersionError);
    await expect(refusal).rejects.toThrow(/made by PostgreSQL 16, but this Claimdesk embeds PostgreSQL 15.*pg_dumpall/s);
  });

  it("listens on loopback TCP only, and only with the generated password", async () => {
    const server = await start(newFolder());
    expect(await query(server.url, "SELECT current_setting('listen_addresses') AS tcp, current_setting('unix_socket_directories') AS sockets")).toEqual([
      { tcp: "127.0.0.1", sockets: "" },
    ]);
    const wrong = new URL(server.url);
    wrong.password = "not-the-password";
    await expect(query(wrong.toString(), "SELECT 1")).rejects.toThrow(/password authentication failed/);
  });
});
