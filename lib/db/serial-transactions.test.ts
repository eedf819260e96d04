import { describe, expect, it } from "vitest";
import type { SqlQuery, SqlResultSet, Transaction } from "@prisma/driver-adapter-utils";
import { inTurn } from "./serial-transactions";

const query = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

/** A transaction whose queries take `delayMs` each, counting how many run at once. */
function fakeTransaction(delayMs: number) {
  const seen = { running: 0, mostAtOnce: 0, order: [] as string[] };
  const run = async (sql: string) => {
    seen.running += 1;
    seen.mostAtOnce = Math.max(seen.mostAtOnce, seen.running);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    seen.running -= 1;
    seen.order.push(sql);
    if (sql === "FAIL") throw new Error("query failed");
  };
  const transaction = {
    queryRaw: async ({ sql }: SqlQuery): Promise<SqlResultSet> => {
      await run(sql);
      return { columnNames: ["sql"], columnTypes: [], rows: [[sql]] };
    },
    executeRaw: async ({ sql }: SqlQuery) => {
      await run(sql);
      return 1;
    },
  } as unknown as Transaction;
  return { transaction, seen };
}

describe("inTurn", () => {
  it("sends a transaction's concurrent queries one at a time, in the order they were asked, each with its own result", async () => {
    const { transaction, seen } = fakeTransaction(5);
    const tx = inTurn(transaction);
    const results = await Promise.all([tx.queryRaw(query("a")), tx.executeRaw(query("b")), tx.queryRaw(query("c"))]);
    expect(seen.mostAtOnce).toBe(1);
    expect(seen.order).toEqual(["a", "b", "c"]);
    expect(results).toEqual([{ columnNames: ["sql"], columnTypes: [], rows: [["a"]] }, 1, { columnNames: ["sql"], columnTypes: [], rows: [["c"]] }]);
  });

  it("lets the next query run after one fails, and hands the failure to its own caller", async () => {
    const { transaction, seen } = fakeTransaction(1);
    const tx = inTurn(transaction);
    const [failed, next] = await Promise.allSettled([tx.queryRaw(query("FAIL")), tx.queryRaw(query("after"))]);
    expect(failed).toMatchObject({ status: "rejected", reason: new Error("query failed") });
    expect(next).toMatchObject({ status: "fulfilled" });
    expect(seen.order).toEqual(["FAIL", "after"]);
  });
});
