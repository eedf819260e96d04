import { describe, expect, it } from "vitest";
import { parseToolVersion } from "./pg-tools";

describe("parseToolVersion", () => {
  it("reads the major from Debian's, Homebrew's and a development build's --version", () => {
    expect(parseToolVersion("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n")).toEqual({ version: "15.20", major: 15 });
    expect(parseToolVersion("pg_restore (PostgreSQL) 17.2 (Homebrew)\n")).toEqual({ version: "17.2", major: 17 });
    expect(parseToolVersion("pg_dump (PostgreSQL) 18devel\n")).toEqual({ version: "18", major: 18 });
    expect(parseToolVersion("command not found")).toBeUndefined();
  });
});
