/**
 * Writes the browser could not send yet (the network or the server was away), kept in
 * localStorage per user, so they survive a closed tab and are sent when the connection returns or
 * the article is next opened. Each carries the Idempotency-Key it was first sent with, so sending it
 * again never makes a second claim; an edit carries the version it was made on, so one that meets
 * a newer version is refused (409) instead of overwriting.
 */
import { z } from "zod";

export const ZOutboxItem = z.object({
  /** Also the create's Idempotency-Key. */
  id: z.string().min(1),
  articleId: z.string(),
  kind: z.enum(["createClaim", "addSource", "updateClaim"]),
  path: z.string().startsWith("/api/"),
  method: z.enum(["POST", "PATCH"]),
  body: z.record(z.string(), z.unknown()),
  /** What the user sees in the "not saved yet" list. */
  label: z.string(),
  queuedAt: z.string(),
});
export type OutboxItem = z.infer<typeof ZOutboxItem>;

type Storage = Pick<globalThis.Storage, "getItem" | "setItem">;

const storageKey = (userId: string) => `claimdesk.outbox.v1.${userId}`;

/** The user's queued writes. Another user signed in on this browser has their own (never these). */
export class Outbox {
  constructor(
    private readonly userId: string,
    private readonly storage: Storage | null = typeof localStorage === "undefined" ? null : localStorage,
  ) {}

  all(): OutboxItem[] {
    try {
      const parsed = z.array(ZOutboxItem).safeParse(JSON.parse(this.storage?.getItem(storageKey(this.userId)) ?? "[]"));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  forArticle(articleId: string): OutboxItem[] {
    return this.all().filter((item) => item.articleId === articleId);
  }

  /** Written before the first attempt to send, so closing the tab at once loses nothing. */
  add(item: OutboxItem): void {
    this.write([...this.all().filter((existing) => existing.id !== item.id), item]);
  }

  remove(id: string): void {
    this.write(this.all().filter((item) => item.id !== id));
  }

  private write(items: OutboxItem[]): void {
    try {
      this.storage?.setItem(storageKey(this.userId), JSON.stringify(items));
    } catch {
      // Storage full or blocked (private mode): the write is still attempted, only not kept.
    }
  }
}
