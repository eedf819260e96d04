/** Every view schema accepts exactly what its presenter returns: no field missing, none extra. */
import { describe, expect, it } from "vitest";
import { listArticles } from "@/lib/data/articles/list-articles";
import { getClaim } from "@/lib/data/claims/get-claim";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { listApiTokens } from "@/lib/data/tokens/list-api-tokens";
import { listUsers } from "@/lib/data/users/list-users";
import { buildArticle, buildClaim, buildSource, buildUser } from "@/test/factories";
import { ZApiTokenView, ZCreatedApiTokenView } from "./api-token";
import { ZArticleSummaryView, ZArticleView } from "./article";
import { ZClaimView } from "./claim";
import { ZSourceView } from "./source";
import { ZUserSummaryView } from "./user";

describe("views", () => {
  it("describe the claim, source and article the data layer returns", async () => {
    const editor = await buildUser({ role: "editor" });
    const article = await buildArticle({ actor: editor });
    const claim = await buildClaim({ article, summary: "A claim" });
    const source = await buildSource({ claim });
    const withSource = await getClaim({ actor: editor, claimId: claim.id });

    expect(ZArticleView.strict().parse(article)).toEqual(article);
    expect(ZSourceView.strict().parse(source)).toEqual(source);
    expect(ZClaimView.strict().parse(withSource)).toEqual(withSource);
    expect(withSource.sources).toHaveLength(1);
    for (const summary of await listArticles({ actor: editor })) expect(ZArticleSummaryView.strict().parse(summary)).toEqual(summary);
  });

  it("describe users and API tokens", async () => {
    const admin = await buildUser({ role: "admin" });
    const created = await createApiToken({ actor: admin, input: { name: "script" } });
    expect(ZCreatedApiTokenView.strict().parse(created)).toEqual(created);
    const [token] = await listApiTokens({ actor: admin });
    expect(ZApiTokenView.strict().parse(token)).toEqual(token);
    for (const user of await listUsers({ actor: admin })) expect(ZUserSummaryView.strict().parse(user)).toEqual(user);
  });
});
