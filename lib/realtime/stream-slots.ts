/**
 * How many live streams one user, and one client address, may hold open at once in this app
 * instance: each is a connection and a subscription kept for hours, so without a bound one
 * client could open thousands. Beyond it the stream route answers 429. Per instance: several
 * instances behind a balancer multiply the bound by their number.
 */
export class StreamSlots {
  private readonly open = new Map<string, number>();

  constructor(private readonly limits: { perUser: number; perAddress: number }) {}

  /** Takes a slot for each key, or none (null) when any is full; the returned function gives them back, once. */
  take({ userId, address }: { userId: string; address: string | null }): (() => void) | null {
    const keys: [string, number][] = [[`user:${userId}`, this.limits.perUser]];
    if (address) keys.push([`address:${address}`, this.limits.perAddress]);
    if (keys.some(([key, limit]) => (this.open.get(key) ?? 0) >= limit)) return null;
    for (const [key] of keys) this.open.set(key, (this.open.get(key) ?? 0) + 1);
    let isReleased = false;
    return () => {
      if (isReleased) return;
      isReleased = true;
      for (const [key] of keys) {
        const left = (this.open.get(key) ?? 1) - 1;
        if (left > 0) this.open.set(key, left);
        else this.open.delete(key);
      }
    };
  }
}
