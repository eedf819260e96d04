/**
 * One server process of the built app (scripts/next-server.mjs starts one per core): serves it the
 * way `next start` does, and tells the app who is asking: route handlers see no socket, and Next fills `X-Forwarded-For` only
 * when the client has not sent one, so any client could name any address. Here the
 * `x-claimdesk-client-address` header is always overwritten: the socket's address, or, with
 * CLAIMDESK_TRUSTED_PROXY=1 (behind a reverse proxy that sets it), the first `X-Forwarded-For`
 * entry. Behind a proxy without that setting, every request comes from the proxy's address.
 */
import cluster from "node:cluster";
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const trustProxy = process.env.CLAIMDESK_TRUSTED_PROXY === "1";

const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

function clientAddressOf(request) {
  const forwarded = trustProxy ? String(request.headers["x-forwarded-for"] ?? "").split(",")[0]?.trim() : "";
  return forwarded || request.socket.remoteAddress || "unknown";
}

const server = createServer((request, response) => {
  request.headers["x-claimdesk-client-address"] = clientAddressOf(request);
  void handle(request, response);
});
server.listen(port, () => {
  // With several processes, the first one to start says it for all.
  if (cluster.isPrimary || cluster.worker?.id === 1) console.log(`claimdesk: serving on http://localhost:${port}${trustProxy ? " (client addresses from X-Forwarded-For)" : ""}`);
});

/**
 * A graceful stop: no new connections; the app ends its live streams with a retry hint (they never
 * end by themselves) and refuses new ones; requests in flight finish and get their answers, idle
 * keep-alive connections are closed as they fall idle; then the process exits. Whatever is still
 * running after CLAIMDESK_SHUTDOWN_GRACE_MS is cut (its transaction is rolled back by Postgres, so
 * nothing is half-written), and the exit code says so.
 */
const graceMs = Number(process.env.CLAIMDESK_SHUTDOWN_GRACE_MS ?? 10_000);
let isStopping = false;

function stop(signal) {
  if (isStopping) return;
  isStopping = true;
  const started = Date.now();
  if (cluster.isPrimary) console.log(`claimdesk: ${signal}: finishing requests in flight (up to ${graceMs / 1000} s)`);
  process.emit("claimdesk:shutdown"); // lib/realtime/shutdown.ts
  server.close(() => {
    if (cluster.isPrimary) console.log(`claimdesk: stopped after ${Date.now() - started} ms`);
    process.exit(0);
  });
  server.closeIdleConnections();
  setInterval(() => server.closeIdleConnections(), 100).unref();
  setTimeout(() => {
    console.warn(`claimdesk: requests still running after ${graceMs / 1000} s were cut`);
    server.closeAllConnections();
    process.exit(1);
  }, graceMs).unref();
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));
