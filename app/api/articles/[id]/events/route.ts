import { parseParams, parseWith } from "@/lib/api/parse";
import { ZIdParams } from "@/lib/api/params";
import { responseForError } from "@/lib/api/respond";
import { actorForCredential, requireActorWithCredential } from "@/lib/auth/session";
import { EVENT_PAGE, latestArticleEventId, listArticleEventsSince } from "@/lib/data/events/list-article-events";
import { openArticleStream } from "@/lib/data/events/open-article-stream";
import { readArticlePresence } from "@/lib/data/presence/article-presence";
import { canReadArticles } from "@/lib/policies/permissions";
import { articleEventStream, EVENT_STREAM_HEADERS } from "@/lib/realtime/event-stream";
import { getLiveHub, getStreamSlots } from "@/lib/realtime/live-hub";
import { clientAddressOf } from "@/lib/auth/client-address";
import { ServiceUnavailableError, TooManyRequestsError } from "@/lib/errors";
import { isShuttingDown } from "@/lib/realtime/shutdown";
import { ZLastEventId } from "@/lib/validation/live";

export const dynamic = "force-dynamic";

/** A browser refused a stream tries again after this (EventSource reconnects by itself). */
const STREAM_RETRY_SECONDS = 10;

const SOURCE = {
  readSince: (articleId: string, afterId: bigint) => listArticleEventsSince({ articleId, afterId }),
  latestId: latestArticleEventId,
  readPresence: readArticlePresence,
  pageSize: EVENT_PAGE,
};

/** GET /api/articles/:id/events: the article's live stream (Server-Sent Events). */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    if (isShuttingDown()) throw new ServiceUnavailableError("This server is restarting: the live stream reconnects in a moment.", 2);
    const { actor, credential } = await requireActorWithCredential();
    const { id } = parseParams(ZIdParams, await context.params);
    const { articleId } = await openArticleStream({ actor, articleId: id });
    const given = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
    const lastEventId = given === null || given === "" ? null : BigInt(parseWith(ZLastEventId, given));
    const release = getStreamSlots().take({ userId: actor.id, address: clientAddressOf(request.headers) });
    if (!release) throw new TooManyRequestsError("Too many live streams are open for you or your network: close a tab and try again.", STREAM_RETRY_SECONDS);
    const stream = articleEventStream({
      onClose: release,
      hub: await getLiveHub(SOURCE),
      articleId,
      lastEventId,
      signal: request.signal,
      isStillAllowed: async () => {
        const current = await actorForCredential(credential);
        return current !== null && canReadArticles(current);
      },
    });
    return new Response(stream, { headers: EVENT_STREAM_HEADERS });
  } catch (error) {
    return responseForError(error);
  }
}
