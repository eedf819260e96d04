/**
 * Signing in to a running Claimdesk from a script, as next-auth documents for API clients, and
 * making an API token, so load clients can send `Authorization: Bearer` without a cookie jar.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`Signing in as ${email} failed (HTTP ${response.status}).`);
  return [...cookies, session.split(";")[0]].join("; ");
}

export async function createApiToken(baseUrl: string, cookie: string, name: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: baseUrl },
    body: JSON.stringify({ name }),
  });
  if (response.status !== 201) throw new Error(`Creating an API token failed (HTTP ${response.status}): ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

export async function tokenFor(baseUrl: string, email: string, password: string): Promise<string> {
  return createApiToken(baseUrl, await signIn(baseUrl, email, password), `load ${new Date().toISOString()}`);
}
