import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { docFromParagraphs } from "@/lib/document/article-document";
import { buildArticle, buildClaim, buildSource, buildUser } from "@/test/factories";
import { updateArticle } from "../articles/update-article";
import { createClaim } from "../claims/create-claim";
import { deleteClaim, restoreClaim } from "../claims/delete-claim";
import { updateClaim } from "../claims/update-claim";
import { createSource } from "../sources/create-source";
import { deleteSource } from "../sources/delete-source";
import { updateSource } from "../sources/update-source";
import { appendEvent } from "./append-event";
import type * as AppendEventModule from "./append-event";

// The real appendEvent, wrapped so that a test can make the next call fail.
vi.mock("./append-event", async (importOriginal) => {
  const original = await importOriginal<typeof AppendEventModule>();
  return { appendEvent: vi.fn((...args: Parameters<typeof original.appendEvent>) => original.appendEvent(...args)) };
});

const LOG_DOWN = new Error("the event log refused the write");

/** Everything a write could have touched, to compare before and after a failed one. */
async function snapshot() {
  const db = getDb();
  return {
    articles: await db.article.findMany({ orderBy: { id: "asc" } }),
    claims: await db.claim.findMany({ orderBy: { id: "asc" } }),
    sources: await db.source.findMany({ orderBy: { id: "asc" } }),
    events: await db.event.count(),
  };
}

describe("every write logs its event in the same transaction", () => {
  beforeEach(() => {
    vi.mocked(appendEvent).mockClear();
  });

  it("appendEvent is the real one unless a test says otherwise", async () => {
    const article = await buildArticle();
    expect(appendEvent).toHaveBeenCalledTimes(1);
    expect(await getDb().event.count({ where: { articleId: article.id } })).toBe(1);
  });

  const writes: [string, () => Promise<() => Promise<unknown>>][] = [
    [
      "createClaim",
      async () => {
        const article = await buildArticle();
        const actor = await buildUser();
        return () => createClaim({ actor, articleId: article.id, input: { selector: { exact: "first", start: 4, end: 9 } } });
      },
    ],
    [
      "updateClaim",
      async () => {
        const actor = await buildUser();
        const claim = await buildClaim({ actor });
        return () => updateClaim({ actor, claimId: claim.id, input: { version: 1, summary: "Changed", verdict: "false" } });
      },
    ],
    [
      "deleteClaim",
      async () => {
        const actor = await buildUser();
        const claim = await buildClaim({ actor });
        return () => deleteClaim({ actor, claimId: claim.id });
      },
    ],
    [
      "restoreClaim",
      async () => {
        const actor = await buildUser({ role: "editor" });
        const claim = await buildClaim({ actor });
        await deleteClaim({ actor, claimId: claim.id });
        return () => restoreClaim({ actor, claimId: claim.id });
      },
    ],
    [
      "createSource",
      async () => {
        const actor = await buildUser();
        const claim = await buildClaim();
        return () => createSource({ actor, claimId: claim.id, input: { url: "https://example.test/", stance: "context" } });
      },
    ],
    [
      "updateSource",
      async () => {
        const actor = await buildUser();
        const source = await buildSource({ actor });
        return () => updateSource({ actor, sourceId: source.id, input: { stance: "refutes" } });
      },
    ],
    [
      "deleteSource",
      async () => {
        const actor = await buildUser();
        const source = await buildSource({ actor });
        return () => deleteSource({ actor, sourceId: source.id });
      },
    ],
    [
      "updateArticle (re-anchoring claims)",
      async () => {
        const actor = await buildUser({ role: "editor" });
        const article = await buildArticle({ actor, doc: docFromParagraphs(["Intro.", "A claim here.", "A claim to delete."]) });
        await buildClaim({ article, quote: "claim here" });
        await buildClaim({ article, quote: "A claim to delete." });
        return () => updateArticle({ actor, articleId: article.id, version: 1, title: "New title", doc: docFromParagraphs(["A longer intro.", "A claim here."]) });
      },
    ],
  ];

  it.each(writes)("%s: when the event cannot be written, nothing is", async (_name, arrange) => {
    const write = await arrange();
    const before = await snapshot();
    vi.mocked(appendEvent).mockRejectedValueOnce(LOG_DOWN);
    await expect(write()).rejects.toBe(LOG_DOWN);
    expect(await snapshot()).toEqual(before);
    // And the same write succeeds, with exactly one event, once the log is back.
    await write();
    expect((await snapshot()).events).toBe(before.events + 1);
  });
});
