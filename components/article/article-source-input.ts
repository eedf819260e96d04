/** The article header's source form: what the editor typed, checked with the route's own schema. */
import { ZArticleSource, type ArticleSource } from "@/lib/validation/articles";

export type ArticleSourceField = keyof ArticleSource;
export type ArticleSourceErrors = Partial<Record<ArticleSourceField, string>>;

const FIELDS: readonly ArticleSourceField[] = ["sourceUrl", "language"];

/** The fields as typed: a blank one clears the value (null), the rest as ZArticleSource reads them. */
export function readArticleSource(typed: Record<ArticleSourceField, string>): { input: ArticleSource } | { errors: ArticleSourceErrors } {
  const blankToNull = (value: string) => (value.trim() === "" ? null : value.trim());
  const parsed = ZArticleSource.safeParse({ sourceUrl: blankToNull(typed.sourceUrl), language: blankToNull(typed.language) });
  if (parsed.success) return { input: parsed.data };
  const errors: ArticleSourceErrors = {};
  for (const issue of parsed.error.issues) {
    const field = FIELDS.find((name) => name === issue.path[0]);
    if (field) errors[field] ??= issue.message;
  }
  return { errors };
}

/** The first message per field of a refusal from the server (`error.fields`), for the fields this form has. */
export function articleSourceErrorsFrom(fields: Record<string, string[]> | undefined): ArticleSourceErrors {
  const errors: ArticleSourceErrors = {};
  for (const field of FIELDS) {
    const message = fields?.[field]?.[0];
    if (message) errors[field] = message;
  }
  return errors;
}
