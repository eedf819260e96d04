import "server-only";

import type { ClaimStatus as DbStatus, Stance, Verdict as DbVerdict } from "@/lib/db/generated/enums";
import { statusFromDb, verdictFromDb } from "./enum-mapping";
import type { ClaimView } from "@/lib/views/claim";
import type { SourceView } from "@/lib/views/source";

const PERSON = { select: { id: true, name: true } } as const;

export const SOURCE_SELECT = {
  id: true,
  claimId: true,
  url: true,
  title: true,
  publisher: true,
  excerpt: true,
  stance: true,
  addedBy: PERSON,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const CLAIM_SELECT = {
  id: true,
  articleId: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  anchoredVersion: true,
  orphan: true,
  claimant: true,
  summary: true,
  status: true,
  verdict: true,
  rationale: true,
  verdictBy: PERSON,
  verdictAt: true,
  recheckSince: true,
  recheckPreviousExact: true,
  tags: true,
  assignee: PERSON,
  createdBy: PERSON,
  version: true,
  deletedAt: true,
  createdAt: true,
  updatedAt: true,
  sources: { where: { deletedAt: null }, select: SOURCE_SELECT, orderBy: { createdAt: "asc" } },
} as const;

type Person = { id: string; name: string };

type SourceRow = {
  id: string;
  claimId: string;
  url: string;
  title: string | null;
  publisher: string | null;
  excerpt: string | null;
  stance: Stance;
  addedBy: Person;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

type ClaimRow = {
  id: string;
  articleId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchoredVersion: number;
  orphan: boolean;
  claimant: string | null;
  summary: string | null;
  status: DbStatus;
  verdict: DbVerdict | null;
  rationale: string | null;
  verdictBy: Person | null;
  verdictAt: Date | null;
  recheckSince: Date | null;
  recheckPreviousExact: string | null;
  tags: string[];
  assignee: Person | null;
  createdBy: Person;
  version: number;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  sources: SourceRow[];
};

/** One shape of a source for the API, the page and live events. */
export function presentSource(row: SourceRow): SourceView {
  return {
    id: row.id,
    claimId: row.claimId,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    excerpt: row.excerpt,
    stance: row.stance,
    addedBy: row.addedBy,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One shape of a claim for the API, the page and live events. */
export function presentClaim(row: ClaimRow): ClaimView {
  return {
    id: row.id,
    articleId: row.articleId,
    selector: { exact: row.exact, prefix: row.prefix, suffix: row.suffix, start: row.start, end: row.end },
    anchoredVersion: row.anchoredVersion,
    orphan: row.orphan,
    claimant: row.claimant,
    summary: row.summary,
    status: statusFromDb(row.status),
    verdict: row.verdict ? verdictFromDb(row.verdict) : null,
    rationale: row.rationale,
    ruling: row.verdictBy && row.verdictAt ? { by: row.verdictBy, at: row.verdictAt.toISOString() } : null,
    recheck: row.recheckSince ? { since: row.recheckSince.toISOString(), previousExact: row.recheckPreviousExact ?? "" } : null,
    tags: row.tags,
    assignee: row.assignee,
    createdBy: row.createdBy,
    sources: row.sources.map(presentSource),
    version: row.version,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
