/**
 * Stored XSS in a real browser: hostile text in every field a user can write never runs, shows as
 * text (or, for imported HTML and Markdown, is stripped by design), and every link is http(s)
 * with rel="noopener noreferrer". See fixtures/xss-payloads.ts for the payloads and detectors.
 *
 * Fields covered (written through the API by the role allowed to, in fixtures/hostile-workspace.ts):
 * - articles: title, standfirst, publisher, byline, language (a payload is refused: not a BCP 47 tag), sourceUrl
 *   (javascript:, data:, vbscript:, mixed case, tab, protocol-relative: 400; an https URL full of
 *   markup: stored); the body as text, as Markdown (raw HTML, javascript:/data:/vbscript: links and
 *   autolinks, an image with a broken-out attribute, a code span, escapes) and as HTML (event
 *   attributes, script, style, svg, iframe src/srcdoc, object, embed, form/formaction, details
 *   ontoggle, javascript:/data:/vbscript: links in several spellings, entities, mXSS); PATCH of the
 *   title and of the body (which leaves an orphan and a re-check notice, both rendering the text).
 * - claims: claimant, summary, tags, rationale (PATCH), the final verdict's rationale (PUT
 *   verdict), the assignee (a hostile name); the quote, via the article text.
 * - sources: url (hostile schemes refused on create and on PATCH), title, publisher, excerpt; stance
 *   (a payload is refused: it is an enum); one without a title, so its URL is the link text.
 * - comments: body (with a mention, an http link broken by markup, javascript: text), a reply,
 *   an edit of the reply.
 * - reviews: rationale, by two reviewers on the same claims (the Agreement page pairs them).
 * - API tokens: name.
 * - user names: no route sets one, so the hostile user is made by `npm run user:add` against the
 *   e2e server's database (fixtures/add-user.ts), signs in through the form, and writes claims,
 *   sources, comments and reviews, so the name appears wherever an author, assignee, reviewer,
 *   mentioned person or present user is shown (the audit log's sign-ins too).
 * Not reachable: the email (it must be a valid address, so it cannot hold markup: nor can the one
 * typed at a failed sign-in); the password and Idempotency-Key (never shown); a Markdown front
 * matter block (only the seed reads one, from the repository); the client address in the audit log
 * (from X-Forwarded-For only with CLAIMDESK_TRUSTED_PROXY=1, which the e2e server does not set).
 *
 * Pages: the articles list; the workspace as a viewer (header, article text, claim cards and
 * details, sources, reviews, comments, history, re-check notice, orphans, activity), as an editor
 * (the claim form's fields, assignee and author pickers, deleted claims, presence, a live change)
 * and as the hostile user (header, own review and claim forms); the Markdown and HTML articles; My
 * work; Settings (tokens); Agreement; the users page; the audit log; the CSV, JSON-LD and JSON
 * responses, by type, and the JSON-LD opened in the browser.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS, storageStatePath } from "./fixtures/accounts";
import { apiAs } from "./fixtures/article-page";
import { createHostileWorkspace, textArticleParagraphs, UNBROKEN, type HostileWorkspace } from "./fixtures/hostile-workspace";
import { expectNothingRan, expectSafeLinks, hostileText, openWatchedPage, payload, visibleMarker } from "./fixtures/xss-payloads";

test.describe.configure({ mode: "serial" });

let workspace: HostileWorkspace;

test.beforeAll(async ({ browser, baseURL }) => {
  // Some 60 writes, and `npm run user:add` (a script that starts, migrates and hashes a password).
  test.setTimeout(60_000);
  workspace = await createHostileWorkspace(browser, baseURL!);
});

async function openWorkspace(page: Page, articleId: string): Promise<void> {
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId("connection-state")).toHaveText("Live");
}

/** Opens a claim's card and waits for its reviews and comments to load. */
async function openClaim(page: Page, claimId: string): Promise<Locator> {
  const card = page.locator(`[data-claim-card="${claimId}"]`);
  await card.locator(".claim-card-head").click();
  await expect(card.getByTestId("review-panel")).not.toContainText("Loading");
  await expect(card.getByTestId("comments")).not.toContainText("Loading");
  return card;
}

