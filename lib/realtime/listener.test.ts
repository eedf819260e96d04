import { EventEmitter } from "node:events";
import type pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NotificationListener } from "./listener";

/** A stand-in for pg.Client whose server is up or down as the test says. */
class FakeClient extends EventEmitter {
  constructor(private readonly server: { isUp: boolean; attempts: number }) {
    super();
  }
  async connect() {
    this.server.attempts += 1;
    if (!this.server.isUp) throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
  }
  async query() {}
  async end() {}
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("NotificationListener", () => {
  it("after a 10 s outage, listens again within a second of the server's return, and says so once", async () => {
    vi.useFakeTimers();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const server = { isUp: true, attempts: 0 };
    const clients: FakeClient[] = [];
    const onReconnect = vi.fn();
    const listener = new NotificationListener({ onEvent: () => {}, onPresence: () => {}, onReconnect }, () => {
      clients.push(new FakeClient(server));
      return clients.at(-1)! as unknown as pg.Client;
    });
    await listener.start();
    expect(listener.isListening).toBe(true);

    server.isUp = false;
    clients.at(-1)!.emit("error", new Error("terminating connection due to administrator command"));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(listener.isListening).toBe(false);
    expect(server.attempts).toBeGreaterThan(8); // about once a second once backed off
    expect(server.attempts).toBeLessThan(16);
    expect(console.warn).toHaveBeenCalledTimes(1);

    server.isUp = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(listener.isListening).toBe(true);
    expect(onReconnect).toHaveBeenCalledTimes(1);
    expect(console.warn).toHaveBeenLastCalledWith(expect.stringMatching(/listening again/));
    await listener.stop();
  });
});
