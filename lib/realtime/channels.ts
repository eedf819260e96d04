/**
 * The Postgres NOTIFY channels the app speaks on. A notification carries only where to look (an
 * article id and, for events, the Event row's id); subscribers read the rows themselves.
 */
export const EVENTS_CHANNEL = "claimdesk_events";
export const PRESENCE_CHANNEL = "claimdesk_presence";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `<articleId>:<eventId>` on EVENTS_CHANNEL. */
export function eventNotice(articleId: string, eventId: bigint | string): string {
  return `${articleId}:${eventId}`;
}

export function parseEventNotice(payload: string | undefined): { articleId: string; eventId: bigint } | null {
  const [articleId, eventId] = (payload ?? "").split(":");
  if (!articleId || !UUID.test(articleId) || !eventId || !/^\d{1,19}$/.test(eventId)) return null;
  return { articleId, eventId: BigInt(eventId) };
}

/** `<articleId>` on PRESENCE_CHANNEL. */
export function parsePresenceNotice(payload: string | undefined): string | null {
  return payload && UUID.test(payload) ? payload : null;
}
