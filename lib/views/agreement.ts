import { z } from "zod";
import { ZPersonView } from "./person";

const ZAlpha = z.number().min(-1).max(1).nullable();

/** How far independent reviewers agree (Krippendorff's alpha), and over how much. */
export const ZAgreementView = z.object({
  /** Over all seven verdicts; null (see `reasons`) when there is too little data. */
  alphaNominal: ZAlpha,
  /** Over true > mostly-true > half-true > mostly-false > false (misleading and unproven count as missing). */
  alphaOrdinal: ZAlpha,
  reasons: z.object({ nominal: z.string().nullable(), ordinal: z.string().nullable() }),
  /** Claims with two reviews or more: the figures are over these. */
  claims: z.number().int(),
  reviews: z.number().int(),
  reviewers: z.number().int(),
  /** How many of those reviews were recorded under a blind policy, unseen by their author. */
  blindReviews: z.number().int(),
  /** Claims whose reviewers disagree, among those whose reviews the asker may see. */
  disagreements: z.array(z.uuid()),
});
export type AgreementView = z.infer<typeof ZAgreementView>;

export const ZPairAgreementView = z.object({
  reviewers: z.tuple([ZPersonView, ZPersonView]),
  claims: z.number().int(),
  alphaNominal: ZAlpha,
  alphaOrdinal: ZAlpha,
});

/** The editors' Agreement page: the whole workspace, and each pair of reviewers. */
export const ZWorkspaceAgreementView = z.object({
  overall: ZAgreementView.omit({ disagreements: true }),
  pairs: z.array(ZPairAgreementView),
});
export type WorkspaceAgreementView = z.infer<typeof ZWorkspaceAgreementView>;
