import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { buildArticle, buildUser } from "@/test/factories";
import { createClaim } from "./create-claim";
import { eventsSince, lastEventId } from "../events/event-log-for-tests";

const TEXT = "The first paragraph makes a claim.\n\nThe second paragraph adds context.";
const QUOTE = "makes a claim";
const AT = TEXT.indexOf(QUOTE);
const SELECTOR = { exact: QUOTE, start: AT, end: AT + QUOTE.length };

async function storedClaimCount(articleId: string) {
  return getDb().claim.count({ where: { articleId } });
}

describe("createClaim", () => {
  it.each(["reviewer", "editor", "admin"] as const)("lets a %s create a claim and logs exactly one claim.created event", async (role) => {
    const article = await buildArticle();
    expect(article.text).toBe(TEXT);
    const actor = await buildUser({ role });
    const since = await lastEventId();

    const claim = await createClaim({ actor, articleId: article.id, input: { selector: SELECTOR, claimant: "The author", summary: "A summary", tags: ["economy"] } });

    expect(claim).toEqual({
      id: expect.any(String),
      articleId: article.id,
      selector: { exact: QUOTE, prefix: "The first paragraph ", suffix: ".\n\nThe second paragraph adds con", start: AT, end: AT + QUOTE.length },
      anchoredVersion: article.version,
      orphan: false,
      claimant: "The author",
      summary: "A summary",
      status: "open",
      verdict: null,
      rationale: null,
      ruling: null,
      recheck: null,
      tags: ["economy"],
      assignee: null,
      createdBy: { id: actor.id, name: actor.name },
      sources: [],
      version: 1,
      deletedAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const events = await eventsSince(since);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "claim.created", articleId: article.id, actorId: actor.id, payload: { claim } });
  });

  it("takes prefix and suffix from the article, not from the client", async () => {
    const article = await buildArticle();
    const claim = await createClaim({
      actor: await buildUser(),
      articleId: article.id,
      input: { selector: { ...SELECTOR, prefix: "forged prefix", suffix: "forged suffix" } },
    });
    expect(claim.selector.prefix).toBe(TEXT.slice(0, AT));
    expect(claim.selector.suffix).toBe(TEXT.slice(AT + QUOTE.length, AT + QUOTE.length + 32));
  });

  it("refuses a viewer and writes nothing", async () => {
    const article = await buildArticle();
    const since = await lastEventId();
    await expect(createClaim({ actor: await buildUser({ role: "viewer" }), articleId: article.id, input: { selector: SELECTOR } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await storedClaimCount(article.id)).toBe(0);
    expect(await eventsSince(since)).toEqual([]);
  });

  it.each([
    ["exact does not match the text at start..end", "selector.exact", { exact: "makes a claim", start: AT + 1, end: AT + 1 + QUOTE.length }],
    ["exact is text from elsewhere", "selector.exact", { exact: "adds context", start: AT, end: AT + "adds context".length }],
    ["end is past the text", "selector.end", { exact: "context.", start: TEXT.length - 8, end: TEXT.length + 1 }],
    ["start and end are both past the text", "selector.end", { exact: "x", start: TEXT.length + 5, end: TEXT.length + 6 }],
  ])("answers a 422 ValidationError when %s, naming %s, and writes nothing", async (_label, field, selector) => {
    const article = await buildArticle();
    const since = await lastEventId();
    const error = await createClaim({ actor: await buildUser(), articleId: article.id, input: { selector } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 422, code: "invalid_input", fields: { [field]: [expect.any(String)] } });
    expect(Object.keys((error as ValidationError).fields ?? {})).toEqual([field]);
    expect(await storedClaimCount(article.id)).toBe(0);
    expect(await eventsSince(since)).toEqual([]);
  });

  it("accepts a selection that ends exactly at the end of the text", async () => {
    const article = await buildArticle();
    const claim = await createClaim({ actor: await buildUser(), articleId: article.id, input: { selector: { exact: "context.", start: TEXT.length - 8, end: TEXT.length } } });
    expect(claim.selector).toMatchObject({ exact: "context.", end: TEXT.length, suffix: "" });
  });

  it("throws NotFoundError for an unknown article", async () => {
    await expect(
      createClaim({ actor: await buildUser(), articleId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc", input: { selector: SELECTOR } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
