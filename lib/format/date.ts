const FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** "26 Nov 2026, 07:45 UTC": the same on the server and in the browser, so hydration never differs. */
export function formatDateTime(iso: string): string {
  return `${FORMAT.format(new Date(iso))} UTC`;
}