test("a viewer reads every hostile field of the workspace as text, and nothing runs", async ({ browser }) => {
  const { hostile, articles, claims } = workspace;
  const watched = await openWatchedPage(browser, { storageState: storageStatePath("viewer") });
  const { page } = watched;
  await openWorkspace(page, articles.text);

  const head = page.locator(".article-head");
  await expect(page.locator("#article-title")).toContainText(visibleMarker("article.title"));
  expect(await page.title()).toContain(visibleMarker("article.title"));
  await expect(head.locator(".article-standfirst")).toContainText(visibleMarker("article.standfirst"));
  await expect(head.locator(".article-meta")).toContainText(visibleMarker("article.byline"));
  await expect(head.locator(".article-meta")).toContainText(visibleMarker("article.publisher"));
  await expect(head.getByRole("link", { name: "Original" })).toHaveAttribute("href", /^https:\/\/example\.org\/article\?/);
  // The article's paragraphs, character for character (highlights split them into several text nodes).
  expect(await page.locator(".article-editor > *").allTextContents()).toEqual(textArticleParagraphs(true));

  const judgedHead = page.locator(`[data-claim-card="${claims.judged}"] .claim-card-head`);
  await expect(judgedHead).toContainText(payload("text", "img"));
  await expect(judgedHead).toContainText(`→ ${hostile.name}`);
  const judged = await openClaim(page, claims.judged);
  await expect(judged).toContainText(`Assigned to: ${hostile.name}`);
  const fields = judged.locator(".claim-readonly");
  for (const field of ["claim.claimant", "claim.summary", "claim.rationale", "tag1"]) await expect(fields).toContainText(visibleMarker(field));
  await expect(fields).toContainText(payload("tag2", "breakout"));
  const sources = judged.getByRole("region", { name: "Sources" });
  for (const field of ["source.title", "source.publisher", "source.excerpt", "source.publisher.patch"]) await expect(sources).toContainText(visibleMarker(field));
  await expect(sources.getByRole("link", { name: `https://example.org/"><svg onload=__xss('source.urltext')>` })).toBeVisible();
  await expect(sources).toContainText(`Added by ${hostile.name}`);
  const reviews = judged.getByTestId("review-list");
  for (const text of [visibleMarker("review"), visibleMarker("review.hostile"), hostile.name]) await expect(reviews).toContainText(text);
  const comments = judged.getByTestId("comments");
  await expect(comments.getByRole("article", { name: `Comment by ${ACCOUNTS.editor.name}` })).toContainText(visibleMarker("comment"));
  await expect(comments).toContainText(`@${hostile.name}`);
  await expect(comments).toContainText("javascript:__xss('comment.js')");
  await expect(comments.getByRole("link", { name: "https://example.org/c?x=" })).toBeVisible();
  await expect(comments.getByRole("article", { name: `Comment by ${hostile.name}` })).toContainText(visibleMarker("reply.edited"));
  await judged.getByTestId("claim-history").locator("summary").click();
  await expect(judged.getByTestId("claim-history")).toContainText(visibleMarker("claim.rationale"));
  await expect(judged.getByTestId("claim-history")).toContainText(hostile.name);

  // Only one claim is open at a time: its links are checked while it is.
  const external = await expectSafeLinks(page, "the article workspace, as a viewer, a claim open");
  await expectNothingRan(watched, "the article workspace, as a viewer, a claim open");

  await expect(page.locator(`[data-claim-card="${claims.byHostile}"] .claim-card-head`)).toContainText(hostile.name);
  const byHostile = await openClaim(page, claims.byHostile);
  for (const field of ["hostile.claimant", "hostile.summary", "verdict.rationale"]) await expect(byHostile.locator(".claim-readonly")).toContainText(visibleMarker(field));
  const recheck = await openClaim(page, claims.recheck);
  await expect(recheck.getByTestId("recheck")).toContainText(visibleMarker("recheck"));
  await expect(page.getByTestId("orphan-claims")).toContainText(visibleMarker("orphan"));
  await page.getByTestId("activity").locator("summary").click();
  await expect(page.getByTestId("activity")).toContainText(`${hostile.name} marked`);

  await expectNothingRan(watched, "the article workspace, as a viewer");
  external.push(...(await expectSafeLinks(page, "the article workspace, as a viewer")));
  for (const start of ["https://example.org/article?", "https://example.org/source?", "https://example.org/%22%3E", "https://example.org/c?x="]) {
    expect(external.some((href) => href.startsWith(start)), `a link to ${start} was checked`).toBe(true);
  }
  await watched.close();
});

