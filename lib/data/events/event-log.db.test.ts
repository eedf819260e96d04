import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { buildClaim } from "@/test/factories";
import { checkEventLog } from "./event-log-for-tests";

describe("checkEventLog (run after every data-layer test file by test/db-setup.ts)", () => {
  it("parses the events real writes log", async () => {
    await buildClaim();
    const { count, unparseable } = await checkEventLog();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(unparseable).toEqual([]);
  });

  it("reports a row whose payload does not fit its type, then the row is removed so this file passes", async () => {
    const db = getDb();
    const bad = await db.event.create({ data: { actorId: null, type: "claim.created", payload: { claimId: "not a view" } }, select: { id: true } });
    const unknown = await db.event.create({ data: { actorId: null, type: "claim.teleported", payload: {} }, select: { id: true } });
    try {
      const { unparseable } = await checkEventLog();
      expect(unparseable.map((event) => [event.id, event.type])).toEqual([
        [bad.id.toString(), "claim.created"],
        [unknown.id.toString(), "claim.teleported"],
      ]);
    } finally {
      await db.event.deleteMany({ where: { id: { in: [bad.id, unknown.id] } } });
    }
  });
});
