import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { buildClaim, buildSource, buildUser } from "@/test/factories";
import { deleteClaim } from "./delete-claim";
import { getClaim } from "./get-claim";

describe("getClaim", () => {
  it.each(["viewer", "reviewer", "editor", "admin"] as const)("returns a live claim with its sources to a %s", async (role) => {
    const claim = await buildClaim();
    const source = await buildSource({ claim });
    await expect(getClaim({ actor: await buildUser({ role }), claimId: claim.id })).resolves.toEqual({
      ...claim,
      sources: [source],
      updatedAt: expect.any(String),
    });
  });

  it.each(["viewer", "reviewer"] as const)("hides a deleted claim from a %s (NotFoundError)", async (role) => {
    const owner = await buildUser();
    const claim = await buildClaim({ actor: owner });
    await deleteClaim({ actor: owner, claimId: claim.id });
    const actor = role === "reviewer" ? owner : await buildUser({ role });
    await expect(getClaim({ actor, claimId: claim.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows a deleted claim to an editor", async () => {
    const owner = await buildUser();
    const claim = await buildClaim({ actor: owner });
    const deleted = await deleteClaim({ actor: owner, claimId: claim.id });
    await expect(getClaim({ actor: await buildUser({ role: "editor" }), claimId: claim.id })).resolves.toEqual(deleted);
  });

  it("throws NotFoundError for an unknown id", async () => {
    await expect(getClaim({ actor: await buildUser({ role: "editor" }), claimId: "0193f3c4-5b6a-7c8d-9e0f-123456789abc" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
