/** Reads Server-Sent Events from a response body, for tests: one message at a time, with a deadline. */
export type SseMessage = { id?: string; event: string; data: string; json: Record<string, unknown> };

export class SseReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  private buffer = "";
  private pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  /** Comments seen (`: heartbeat`), and the retry hint. */
  readonly comments: string[] = [];
  retry: number | null = null;

  constructor(body: ReadableStream<Uint8Array>) {
    this.reader = body.getReader();
  }

  /** The next message (comments are collected, not returned); null when the stream ended. */
  async next(timeoutMs = 5_000): Promise<SseMessage | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = this.takeMessage();
      if (message !== undefined) {
        if (message) return message;
        continue;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No SSE message within ${timeoutMs} ms`);
      let timer: NodeJS.Timeout | undefined;
      // A read that outlasts the deadline is kept for the next call: its chunk must not be lost.
      this.pending ??= this.reader.read();
      const read = await Promise.race([
        this.pending.then(
          (chunk) => ({ chunk }),
          (error: unknown) => ({ error }),
        ),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`No SSE message within ${timeoutMs} ms`)), left))),
      ]).finally(() => clearTimeout(timer));
      this.pending = null;
      if ("error" in read) throw read.error;
      const { chunk } = read;
      if (chunk.done) return null;
      this.buffer += this.decoder.decode(chunk.value, { stream: true });
    }
  }

  /** Messages until `count` of them matched `keep` (others are skipped). */
  async collect(count: number, keep: (message: SseMessage) => boolean = (m) => m.event !== "presence", timeoutMs = 10_000): Promise<SseMessage[]> {
    const kept: SseMessage[] = [];
    while (kept.length < count) {
      const message = await this.next(timeoutMs);
      if (!message) throw new Error(`The stream ended after ${kept.length} of ${count} messages`);
      if (keep(message)) kept.push(message);
    }
    return kept;
  }

  /** Whether any message matching `keep` arrives within `ms` (for "nothing more came"). */
  async nothingWithin(ms: number, keep: (message: SseMessage) => boolean = (m) => m.event !== "presence"): Promise<boolean> {
    const until = Date.now() + ms;
    for (;;) {
      const left = until - Date.now();
      if (left <= 0) return true;
      const message = await this.next(left).catch(() => undefined);
      if (message === undefined || message === null) return true;
      if (keep(message)) return false;
    }
  }

  async close(): Promise<void> {
    await this.reader.cancel().catch(() => {});
  }

  /** undefined: no whole block buffered; null: a block with no data (comments only). */
  private takeMessage(): SseMessage | null | undefined {
    const end = this.buffer.indexOf("\n\n");
    if (end < 0) return undefined;
    const block = this.buffer.slice(0, end);
    this.buffer = this.buffer.slice(end + 2);
    let id: string | undefined;
    let event = "message";
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) this.comments.push(line.slice(1).trim());
      else if (line.startsWith("id: ")) id = line.slice(4);
      else if (line.startsWith("event: ")) event = line.slice(7);
      else if (line.startsWith("data: ")) data.push(line.slice(6));
      else if (line.startsWith("retry: ")) this.retry = Number(line.slice(7));
    }
    if (!data.length) return null;
    const text = data.join("\n");
    return { id, event, data: text, json: JSON.parse(text) as Record<string, unknown> };
  }
}
