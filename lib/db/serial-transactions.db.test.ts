import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { updateClaim } from "@/lib/data/claims/update-claim";
import { buildClaim, buildUser } from "@/test/factories";

describe("transactions on the Prisma client", () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
  beforeEach(() => process.on("warning", onWarning));
  afterEach(() => process.off("warning", onWarning));

  it("read a claim's relations inside a transaction without two queries on one connection at once (pg's deprecation)", async () => {
    const owner = await buildUser({ role: "reviewer" });
    const claim = await buildClaim({ actor: owner });
    // updateClaim re-reads the claim with its sources, author and assignee inside its transaction:
    // the shape whose relation loads Prisma runs side by side.
    await updateClaim({ actor: owner, claimId: claim.id, input: { version: claim.version, summary: "Checked" } });
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
    expect(warnings.filter((warning) => warning.includes("already executing a query"))).toEqual([]);
  });
});
