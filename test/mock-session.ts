/**
 * Chooses who is signed in for route tests. The test file must mock the session module first:
 *   vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));
 */
import { vi } from "vitest";
import type { Actor } from "@/lib/policies/actor";
import { requireActor } from "@/lib/auth/session";
import { UnauthorizedError } from "@/lib/errors";

function mockedRequireActor() {
  if (!vi.isMockFunction(requireActor)) throw new Error('Add vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() })) to the test file.');
  return vi.mocked(requireActor);
}

export function signInAs(actor: Actor): void {
  mockedRequireActor().mockResolvedValue(actor);
}

export function signOut(): void {
  mockedRequireActor().mockRejectedValue(new UnauthorizedError());
}
