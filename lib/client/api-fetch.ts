/**
 * The browser's JSON API client: one error type for HTTP errors and network failures alike, and
 * answers checked against the view schemas they are documented with (lib/views), never cast.
 */
import type { z } from "zod";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly body?: Record<string, unknown>,
    /** The answer's `Retry-After`, in seconds: when the server says trying again may work. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

const NETWORK_RETRIES = 2;

function wait(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Sends a JSON request. A network failure is retried twice with a short backoff before it is
 * reported: the server never half-applies a request, edits carry versions, and a create sent with
 * an `idempotencyKey` (the same on every attempt) is made once however often it arrives.
 */
type Request = {
  method?: Method;
  body?: unknown;
  /** For creates: a new key per create (newIdempotencyKey()), reused by every retry of it. */
  idempotencyKey?: string;
  /** For deletes and restores: the version read (sent as If-Match; a stale one gets 409). */
  ifMatch?: number;
  /** Sent even when the page is closing (leaving an article). */
  keepalive?: boolean;
};

/** A fresh Idempotency-Key. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** `Retry-After` as seconds from now (it may be a number of seconds or an HTTP date); null without one. */
export function readRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === "") return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

function headersFor(options: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.idempotencyKey) headers["Idempotency-Key"] = options.idempotencyKey;
  if (options.ifMatch !== undefined) headers["If-Match"] = `"${options.ifMatch}"`;
  return headers;
}

export function apiFetch<T>(path: string, options: Request & { answer: z.ZodType<T> }): Promise<T>;
export function apiFetch(path: string, options?: Request): Promise<unknown>;
export async function apiFetch<T>(path: string, options: Request & { answer?: z.ZodType<T> } = {}): Promise<T | unknown> {
  let response: Response | undefined;
  for (let attempt = 0; !response; attempt++) {
    try {
      response = await fetch(path, {
        method: options.method ?? "GET",
        headers: headersFor(options),
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: "same-origin",
        keepalive: options.keepalive,
      });
    } catch {
      if (attempt >= NETWORK_RETRIES) throw new ApiError(0, "network", "Could not reach the server. Check your connection; your changes are kept here.");
      await wait(300 * 2 ** attempt);
    }
  }
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    // A proxy's HTML error page, say: fall through to the generic message.
  }
  if (!response.ok) {
    const error = (json.error ?? {}) as { code?: string; message?: string; fields?: Record<string, string[]> };
    throw new ApiError(
      response.status,
      error.code ?? "http_error",
      error.message ?? `The server answered ${response.status}. Try again.`,
      error.fields,
      error as Record<string, unknown>,
      readRetryAfter(response.headers.get("Retry-After")),
    );
  }
  if (!options.answer) return json;
  const parsed = options.answer.safeParse(json);
  if (!parsed.success) {
    // A server newer or older than this page: say so rather than show half a record.
    throw new ApiError(response.status, "unexpected_answer", "The server's answer is not what this page expects. Reload the page.");
  }
  return parsed.data;
}
