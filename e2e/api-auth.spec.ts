import { expect, test, type APIRequestContext } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD } from "./fixtures/accounts";

// An API client signs in the way next-auth documents: CSRF token, then the credentials callback.
async function signInAsApiClient(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
}

test("GET /api/health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

test("an API client signs in with credentials and reads the session and the articles", async ({ request }) => {
  const signIn = await signInAsApiClient(request, ACCOUNTS.editor.email);
  expect(signIn.status()).toBeLessThan(400);
  const session = await (await request.get("/api/auth/session")).json();
  expect(session.user.email).toBe(ACCOUNTS.editor.email);
  const articles = await request.get("/api/articles");
  expect(articles.status()).toBe(200);
  expect((await articles.json()).articles.length).toBeGreaterThan(0);
  const me = await (await request.get("/api/me")).json();
  expect(me.user).toMatchObject({ email: ACCOUNTS.editor.email, role: "editor" });
});

test("wrong credentials give no session", async ({ request }) => {
  await signInAsApiClient(request, ACCOUNTS.editor.email, "wrong-password");
  expect(await (await request.get("/api/auth/session")).json()).toEqual({});
  const articles = await request.get("/api/articles");
  expect(articles.status()).toBe(401);
});

test("anonymous API requests get 401 JSON; the wrong role gets 403 JSON", async ({ request }) => {
  for (const path of ["/api/articles", "/api/me", "/api/users"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized");
  }
  await signInAsApiClient(request, ACCOUNTS.reviewer.email);
  const users = await request.get("/api/users");
  expect(users.status()).toBe(403);
  expect((await users.json()).error.code).toBe("forbidden");
});
