/**
 * Live updates: how long after a claim's POST answers does its event reach every open stream?
 * 50 streams on the writer's instance and on another instance, against a baseline beside them:
 * Postgres delivering a NOTIFY to 50 listening connections. Then 1,000 idle streams on one instance:
 * the app's memory growth, one event's fan-out time, and the database connections in use.
 */
import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/data/demo/seed-demo";
import { tokenFor } from "../test/load/api-session";
import { SseReader } from "../test/sse-reader";
import { buildOnce, startAppServer, type AppServer } from "./app-server";
import { createBenchDatabase } from "./bench-database";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const IDLE_CLIENTS = Number(process.env.BENCH_IDLE_CLIENTS ?? 1_000);
const TEXT = Array.from({ length: 60 }, (_, i) => `Sentence number ${i + 1} states a checkable fact.`).join(" ");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const summary = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) });
const fmt = (s: { p50: number; p95: number; max: number }) => `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`;

/** Baseline: one NOTIFY, received by `count` connections LISTENing on the same server. */
async function notifyBaseline(url: string, count: number): Promise<number[]> {
  const listeners = await Promise.all(Array.from({ length: count }, async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("LISTEN bench_baseline");
    return client;
  }));
  const sender = new pg.Client({ connectionString: url });
  await sender.connect();
  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const arrivals = listeners.map((client) => new Promise<number>((resolve) => client.once("notification", () => resolve(performance.now()))));
    const sent = performance.now();
    await sender.query("SELECT pg_notify('bench_baseline', 'x')");
    const acknowledged = performance.now();
    latencies.push(...(await Promise.all(arrivals)).map((at) => Math.max(0, at - Math.min(sent, acknowledged))));
  }
  await Promise.all([...listeners, sender].map((client) => client.end()));
  return latencies;
}

type Setup = { reviewer: string; articleId: string };

async function openStreams(server: AppServer, setup: Setup, count: number): Promise<SseReader[]> {
  const readers: SseReader[] = [];
  for (let i = 0; i < count; i += 50) {
    const batch = await Promise.all(Array.from({ length: Math.min(50, count - i) }, async () => {
      const response = await fetch(`${server.baseUrl}/api/articles/${setup.articleId}/events`, { headers: { authorization: `Bearer ${setup.reviewer}` } });
      if (response.status !== 200) throw new Error(`stream refused: ${response.status}`);
      const reader = new SseReader(response.body!);
      await reader.collect(1, (message) => message.event === "presence", 30_000);
      return reader;
    }));
    readers.push(...batch);
  }
  return readers;
}

/** Rounds of: POST a claim through `writer`, then time, per stream, its event's arrival after the POST answered. */
async function timeDelivery(writer: AppServer, setup: Setup, readers: SseReader[], rounds: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const exact = `Sentence number ${(round % 60) + 1} states a checkable fact.`;
    const start = TEXT.indexOf(exact);
    const arrivals = readers.map(async (reader) => {
      const [message] = await reader.collect(1, (m) => m.event === "claim.created", 30_000);
      return { at: performance.now(), message };
    });
    const response = await fetch(`${writer.baseUrl}/api/articles/${setup.articleId}/claims`, {
      method: "POST",
      headers: { authorization: `Bearer ${setup.reviewer}`, "content-type": "application/json" },
      body: JSON.stringify({ selector: { exact, start, end: start + exact.length } }),
    });
    const answered = performance.now();
    if (response.status !== 201) throw new Error(`POST claim: ${response.status}`);
    await response.arrayBuffer();
    // An event may arrive before the POST's answer is read: count that as 0 ms.
    latencies.push(...(await Promise.all(arrivals)).map(({ at }) => Math.max(0, at - answered)));
  }
  return latencies;
}

/** Resident memory of every process of the instance (its own process group), in MB. */
function instanceRssMb(server: AppServer & { pid?: number }): number {
  const port = new URL(server.baseUrl).port;
  const pids = execFileSync("sh", ["-c", `ps -eo pid=,args= | grep -E "next-server|next start|next/dist/bin/next start --port ${port}" | grep -v grep | awk '{print $1}'`], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean);
  return pids.reduce((sum, pid) => {
    try {
      const status = execFileSync("cat", [`/proc/${pid}/status`], { encoding: "utf8" });
      return sum + Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      return sum;
    }
  }, 0);
}

async function connectionsInUse(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
  await client.end();
  return Number(rows[0]!.n);
}

export async function runLiveBenchmark(): Promise<void> {
  console.log(`\n## Live updates: POST claim answered -> event on each stream (${ROUNDS} rounds), against Postgres NOTIFY to 50 listeners`);
  buildOnce();
  const database = await createBenchDatabase();
  console.log(`(database: ${database.label})`);
  // One reviewer holds every stream here: lift the per-user and per-address stream limits (20 and 200 by default).
  const env = {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    SEED_DEMO: "1",
    CLAIMDESK_MAX_STREAMS_PER_USER: "10000",
    CLAIMDESK_MAX_STREAMS_PER_ADDRESS: "100000",
  };
  const servers: AppServer[] = [];
  try {
    const one = await startAppServer(env);
    servers.push(one);
    const two = await startAppServer(env);
    servers.push(two);
    const editor = await tokenFor(one.baseUrl, DEMO_ACCOUNTS[1]!.email, DEMO_PASSWORD);
    const reviewer = await tokenFor(one.baseUrl, DEMO_ACCOUNTS[2]!.email, DEMO_PASSWORD);
    const created = await fetch(`${one.baseUrl}/api/articles`, { method: "POST", headers: { authorization: `Bearer ${editor}`, "content-type": "application/json" }, body: JSON.stringify({ title: "Live bench", text: TEXT }) });
    const setup = { reviewer, articleId: ((await created.json()) as { article: { id: string } }).article.id };

    const baseline = summary(await notifyBaseline(database.url, 50));
    console.log(`baseline, NOTIFY -> 50 LISTEN connections: ${fmt(baseline)}`);

    const sameReaders = await openStreams(one, setup, 50);
    const same = summary(await timeDelivery(one, setup, sameReaders, ROUNDS));
    await Promise.all(sameReaders.map((reader) => reader.close()));
    console.log(`50 streams, same instance as the writer:  ${fmt(same)} (goal: p95 < 50 ms; p95 ${(same.p95 / baseline.p95).toFixed(1)}x the baseline's)`);

    const otherReaders = await openStreams(two, setup, 50);
    const other = summary(await timeDelivery(one, setup, otherReaders, ROUNDS));
    await Promise.all(otherReaders.map((reader) => reader.close()));
    console.log(`50 streams, another instance:             ${fmt(other)} (goal: p95 < 50 ms; p95 ${(other.p95 / baseline.p95).toFixed(1)}x the baseline's)`);

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const before = instanceRssMb(two);
    const connectionsBefore = await connectionsInUse(database.url);
    const idle = await openStreams(two, setup, IDLE_CLIENTS);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const after = instanceRssMb(two);
    const connectionsIdle = await connectionsInUse(database.url);
    const fanout = summary(await timeDelivery(one, setup, idle, 3));
    console.log(`${IDLE_CLIENTS} idle streams on one instance: memory ${before.toFixed(0)} -> ${after.toFixed(0)} MB (+${(after - before).toFixed(0)} MB, goal < 150 MB)`);
    console.log(`  one event to all ${IDLE_CLIENTS}: ${fmt(fanout)} (goal: p95 < 250 ms)`);
    console.log(`  database connections (both instances): ${connectionsBefore} before, ${connectionsIdle} with the streams open`);
    await Promise.all(idle.map((reader) => reader.close()));
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await database.drop();
  }
}