// Before anyone opens the claim that mentions the hostile user: opening it marks the mention seen, off My work.
test("the articles list, My work, Settings, Agreement, the users page and the audit log show the hostile text as text", async ({ browser }) => {
  const { hostile } = workspace;
  type Visit = [path: string, expectations: (page: Page) => Promise<void>];
  /** Visits the pages in one watched browser signed in with `state`, checking each. */
  const visitAs = async (state: Parameters<typeof openWatchedPage>[1]["storageState"], visits: Visit[]) => {
    const watched = await openWatchedPage(browser, { storageState: state });
    for (const [path, expectations] of visits) {
      await watched.page.goto(path);
      await expectations(watched.page);
      await expectNothingRan(watched, path);
      await expectSafeLinks(watched.page, path);
    }
    await watched.close();
  };

  await visitAs(storageStatePath("editor"), [
    ["/", async (page) => {
      const list = page.getByTestId("article-list");
      for (const field of ["article.title", "article.publisher", "article.byline", "article.title.patch", "html.title"]) await expect(list).toContainText(visibleMarker(field));
    }],
    ["/settings", async (page) => {
      await expect(page.getByRole("table", { name: "Your API tokens" })).toContainText(visibleMarker("token"));
    }],
    ["/agreement", async (page) => {
      await expect(page.locator("main")).toContainText(hostile.name);
    }],
  ]);
  await visitAs(hostile.state, [
    ["/me", async (page) => {
      const mention = page.getByTestId("work-mentions");
      await expect(mention).toContainText(`${ACCOUNTS.editor.name}: ${visibleMarker("comment")}`);
      await expect(mention).toContainText(`@${hostile.name}`);
      await expect(mention).toContainText(visibleMarker("article.title"));
      await expect(page.getByTestId("work-assigned")).toContainText(payload("text", "img"));
    }],
  ]);
  await visitAs(storageStatePath("admin"), [
    ["/admin/users", async (page) => {
      await expect(page.getByRole("row").filter({ hasText: hostile.email })).toContainText(hostile.name);
    }],
    ["/admin/audit?action=sign_in", async (page) => {
      await expect(page.locator(".audit-table")).toContainText(hostile.name);
    }],
    ["/admin/audit?action=token_created", async (page) => {
      await expect(page.locator(".audit-table")).toContainText(`“${hostileText("token", 100)}”`);
    }],
  ]);
});

test("an editor's forms hold the hostile text exactly; pickers, deleted claims, presence and live changes show the hostile name", async ({ browser }) => {
  const { hostile, articles, claims } = workspace;
  const editor = await openWatchedPage(browser, { storageState: storageStatePath("editor") });
  const mallory = await openWatchedPage(browser, { storageState: hostile.state });
  await Promise.all([openWorkspace(editor.page, articles.text), openWorkspace(mallory.page, articles.text)]);
  await expect(mallory.page.getByTestId("user-menu")).toContainText(hostile.name);
  // The hostile name in an attribute (the avatar's tooltip), exactly as written.
  await expect(editor.page.getByTestId("presence-avatar").and(editor.page.getByTitle(`${hostile.name} (Reviewer)`, { exact: true }))).toBeVisible();

  const judged = await openClaim(editor.page, claims.judged);
  await expect(judged.getByLabel("Claimant")).toHaveValue(hostileText("claim.claimant", 200));
  await expect(judged.getByLabel("Claim, in one line")).toHaveValue(hostileText("claim.summary", 500));
  await expect(judged.getByLabel("Rationale", { exact: true })).toHaveValue(`${hostileText("claim.rationale")} ${UNBROKEN}`);
  await expect(judged.getByLabel("Tags")).toHaveValue([payload("tag1", "img"), payload("tag2", "breakout"), "javascript:__xss('tag3')"].join(", "));
  await expect(judged.getByLabel("Assigned to").locator(`option[value="${hostile.id}"]`)).toHaveText(hostile.name);
  await expect(editor.page.getByLabel("Author").locator("option", { hasText: hostile.name })).toHaveCount(1);
  await editor.page.locator(".deleted-claims summary").click();
  await expect(editor.page.locator(".deleted-claims")).toContainText(payload("text", "breakout"));

  const mine = await openClaim(mallory.page, claims.judged);
  await expect(mine.getByLabel("My reasons")).toHaveValue(hostileText("review.hostile"));
  const own = await openClaim(mallory.page, claims.byHostile);
  await expect(own.getByLabel("Claimant")).toHaveValue(hostileText("hostile.claimant", 200));

  // A live change by the hostile user reaches the editor's page with their name.
  const current = (await (await mallory.page.request.get(`/api/claims/${claims.byHostile}`)).json()) as { claim: { version: number } };
  const origin = new URL(mallory.page.url()).origin;
  const changed = await mallory.page.request.patch(`/api/claims/${claims.byHostile}`, { data: { version: current.claim.version, summary: hostileText("live.summary", 500) }, headers: { Origin: origin } });
  expect(changed.status()).toBe(200);
  const card = editor.page.locator(`[data-claim-card="${claims.byHostile}"]`);
  await expect(card.getByTestId("recent-change")).toHaveAttribute("title", `Changed by ${hostile.name}`);

  for (const [watched, who] of [[editor, "an editor"], [mallory, "the hostile user"]] as const) {
    await expectNothingRan(watched, `the article workspace, as ${who}`);
    await expectSafeLinks(watched.page, `the article workspace, as ${who}`);
  }
  await Promise.all([editor.close(), mallory.close()]);
});

