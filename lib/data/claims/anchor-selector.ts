import "server-only";

import { describeRange, type ClaimSelector } from "@/lib/anchoring/selector";
import { ValidationError } from "@/lib/errors";
import type { ClaimSelectorInput } from "@/lib/validation/claims";

/**
 * Checks a client's selector against the article text and returns the stored form (context taken
 * from the text itself). 422: the request is well-formed but does not match the article.
 */
export function anchorSelector(text: string, selector: ClaimSelectorInput): ClaimSelector {
  if (selector.end > text.length) {
    throw new ValidationError("The selection is outside the article text.", { "selector.end": [`end must be at most ${text.length}.`] }, 422);
  }
  if (text.slice(selector.start, selector.end) !== selector.exact) {
    throw new ValidationError(
      "The quoted text is not at that place in the article (it may have changed: reload and select again).",
      { "selector.exact": ["exact must equal the article text between start and end."] },
      422,
    );
  }
  return describeRange(text, selector.start, selector.end);
}
