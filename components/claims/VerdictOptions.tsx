import { VERDICT_LABELS, VERDICTS } from "@/lib/validation/verdicts";

/** The seven verdicts as a select's options, in scale order, after an empty choice named `empty`. */
export function VerdictOptions({ empty }: { empty: string }) {
  return (
    <>
      <option value="">{empty}</option>
      {VERDICTS.map((verdict) => (
        <option key={verdict} value={verdict}>
          {VERDICT_LABELS[verdict]}
        </option>
      ))}
    </>
  );
}
