/**
 * Several reviewers on one article at once, through the JSON API of a running Claimdesk: reads,
 * new claims, edits of one shared claim with versions, new sources and article edits, for a set
 * time. Afterwards every acknowledged write is looked for. Used by the e2e stress spec and the
 * throughput benchmark; it asserts nothing itself.
 */
import { TimedApi, summariseCalls, type CallRecord, type CallSummary } from "./timed-api";

export type TrafficOptions = {
  baseUrl: string;
  /** Tokens of reviewers (who create claims and sources) and of an editor (who edits the article). */
  reviewerTokens: string[];
  editorToken: string;
  clients: number;
  durationMs: number;
  deadlineMs?: number;
};

export type TrafficReport = CallSummary & {
  acknowledged: { claims: number; sources: number; claimEdits: number; articleEdits: number };
  /** Acknowledged writes not found afterwards, described. Empty when nothing was lost. */
  missing: string[];
};

type Claim = { id: string; version: number; summary: string | null; sources: { id: string }[] };
type Article = { id: string; version: number; text: string };

const PARAGRAPHS = 8;
const SENTENCES_PER_PARAGRAPH = 5;

export function trafficArticleText(): string {
  return Array.from({ length: PARAGRAPHS }, (_, p) =>
    Array.from({ length: SENTENCES_PER_PARAGRAPH }, (_, s) => `Councillor ${p}-${s} said spending rose by ${p * 10 + s} per cent last year.`).join(" "),
  ).join("\n\n");
}

export async function setUpTrafficArticle(api: TimedApi, title: string): Promise<Article> {
  const created = await api.call<{ article: Article }>("POST", "/api/articles", "setup", { title, text: trafficArticleText() });
  if (created.status !== 201) throw new Error(`Importing the load article failed: ${created.status}`);
  return created.body.article;
}

function sentenceSelector(text: string, index: number) {
  const sentences = text.split("\n\n").slice(0, PARAGRAPHS).join(" ").match(/[^.]+\./g) ?? [];
  const exact = sentences[index % sentences.length]!.trim();
  const start = text.indexOf(exact);
  return { exact, start, end: start + exact.length };
}

export async function runReviewTraffic(options: TrafficOptions): Promise<TrafficReport> {
  const records: CallRecord[] = [];
  const client = (token: string) => new TimedApi(options.baseUrl, token, records, options.deadlineMs);
  const editor = client(options.editorToken);
  const setupRecords: CallRecord[] = [];
  const setup = new TimedApi(options.baseUrl, options.editorToken, setupRecords, 30_000);
  const article = await setUpTrafficArticle(setup, `Load test ${new Date().toISOString()}`);
  const shared = await setup.call<{ claim: Claim }>("POST", `/api/articles/${article.id}/claims`, "setup", {
    selector: sentenceSelector(article.text, 0),
    summary: "shared",
  });
  if (shared.status !== 201) throw new Error(`Creating the shared claim failed: ${shared.status}`);
  const sharedId = shared.body.claim.id;

  const claims = new Set<string>();
  const sources = new Map<string, string>(); // source id -> claim id
  const sharedEdits: { version: number; summary: string }[] = [];
  const appended: string[] = [];
  const deadline = Date.now() + options.durationMs;

  async function oneClient(n: number): Promise<void> {
    const api = client(options.reviewerTokens[n % options.reviewerTokens.length]!);
    const mine: string[] = [];
    for (let step = 0; Date.now() < deadline; step += 1) {
      const roll = (n * 7919 + step * 104_729) % 100;
      if (roll < 35) {
        const path = [`/api/articles/${article.id}`, `/api/articles/${article.id}/claims`, `/api/claims/${sharedId}`][step % 3]!;
        await api.call("GET", path, `GET ${path.replace(/[0-9a-f-]{36}/g, ":id")}`, undefined, { readBody: false });
      } else if (roll < 60) {
        const answer = await api.call<{ claim: Claim }>("POST", `/api/articles/${article.id}/claims`, "POST claim", {
          selector: sentenceSelector(article.text, n + step),
          summary: `client ${n} step ${step}`,
        });
        if (answer.status === 201) {
          claims.add(answer.body.claim.id);
          mine.push(answer.body.claim.id);
        }
      } else if (roll < 80) {
        const current = await editor.call<{ claim: Claim }>("GET", `/api/claims/${sharedId}`, "GET /api/claims/:id");
        if (current.status !== 200) continue;
        const summary = `edit by client ${n} at step ${step}`;
        const answer = await editor.call<{ claim: Claim }>("PATCH", `/api/claims/${sharedId}`, "PATCH claim", { version: current.body.claim.version, summary });
        if (answer.status === 200) sharedEdits.push({ version: answer.body.claim.version, summary });
      } else if (roll < 95) {
        const claimId = mine.at(-1) ?? sharedId;
        const answer = await api.call<{ source: { id: string } }>("POST", `/api/claims/${claimId}/sources`, "POST source", {
          url: `https://example.test/report/${n}/${step}`,
          stance: "supports",
        });
        if (answer.status === 201) sources.set(answer.body.source.id, claimId);
      } else {
        const current = await editor.call<{ article: Article }>("GET", `/api/articles/${article.id}`, "GET /api/articles/:id");
        if (current.status !== 200) continue;
        const paragraph = `Update ${n}-${step}: the council published its figures.`;
        const answer = await editor.call<{ article: Article }>("PATCH", `/api/articles/${article.id}`, "PATCH article", {
          version: current.body.article.version,
          text: `${current.body.article.text}\n\n${paragraph}`,
        });
        if (answer.status === 200) appended.push(paragraph);
      }
    }
  }

  await Promise.all(Array.from({ length: options.clients }, (_, n) => oneClient(n)));
  const missing = await findMissing(setup, { articleId: article.id, sharedId, claims, sources, sharedEdits, appended });
  return {
    ...summariseCalls(records),
    acknowledged: { claims: claims.size, sources: sources.size, claimEdits: sharedEdits.length, articleEdits: appended.length },
    missing,
  };
}

