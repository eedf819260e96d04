import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { docFromParagraphs } from "@/lib/document/article-document";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { deleteClaim } from "../claims/delete-claim";
import { updateClaim } from "../claims/update-claim";
import { listArticles } from "./list-articles";

const NO_VERDICTS = { true: 0, "mostly-true": 0, "half-true": 0, "mostly-false": 0, false: 0, misleading: 0, unproven: 0, none: 0 };

describe("listArticles", () => {
  it("counts live claims by status and by verdict, deleted ones left out", async () => {
    const editor = await buildUser({ role: "editor" });
    const article = await buildArticle({ actor: editor, title: `Progress ${Date.now()}`, publisher: "National Herald", byline: "NH Digital", doc: docFromParagraphs(["One.", "Two.", "Three.", "Four."]) });
    const empty = await buildArticle({ actor: editor, title: `Progress empty ${Date.now()}` });
    const [one, two, , four] = [await buildClaim({ actor: editor, article, quote: "One." }), await buildClaim({ actor: editor, article, quote: "Two." }), await buildClaim({ actor: editor, article, quote: "Three." }), await buildClaim({ actor: editor, article, quote: "Four." })];
    await updateClaim({ actor: editor, claimId: one.id, input: { version: one.version, verdict: "false", status: "resolved" } });
    await updateClaim({ actor: editor, claimId: two.id, input: { version: two.version, verdict: "false", status: "in-review" } });
    await deleteClaim({ actor: editor, claimId: four!.id });

    const listed = await listArticles({ actor: await buildUser({ role: "viewer" }) });
    const row = listed.find((summary) => summary.id === article.id)!;
    expect(row).toMatchObject({ title: article.title, publisher: "National Herald", byline: "NH Digital", claimCount: 3 });
    expect(row.progress).toEqual({ byStatus: { open: 1, "in-review": 1, resolved: 1 }, byVerdict: { ...NO_VERDICTS, false: 2, none: 1 } });
    expect(listed.find((summary) => summary.id === empty.id)).toMatchObject({ claimCount: 0, progress: { byStatus: { open: 0, "in-review": 0, resolved: 0 }, byVerdict: NO_VERDICTS } });
  });

  it("lists the most recently active first: work on a claim brings its article up", async () => {
    const editor = await buildUser({ role: "editor" });
    const older = await buildArticle({ actor: editor, title: "Activity older" });
    const newer = await buildArticle({ actor: editor, title: "Activity newer" });
    // Activity is noted to within 5 s: both were last worked on a while ago.
    const agoMs = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await getDb().article.update({ where: { id: older.id }, data: { lastActivityAt: agoMs(60) } });
    await getDb().article.update({ where: { id: newer.id }, data: { lastActivityAt: agoMs(30) } });
    const order = async () => (await listArticles({ actor: editor })).map((row) => row.id).filter((id) => id === older.id || id === newer.id);
    expect(await order()).toEqual([newer.id, older.id]);

    await buildClaim({ actor: editor, article: older });
    expect(await order()).toEqual([older.id, newer.id]);
  });

  it("filters by title, in any case, with % and _ taken literally", async () => {
    const editor = await buildUser({ role: "editor" });
    const stamp = Date.now().toString(36);
    const rates = await buildArticle({ actor: editor, title: `Interest rates rise 50% ${stamp}` });
    const jobs = await buildArticle({ actor: editor, title: `Jobs_report ${stamp}` });
    await buildArticle({ actor: editor, title: `Interest rates rise 5 ${stamp}` });
    const path = await buildArticle({ actor: editor, title: `C:\\reports ${stamp}` });
    await buildClaim({ actor: editor, article: rates });
    const titled = async (titleQuery: string) => (await listArticles({ actor: editor, titleQuery })).map((row) => row.id);

    expect(await titled(`RISE 50% ${stamp}`)).toEqual([rates.id]);
    expect(await titled(`jobs_REPORT ${stamp}`)).toEqual([jobs.id]);
    expect(await titled(`s_r`)).not.toContain(rates.id);
    expect(await titled(`:\\REPORTS ${stamp}`)).toEqual([path.id]);
    expect((await listArticles({ actor: editor, titleQuery: `50% ${stamp}` }))[0]).toMatchObject({ claimCount: 1, progress: { byStatus: { open: 1 } } });
    expect(await titled(`no such title ${stamp}`)).toEqual([]);
  });
});
