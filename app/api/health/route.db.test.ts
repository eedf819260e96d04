import { afterEach, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db/disconnect";
import { GET } from "./route";

const TEST_DATABASE_URL = process.env.DATABASE_URL;
// Port 1 (tcpmux) is never served on the test machines: connections are refused at once.
const CLOSED_PORT_URL = "postgresql://postgres@127.0.0.1:1/x";

describe("GET /api/health (public, no session)", () => {
  afterEach(async () => {
    await disconnectDb();
    process.env.DATABASE_URL = TEST_DATABASE_URL;
  });

  it("answers 200 when the database is reachable", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 503 when the database is unreachable", async () => {
    await disconnectDb();
    process.env.DATABASE_URL = CLOSED_PORT_URL;
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "degraded", database: "unavailable" });
  });
});
