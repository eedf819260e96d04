/**
 * One LISTEN connection per app process, whatever the number of open streams. It reconnects by
 * itself (the database restarted, the connection was cut) and then says so, so every stream can
 * catch up from its last event: notifications sent while it was away are lost, the rows are not.
 */
import "server-only";
import type pg from "pg";
import { createListenClient } from "@/lib/db/listen-connection";
import { EVENTS_CHANNEL, PRESENCE_CHANNEL, parseEventNotice, parsePresenceNotice } from "./channels";

export type ListenerHandlers = {
  onEvent: (articleId: string, eventId: bigint) => void;
  onPresence: (articleId: string) => void;
  /** After a reconnection (not the first connection): anything may have been missed. */
  onReconnect: () => void;
};

/**
 * Waits between attempts to listen again. Capped at 1 s: an attempt on a server that is down is
 * refused at once and costs nothing, and once it is back the streams catch up within a second
 * (a 5 s cap kept them waiting 3.5 s after a 10 s outage, e2e/database-outage.spec.ts).
 */
const RETRY_MS = [100, 250, 500, 1_000];
/** A quiet connection is checked this often, so a silently dead one is replaced. */
const PING_MS = 15_000;

export class NotificationListener {
  private client: pg.Client | null = null;
  private isStopped = false;
  private hasConnected = false;
  private failures = 0;
  private isWarned = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private connecting: Promise<void> | null = null;

  constructor(
    private readonly handlers: ListenerHandlers,
    private readonly createClient: () => pg.Client = createListenClient,
  ) {}

  /** Connects (once); resolves when listening, or when the first attempt failed and a retry is scheduled. */
  start(): Promise<void> {
    this.connecting ??= this.connect();
    return this.connecting;
  }

  get isListening(): boolean {
    return this.client !== null;
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = this.createClient();
    client.on("error", () => this.lose(client));
    client.on("end", () => this.lose(client));
    client.on("notification", (message) => this.dispatch(message));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}; LISTEN ${PRESENCE_CHANNEL}`);
    } catch (error) {
      // Once per outage, not once a second.
      if (!this.isWarned) console.warn(`Live updates: could not listen for notifications (${error instanceof Error ? error.message : error}); retrying every second.`);
      this.isWarned = true;
      this.lose(client);
      return;
    }
    if (this.isStopped) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    if (this.isWarned) console.warn(`Live updates: listening again, after ${this.failures} attempts.`);
    this.isWarned = false;
    this.failures = 0;
    this.pingTimer = setInterval(() => void client.query("SELECT 1").catch(() => this.lose(client)), PING_MS);
    this.pingTimer.unref();
    if (this.hasConnected) this.handlers.onReconnect();
    this.hasConnected = true;
  }

  private dispatch(message: pg.Notification): void {
    if (message.channel === EVENTS_CHANNEL) {
      const notice = parseEventNotice(message.payload);
      if (notice) this.handlers.onEvent(notice.articleId, notice.eventId);
    } else if (message.channel === PRESENCE_CHANNEL) {
      const articleId = parsePresenceNotice(message.payload);
      if (articleId) this.handlers.onPresence(articleId);
    }
  }

  /** Called for every sign of a broken connection; acts once per client. */
  private lose(client: pg.Client): void {
    if ((client as { claimdeskLost?: boolean }).claimdeskLost) return;
    (client as { claimdeskLost?: boolean }).claimdeskLost = true;
    if (this.client === client) this.client = null;
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
    void client.end().catch(() => {});
    if (this.isStopped || this.retryTimer) return;
    const delay = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)]!;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connecting = this.connect();
    }, delay);
    this.retryTimer.unref();
  }
}
