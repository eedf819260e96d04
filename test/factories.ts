/** Test data built through the data layer, so tests exercise the same code paths as the app. */
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/policies/actor";
import { createArticle } from "@/lib/data/articles/create-article";
import { createClaim } from "@/lib/data/claims/create-claim";
import { createSource } from "@/lib/data/sources/create-source";
import { docFromParagraphs } from "@/lib/document/article-document";
import { insertUserAsSystem } from "@/lib/data/users/insert-user";
import type { NewArticle } from "@/lib/validation/articles";
import type { CreateClaim, CreateSource } from "@/lib/validation/claims";
import type { Role } from "@/lib/validation/roles";
import type { ClaimView } from "@/lib/views/claim";
import type { SourceView } from "@/lib/views/source";

export const TEST_PASSWORD = "correct horse battery staple";

export function buildUser(overrides: { role?: Role; email?: string; name?: string; password?: string } = {}): Promise<Actor> {
  const role = overrides.role ?? "reviewer";
  const email = overrides.email ?? `${role}-${randomBytes(4).toString("hex")}@example.test`;
  return insertUserAsSystem({ email, name: overrides.name ?? `Test ${role}`, role, password: overrides.password ?? TEST_PASSWORD });
}

export async function buildArticle(overrides: Partial<NewArticle> & { actor?: Actor } = {}) {
  const { actor, ...input } = overrides;
  return createArticle({
    actor: actor ?? (await buildUser({ role: "editor" })),
    input: {
      title: "A test article",
      doc: docFromParagraphs(["The first paragraph makes a claim.", "The second paragraph adds context."]),
      ...input,
    },
  });
}

type ArticleRef = { id: string; text: string };
type ClaimFields = Omit<CreateClaim, "selector">;

/**
 * A claim created through createClaim on `quote` (its first occurrence in the article's text; by
 * default the article's first paragraph), by a new reviewer unless an actor is given.
 */
export async function buildClaim(overrides: { actor?: Actor; article?: ArticleRef; quote?: string } & ClaimFields = {}): Promise<ClaimView> {
  const { actor, article: givenArticle, quote: givenQuote, ...fields } = overrides;
  const article = givenArticle ?? (await buildArticle());
  const quote = givenQuote ?? article.text.split("\n\n")[0] ?? "";
  const start = article.text.indexOf(quote);
  if (!quote || start < 0) throw new Error(`buildClaim: ${JSON.stringify(quote)} is not in the article text.`);
  return createClaim({
    actor: actor ?? (await buildUser({ role: "reviewer" })),
    articleId: article.id,
    input: { ...fields, selector: { exact: quote, start, end: start + quote.length } },
  });
}

/** A source created through createSource, on a new claim and by a new reviewer unless given. */
export async function buildSource(overrides: { actor?: Actor; claim?: { id: string } } & Partial<CreateSource> = {}): Promise<SourceView> {
  const { actor, claim, ...input } = overrides;
  return createSource({
    actor: actor ?? (await buildUser({ role: "reviewer" })),
    claimId: (claim ?? (await buildClaim())).id,
    input: { url: "https://example.test/evidence", title: "Evidence", stance: "supports", ...input },
  });
}
