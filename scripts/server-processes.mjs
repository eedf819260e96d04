/**
 * The cluster's primary: starts the server processes, replaces one that dies while serving, and on
 * a signal passes it on and exits once every process has finished its requests (with the worst
 * exit code). A process that dies before it ever listened stops the whole server: it would only die again.
 */
import cluster from "node:cluster";

const graceMs = Number(process.env.CLAIMDESK_SHUTDOWN_GRACE_MS ?? 10_000);

export function runServerProcesses(count) {
  let isStopping = false;
  let exitCode = 0;
  const live = new Set();

  const start = () => {
    const worker = cluster.fork();
    let hasListened = false;
    live.add(worker);
    worker.once("listening", () => (hasListened = true));
    worker.once("exit", (code, signal) => {
      live.delete(worker);
      if (isStopping) {
        exitCode = Math.max(exitCode, code ?? 1);
        if (live.size === 0) process.exit(exitCode);
        return;
      }
      if (!hasListened) {
        console.error(`claimdesk: a server process exited while starting (${signal ?? code}); stopping.`);
        exitCode = 1;
        stop("SIGTERM");
        return;
      }
      console.error(`claimdesk: server process ${worker.process.pid} exited (${signal ?? code}); starting another.`);
      setTimeout(start, 1_000).unref();
    });
  };

  function stop(signal) {
    if (isStopping) return;
    isStopping = true;
    console.log(`claimdesk: ${signal}: finishing requests in flight (up to ${graceMs / 1000} s)`);
    for (const worker of live) worker.process.kill(signal);
    if (live.size === 0) process.exit(exitCode);
    setTimeout(() => process.exit(1), graceMs + 1_000).unref();
  }

  for (let n = 0; n < count; n += 1) start();
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));
}
