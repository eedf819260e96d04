/** A stand-in for the browser's `fetch`, for tests of code that calls the API through lib/client/api-fetch. */
import { vi } from "vitest";

export type SentRequest = { path: string; method: string; headers: Record<string, string>; body: unknown; keepalive: boolean };

/** What the fake server answers a request with; a rejected promise is a network failure. */
export type Answer = (request: SentRequest) => Response | Promise<Response>;

export const answerJson = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

/** What `fetch` does when the network is down. */
export const networkFailure = () => Promise.reject(new TypeError("Failed to fetch"));

/**
 * Replaces the global `fetch` (undone by vi.unstubAllGlobals) and records every request. `answer`
 * may be swapped mid-test: the server coming back, say.
 */
export function stubFetch(answer: Answer) {
  const fake = {
    answer,
    requests: [] as SentRequest[],
    /** The requests sent to `path` (and with `method`, if given). */
    to(path: string, method?: string) {
      return fake.requests.filter((request) => request.path === path && (!method || request.method === method));
    },
  };
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const request: SentRequest = {
        path: String(input),
        method: init.method ?? "GET",
        headers: { ...(init.headers as Record<string, string> | undefined) },
        body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
        keepalive: init.keepalive ?? false,
      };
      fake.requests.push(request);
      return fake.answer(request);
    }),
  );
  return fake;
}

/** A promise and the functions that settle it, to hold an answer back until the test says. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
