/**
 * Fans an article's events out to the streams open on it in this process. Per article, one read of
 * the Event table per burst of notifications, whatever the number of streams; each stream keeps a
 * cursor (the last id it sent), so replay and live delivery meet without a gap or a repeat.
 */
import "server-only";
import type { LiveEvent } from "./live-event";
import type { PresenceUser } from "@/lib/views/presence";

/** Where the hub reads from (lib/data, wired in by the route: lib/realtime does not import it). */
export type HubSource = {
  readSince: (articleId: string, afterId: bigint) => Promise<LiveEvent[]>;
  latestId: (articleId: string) => Promise<bigint>;
  readPresence: (articleId: string) => Promise<PresenceUser[]>;
  pageSize: number;
};

export type Subscriber = {
  send: (event: LiveEvent) => void;
  sendPresence: (users: PresenceUser[]) => void;
};

type Member = Subscriber & { cursor: bigint; backlog: LiveEvent[] | null };

/** How often presence is re-read for an open article, so an expired one disappears. */
const PRESENCE_REFRESH_MS = 10_000;

class ArticleChannel {
  readonly members = new Set<Member>();
  /** Resolves once the channel knows where the log stood when it opened. */
  readonly ready: Promise<bigint>;
  private lastFetched: Promise<bigint>;
  private fetching: Promise<void> | null = null;
  private isDirty = false;
  private lastPresence = "";
  private presenceTimer: NodeJS.Timeout;

  constructor(
    readonly articleId: string,
    private readonly source: HubSource,
  ) {
    this.ready = source.latestId(articleId);
    this.lastFetched = this.ready;
    this.presenceTimer = setInterval(() => void this.refreshPresence(), PRESENCE_REFRESH_MS);
    this.presenceTimer.unref();
  }

  close(): void {
    clearInterval(this.presenceTimer);
  }

  /** A notification (or a reconnection): read what is new, once, however many arrive meanwhile. */
  pull(): Promise<void> {
    if (this.fetching) {
      this.isDirty = true;
      return this.fetching;
    }
    this.fetching = (async () => {
      try {
        do {
          this.isDirty = false;
          await this.readNew();
        } while (this.isDirty);
      } catch (error) {
        console.warn(`Live updates: could not read the events of article ${this.articleId}:`, error instanceof Error ? error.message : error);
        setTimeout(() => void this.pull(), 1_000).unref();
      } finally {
        this.fetching = null;
      }
    })();
    return this.fetching;
  }

  private async readNew(): Promise<void> {
    let after = await this.lastFetched;
    for (;;) {
      const events = await this.source.readSince(this.articleId, after);
      for (const event of events) {
        after = BigInt(event.id);
        this.lastFetched = Promise.resolve(after);
        for (const member of this.members) deliver(member, event);
      }
      if (events.length < this.source.pageSize) return;
    }
  }

  async refreshPresence(force = false): Promise<void> {
    try {
      const users = await this.source.readPresence(this.articleId);
      const json = JSON.stringify(users);
      if (!force && json === this.lastPresence) return;
      this.lastPresence = json;
      for (const member of this.members) if (!member.backlog) member.sendPresence(users);
    } catch (error) {
      console.warn(`Live updates: could not read who is on article ${this.articleId}:`, error instanceof Error ? error.message : error);
    }
  }
}

function deliver(member: Member, event: LiveEvent): void {
  if (member.backlog) {
    member.backlog.push(event);
    return;
  }
  const id = BigInt(event.id);
  if (id <= member.cursor) return;
  member.cursor = id;
  member.send(event);
}

export class ArticleHub {
  private readonly channels = new Map<string, ArticleChannel>();

  constructor(private readonly source: HubSource) {}

  /**
   * Starts a subscriber: with `lastEventId`, every later event of the article first (from the
   * table), then live ones; without, live ones from now. Returns the function that unsubscribes.
   */
  async subscribe(articleId: string, subscriber: Subscriber, lastEventId: bigint | null): Promise<() => void> {
    const channel = this.channelFor(articleId);
    // Joined before reading, so nothing that commits while we read is missed: it waits in the backlog.
    const member: Member = { ...subscriber, cursor: 0n, backlog: [] };
    channel.members.add(member);
    const unsubscribe = () => this.leave(channel, member);
    try {
      // The channel delivers only what is newer than where it opened; so read the replay after that
      // point is known, or an event committed between the two reads would be nobody's to deliver.
      await channel.ready;
      if (lastEventId === null) {
        member.cursor = await this.source.latestId(articleId);
      } else {
        member.cursor = lastEventId;
        for (;;) {
          const events = await this.source.readSince(articleId, member.cursor);
          for (const event of events) {
            member.cursor = BigInt(event.id);
            member.send(event);
          }
          if (events.length < this.source.pageSize) break;
        }
      }
      const backlog = member.backlog ?? [];
      member.backlog = null;
      for (const event of backlog) deliver(member, event);
      void channel.refreshPresence(true);
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  /** From the listener: an event was committed for this article. */
  notifyEvent(articleId: string): void {
    void this.channels.get(articleId)?.pull();
  }

  /** From the listener: somebody arrived, moved or left. */
  notifyPresence(articleId: string): void {
    void this.channels.get(articleId)?.refreshPresence();
  }

  /** After the listener lost its connection: read whatever may have been missed, everywhere. */
  catchUp(): void {
    for (const channel of this.channels.values()) {
      void channel.pull();
      void channel.refreshPresence();
    }
  }

  /** Open streams, per article (for tests and the bench). */
  get subscriberCounts(): Record<string, number> {
    return Object.fromEntries([...this.channels].map(([id, channel]) => [id, channel.members.size]));
  }

  private channelFor(articleId: string): ArticleChannel {
    let channel = this.channels.get(articleId);
    if (!channel) {
      channel = new ArticleChannel(articleId, this.source);
      this.channels.set(articleId, channel);
    }
    return channel;
  }

  private leave(channel: ArticleChannel, member: Member): void {
    channel.members.delete(member);
    if (channel.members.size === 0 && this.channels.get(channel.articleId) === channel) {
      channel.close();
      this.channels.delete(channel.articleId);
    }
  }
}
