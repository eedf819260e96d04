/**
 * The JSON-LD exports. Their members are the W3C and schema.org vocabularies' own (and Claimdesk's
 * context's: stance, claimant, status, tags); these schemas name the outer shape and the fields
 * Claimdesk always sends, and let the rest through.
 */
import { z } from "zod";

/** The anno context, then Claimdesk's own (`<app>/ns/v1`). */
const ZAnnotationContext = z.tuple([z.literal("http://www.w3.org/ns/anno.jsonld"), z.string()]);

const ZTextualBody = z.looseObject({ type: z.literal("TextualBody"), purpose: z.string(), value: z.string(), language: z.string().optional(), textDirection: z.literal("rtl").optional() });
/** A source: the page it links to, the evidence quote on it, and how it bears on the claim. */
const ZSourceBody = z.looseObject({
  type: z.literal("SpecificResource"),
  purpose: z.literal("linking"),
  source: z.looseObject({ id: z.string(), type: z.literal("Text"), title: z.string().optional() }),
  selector: z.looseObject({ type: z.literal("TextQuoteSelector"), exact: z.string() }).optional(),
  stance: z.string(),
});

const ZAnnotation = z.looseObject({
  id: z.string(),
  type: z.literal("Annotation"),
  motivation: z.literal("assessing"),
  claimant: z.string().optional(),
  status: z.string(),
  tags: z.array(z.string()).optional(),
  body: z.array(z.union([ZTextualBody, ZSourceBody])).optional(),
  target: z.looseObject({ source: z.string(), selector: z.array(z.looseObject({ type: z.string() })) }),
});

const pageShape = { id: z.string(), type: z.literal("AnnotationPage"), partOf: z.string(), startIndex: z.number().int(), items: z.array(ZAnnotation) };

/** `?format=w3c`: one W3C Web Annotation collection, every claim an Annotation on its one page. */
export const ZAnnotationCollectionView = z.looseObject({
  "@context": ZAnnotationContext,
  id: z.string(),
  type: z.literal("AnnotationCollection"),
  label: z.string(),
  total: z.number().int(),
  first: z.looseObject(pageShape),
  /** The id of the last page: the first, the only one. */
  last: z.string(),
});

/** `?format=w3c&page=0`: that page on its own. */
export const ZAnnotationPageView = z.looseObject({ "@context": ZAnnotationContext, ...pageShape });

const ZCreativeWork = z.looseObject({ "@type": z.literal("CreativeWork"), url: z.string(), headline: z.string(), datePublished: z.string().optional(), inLanguage: z.string().optional() });

/** `?format=claimreview`: an array of schema.org ClaimReview items, one per claim with a verdict. */
export const ZClaimReviewListView = z.array(
  z.looseObject({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("ClaimReview"),
    url: z.string(),
    claimReviewed: z.string(),
    datePublished: z.string(),
    author: z.looseObject({ "@type": z.literal("Organization"), name: z.string(), url: z.string() }),
    reviewRating: z.looseObject({ "@type": z.literal("Rating"), name: z.string(), alternateName: z.string() }),
    itemReviewed: z.looseObject({ "@type": z.literal("Claim"), datePublished: z.string().optional(), appearance: ZCreativeWork.optional(), firstAppearance: ZCreativeWork.optional() }),
  }),
);

export const ZJsonLdExportView = z.union([ZAnnotationCollectionView, ZAnnotationPageView, ZClaimReviewListView]);