async function findMissing(
  api: TimedApi,
  written: { articleId: string; sharedId: string; claims: Set<string>; sources: Map<string, string>; sharedEdits: { version: number; summary: string }[]; appended: string[] },
): Promise<string[]> {
  const missing: string[] = [];
  const listed = await api.call<{ claims: Claim[] }>("GET", `/api/articles/${written.articleId}/claims`, "verify");
  const article = await api.call<{ article: Article }>("GET", `/api/articles/${written.articleId}`, "verify");
  if (listed.status !== 200 || article.status !== 200) return [`could not read the article back (${listed.status}, ${article.status})`];
  const byId = new Map(listed.body.claims.map((claim) => [claim.id, claim]));
  for (const id of written.claims) if (!byId.has(id)) missing.push(`claim ${id}`);
  for (const [sourceId, claimId] of written.sources) {
    if (!byId.get(claimId)?.sources.some((source) => source.id === sourceId)) missing.push(`source ${sourceId} on claim ${claimId}`);
  }
  const shared = byId.get(written.sharedId);
  const last = written.sharedEdits.reduce((latest, edit) => (edit.version > latest.version ? edit : latest), { version: 1, summary: "shared" });
  if (shared?.version !== 1 + written.sharedEdits.length) missing.push(`shared claim at version ${shared?.version}, expected ${1 + written.sharedEdits.length}`);
  if (shared?.summary !== last.summary) missing.push(`shared claim's summary "${shared?.summary}", expected the last acknowledged "${last.summary}"`);
  if (article.body.article.version !== 1 + written.appended.length) {
    missing.push(`article at version ${article.body.article.version}, expected ${1 + written.appended.length}`);
  }
  for (const paragraph of written.appended) if (!article.body.article.text.includes(paragraph)) missing.push(`article paragraph "${paragraph}"`);
  return missing;
}

/** `racers` PATCHes of one claim, all sent at once with the same version: the statuses they got. */
export async function raceClaimEdits(options: { baseUrl: string; token: string; articleId: string; racers: number }): Promise<number[]> {
  const records: CallRecord[] = [];
  const api = new TimedApi(options.baseUrl, options.token, records, 30_000);
  const article = await api.call<{ article: Article }>("GET", `/api/articles/${options.articleId}`, "setup");
  if (article.status !== 200) throw new Error(`Reading the article failed: ${article.status}`);
  const created = await api.call<{ claim: Claim }>("POST", `/api/articles/${options.articleId}/claims`, "setup", {
    selector: sentenceSelector(article.body.article.text, 3 + Math.floor(Math.random() * 30)),
  });
  if (created.status !== 201) throw new Error(`Creating the raced claim failed: ${created.status}`);
  const { id, version } = created.body.claim;
  const answers = await Promise.all(
    Array.from({ length: options.racers }, (_, n) => api.call("PATCH", `/api/claims/${id}`, "PATCH claim", { version, summary: `racer ${n}` })),
  );
  return answers.map((answer) => (typeof answer.status === "number" ? answer.status : -1));
}
