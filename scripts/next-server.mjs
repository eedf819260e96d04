/**
 * Serves the built app (`npm start`, spawned by scripts/serve.ts) the way `next start` does, and
 * tells the app who is asking: route handlers see no socket, and Next fills `X-Forwarded-For` only
 * when the client has not sent one, so any client could name any address. Here the
 * `x-claimdesk-client-address` header is always overwritten: the socket's address, or, with
 * CLAIMDESK_TRUSTED_PROXY=1 (behind a reverse proxy that sets it), the first `X-Forwarded-For`
 * entry. Behind a proxy without that setting, every request comes from the proxy's address.
 */
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const trustProxy = process.env.CLAIMDESK_TRUSTED_PROXY === "1";
const SHUTDOWN_GRACE_MS = 3_000;

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
server.listen(port, () => console.log(`claimdesk: serving on http://localhost:${port}${trustProxy ? " (client addresses from X-Forwarded-For)" : ""}`));

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Open event streams never end by themselves: past the grace period they are cut.
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    server.closeIdleConnections?.();
  });
}
