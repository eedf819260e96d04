/** A request to a route handler with a JSON body: an object is serialised, a string sent as is (to send invalid JSON). */
export function jsonRequest(path: string, method: string, body?: unknown): Request {
  return new Request(`http://claimdesk.test${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}

/** A JSON body of about `bytes` bytes: too large for any route (they stop at 2 MB). */
export function oversizeBody(bytes = 3 * 1024 * 1024): string {
  return JSON.stringify({ padding: "x".repeat(bytes) });
}
