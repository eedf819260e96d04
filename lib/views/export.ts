/**
 * The JSON-LD exports. Their members are the W3C and schema.org vocabularies' own; these schemas
 * name the outer shape and the fields Claimdesk always sends, and let the rest through.
 */
import { z } from "zod";

const ZAnnotation = z.looseObject({
  id: z.string(),
  type: z.literal("Annotation"),
  target: z.looseObject({ source: z.string(), selector: z.array(z.looseObject({ type: z.string() })) }),
});

/** `?format=w3c`: one W3C Web Annotation collection, every claim an Annotation on its first page. */
export const ZAnnotationCollectionView = z.looseObject({
  "@context": z.literal("http://www.w3.org/ns/anno.jsonld"),
  id: z.string(),
  type: z.literal("AnnotationCollection"),
  label: z.string(),
  total: z.number().int(),
  first: z.looseObject({ type: z.literal("AnnotationPage"), startIndex: z.number().int(), items: z.array(ZAnnotation) }),
});

/** `?format=claimreview`: an array of schema.org ClaimReview items, one per claim with a verdict. */
export const ZClaimReviewListView = z.array(
  z.looseObject({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("ClaimReview"),
    url: z.string(),
    claimReviewed: z.string(),
    reviewRating: z.looseObject({ "@type": z.literal("Rating"), alternateName: z.string() }),
  }),
);

export const ZJsonLdExportView = z.union([ZAnnotationCollectionView, ZClaimReviewListView]);
