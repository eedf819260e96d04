import { describe, expect, it } from "vitest";
import { toLibpqConnection } from "./libpq-connection";

describe("toLibpqConnection", () => {
  it("moves the password to PGPASSWORD and drops parameters libpq does not know", () => {
    const { url, env } = toLibpqConnection("postgresql://app:s%40cret@db.example:6543/claimdesk?sslmode=require&schema=public&connection_limit=5");
    expect(url).toBe("postgresql://app@db.example:6543/claimdesk?sslmode=require");
    expect(env).toEqual({ PGPASSWORD: "s@cret" });
    expect(toLibpqConnection("postgresql://postgres@127.0.0.1:5432/x").env).toEqual({});
  });
});
