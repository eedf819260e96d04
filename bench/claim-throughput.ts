/**
 * Create-claim throughput of `npm start` on the embedded PostgreSQL server against the same on the
 * PostgreSQL server at BENCH_DATABASE_URL (default 127.0.0.1:5432): same build, same script, same
 * run, rounds alternated so neither side gets the warmer machine.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/data/demo/seed-demo";
import { tokenFor } from "../test/load/api-session";
import { setUpTrafficArticle } from "../test/load/review-traffic";
import { summariseCalls, TimedApi, type CallRecord } from "../test/load/timed-api";
import { buildOnce, startAppServer, type AppServer } from "./app-server";
import { createBenchDatabase } from "./bench-database";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 10_000);
const ROUNDS = 3;

type Target = { label: string; server: AppServer; reviewer: string; articleId: string; text: string };

async function prepare(label: string, server: AppServer): Promise<Target> {
  const editor = await tokenFor(server.baseUrl, DEMO_ACCOUNTS[1]!.email, DEMO_PASSWORD);
  const reviewer = await tokenFor(server.baseUrl, DEMO_ACCOUNTS[2]!.email, DEMO_PASSWORD);
  const article = await setUpTrafficArticle(new TimedApi(server.baseUrl, editor, [], 30_000), `Throughput ${label}`);
  return { label, server, reviewer, articleId: article.id, text: article.text };
}

/** CLIENTS clients creating claims back to back for `ms`: acknowledged claims per second and latencies. */
async function createClaimsFor(target: Target, ms: number) {
  const records: CallRecord[] = [];
  const sentences = target.text.match(/[^.\n]+\./g)!.map((sentence) => sentence.trim());
  let created = 0;
  const started = performance.now();
  const deadline = Date.now() + ms;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, n) => {
      const api = new TimedApi(target.server.baseUrl, target.reviewer, records, 30_000);
      for (let step = 0; Date.now() < deadline; step += 1) {
        const exact = sentences[(n + step) % sentences.length]!;
        const start = target.text.indexOf(exact);
        const answer = await api.call("POST", `/api/articles/${target.articleId}/claims`, "POST claim", { selector: { exact, start, end: start + exact.length } });
        if (answer.status === 201) created += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: created / seconds, ...summariseCalls(records) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runThroughputBenchmark(): Promise<void> {
  console.log(`\n## Create-claim throughput: npm start on the embedded PostgreSQL vs a PostgreSQL server (${CLIENTS} clients, ${ROUNDS} rounds of ${ROUND_MS / 1000} s each)`);
  buildOnce();
  const dataDir = mkdtempSync(path.join(tmpdir(), "claimdesk-bench-data-"));
  chmodSync(dataDir, 0o711); // under root the server runs as the postgres user, which must enter it
  const database = await createBenchDatabase();
  const servers: AppServer[] = [];
  try {
    const embedded = await startAppServer({ CLAIMDESK_DATA_DIR: dataDir });
    servers.push(embedded);
    const server = await startAppServer({ DATABASE_URL: database.url, SEED_DEMO: "1", NEXTAUTH_SECRET: randomBytes(32).toString("hex") });
    servers.push(server);
    const targets = [await prepare("embedded", embedded), await prepare("server", server)];
    for (const target of targets) await createClaimsFor(target, 2_000); // warm-up: compiled routes, pools filled
    const results = new Map<string, Awaited<ReturnType<typeof createClaimsFor>>[]>(targets.map((target) => [target.label, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = round % 2 === 0 ? targets : [...targets].reverse();
      for (const target of order) results.get(target.label)!.push(await createClaimsFor(target, ROUND_MS));
    }
    const perSecond = (label: string) => median(results.get(label)!.map((result) => result.perSecond));
    for (const target of targets) {
      const rounds = results.get(target.label)!;
      const label = target.label === "embedded" ? "embedded PostgreSQL (npm start, no DATABASE_URL)" : database.label;
      console.log(
        `${label}: ${rounds.map((result) => result.perSecond.toFixed(0)).join(", ")} claims/s (median ${perSecond(target.label).toFixed(0)}); ` +
          `latency p50 ${median(rounds.map((result) => result.p50Ms))} ms, p95 ${median(rounds.map((result) => result.p95Ms))} ms; ` +
          `5xx ${rounds.reduce((sum, result) => sum + result.serverErrors, 0)}, statuses ${JSON.stringify(rounds.map((result) => result.byStatus))}`,
      );
    }
    console.log(`ratio embedded / server: ${(perSecond("embedded") / perSecond("server")).toFixed(2)} (the server is the baseline)`);
  } finally {
    for (const running of servers) await running.stop();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
