/** The process's one hub and one listener, made on first use and kept across hot reloads. */
import "server-only";
import { ArticleHub, type HubSource } from "./article-hub";
import { readEnv } from "@/lib/env";
import { NotificationListener } from "./listener";
import { StreamSlots } from "./stream-slots";

const globalForLive = globalThis as unknown as { claimdeskLive?: { hub: ArticleHub; listener: NotificationListener }; claimdeskStreamSlots?: StreamSlots };

/** The process's bound on open streams per user and per address (lib/realtime/stream-slots.ts). */
export function getStreamSlots(): StreamSlots {
  const { CLAIMDESK_MAX_STREAMS_PER_USER: perUser, CLAIMDESK_MAX_STREAMS_PER_ADDRESS: perAddress } = readEnv();
  globalForLive.claimdeskStreamSlots ??= new StreamSlots({ perUser, perAddress });
  return globalForLive.claimdeskStreamSlots;
}

/** The hub, listening. `source` is used the first time only (every caller passes the same one). */
export async function getLiveHub(source: HubSource): Promise<ArticleHub> {
  if (!globalForLive.claimdeskLive) {
    const hub = new ArticleHub(source);
    const listener = new NotificationListener({
      onEvent: (articleId) => hub.notifyEvent(articleId),
      onPresence: (articleId) => hub.notifyPresence(articleId),
      onReconnect: () => hub.catchUp(),
    });
    globalForLive.claimdeskLive = { hub, listener };
  }
  await globalForLive.claimdeskLive.listener.start();
  return globalForLive.claimdeskLive.hub;
}

/** For tests and shutdown: stops listening and forgets the hub. */
export async function stopLiveHub(): Promise<void> {
  const live = globalForLive.claimdeskLive;
  globalForLive.claimdeskLive = undefined;
  globalForLive.claimdeskStreamSlots = undefined;
  await live?.listener.stop();
}
