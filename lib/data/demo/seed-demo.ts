/**
 * Demo data: the demo accounts and the demo article. Only the dev/demo start (embedded database,
 * or SEED_DEMO=1) calls this; a production database never gets these accounts. Safe to run twice.
 */
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/policies/actor";
import { docFromParagraphs } from "@/lib/document/article-document";
import { parseMarkdownArticle } from "@/lib/import/markdown-article";
import { ZNewArticle } from "@/lib/validation/articles";
import type { Role } from "@/lib/validation/roles";
import { createArticle } from "../articles/create-article";
import { insertUserAsSystem } from "../users/insert-user";
import { ACTOR_SELECT, presentActor } from "../users/present-actor";

export const DEMO_PASSWORD = "claimdesk-demo";

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "admin@claimdesk.test", name: "Ada Admin", role: "admin" },
  { email: "editor@claimdesk.test", name: "Eddie Editor", role: "editor" },
  { email: "reviewer@claimdesk.test", name: "Rosa Reviewer", role: "reviewer" },
  { email: "reviewer2@claimdesk.test", name: "Ravi Reviewer", role: "reviewer" },
  { email: "viewer@claimdesk.test", name: "Vera Viewer", role: "viewer" },
];

export const DEMO_ARTICLE_PATH = path.join(process.cwd(), "prisma", "fixtures", "seed-article.md");

async function ensureAccount(account: (typeof DEMO_ACCOUNTS)[number]): Promise<Actor> {
  const existing = await getDb().user.findUnique({ where: { email: account.email }, select: ACTOR_SELECT });
  return existing ? presentActor(existing) : insertUserAsSystem({ ...account, password: DEMO_PASSWORD });
}

export async function seedDemo(): Promise<{ createdArticle: boolean }> {
  const accounts: Actor[] = [];
  for (const account of DEMO_ACCOUNTS) accounts.push(await ensureAccount(account));
  const editor = accounts.find((account) => account.role === "editor");
  if (!editor) throw new Error("The demo accounts include no editor.");

  if ((await getDb().article.count()) > 0) return { createdArticle: false };
  const { paragraphs, ...meta } = parseMarkdownArticle(readFileSync(DEMO_ARTICLE_PATH, "utf8"));
  const input = ZNewArticle.parse({ ...meta, doc: docFromParagraphs(paragraphs) });
  await createArticle({ actor: editor, input });
  return { createdArticle: true };
}
