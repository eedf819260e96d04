/**
 * The moment the server starts to stop. `npm start`'s server (scripts/server-process.mjs) emits
 * SHUTDOWN_EVENT on `process` when it gets SIGTERM, before it waits for in-flight requests: open
 * live streams then end with a retry hint (they never end by themselves, so the server could not
 * drain otherwise) and new ones are refused with 503, while ordinary requests finish.
 */
import "server-only";

/** The process event the server emits; a plain string so the .mjs server needs no import. */
export const SHUTDOWN_EVENT = "claimdesk:shutdown";

type ShutdownState = { isShuttingDown: boolean; listeners: Set<() => void> };

const globalForShutdown = globalThis as unknown as { claimdeskShutdown?: ShutdownState };

function state(): ShutdownState {
  if (!globalForShutdown.claimdeskShutdown) {
    const created: ShutdownState = { isShuttingDown: false, listeners: new Set() };
    globalForShutdown.claimdeskShutdown = created;
    process.once(SHUTDOWN_EVENT, () => {
      created.isShuttingDown = true;
      for (const listener of [...created.listeners]) listener();
      created.listeners.clear();
    });
  }
  return globalForShutdown.claimdeskShutdown;
}

export function isShuttingDown(): boolean {
  return state().isShuttingDown;
}

/** Runs `listener` once when the server starts to stop (at once if it already has). Returns the unsubscribe. */
export function onShutdown(listener: () => void): () => void {
  const current = state();
  if (current.isShuttingDown) {
    listener();
    return () => {};
  }
  current.listeners.add(listener);
  return () => current.listeners.delete(listener);
}
