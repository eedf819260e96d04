import { describe, expect, it } from "vitest";
import { describeMigrations, describeTables, formatBytes, formatDuration } from "./report-lines";

describe("report lines", () => {
  it("formats sizes, durations, tables and migrations for the scripts' summary", () => {
    expect([formatBytes(512), formatBytes(4_457), formatBytes(3 * 1024 * 1024)]).toEqual(["512 B", "4.4 kB", "3.0 MB"]);
    expect([formatDuration(75.4), formatDuration(1_340)]).toEqual(["75 ms", "1.3 s"]);
    expect(describeTables([{ name: "User", rows: 1_200 }, { name: "Event", rows: 3 }])).toBe("2 tables, 1,203 rows: User 1,200, Event 3");
    expect(describeMigrations(["20261126065337_init", "20261201200744_audit_log"])).toBe("migrations up to 20261201200744_audit_log (2)");
  });
});