test("Markdown and HTML imports keep the words, strip the markup, and link only to http(s) with noopener noreferrer", async ({ browser }) => {
  const { articles } = workspace;
  const watched = await openWatchedPage(browser, { storageState: storageStatePath("editor") });
  const { page } = watched;
  const linksIn = (text: Locator) =>
    text.locator("a").evaluateAll((anchors) => (anchors as HTMLAnchorElement[]).map((anchor) => ({ href: anchor.getAttribute("href"), rel: anchor.rel, target: anchor.target })));
  const safe = { rel: expect.stringMatching(/(?=.*\bnoopener\b)(?=.*\bnoreferrer\b)/), target: "_blank" };

  await openWorkspace(page, articles.markdown);
  await expect(page.locator("#article-title")).toContainText(visibleMarker("article.title.patch"));
  const markdown = page.locator(".article-editor");
  // What CommonMark takes for HTML is stripped; what it does not (an unquoted value holding a quote,
  // a link to a refused scheme, a broken image) stays text, as do code spans and escapes.
  await expect(markdown).toContainText(`Heading ${payload("md.heading", "img")}`);
  await expect(markdown).toContainText(`Raw HTML ${payload("md.raw", "img")} and and stay out.`);
  await expect(markdown).toContainText("Quoted raw HTML: .");
  await expect(markdown).toContainText("[js link](javascript:__xss('md:jslink')) [data link](data:text/html;base64,");
  await expect(markdown).toContainText("<javascript:__xss('md:autolink')> and good link.");
  await expect(markdown).toContainText(`![image](x" onerror="__xss('md:image')) raw anchor raw good anchor.`);
  await expect(markdown).toContainText(`Code: ${payload("md.code", "img")} and escaped <img src=x onerror=__xss('md:escaped')>.`);
  expect(await markdown.textContent()).not.toMatch(/md:quoted|md\.raw:script|md\.raw:iframe|md:rawanchor|md:onclick|md:title/);
  expect(await linksIn(markdown)).toEqual([
    { href: "https://example.org/md-good", ...safe },
    { href: "https://example.org/md-raw", ...safe },
  ]);
  await expectNothingRan(watched, "the Markdown article");
  await expectSafeLinks(page, "the Markdown article");

  await openWorkspace(page, articles.html);
  const html = page.locator(".article-editor");
  await expect(html).toContainText("Visible <img src=x onerror=__xss('html:entity')> text");
  await expect(html).toContainText("<script>__xss('html:decimal')</script>");
  await expect(html).toContainText("js link mixed case tab entity data link vb link good link");
  expect(await html.textContent()).not.toMatch(/html:(?:h2|p|img|svg|script|style|iframe|srcdoc|object|embed|jslink|onclick|form|button|details|mxss)\b/);
  expect(await linksIn(html)).toEqual([{ href: "https://example.org/html-good", ...safe }]);
  await expectNothingRan(watched, "the HTML article");
  await expectSafeLinks(page, "the HTML article");
  await watched.close();
});

test("exports are served as CSV and JSON-LD, never as HTML, with the hostile text inside", async ({ browser, baseURL }) => {
  const { articles } = workspace;
  const api = await apiAs("editor", baseURL!);
  const csv = /^text\/csv\b/;
  const jsonLd = /^application\/ld\+json\b/;
  const exports = [
    { path: `/api/articles/${articles.text}/export.csv`, type: csv, field: "claim.claimant" },
    { path: `/api/articles/${articles.text}/export.csv?layout=sources`, type: csv, field: "source.title" },
    { path: `/api/export.csv`, type: csv, field: "claim.summary" },
    { path: `/api/articles/${articles.text}/export.jsonld?format=w3c`, type: jsonLd, field: "claim.rationale" },
    { path: `/api/articles/${articles.text}/export.jsonld?format=claimreview`, type: jsonLd, field: "claim.claimant" },
    { path: `/api/articles/${articles.text}`, type: /^application\/json\b/, field: "article.title" },
  ];
  for (const { path, type, field } of exports) {
    const response = await api.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    const body = await response.text();
    // The text itself, not escaped for HTML: these are no pages (a JSON body is parsed first, undoing its own escapes).
    expect(csv.test(response.headers()["content-type"] ?? "") ? body : JSON.stringify(JSON.parse(body)), path).toContain(visibleMarker(field));
    if (type === csv) expect(response.headers()["content-disposition"], path).toMatch(/^attachment;/);
  }
  await api.dispose();

  // Opened in the browser, the JSON-LD is a JSON document, not a page.
  const watched = await openWatchedPage(browser, { storageState: storageStatePath("editor") });
  for (const format of ["w3c", "claimreview"]) {
    await watched.page.goto(`/api/articles/${articles.text}/export.jsonld?format=${format}`);
    expect(await watched.page.evaluate(() => document.contentType)).toBe("application/ld+json");
    await expectNothingRan(watched, `the ${format} JSON-LD export`);
  }
  await watched.close();
});
