/** The errors a real unreachable database gives are the ones lib/errors.ts recognises (and answers 503). */
import { afterAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/errors";
import { disconnectDb, getDb } from "./client";

describe("an unreachable database", () => {
  const previous = process.env.DATABASE_URL;
  afterAll(async () => {
    await disconnectDb();
    process.env.DATABASE_URL = previous;
  });

  it("fails every kind of query with an error recognised as the database being unavailable", async () => {
    await disconnectDb();
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/claimdesk";
    const db = getDb();
    const failures = await Promise.all(
      [() => db.$queryRaw`SELECT 1`, () => db.user.findMany({ take: 1 }), () => db.$transaction((tx) => tx.user.count())].map((query) =>
        query().then(
          () => null,
          (error: unknown) => error,
        ),
      ),
    );
    expect(failures.every((error) => error !== null)).toBe(true);
    expect(failures.map((error) => isDatabaseUnavailable(error))).toEqual([true, true, true]);
  });

  it("is not confused with a bug", () => {
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002", meta: { target: ["slug"] } })).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("is recognised from node-postgres and Postgres' own shutdown codes too", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    // A pooled connection the server ended, used before the pool noticed; Prisma wraps it without a code.
    expect(isDatabaseUnavailable(Object.assign(new Error("Client has encountered a connection error and is not queryable"), { clientVersion: "7.10.1" }))).toBe(true);
  });
});
