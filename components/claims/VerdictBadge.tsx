import { VERDICT_LABELS, type Verdict } from "@/lib/validation/verdicts";

/** The verdict as text, with the same colour and line pattern as its highlight. */
export function VerdictBadge({ verdict }: { verdict: Verdict | null }) {
  return <span className={`verdict-badge verdict-${verdict ?? "none"}`}>{verdict ? VERDICT_LABELS[verdict] : "No verdict"}</span>;
}
