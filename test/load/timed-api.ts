/** JSON API calls that record their status and time, with a deadline that counts a hung request. */
export type CallRecord = { route: string; status: number | "hung" | "network-error"; ms: number };

export type ApiAnswer<T> = { status: number; body: T } | { status: "hung" | "network-error"; body: undefined };

export class TimedApi {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    readonly records: CallRecord[],
    private readonly deadlineMs = 5_000,
  ) {}

  /** `readBody: false` drains the answer without parsing it (reads whose content the caller ignores). */
  async call<T = unknown>(method: string, path: string, route: string, body?: unknown, { readBody = true } = {}): Promise<ApiAnswer<T>> {
    const started = performance.now();
    const record = (status: CallRecord["status"]) => this.records.push({ route, status, ms: performance.now() - started });
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.deadlineMs),
      });
      if (!readBody) {
        await response.arrayBuffer();
        record(response.status);
        return { status: response.status, body: undefined as T };
      }
      const text = await response.text();
      record(response.status);
      return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
    } catch (error) {
      const hung = (error as Error).name === "TimeoutError";
      record(hung ? "hung" : "network-error");
      return { status: hung ? "hung" : "network-error", body: undefined };
    }
  }
}

export type RouteSummary = { requests: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };

export type CallSummary = {
  requests: number;
  byStatus: Record<string, number>;
  serverErrors: number;
  hung: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  byRoute: Record<string, RouteSummary>;
};

function timesOf(records: CallRecord[]): RouteSummary {
  const times = records.map((record) => record.ms).sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return { requests: times.length, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), maxMs: Math.round(times.at(-1) ?? 0) };
}

export function summariseCalls(records: CallRecord[]): CallSummary {
  const byStatus: Record<string, number> = {};
  for (const { status } of records) byStatus[status] = (byStatus[status] ?? 0) + 1;
  const routes = [...new Set(records.map((record) => record.route))].sort();
  const { p50Ms, p95Ms, maxMs } = timesOf(records);
  return {
    requests: records.length,
    byStatus,
    serverErrors: records.filter(({ status }) => typeof status === "number" && status >= 500).length,
    hung: records.filter(({ status }) => status === "hung").length,
    p50Ms,
    p95Ms,
    maxMs,
    byRoute: Object.fromEntries(routes.map((route) => [route, timesOf(records.filter((record) => record.route === route))])),
  };
}
