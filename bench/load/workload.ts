/**
 * What the load benchmark's reviewers do. `reviewSession`: the mixed day of a reviewer (new claims,
 * sources, reviews, comments, reading the article and its claims), every acknowledged write noted in
 * a ledger for the check afterwards. `createClaimsOnly`: new claims back to back, nothing else.
 */
import { TimedApi, type CallRecord } from "@/test/load/timed-api";
import { VERDICTS } from "@/lib/validation/verdicts";
import { sentenceSelectors, type Cast } from "./reviewers";

export type Ledger = {
  claims: Set<string>;
  sources: Set<string>;
  comments: Set<string>;
  /** Acknowledged review PUTs per "claimId reviewerId" (each is one review.recorded event). */
  reviews: Map<string, number>;
};

export const newLedger = (): Ledger => ({ claims: new Set(), sources: new Set(), comments: new Set(), reviews: new Map() });

type Options = { baseUrl: string; cast: Cast; clients: number; durationMs: number; records: CallRecord[]; ledger: Ledger; articleOf: (client: number) => number };

/** A deterministic spread of actions (no Math.random: two runs do the same thing). */
const rollOf = (client: number, step: number) => (client * 7919 + step * 104_729) % 100;

export async function reviewSession({ baseUrl, cast, clients, durationMs, records, ledger, articleOf }: Options): Promise<void> {
  const deadline = Date.now() + durationMs;
  const claimsByArticle = cast.articles.map(() => [] as string[]);
  await Promise.all(
    Array.from({ length: clients }, async (_, n) => {
      const reviewer = cast.reviewers[n % cast.reviewers.length]!;
      const api = new TimedApi(baseUrl, reviewer.token, records, 30_000);
      const index = articleOf(n);
      const article = cast.articles[index]!;
      const selectors = sentenceSelectors(article.text);
      const known = claimsByArticle[index]!;
      for (let step = 0; Date.now() < deadline; step += 1) {
        const roll = rollOf(n, step);
        const target = known[(n + step * 31) % Math.max(1, known.length)];
        if (roll < 25 || !target) {
          const answer = await api.call<{ claim: { id: string } }>("POST", `/api/articles/${article.id}/claims`, "POST /api/articles/:id/claims", {
            selector: selectors[(n + step) % selectors.length],
            summary: `reviewer ${n}, step ${step}`,
          });
          if (answer.status === 201) {
            ledger.claims.add(answer.body.claim.id);
            known.push(answer.body.claim.id);
          }
        } else if (roll < 45) {
          const answer = await api.call<{ source: { id: string } }>("POST", `/api/claims/${target}/sources`, "POST /api/claims/:id/sources", {
            url: `https://example.test/report/${n}/${step}`,
            title: `Report ${n}-${step}`,
            excerpt: "The figures were published on the council's website.",
            stance: step % 3 === 0 ? "refutes" : "supports",
          });
          if (answer.status === 201) ledger.sources.add(answer.body.source.id);
        } else if (roll < 60) {
          const answer = await api.call("PUT", `/api/claims/${target}/review`, "PUT /api/claims/:id/review", { rating: VERDICTS[step % VERDICTS.length], rationale: `Checked at step ${step}.` });
          const key = `${target} ${reviewer.id}`;
          if (answer.status === 200) ledger.reviews.set(key, (ledger.reviews.get(key) ?? 0) + 1);
        } else if (roll < 72) {
          const answer = await api.call<{ comment: { id: string } }>("POST", `/api/claims/${target}/comments`, "POST /api/claims/:id/comments", { body: `Looked at this (step ${step}).` });
          if (answer.status === 201) ledger.comments.add(answer.body.comment.id);
        } else if (roll < 86) {
          await api.call("GET", `/api/articles/${article.id}`, "GET /api/articles/:id", undefined, { readBody: false });
        } else {
          await api.call("GET", `/api/articles/${article.id}/claims`, "GET /api/articles/:id/claims", undefined, { readBody: false });
        }
      }
    }),
  );
}

export async function createClaimsOnly({ baseUrl, cast, clients, durationMs, records, ledger, articleOf }: Options): Promise<void> {
  const deadline = Date.now() + durationMs;
  await Promise.all(
    Array.from({ length: clients }, async (_, n) => {
      const api = new TimedApi(baseUrl, cast.reviewers[n % cast.reviewers.length]!.token, records, 30_000);
      const article = cast.articles[articleOf(n)]!;
      const selectors = sentenceSelectors(article.text);
      for (let step = 0; Date.now() < deadline; step += 1) {
        const answer = await api.call<{ claim: { id: string } }>("POST", `/api/articles/${article.id}/claims`, "POST /api/articles/:id/claims", { selector: selectors[(n + step) % selectors.length] });
        if (answer.status === 201) ledger.claims.add(answer.body.claim.id);
      }
    }),
  );
}

/** Plain GETs of one path back to back (the framework's ceiling on a route without a database). */
export async function getBackToBack(options: { baseUrl: string; path: string; route: string; token?: string; clients: number; durationMs: number; records: CallRecord[] }): Promise<void> {
  const deadline = Date.now() + options.durationMs;
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      const api = new TimedApi(options.baseUrl, options.token ?? "none", options.records, 30_000);
      while (Date.now() < deadline) await api.call("GET", options.path, options.route, undefined, { readBody: false });
    }),
  );
}
