/**
 * `npm run bench -- load`: REVIEWERS (50) reviewers against `npm start` on the PostgreSQL server at
 * BENCH_DATABASE_URL, on loopback. In one run, side by side: a route that touches no database (the
 * framework's ceiling here), the create-claim transaction straight through `pg`, create-claim alone
 * on one article and spread over ten, and then the mixed review traffic for BENCH_LOAD_SECONDS (60).
 * Afterwards every acknowledged write is looked for in the tables, with its event.
 */
import { randomBytes } from "node:crypto";
import { summariseCalls, type CallRecord, type CallSummary } from "@/test/load/timed-api";
import { buildOnce, startAppServer } from "./app-server";
import { createBenchDatabase } from "./bench-database";
import { createClaimsThroughPg } from "./load/raw-pg";
import { createCast } from "./load/reviewers";
import { verifyLedger } from "./load/verify";
import { createClaimsOnly, getBackToBack, newLedger, reviewSession } from "./load/workload";

const REVIEWERS = Number(process.env.BENCH_REVIEWERS ?? 50);
const MIXED_MS = Number(process.env.BENCH_LOAD_SECONDS ?? 60) * 1000;
const PHASE_MS = Number(process.env.BENCH_PHASE_SECONDS ?? 15) * 1000;
const ARTICLES = 10;
/** As many connections as the app's Prisma pool (lib/db/client.ts). */
const POOL_SIZE = 20;

type Phase = { name: string; seconds: number; summary: CallSummary; errors: number };

function phaseOf(name: string, records: CallRecord[], ms: number): Phase {
  const summary = summariseCalls(records);
  const errors = records.filter((record) => typeof record.status !== "number" || record.status >= 400).length;
  return { name, seconds: ms / 1000, summary, errors };
}

function perSecond(phase: Phase, route?: string): number {
  const requests = route ? (phase.summary.byRoute[route]?.requests ?? 0) : phase.summary.requests;
  return requests / phase.seconds;
}

function printTable(phases: Phase[]): void {
  console.log("\n| phase | route | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const phase of phases) {
    for (const [route, times] of Object.entries(phase.summary.byRoute)) {
      const errors = phase.errors && Object.keys(phase.summary.byRoute).length === 1 ? phase.errors : "";
      console.log(`| ${phase.name} | ${route} | ${(times.requests / phase.seconds).toFixed(0)} | ${times.p50Ms} | ${times.p95Ms} | ${times.p99Ms} | ${times.maxMs} | ${errors} |`);
    }
    console.log(`| ${phase.name} | **all** | ${perSecond(phase).toFixed(0)} | ${phase.summary.p50Ms} | ${phase.summary.p95Ms} | | ${phase.summary.maxMs} | ${phase.errors} |`);
  }
}

