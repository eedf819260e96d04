/**
 * THE authorization matrix: every API route handler and server action x every actor -> the outcome.
 * test/authorization-matrix.db.test.ts fails when a route, method or server action exists without
 * a row here, or a row names one that does not exist. Statuses are what the code answers today,
 * read from each handler and its data-layer function, not what one might guess; surprising ones
 * carry a comment.
 *
 * Columns (ACTORS in authorization-matrix-world.ts): anonymous, viewer, reviewer acting on their own
 * object, reviewer acting on another reviewer's object, editor, admin (both acting on a reviewer's
 * object), an editor's API token, a revoked API token. A row's `send` builds the cell's objects
 * (fresh per cell; a GET row's cells share one) and a valid request; a row without one sends no
 * params and no body. A new route is one more line, like the audit log's (GET /api/audit, admins).
 */
import type { Statuses, World } from "./authorization-matrix-world";

export type RouteCall = { params?: Record<string, string>; query?: string; body?: unknown; headers?: Record<string, string> };
export type RouteRow = {
  route: string;
  expect: Statuses;
  send?: (world: World) => Promise<RouteCall>;
  /** New users for each cell: the row changes a user (their role, their sessions). */
  freshCast?: boolean;
};

export type ActionRow = {
  action: string;
  expect: Statuses;
  input: (world: World) => Promise<unknown>;
  freshCast?: boolean;
  /** The message of the row's 403 (a role refusal) and 404 cells. */
  forbidden?: string;
  notFound?: string;
};

const onArticle = async (w: World) => ({ params: { id: (await w.article()).id } });
const onClaim = async (w: World) => ({ params: { id: (await w.claim()).id } });
const onSource = async (w: World) => ({ params: { id: (await w.source()).id } });
const onComment = async (w: World) => ({ params: { id: (await w.comment()).id } });
const onOwner = async (w: World) => ({ params: { id: (await w.owner()).id } });

const CLAIM_ON_SECOND_PARAGRAPH = async (w: World) => {
  const article = await w.article();
  const exact = "adds context";
  const start = article.text.indexOf(exact);
  return { params: { id: article.id }, body: { selector: { exact, start, end: start + exact.length }, summary: "Context added" } };
};

