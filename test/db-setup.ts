import { afterAll } from "vitest";
import { checkEventLog } from "@/lib/data/events/event-log-for-tests";
import { disconnectDb } from "@/lib/db/disconnect";
import { createTestDatabase } from "./test-database";

const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  try {
    await expectEveryEventToParse();
  } finally {
    await disconnectDb();
    await database.drop();
  }
});

/**
 * Every Event row a data-layer test file wrote must fit the event union (lib/realtime/events.ts):
 * the live stream and the activity feed will read them. A file whose writes log a payload of the
 * wrong shape fails here, naming the event.
 */
async function expectEveryEventToParse() {
  const { unparseable } = await checkEventLog();
  if (unparseable.length > 0) {
    const list = unparseable.slice(0, 5).map((event) => `#${event.id} ${event.type}: ${event.problem}`);
    throw new Error(`${unparseable.length} event(s) in the log do not fit the event union:\n${list.join("\n")}`);
  }
}
