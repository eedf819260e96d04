import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { detectFormatFromBytes } from "./detect-backup-format";

describe("detectFormatFromBytes", () => {
  it("tells a logical backup (gzip) from a pg_dump custom-format archive", () => {
    expect(detectFormatFromBytes(gzipSync("{}\n"))).toBe("logical");
    expect(detectFormatFromBytes(Buffer.from("PGDMP\x01\x0f\x00"))).toBe("pg_dump");
  });

  it("names a plain SQL dump, an empty file and anything else", () => {
    expect(() => detectFormatFromBytes(Buffer.from("--\n-- PostgreSQL database dump\n"))).toThrow(/plain SQL dump .* psql/);
    expect(() => detectFormatFromBytes(Buffer.alloc(0))).toThrow(/empty/);
    expect(() => detectFormatFromBytes(Buffer.from("PK\x03\x04"))).toThrow(/not a Claimdesk backup/);
  });
});
