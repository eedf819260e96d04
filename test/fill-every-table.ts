/**
 * Puts rows in every table through the data layer, with values that are awkward to copy: tabs,
 * newlines, backslashes (`\N`, `\.`), quotes, braces and commas in arrays, emoji, nested JSON.
 */
import { seedDemo } from "@/lib/data/demo/seed-demo";
import { createComment } from "@/lib/data/comments/create-comment";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { recordFailedSignIn } from "@/lib/data/auth/sign-in-throttle";
import { setPresence } from "@/lib/data/presence/article-presence";
import { recordReview } from "@/lib/data/reviews/record-review";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { startUserSession } from "@/lib/data/users/user-sessions";
import { docFromParagraphs } from "@/lib/document/article-document";
import { buildArticle, buildClaim, buildSource, buildUser } from "./factories";

export const AWKWARD_TEXT = 'tab\there, newline\nthere, \\N and \\. and \\\\ backslashes, "quotes", {braces}, a,b, NULL, Zoë 🦀';

export async function fillEveryTable(): Promise<void> {
  await seedDemo();
  const editor = await buildUser({ role: "editor", name: "Zoë \"Z\" O'Neil \\ ✓" });
  const reviewer = await buildUser({ role: "reviewer" });
  const article = await buildArticle({
    actor: editor,
    title: "Backslashes \\N, tabs\tand 🦀",
    doc: docFromParagraphs(["The first paragraph says prices rose 42%.", `The second one is awkward: ${AWKWARD_TEXT}`]),
  });
  const claim = await buildClaim({ actor: reviewer, article, claimant: AWKWARD_TEXT, summary: AWKWARD_TEXT, tags: ["a,b", "{brace}", '"quote"', "NULL", "back\\slash", "ünï 🦀"] });
  await buildSource({ actor: reviewer, claim, excerpt: AWKWARD_TEXT, stance: "refutes" });
  await recordReview({ actor: reviewer, claimId: claim.id, input: { rating: "mostly-false", rationale: AWKWARD_TEXT } });
  const thread = await createComment({
    actor: reviewer,
    claimId: claim.id,
    input: { body: `Have a look, @{${editor.id}}: ${AWKWARD_TEXT}` },
    idempotency: { key: "backup-test-comment", fingerprint: "fingerprint-1" },
  });
  await createComment({ actor: editor, claimId: claim.id, input: { body: "A reply.", parentId: thread.id } });
  await setPresence({ actor: reviewer, articleId: article.id, claimId: claim.id });
  await startUserSession({ userId: reviewer.id, maxAgeSeconds: 3600 });
  await createApiToken({ actor: editor, input: { name: "CI ✓" } });
  await recordFailedSignIn({ email: "nobody@example.test", address: "203.0.113.9" });
  await recordAudit({ action: "sign_in_failed", email: AWKWARD_TEXT, address: "2001:db8::1" });
}
