/**
 * `tsx --conditions=react-server test/load/throwaway-database.ts`: starts a throwaway PostgreSQL
 * server (as the database suite does), prints `{"url": …}` on one line, and stops it when its
 * standard input closes or it is signalled. For specs that run app instances of their own.
 *
 * An outage on demand: a `stop` line on standard input stops the server (its data kept), a `start`
 * line starts it again on the same port; each is answered with one line, `{"done": "stop", "at": …}`
 * (`at`: when it was down, or accepting connections again) or `{"error": …}`.
 */
import { createInterface } from "node:readline";
import { startThrowawayPostgres } from "@/lib/db/throwaway-postgres";

const server = await startThrowawayPostgres({ database: "claimdesk_instances" });
const answer = (line: Record<string, unknown>): void => void process.stdout.write(`${JSON.stringify(line)}\n`);
answer({ url: server.url });
let isStopping = false;
const stop = async () => {
  if (isStopping) return;
  isStopping = true;
  await server.stop();
  process.exit(0);
};

const COMMANDS: Record<string, () => Promise<void>> = { stop: server.halt, start: server.resume };
// One command at a time, in the order given.
let queue = Promise.resolve();
const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const command = line.trim();
  queue = queue.then(async () => {
    const run = COMMANDS[command];
    if (!run) return answer({ error: `Unknown command ${JSON.stringify(command)}: send stop or start.` });
    try {
      await run();
      answer({ done: command, at: Date.now() });
    } catch (error) {
      answer({ error: error instanceof Error ? error.message : String(error) });
    }
  });
});
lines.on("close", () => void queue.then(stop));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop());
