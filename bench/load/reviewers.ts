/**
 * The load benchmark's cast: REVIEWERS reviewer accounts made straight in the database (as
 * `npm run user:add` does), each signed in through the API for a token, and ARTICLES articles.
 */
import { insertUserAsSystem } from "@/lib/data/users/insert-user";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/data/demo/seed-demo";
import { tokenFor } from "@/test/load/api-session";
import { setUpTrafficArticle } from "@/test/load/review-traffic";
import { TimedApi } from "@/test/load/timed-api";

export type Reviewer = { id: string; token: string };
export type LoadArticle = { id: string; text: string };
export type Cast = { reviewers: Reviewer[]; articles: LoadArticle[] };

const PASSWORD = "load-benchmark-password";

export async function createCast(baseUrl: string, options: { reviewers: number; articles: number }): Promise<Cast> {
  const stamp = Date.now().toString(36);
  const users = [];
  for (let n = 0; n < options.reviewers; n += 1) {
    users.push(await insertUserAsSystem({ email: `load-${stamp}-${n}@claimdesk.test`, name: `Load Reviewer ${n}`, role: "reviewer", password: PASSWORD }));
  }
  const reviewers: Reviewer[] = [];
  for (let start = 0; start < users.length; start += 10) {
    const batch = users.slice(start, start + 10);
    reviewers.push(...(await Promise.all(batch.map(async (user) => ({ id: user.id, token: await tokenFor(baseUrl, user.email, PASSWORD) })))));
  }
  const editor = DEMO_ACCOUNTS.find((account) => account.role === "editor")!;
  const setup = new TimedApi(baseUrl, await tokenFor(baseUrl, editor.email, DEMO_PASSWORD), [], 30_000);
  const articles: LoadArticle[] = [];
  for (let n = 0; n < options.articles; n += 1) articles.push(await setUpTrafficArticle(setup, `Load article ${n + 1}`));
  return { reviewers, articles };
}

/** The article's sentences as selectors, for new claims. */
export function sentenceSelectors(text: string): { exact: string; start: number; end: number }[] {
  return (text.match(/[^.\n]+\./g) ?? []).map((sentence) => {
    const exact = sentence.trim();
    const start = text.indexOf(exact);
    return { exact, start, end: start + exact.length };
  });
}
