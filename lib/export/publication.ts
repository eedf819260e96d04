/** Where exports say things live: the app's public URL, the publishing organisation, its fact-check pages. */
import type { Env } from "@/lib/env";

export type Publication = {
  /** The app's public URL, without a trailing slash: ids of claims, people, comments, the JSON-LD context. */
  baseUrl: string;
  organisation: { name: string; url: string };
  /** Where the fact-checks are published, without a trailing slash; null until configured. */
  factCheckBaseUrl: string | null;
};

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, "");

/** The configured public URLs, the request's origin standing in for the app's own when unset. */
export function publicationOf(env: Env, requestOrigin: string): Publication {
  const baseUrl = withoutTrailingSlash(env.NEXTAUTH_URL ?? requestOrigin);
  return {
    baseUrl,
    organisation: { name: env.CLAIMDESK_ORG_NAME, url: env.CLAIMDESK_ORG_URL ?? baseUrl },
    factCheckBaseUrl: env.CLAIMDESK_FACTCHECK_BASE_URL ? withoutTrailingSlash(env.CLAIMDESK_FACTCHECK_BASE_URL) : null,
  };
}
