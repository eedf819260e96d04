import { describe, expect, it } from "vitest";
import { docFromParagraphs } from "@/lib/document/article-document";
import { buildArticle, buildClaim, buildUser } from "@/test/factories";
import { getClaim } from "../claims/get-claim";
import { setVerdict } from "../claims/set-verdict";
import { updateClaim } from "../claims/update-claim";
import { listClaimHistory } from "../events/list-activity";
import { recordReview } from "../reviews/record-review";
import { updateArticle } from "./update-article";
import { readExportClaims } from "../export/read-export-claims";
import { webAnnotationCollection } from "@/lib/export/web-annotation";

const PARAGRAPHS = ["Officials met in Florida on Sunday.", "Power will be back on Monday, the minister said.", "Critics disputed it."];
const QUOTE = "Power will be back on Monday";

async function setup() {
  const editor = await buildUser({ role: "editor" });
  const article = await buildArticle({ actor: editor, doc: docFromParagraphs(PARAGRAPHS) });
  const claim = await buildClaim({ article, quote: QUOTE });
  return { editor, article, claim };
}

const edit = (editor: Awaited<ReturnType<typeof buildUser>>, article: { id: string; version: number }, paragraphs: string[]) =>
  updateArticle({ actor: editor, articleId: article.id, version: article.version, doc: docFromParagraphs(paragraphs) });

describe("re-check after an article edit", () => {
  it("flags a judged claim whose words changed, sends a resolved one back to in-review, and clears on a new ruling", async () => {
    const { editor, article, claim } = await setup();
    const ruled = await setVerdict({ actor: editor, claimId: claim.id, input: { version: claim.version, verdict: "mostly-true" } });
    await updateClaim({ actor: editor, claimId: claim.id, input: { version: ruled.version, status: "resolved" } });

    await edit(editor, article, [PARAGRAPHS[0]!, "Power will be back on Tuesday, the minister said.", PARAGRAPHS[2]!]);
    const flagged = await getClaim({ actor: editor, claimId: claim.id });
    expect(flagged.selector.exact).toContain("Tuesday");
    expect(flagged).toMatchObject({ status: "in-review", verdict: "mostly-true", recheck: { since: expect.any(String), previousExact: QUOTE } });

    // The W3C export carries it (the CSV keeps its columns).
    const rows = [];
    for await (const batch of readExportClaims({ actor: editor, query: { articleId: [article.id] } })) rows.push(...batch);
    const collection = webAnnotationCollection({ baseUrl: "http://claimdesk.test", article: { ...article, sourceUrl: null } }, rows);
    expect(collection.first.items[0]!.body).toContainEqual(expect.objectContaining({ purpose: "questioning", value: `Text changed since the verdict; it quoted “${QUOTE}”.` }));

    // The same verdict again clears the flag (and is recorded in the history).
    const cleared = await setVerdict({ actor: editor, claimId: claim.id, input: { version: flagged.version, verdict: "mostly-true" } });
    expect(cleared.recheck).toBeNull();
    const history = (await listClaimHistory({ actor: editor, claimId: claim.id })).map((entry) => entry.text);
    expect(history.slice(-2)).toEqual([
      `${editor.name} changed the words of “${QUOTE}” to “Power will be back on Tuesday”: its verdict needs a re-check and moved it to In review`,
      `${editor.name} confirmed the verdict of “Power will be back on Tuesday” (Mostly true) after its words changed`,
    ]);
  });

  it("keeps the first words of a claim flagged twice, and flags a claim that has only reviews", async () => {
    const { editor, article, claim } = await setup();
    await recordReview({ actor: await buildUser(), claimId: claim.id, input: { rating: "false" } });
    const first = await edit(editor, article, [PARAGRAPHS[0]!, "Power will be back on Tuesday, the minister said.", PARAGRAPHS[2]!]);
    await edit(editor, first.article, [PARAGRAPHS[0]!, "Power will be back on Wednesday, the minister said.", PARAGRAPHS[2]!]);
    expect((await getClaim({ actor: editor, claimId: claim.id })).recheck?.previousExact).toBe(QUOTE);
  });

  it("leaves alone a claim that only moved, and one that nobody has judged", async () => {
    const { editor, article, claim } = await setup();
    const judged = await setVerdict({ actor: editor, claimId: claim.id, input: { version: claim.version, verdict: "true" } });
    const unjudged = await buildClaim({ article, quote: "Critics disputed it" });
    await edit(editor, article, ["A new first paragraph.", ...PARAGRAPHS.slice(0, 2), "Critics disputed it strongly."]);
    const moved = await getClaim({ actor: editor, claimId: claim.id });
    expect(moved.selector.start).toBeGreaterThan(judged.selector.start);
    expect(moved.recheck).toBeNull();
    expect((await getClaim({ actor: editor, claimId: unjudged.id })).recheck).toBeNull();
  });
});
