/**
 * CSV export benchmark: 100,000 claims with 2 sources each, exported through the app's streaming
 * export and, in the same run, by PostgreSQL's own COPY (SELECT ...) TO STDOUT WITH CSV over the
 * same rows. Reports time, ratio to COPY, time to first byte and first rows, and peak memory growth.
 * Runs on the server at BENCH_DATABASE_URL (default: the local PostgreSQL), in a database made for it.
 */
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { readExportClaims } from "@/lib/data/export/read-export-claims";
import { insertUserAsSystem } from "@/lib/data/users/insert-user";
import { disconnectDb } from "@/lib/db/disconnect";
import { migrateDatabase } from "@/lib/db/migrate";
import { docFromParagraphs } from "@/lib/document/article-document";
import { claimsCsvStream } from "@/lib/export/csv-stream";
import { createBenchDatabase } from "./bench-database";

const CLAIMS = 100_000;

export async function seed(url: string): Promise<{ id: string; email: string; name: string; role: "viewer" }> {
  process.env.DATABASE_URL = url;
  await migrateDatabase(url);
  const viewer = await insertUserAsSystem({ email: "viewer@bench.test", name: "Bench Viewer", role: "viewer", password: "bench-password-123" });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const doc = JSON.stringify(docFromParagraphs(["Benchmark article text."]));
  await client.query(`
    INSERT INTO "Article" (id, slug, title, doc, text, "updatedAt") VALUES
      ('00000000-0000-7000-8000-000000000001', 'bench', 'Benchmark, "export"', $1::jsonb, 'Benchmark article text.', now());
    INSERT INTO "Claim" (id, "articleId", exact, prefix, suffix, start, "end", "anchoredVersion", claimant, summary, rationale, tags, "createdById", "updatedAt")
      SELECT gen_random_uuid(), '00000000-0000-7000-8000-000000000001',
             'Claim number ' || g || ', with "quotes" and a comma', 'before ' || g, ' after', g, g + 40, 1,
             'Claimant ' || (g % 50), '=Summary ' || g, 'Rationale for claim ' || g || E'\\non two lines', ARRAY['tag' || (g % 7), 'bench'],
             $2::uuid, now()
      FROM generate_series(1, ${CLAIMS}) AS g;
    INSERT INTO "Source" (id, "claimId", url, title, publisher, excerpt, stance, "addedById", "updatedAt")
      SELECT gen_random_uuid(), c.id, 'https://example.org/' || n || '/' || c.start, 'Source ' || n, 'Publisher', 'Evidence quote ' || n,
             (CASE n WHEN 1 THEN 'supports' ELSE 'refutes' END)::"Stance", $2::uuid, now()
      FROM "Claim" c CROSS JOIN generate_series(1, 2) AS n;
    ANALYZE;`.replace(/\$1::jsonb/, `'${doc.replace(/'/g, "''")}'::jsonb`).replace(/\$2::uuid/g, `'${viewer.id}'::uuid`));
  await client.end();
  return { ...viewer, role: "viewer" };
}

async function timeCopy(url: string): Promise<{ ms: number; bytes: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  let bytes = 0;
  const stream = client.query(
    copyTo(`COPY (
      SELECT c.id, c."articleId", a.title, a."sourceUrl", c.exact, c.prefix, c.suffix, c.start, c."end", c.claimant, c.summary,
             c.status, c.verdict, c.rationale, array_to_string(c.tags, '; '),
             (SELECT string_agg(coalesce(s.title, s.url) || ' <' || s.url || '> (' || s.stance || ')', E'\\n' ORDER BY s."createdAt") FROM "Source" s WHERE s."claimId" = c.id),
             (SELECT count(*) FROM "Source" s WHERE s."claimId" = c.id), u.name, c."createdAt", c."updatedAt", c.orphan
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" JOIN "User" u ON u.id = c."createdById"
      WHERE c."deletedAt" IS NULL ORDER BY c."articleId", c.start, c.id) TO STDOUT WITH CSV`),
  );
  for await (const chunk of stream) bytes += (chunk as Buffer).length;
  const ms = performance.now() - started;
  await client.end();
  return { ms, bytes };
}

async function timeExport(actor: Awaited<ReturnType<typeof seed>>) {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  const reader = claimsCsvStream(readExportClaims({ actor, query: {} }), { layout: "claims", bom: true }).getReader();
  let firstByte = 0;
  let firstRows = 0;
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    const now = performance.now() - started;
    if (!firstByte) firstByte = now;
    else if (!firstRows) firstRows = now;
    bytes += chunk.value.length;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, bytes, firstByte, firstRows, memoryGrowthMb: (peak - baseline) / 1024 / 1024 };
}

export async function runExportBenchmark(): Promise<void> {
  console.log(`\n## CSV export: ${CLAIMS.toLocaleString("en")} claims with 2 sources each, against COPY over the same rows`);
  const database = await createBenchDatabase();
  try {
    const actor = await seed(database.url);
    const copies = [];
    const exports = [];
    for (let run = 0; run < 3; run++) {
      copies.push(await timeCopy(database.url));
      exports.push(await timeExport(actor));
    }
    const median = <T,>(values: T[], key: (value: T) => number) => values.map(key).sort((a, b) => a - b)[1]!;
    const copyMs = median(copies, (c) => c.ms);
    const exportMs = median(exports, (e) => e.ms);
    console.log(`COPY:   ${copies.map((c) => c.ms.toFixed(0)).join(", ")} ms (median ${copyMs.toFixed(0)}; ${(copies[0]!.bytes / 1e6).toFixed(1)} MB)`);
    console.log(`export: ${exports.map((e) => e.ms.toFixed(0)).join(", ")} ms (median ${exportMs.toFixed(0)}; ${(exports[0]!.bytes / 1e6).toFixed(1)} MB)`);
    console.log(`ratio to COPY: ${(exportMs / copyMs).toFixed(2)} (goal: within 2)`);
    console.log(`first byte: ${median(exports, (e) => e.firstByte).toFixed(1)} ms; first rows: ${median(exports, (e) => e.firstRows).toFixed(0)} ms (goal: under 200 ms)`);
    console.log(`peak memory growth: ${Math.max(...exports.map((e) => e.memoryGrowthMb)).toFixed(0)} MB (goal: under 100 MB)`);
  } finally {
    await disconnectDb();
    await database.drop();
  }
}
