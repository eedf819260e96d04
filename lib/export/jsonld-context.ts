/**
 * Claimdesk's own JSON-LD context: the terms a W3C Web Annotation export uses that the anno
 * context does not define (a JSON-LD processor drops undefined terms on expansion). The app serves
 * it at `/ns/v1` (public and cacheable: processors fetch it), and its terms live in that namespace.
 */
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const CONTEXT_PATH = "/ns/v1";

/** The terms, each with what it means (the namespace's documentation is this list). */
export const CLAIMDESK_TERMS = {
  stance: "How a linked source bears on the claim: supports, refutes or context.",
  claimant: "Who made the claim, as the reviewer wrote it.",
  status: "Where the claim is in the desk's work: open, in-review or resolved.",
  tags: "The desk's own labels for the claim.",
} as const;
export type ClaimdeskTerm = keyof typeof CLAIMDESK_TERMS;

/** Terms whose value may be several strings: always given as a set. */
const SET_TERMS: readonly ClaimdeskTerm[] = ["tags"];

/**
 * Terms of established vocabularies that the anno context leaves out: a source's title is Dublin
 * Core's (the anno context defines no `title`, so expansion would drop it).
 */
export const BORROWED_TERMS = { title: "http://purl.org/dc/terms/title" } as const;

export function contextUrlOf(baseUrl: string): string {
  return `${baseUrl}${CONTEXT_PATH}`;
}

export function namespaceOf(baseUrl: string): string {
  return `${contextUrlOf(baseUrl)}#`;
}

type TermDefinition = { "@id": string; "@container"?: "@set" };
type ContextTerm = ClaimdeskTerm | keyof typeof BORROWED_TERMS;

/** The context document served at CONTEXT_PATH. */
export function claimdeskContextDocument(baseUrl: string): { "@context": Record<ContextTerm, TermDefinition> } {
  const namespace = namespaceOf(baseUrl);
  const terms = Object.keys(CLAIMDESK_TERMS) as ClaimdeskTerm[];
  const own = terms.map((term) => [term, { "@id": `${namespace}${term}`, ...(SET_TERMS.includes(term) ? { "@container": "@set" as const } : {}) }]);
  const borrowed = Object.entries(BORROWED_TERMS).map(([term, iri]) => [term, { "@id": iri }]);
  return { "@context": Object.fromEntries([...own, ...borrowed]) as Record<ContextTerm, TermDefinition> };
}

/** The `@context` of an export: the anno context first (the W3C model requires it), then Claimdesk's. */
export function annotationContextOf(baseUrl: string): [typeof ANNO_CONTEXT, string] {
  return [ANNO_CONTEXT, contextUrlOf(baseUrl)];
}
