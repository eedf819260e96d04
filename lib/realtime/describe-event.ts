/**
 * An event in words, for the activity tab and a claim's history: "Rosa Reviewer set the verdict
 * of “…” to False". Says nothing a log reader may not see: a review's rating is never in it.
 */
import { STATUS_LABELS, VERDICT_LABELS } from "@/lib/validation/verdicts";
import type { AppEvent } from "./events";

const QUOTE_LENGTH = 60;

function quoted(exact: string | undefined): string {
  if (!exact) return "a claim";
  if (exact.length <= QUOTE_LENGTH) return `“${exact}”`;
  // Cut at a word's end where there is one in the second half.
  const cut = exact.slice(0, QUOTE_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `“${(space > QUOTE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…”`;
}

function joined(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** What the actor did, as a phrase without the actor ("set the verdict of “…” to False"). */
export function describeEvent(event: AppEvent, quoteOf: (claimId: string) => string | undefined): string {
  switch (event.type) {
    case "article.created":
      return `imported the article “${event.payload.article.title}”`;
    case "article.updated": {
      const { changes, textChanged, reanchored, article } = event.payload;
      const parts: string[] = [];
      if (changes.title) parts.push(`renamed the article to “${changes.title.to}”`);
      if (changes.sourceUrl) parts.push(changes.sourceUrl.to ? `set the article's source to ${changes.sourceUrl.to}` : "removed the article's source URL");
      if (changes.language) parts.push(changes.language.to ? `set the article's language to ${changes.language.to}` : "removed the article's language");
      if (textChanged) {
        const moved = reanchored.moved + reanchored.fuzzy;
        parts.push(`edited the text (version ${article.version}: ${moved} claim${moved === 1 ? "" : "s"} moved, ${reanchored.orphaned} lost ${reanchored.orphaned === 1 ? "its" : "their"} text)`);
      }
      return joined(parts) || "saved the article unchanged";
    }
    case "claim.created":
      return `marked ${quoted(event.payload.claim.selector.exact)} as a claim`;
    case "claim.updated": {
      const { claim, changes } = event.payload;
      const parts: string[] = [];
      const it = () => (parts.length ? "it" : quoted(claim.selector.exact));
      if (changes.recheck?.to) {
        const from = changes.selector?.from.exact ?? changes.recheck.to.previousExact;
        parts.push(`changed the words of ${quoted(from)} to ${quoted(claim.selector.exact)}: its verdict needs a re-check`);
      }
      if (changes.verdict) parts.push(changes.verdict.to ? `set the verdict of ${quoted(claim.selector.exact)} to ${VERDICT_LABELS[changes.verdict.to]}` : `cleared the verdict of ${quoted(claim.selector.exact)}`);
      else if (changes.recheck && !changes.recheck.to && claim.verdict) parts.push(`confirmed the verdict of ${quoted(claim.selector.exact)} (${VERDICT_LABELS[claim.verdict]}) after its words changed`);
      else if (changes.recheck && !changes.recheck.to) parts.push(`cleared the re-check of ${quoted(claim.selector.exact)}`);
      if (changes.status) parts.push(`moved ${it()} to ${STATUS_LABELS[changes.status.to]}`);
      if (changes.assignee) parts.push(changes.assignee.to ? `assigned ${it()} to ${changes.assignee.to.name}` : `unassigned ${it()}`);
      if (changes.selector && !changes.recheck?.to) parts.push(`re-attached ${parts.length ? "it" : quoted(changes.selector.from.exact)} to ${quoted(changes.selector.to.exact)}`);
      const edited = (["claimant", "summary", "rationale", "tags"] as const).filter((field) => changes[field]);
      if (edited.length) parts.push(`edited the ${joined(edited.map((field) => (field === "summary" ? "one-line claim" : field)))} of ${parts.length ? "it" : quoted(claim.selector.exact)}`);
      return joined(parts) || `saved ${quoted(claim.selector.exact)} unchanged`;
    }
    case "claim.deleted":
      return `deleted the claim ${quoted(event.payload.claim.selector.exact)}`;
    case "claim.restored":
      return `restored the claim ${quoted(event.payload.claim.selector.exact)}`;
    case "source.created":
      return `added the source ${event.payload.source.title ?? event.payload.source.url} to ${quoted(quoteOf(event.payload.source.claimId))}`;
    case "source.updated":
      return `edited the source ${event.payload.source.title ?? event.payload.source.url} of ${quoted(quoteOf(event.payload.source.claimId))}`;
    case "source.deleted":
      return `removed the source ${event.payload.source.title ?? event.payload.source.url} from ${quoted(quoteOf(event.payload.source.claimId))}`;
    case "source.restored":
      return `restored the source ${event.payload.source.title ?? event.payload.source.url} of ${quoted(quoteOf(event.payload.source.claimId))}`;
    case "comment.created":
      return `${event.payload.comment.parentId ? "replied to a comment" : "commented"} on ${quoted(quoteOf(event.payload.comment.claimId))}`;
    case "comment.updated": {
      const { comment, changes } = event.payload;
      if (changes.resolvedAt) return `${changes.resolvedAt.to ? "resolved" : "reopened"} a thread on ${quoted(quoteOf(comment.claimId))}`;
      return `edited a comment on ${quoted(quoteOf(comment.claimId))}`;
    }
    case "comment.deleted":
      return `deleted a comment on ${quoted(quoteOf(event.payload.comment.claimId))}`;
    case "review.recorded":
      return `recorded a review of ${quoted(quoteOf(event.payload.claimId))}`;
    case "review.withdrawn":
      return `withdrew their review of ${quoted(quoteOf(event.payload.claimId))}`;
    case "article.policy":
      return event.payload.changes.reviewPolicy?.to === "blind" ? "made reviews of this article blind" : "made reviews of this article open";
    case "user.role_changed":
      return `changed ${event.payload.user.name}'s role`;
    case "token.created":
    case "token.revoked":
      return `${event.type === "token.created" ? "created" : "revoked"} an API token`;
  }
}