export const ROUTES: readonly RouteRow[] = [
  //                                                      anon view own  oth. edit adm. tok. rev.
  { route: "GET /api/agreement",                 expect: [401, 403, 403, 403, 200, 200, 200, 401] },
  { route: "GET /api/audit",                     expect: [401, 403, 403, 403, 403, 200, 403, 401] },
  { route: "GET /api/articles",                  expect: [401, 200, 200, 200, 200, 200, 200, 401] },
  { route: "POST /api/articles",                 expect: [401, 403, 403, 403, 201, 201, 201, 401], send: async () => ({ body: { title: "Imported", text: "One paragraph.\n\nAnother one." } }) },
  { route: "GET /api/articles/:id",              expect: [401, 200, 200, 200, 200, 200, 200, 401], send: onArticle },
  { route: "PATCH /api/articles/:id",            expect: [401, 403, 403, 403, 200, 200, 200, 401], send: async (w) => ({ ...(await onArticle(w)), body: { version: (await w.article()).version, title: "Retitled" } }) },
  { route: "GET /api/articles/:id/activity",     expect: [401, 200, 200, 200, 200, 200, 200, 401], send: onArticle },
  { route: "GET /api/articles/:id/agreement",    expect: [401, 200, 200, 200, 200, 200, 200, 401], send: onArticle },
  { route: "POST /api/articles/:id/assignments", expect: [401, 403, 403, 403, 200, 200, 200, 401], send: async (w) => ({ ...(await onArticle(w)), body: { claimIds: [(await w.claim()).id], assigneeId: (await w.owner()).id } }) },
  { route: "GET /api/articles/:id/claims",       expect: [401, 200, 200, 200, 200, 200, 200, 401], send: onArticle },
  { route: "POST /api/articles/:id/claims",      expect: [401, 403, 201, 201, 201, 201, 201, 401], send: CLAIM_ON_SECOND_PARAGRAPH },
  { route: "GET /api/articles/:id/events",       expect: [401, 200, 200, 200, 200, 200, 200, 401], send: onArticle },
  { route: "GET /api/articles/:id/export.csv",   expect: [401, 200, 200, 200, 200, 200, 200, 401], send: onArticle },
  { route: "GET /api/articles/:id/export.jsonld", expect: [401, 200, 200, 200, 200, 200, 200, 401], send: onArticle },
  // Presence is the actor's own row; viewers have articles open too.
  { route: "GET /api/articles/:id/presence",     expect: [401, 200, 200, 200, 200, 200, 200, 401], send: onArticle },
  { route: "PUT /api/articles/:id/presence",     expect: [401, 200, 200, 200, 200, 200, 200, 401], send: async (w) => ({ ...(await onArticle(w)), body: { claimId: (await w.claim()).id } }) },
  { route: "DELETE /api/articles/:id/presence",  expect: [401, 200, 200, 200, 200, 200, 200, 401], send: onArticle },
  { route: "PUT /api/articles/:id/review-policy", expect: [401, 403, 403, 403, 200, 200, 200, 401], send: async (w) => ({ ...(await onArticle(w)), body: { policy: "blind" } }) },
  { route: "GET /api/claims/:id",                expect: [401, 200, 200, 200, 200, 200, 200, 401], send: onClaim },
  { route: "PATCH /api/claims/:id",              expect: [401, 403, 200, 403, 200, 200, 200, 401], send: async (w) => ({ ...(await onClaim(w)), body: { version: (await w.claim()).version, summary: "Reworded" } }) },
  { route: "DELETE /api/claims/:id",             expect: [401, 403, 200, 403, 200, 200, 200, 401], send: async (w) => ({ ...(await onClaim(w)), headers: { "if-match": `"${(await w.claim()).version}"` } }) },
  { route: "GET /api/claims/:id/comments",       expect: [401, 200, 200, 200, 200, 200, 200, 401], send: onClaim },
  // Any reviewer may comment on any claim: checking is collaborative.
  { route: "POST /api/claims/:id/comments",      expect: [401, 403, 201, 201, 201, 201, 201, 401], send: async (w) => ({ ...(await onClaim(w)), body: { body: "Is there a newer figure?" } }) },
  { route: "GET /api/claims/:id/history",        expect: [401, 200, 200, 200, 200, 200, 200, 401], send: onClaim },
  // Its author takes a delete back ("Undo"); editors restore anyone's.
  { route: "POST /api/claims/:id/restore",       expect: [401, 403, 200, 403, 200, 200, 200, 401], send: async (w) => ({ params: { id: (await w.deletedClaim()).id } }) },
  // One's own review: any reviewer records one on any claim, its author too (reviewer (own): 200).
  // Flagged for review: nothing stops a claim's author rating their own claim "independently".
  { route: "PUT /api/claims/:id/review",         expect: [401, 403, 200, 200, 200, 200, 200, 401], send: async (w) => ({ ...(await onClaim(w)), body: { rating: "false", rationale: "The table says otherwise." } }) },
  // Withdraws the actor's OWN review: everybody else has none to withdraw (404), an admin included.
  { route: "DELETE /api/claims/:id/review",      expect: [401, 403, 200, 404, 404, 404, 404, 401], send: async (w) => ({ params: { id: (await w.review()).claim.id } }) },
  { route: "GET /api/claims/:id/reviews",        expect: [401, 200, 200, 200, 200, 200, 200, 401], send: async (w) => ({ params: { id: (await w.review()).claim.id } }) },
  // Any reviewer may add evidence to any claim (lib/data/sources/create-source.ts).
  { route: "POST /api/claims/:id/sources",       expect: [401, 403, 201, 201, 201, 201, 201, 401], send: async (w) => ({ ...(await onClaim(w)), body: { url: "https://stats.example.test/table-3", stance: "refutes" } }) },
  // Open review policy (the default): the claim's author or an editor rules.
  { route: "PUT /api/claims/:id/verdict",        expect: [401, 403, 200, 403, 200, 200, 200, 401], send: async (w) => ({ ...(await onClaim(w)), body: { version: (await w.claim()).version, verdict: "mostly-true" } }) },
  // Only its author edits a comment's words: editors and admins too are refused (by design, canEditComment).
  { route: "PATCH /api/comments/:id",            expect: [401, 403, 200, 403, 403, 403, 403, 401], send: async (w) => ({ ...(await onComment(w)), body: { version: (await w.comment()).version, body: "Checked the 2024 table." } }) },
  { route: "DELETE /api/comments/:id",           expect: [401, 403, 200, 403, 200, 200, 200, 401], send: onComment },
  { route: "GET /api/export.csv",                expect: [401, 200, 200, 200, 200, 200, 200, 401] },
  // Public liveness probe: no credentials read, so a revoked token is not refused either.
  { route: "GET /api/health",                    expect: [200, 200, 200, 200, 200, 200, 200, 200] },
  { route: "GET /api/me",                        expect: [401, 200, 200, 200, 200, 200, 200, 401] },
  // Marks the actor's own mentions on a claim seen: no role gate, it touches only the actor's rows.
  { route: "POST /api/me/mentions/seen",         expect: [401, 200, 200, 200, 200, 200, 200, 401], send: async (w) => ({ body: { claimId: (await w.claim()).id } }) },
  { route: "GET /api/me/work",                   expect: [401, 200, 200, 200, 200, 200, 200, 401] },
  // Public: describes the API, reveals no data (the route's own comment).
  { route: "GET /api/openapi.json",              expect: [200, 200, 200, 200, 200, 200, 200, 200] },
  { route: "GET /api/people",                    expect: [401, 200, 200, 200, 200, 200, 200, 401] },
  { route: "GET /api/search",                    expect: [401, 200, 200, 200, 200, 200, 200, 401], send: async () => ({ query: "?q=claim&status=open" }) },
  { route: "PATCH /api/sources/:id",             expect: [401, 403, 200, 403, 200, 200, 200, 401], send: async (w) => ({ ...(await onSource(w)), body: { title: "Labour survey 2024" } }) },
  { route: "DELETE /api/sources/:id",            expect: [401, 403, 200, 403, 200, 200, 200, 401], send: onSource },
  { route: "POST /api/sources/:id/restore",      expect: [401, 403, 200, 403, 200, 200, 200, 401], send: async (w) => ({ params: { id: (await w.deletedSource()).id } }) },
  // Any role holds its own tokens. Only a person signed in makes one: a token that could mint more
  // would leave what it minted working once it is revoked.
  { route: "GET /api/tokens",                    expect: [401, 200, 200, 200, 200, 200, 200, 401] },
  { route: "POST /api/tokens",                   expect: [401, 201, 201, 201, 201, 201, 403, 401], send: async () => ({ body: { name: "Nightly sync" } }) },
  // Only one's own token: anybody else's is "not found" (its existence is not revealed), for an admin too.
  { route: "DELETE /api/tokens/:id",             expect: [401, 404, 200, 404, 404, 404, 404, 401], send: async (w) => ({ params: { id: (await w.ownerToken()).id } }) },
  { route: "GET /api/users",                     expect: [401, 403, 403, 403, 403, 200, 403, 401] },
  // The owner's role made admin: reviewer (own) is a reviewer promoting themselves.
  { route: "PATCH /api/users/:id",               expect: [401, 403, 403, 403, 403, 200, 403, 401], send: async (w) => ({ ...(await onOwner(w)), body: { role: "admin" } }), freshCast: true },
  { route: "DELETE /api/users/:id/sessions",     expect: [401, 403, 403, 403, 403, 200, 403, 401], send: onOwner, freshCast: true },
  // Public: the JSON-LD context every W3C export names; processors fetch it without credentials.
  { route: "GET /ns/v1",                         expect: [200, 200, 200, 200, 200, 200, 200, 200] },
];

