import "server-only";
import { getDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles } from "@/lib/policies/permissions";
import type { PersonView } from "@/lib/views/person";

/** Everyone active in the workspace, by name: whom a comment can mention. Names only, no emails. */
export async function listPeople({ actor }: { actor: Actor }): Promise<PersonView[]> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  return getDb().user.findMany({ where: { disabledAt: null }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}
