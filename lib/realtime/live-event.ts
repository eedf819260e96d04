/**
 * What the live stream sends for an event: `{ type, actor, at, ...payload }` as the `data:` of an
 * SSE message whose `id:` is the Event row's id and whose `event:` is the type. The payload holds
 * the same views the REST API answers with.
 */
import { z } from "zod";
import { ZPersonView, ZTimestamp, type PersonView } from "@/lib/views/person";
import { ZAppEvent, type AppEvent } from "./events";

type Flatten<E> = E extends AppEvent ? { type: E["type"]; actor: PersonView | null; at: string } & E["payload"] : never;
/** One event as the stream's `data:` carries it. */
export type LiveEventData = Flatten<AppEvent>;

/** One event of the stream: its position in the log, and its data. */
export type LiveEvent = { id: string; data: LiveEventData };

/** Parses a stream message's data (the browser does, on every message). */
const liveOptions = ZAppEvent.options.map((option) =>
  option.shape.payload.extend({ type: option.shape.type, actor: ZPersonView.nullable(), at: ZTimestamp }),
);
export const ZLiveEventData = z.discriminatedUnion("type", liveOptions as [(typeof liveOptions)[number], ...typeof liveOptions]) as unknown as z.ZodType<LiveEventData>;

/** `{ type, payload }` as the log stores it, with who and when, as the stream sends it. */
export function toLiveEventData(event: AppEvent, actor: PersonView | null, at: Date): LiveEventData {
  return { type: event.type, actor, at: at.toISOString(), ...event.payload } as LiveEventData;
}
