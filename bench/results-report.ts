/**
 * bench/results.md: one Markdown report of the benchmarks, one section per benchmark with what it
 * printed, under a header naming the machine, the date and the command. A run of some benchmarks
 * (`npm run bench -- load`) replaces their sections and keeps the others, each with its own date.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const REPORT = path.join("bench", "results.md");
const MARK = /^<!-- bench:([a-z]+) -->$/;

/** Runs `body` with console.log also written to a buffer; returns what it printed. */
export async function capturing(body: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...values: unknown[]) => {
    log(...values);
    lines.push(values.map((value) => (typeof value === "string" ? value : JSON.stringify(value))).join(" "));
  };
  try {
    await body();
  } finally {
    console.log = log;
  }
  return lines.flatMap((line) => line.split("\n"));
}

async function postgresVersion(): Promise<string> {
  const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    return rows[0]?.version.split(" on ")[0] ?? "(unknown)";
  } catch {
    return "(no server answered)";
  } finally {
    await client.end().catch(() => {});
  }
}

function readSections(): Map<string, string> {
  const sections = new Map<string, string>();
  if (!existsSync(REPORT)) return sections;
  let current: string | null = null;
  let body: string[] = [];
  for (const line of readFileSync(REPORT, "utf8").split("\n")) {
    const mark = MARK.exec(line);
    if (mark) {
      if (current) sections.set(current, body.join("\n").trimEnd());
      current = mark[1]!;
      body = [];
    } else if (current) body.push(line);
  }
  if (current) sections.set(current, body.join("\n").trimEnd());
  return sections;
}

export async function writeResults(order: string[], ran: Map<string, string[]>, command: string): Promise<void> {
  const sections = readSections();
  const date = new Date().toISOString().slice(0, 16).replace("T", " ");
  for (const [name, lines] of ran) {
    const heading = lines.find((line) => line.startsWith("## ")) ?? `## ${name}`;
    const text = lines.filter((line) => line !== heading && line.trim() !== "").join("\n");
    sections.set(name, `${heading}\n\n_Run ${date} UTC with \`${command}\`._\n\n\`\`\`text\n${text}\n\`\`\``);
  }
  const cpu = os.cpus();
  const header = [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (every benchmark) or `npm run bench -- <name>` (one; the others keep their last run).",
    "Figures, not pass/fail: each is printed beside its goal or its baseline from the same run.",
    "",
    `- Machine: ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${cpu.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}`,
    `- Node ${process.version}; ${await postgresVersion()} at BENCH_DATABASE_URL`,
    `- Last written: ${date} UTC by \`${command}\``,
    "",
  ];
  const body = order.filter((name) => sections.has(name)).map((name) => `<!-- bench:${name} -->\n${sections.get(name)}\n`);
  writeFileSync(REPORT, `${header.join("\n")}\n${body.join("\n")}`);
  console.log(`\nWrote ${REPORT}.`);
}
