import type { Metadata } from "next";
import { SearchForm, type SearchFormValues } from "@/components/search/SearchForm";
import { SearchResults } from "@/components/search/SearchResults";
import { requirePageActor } from "@/lib/auth/session";
import { fieldErrorsFrom } from "@/lib/api/parse";
import { listArticles } from "@/lib/data/articles/list-articles";
import { searchClaims } from "@/lib/data/search/search-claims";
import { listPeople } from "@/lib/data/users/list-people";
import { ZSearchQuery } from "@/lib/validation/search";

export const metadata: Metadata = { title: "Search" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const FILTERS = ["verdict", "status", "article", "author", "assignee"] as const;
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The page's query string without its blanks: the form sends "" for every filter left at "Any". */
function givenParams(raw: Awaited<SearchParams>): Record<string, string> {
  const keys = ["q", ...FILTERS, "cursor"];
  return Object.fromEntries(keys.map((key) => [key, single(raw[key]).trim()]).filter(([, value]) => value !== ""));
}

const searchHref = (params: Record<string, string>) => `/search?${new URLSearchParams(params)}`;

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("/search");
  const given = givenParams(await searchParams);
  const values: SearchFormValues = { q: given.q ?? "", verdict: "", status: "", article: "", author: "", assignee: "", ...given };
  const [articles, people] = await Promise.all([listArticles({ actor }), listPeople({ actor })]);
  const form = <SearchForm values={values} articles={articles} people={people} />;
  if (!given.q) {
    return (
      <>
        <h1 className="page-title">Search</h1>
        {form}
        <p className="muted">Find claims in every article by their quote, summary, claimant, tags, rationale, or their sources’ titles and excerpts.</p>
      </>
    );
  }
  const parsed = ZSearchQuery.safeParse(given);
  if (!parsed.success) {
    const problems = Object.entries(fieldErrorsFrom(parsed.error));
    return (
      <>
        <h1 className="page-title">Search</h1>
        {form}
        <div className="alert alert-error" role="alert">
          <p>This search cannot be run:</p>
          <ul>
            {problems.map(([field, messages]) => (
              <li key={field}>
                <strong>{field}</strong>: {messages.join(" ")}
              </li>
            ))}
          </ul>
        </div>
      </>
    );
  }
  const { results, next } = await searchClaims({ actor, query: parsed.data });
  const { cursor, ...firstPage } = given;
  return (
    <>
      <h1 className="page-title">Search: {parsed.data.q}</h1>
      {form}
      <SearchResults results={results} nextHref={next ? searchHref({ ...firstPage, cursor: next }) : null} firstHref={cursor ? searchHref(firstPage) : null} />
    </>
  );
}