/**
 * Not matrix-tested, with the reason. next-auth's catch-all is the sign-in/sign-out protocol
 * itself (CSRF token, callbacks, its own cookies): it has no actor to authorise, and the sign-in
 * brake in front of its POST has its own tests (lib/auth/sign-in.db.test.ts).
 */
export const EXEMPT_ROUTES: Readonly<Record<string, string>> = {
  "GET /api/auth/:nextauth*": "next-auth's own handler: the sign-in protocol, not an authorised API",
  "POST /api/auth/:nextauth*": "next-auth's own handler behind the sign-in throttle: the sign-in protocol, not an authorised API",
};

export const ACTIONS: readonly ActionRow[] = [
  //                                          anon view own  oth. edit adm. tok. rev.
  // An API token is refused by every server action (403): the app's forms are for people signed in.
  { action: "changeUserRole",        expect: [401, 403, 403, 403, 403, 200, 403, 401], input: async (w) => ({ userId: (await w.owner()).id, role: "admin" }), freshCast: true, forbidden: "Only admins can change roles." },
  { action: "signUserOutEverywhere", expect: [401, 403, 403, 403, 403, 200, 403, 401], input: async (w) => ({ userId: (await w.owner()).id }), freshCast: true, forbidden: "Only admins sign other people out." },
  { action: "createToken",           expect: [401, 200, 200, 200, 200, 200, 403, 401], input: async () => ({ name: "Newsroom sync" }) },
  { action: "revokeToken",           expect: [401, 404, 200, 404, 404, 404, 403, 401], input: async (w) => ({ tokenId: (await w.ownerToken()).id }), notFound: "Token not found." },
];
