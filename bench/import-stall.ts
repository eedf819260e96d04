/**
 * `npm run bench -- import`: does one costly request hold the server? Each case sends one large
 * body (about 1 MB) while a probe asks `/api/health` back to back; the probe's latencies are set
 * against the same probe on the idle server beside them. Goal: the import answers (accepted or
 * refused) within about 1 s, and no probe waits more than 100 ms.
 */
import { randomBytes } from "node:crypto";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/data/demo/seed-demo";
import { tokenFor } from "../test/load/api-session";
import { buildOnce, startAppServer } from "./app-server";
import { createBenchDatabase } from "./bench-database";

const MB = 1_000_000;
const PARAGRAPH = "The council said on Tuesday that 4,200 new homes were approved last year, up from 3,100 in the year before that.";

type Probe = { latencies: number[] };

function stats(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

/** Probes /api/health one after another until `until` settles. */
async function probeDuring(baseUrl: string, until: Promise<unknown>): Promise<Probe> {
  let done = false;
  void until.finally(() => (done = true));
  const latencies: number[] = [];
  while (!done) {
    const started = performance.now();
    await (await fetch(`${baseUrl}/api/health`)).arrayBuffer();
    latencies.push(performance.now() - started);
  }
  return { latencies };
}

async function idleProbe(baseUrl: string, ms: number): Promise<Probe> {
  return probeDuring(baseUrl, new Promise((resolve) => setTimeout(resolve, ms)));
}

function cases(): { name: string; body: Record<string, string> }[] {
  const paragraphs = Array.from({ length: Math.floor(MB / (PARAGRAPH.length + 2)) }, () => PARAGRAPH);
  return [
    { name: "plain text, 8,800 paragraphs", body: { text: paragraphs.join("\n\n") } },
    { name: "HTML, flat paragraphs with marks", body: { html: "<p>Some words here <b>bold</b> and <a href='https://example.org'>a link</a>.</p>".repeat(MB / 80) } },
    { name: "HTML, <div><b><i> nested", body: { html: "<div><b><i>x".repeat(MB / 12) } },
    { name: "Markdown, paragraphs", body: { markdown: paragraphs.join("\n\n") } },
    { name: "Markdown, unclosed emphasis _a_b", body: { markdown: "_a_b".repeat(MB / 4) } },
    { name: "Markdown, entities &amp;", body: { markdown: "&amp;".repeat(MB / 5) } },
    { name: "Markdown, code spans `a ``b", body: { markdown: "`a ``b ".repeat(MB / 7) } },
    { name: "Markdown, open brackets [", body: { markdown: "[".repeat(MB) } },
  ];
}

export async function runImportStallBenchmark(): Promise<void> {
  console.log("\n## One costly request: /api/health probed back to back while a ~1 MB body is imported or edited");
  buildOnce();
  const database = await createBenchDatabase();
  console.log(`(database: ${database.label})`);
  const server = await startAppServer({ DATABASE_URL: database.url, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), SEED_DEMO: "1" });
  try {
    const editor = await tokenFor(server.baseUrl, DEMO_ACCOUNTS[1]!.email, DEMO_PASSWORD);
    const send = (method: string, path: string, body: unknown) =>
      fetch(`${server.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${editor}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    // Warm the routes and the conversion thread first.
    await (await send("POST", "/api/articles", { title: "Warm-up", text: "Warm." })).arrayBuffer();
    const idle = stats((await idleProbe(server.baseUrl, 2_000)).latencies);
    console.log(`baseline, idle server: ${idle.count} probes, p50 ${idle.p50.toFixed(1)} ms, p95 ${idle.p95.toFixed(1)} ms, max ${idle.max.toFixed(1)} ms`);
    console.log("case: status, request time; probes during it: count, p95, max (max as a ratio to the idle max)");
    const report = async (name: string, request: () => Promise<Response>) => {
      const started = performance.now();
      const pending = request().then(async (response) => ({ status: response.status, text: await response.text(), ms: performance.now() - started }));
      const probe = stats((await probeDuring(server.baseUrl, pending)).latencies);
      const { status, text, ms } = await pending;
      const why = status >= 400 ? ` (${/"fields":\{"[^"]+":\["([^"]{0,70})/.exec(text)?.[1] ?? text.slice(0, 70)})` : "";
      console.log(`  ${name}: ${status}${why}, ${ms.toFixed(0)} ms; ${probe.count} probes, p95 ${probe.p95.toFixed(1)} ms, max ${probe.max.toFixed(1)} ms (${(probe.max / idle.max).toFixed(1)}x)`);
      return text;
    };
    for (const { name, body } of cases()) await report(name, () => send("POST", "/api/articles", { title: name, ...body }));
    await reportLargeEdit(send, report);
  } finally {
    await server.stop();
    await database.drop();
  }
}

type Send = (method: string, path: string, body: unknown) => Promise<Response>;
type Report = (name: string, request: () => Promise<Response>) => Promise<string>;

/** A 1 MB article with 300 claims, then one edit that rewords every paragraph. */
async function reportLargeEdit(send: Send, report: Report): Promise<void> {
  const count = Math.floor(MB / (PARAGRAPH.length + 40));
  const paragraphs = Array.from({ length: count }, (_, i) => `Paragraph ${i}: ${PARAGRAPH}`);
  const response = await send("POST", "/api/articles", { title: "Large edit", text: paragraphs.join("\n\n") });
  if (response.status !== 201) throw new Error(`POST article: ${response.status} ${await response.text()}`);
  const created = (await response.json()) as { article: { id: string; version: number; text: string } };
  const { id, text } = created.article;
  for (let i = 0; i < 300; i++) {
    const exact = paragraphs[i * Math.floor(count / 300)]!;
    const start = text.indexOf(exact);
    const response = await send("POST", `/api/articles/${id}/claims`, { selector: { exact, start, end: start + exact.length } });
    if (response.status !== 201) throw new Error(`POST claim: ${response.status} ${await response.text()}`);
  }
  const reworded = paragraphs.map((paragraph) => paragraph.replace("said on Tuesday", "announced on Wednesday")).join("\n\n");
  const version = created.article.version;
  await report("PATCH: every paragraph reworded, 300 claims re-anchored", () => send("PATCH", `/api/articles/${id}`, { version, text: reworded }));
}
