import "server-only";
import { getDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { canReadArticles, hasRole } from "@/lib/policies/permissions";
import type { ColleagueView } from "@/lib/views/person";

/** Everyone active in the workspace, by name: whom a comment can mention, who can be assigned claims. No emails. */
export async function listPeople({ actor }: { actor: Actor }): Promise<ColleagueView[]> {
  if (!canReadArticles(actor)) throw new ForbiddenError();
  const users = await getDb().user.findMany({ where: { disabledAt: null }, select: { id: true, name: true, role: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return users.map(({ id, name, role }) => ({ id, name, canReview: hasRole({ role }, "reviewer") }));
}
