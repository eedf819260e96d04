/** Test data built through the data layer, so tests exercise the same code paths as the app. */
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { createArticle } from "@/lib/data/articles/create-article";
import { insertUserAsSystem } from "@/lib/data/users/insert-user";
import type { NewArticle } from "@/lib/validation/articles";
import type { Role } from "@/lib/validation/roles";

export const TEST_PASSWORD = "correct horse battery staple";

export function buildUser(overrides: { role?: Role; email?: string; name?: string; password?: string } = {}): Promise<Actor> {
  const role = overrides.role ?? "reviewer";
  const email = overrides.email ?? `${role}-${randomBytes(4).toString("hex")}@example.test`;
  return insertUserAsSystem({ email, name: overrides.name ?? `Test ${role}`, role, password: overrides.password ?? TEST_PASSWORD });
}

export async function buildArticle(overrides: Partial<NewArticle> & { actor?: Actor } = {}) {
  const { actor, ...input } = overrides;
  return createArticle({
    actor: actor ?? (await buildUser({ role: "editor" })),
    input: {
      title: "A test article",
      paragraphs: ["The first paragraph makes a claim.", "The second paragraph adds context."],
      ...input,
    },
  });
}
