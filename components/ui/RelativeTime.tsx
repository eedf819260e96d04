import { formatDateTime } from "@/lib/format/date";

/** A timestamp readable at a glance, exact on hover, and machine-readable. */
export function RelativeTime({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={iso}>
      {formatDateTime(iso)}
    </time>
  );
}