export async function runLoadBenchmark(): Promise<void> {
  const processes = process.env.CLAIMDESK_SERVER_PROCESSES ?? "default: one per core";
  console.log(`\n## Load: ${REVIEWERS} reviewers against npm start (server processes: ${processes}) on a PostgreSQL server, loopback`);
  buildOnce();
  const database = await createBenchDatabase();
  process.env.DATABASE_URL = database.url; // the reviewers' accounts are made straight in the database
  const server = await startAppServer({ DATABASE_URL: database.url, SEED_DEMO: "1", NEXTAUTH_SECRET: randomBytes(32).toString("hex") });
  const phases: Phase[] = [];
  try {
    // The mixed traffic gets ten articles of its own: the create-claim phases leave thousands of claims on theirs.
    const cast = await createCast(server.baseUrl, { reviewers: REVIEWERS, articles: ARTICLES * 2 });
    const base = { baseUrl: server.baseUrl, cast: { ...cast, articles: cast.articles.slice(0, ARTICLES) }, clients: REVIEWERS };
    const fresh = { ...base, cast: { ...cast, articles: cast.articles.slice(ARTICLES) } };
    const spread = (n: number) => n % ARTICLES;
    const oneArticle = () => 0;
    const ledger = newLedger();
    // Warm-up: every route compiled and cached, pools filled.
    await reviewSession({ ...base, durationMs: 5_000, records: [], ledger, articleOf: spread });

    const run = async (name: string, ms: number, body: (records: CallRecord[]) => Promise<void>) => {
      const records: CallRecord[] = [];
      const started = performance.now();
      await body(records);
      const phase = phaseOf(name, records, performance.now() - started);
      phases.push(phase);
      console.log(`${name}: ${perSecond(phase).toFixed(0)} requests/s, p50 ${phase.summary.p50Ms} ms, p95 ${phase.summary.p95Ms} ms, errors ${phase.errors} ${JSON.stringify(phase.summary.byStatus)}`);
      return phase;
    };
    const noDb = await run("no database", PHASE_MS, (records) =>
      getBackToBack({ baseUrl: server.baseUrl, path: "/api/auth/providers", route: "GET /api/auth/providers", clients: REVIEWERS, durationMs: PHASE_MS, records }),
    );
    const rawPg = await run("pg straight", PHASE_MS, (records) =>
      createClaimsThroughPg({ databaseUrl: database.url, cast, clients: REVIEWERS, poolSize: POOL_SIZE, durationMs: PHASE_MS, records, articleOf: spread }),
    );
    const rawPgOne = await run("pg straight, one article", PHASE_MS, (records) =>
      createClaimsThroughPg({ databaseUrl: database.url, cast, clients: REVIEWERS, poolSize: POOL_SIZE, durationMs: PHASE_MS, records, articleOf: oneArticle }),
    );
    const claimsTen = await run("create-claim, ten articles", PHASE_MS, (records) => createClaimsOnly({ ...base, durationMs: PHASE_MS, records, ledger, articleOf: spread }));
    const claimsOne = await run("create-claim, one article", PHASE_MS, (records) => createClaimsOnly({ ...base, durationMs: PHASE_MS, records, ledger, articleOf: oneArticle }));
    const mixed = await run(`mixed review, ${MIXED_MS / 1000} s`, MIXED_MS, (records) => reviewSession({ ...fresh, durationMs: MIXED_MS, records, ledger, articleOf: spread }));
    printTable(phases);

    const verification = await verifyLedger(database.url, ledger);
    console.log(`\nacknowledged writes checked in the tables, each with its event: ${JSON.stringify(verification.checked)}; missing: ${verification.missing.length}`);
    for (const line of verification.missing.slice(0, 20)) console.log(`  missing: ${line}`);

    const createRoute = "POST /api/articles/:id/claims";
    const mixedCreateP95 = mixed.summary.byRoute[createRoute]?.p95Ms ?? NaN;
    const errors = phases.reduce((sum, phase) => sum + phase.errors, 0);
    console.log("\nFigures against their targets (same run, same machine):");
    console.log(`- create-claim / no-database route: ${perSecond(claimsTen).toFixed(0)} / ${perSecond(noDb).toFixed(0)} requests/s = **${(perSecond(claimsTen) / perSecond(noDb)).toFixed(2)}** (goal: at least 0.50)`);
    console.log(`- create-claim / the same transaction through pg: ${perSecond(claimsTen).toFixed(0)} / ${perSecond(rawPg).toFixed(0)} = ${(perSecond(claimsTen) / perSecond(rawPg)).toFixed(2)}`);
    console.log(`- create-claim p95 in the mixed traffic: **${mixedCreateP95} ms** = ${(mixedCreateP95 / 100).toFixed(2)} of the 100 ms goal (goal: under 1.00); overall p95 ${mixed.summary.p95Ms} ms`);
    console.log(`- one article / ten articles, create-claim: ${perSecond(claimsOne).toFixed(0)} / ${perSecond(claimsTen).toFixed(0)} = **${(perSecond(claimsOne) / perSecond(claimsTen)).toFixed(2)}** (goal: 1.00; through pg: ${(perSecond(rawPgOne) / perSecond(rawPg)).toFixed(2)})`);
    console.log(`- errors: **${errors}** (goal: 0); acknowledged writes missing: **${verification.missing.length}** (goal: 0)`);
  } finally {
    await server.stop();
    await database.drop();
  }
}
