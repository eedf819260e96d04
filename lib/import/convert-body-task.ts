/**
 * One import's work, done in a worker thread (convert-worker.mjs, driven by convert-in-worker.ts):
 * the body as a checked document, or the reason it is refused. Pure apart from the message that
 * says the work has started, so the caller's time limit counts conversion, not queueing.
 */
import type { MessagePort } from "node:worker_threads";
import { ZArticleDoc } from "@/lib/validation/article-doc";
import type { ArticleDoc } from "@/lib/document/article-document";
import { bodyToDoc, type ImportBody } from "./body-to-doc";
import { ImportTooComplexError } from "./html-to-doc";

export type ConvertTask = { body: ImportBody; started?: MessagePort };

/** `refused.reason` goes out under the body's field; 413 for a body past a limit, 400 for one that cleans to nothing. */
export type ConvertResult = { doc: ArticleDoc | undefined } | { refused: { status: 400 | 413; message: string; reason: string } };

export function convertBody(body: ImportBody): ConvertResult {
  let doc: ArticleDoc | undefined;
  try {
    doc = bodyToDoc(body);
  } catch (error) {
    if (error instanceof ImportTooComplexError) return { refused: { status: 413, message: "The article is too complex to import.", reason: error.message } };
    throw error;
  }
  if (!doc) return { doc: undefined };
  const checked = ZArticleDoc.safeParse(doc);
  if (checked.success) return { doc: checked.data };
  const issue = checked.error.issues[0];
  // The converter writes only valid nodes, so what can fail is the number of blocks.
  const reason = issue && issue.path.length === 1 && issue.path[0] === "content" ? issue.message : "The text is empty once cleaned.";
  return { refused: { status: 400, message: "Some fields are invalid.", reason } };
}

/**
 * What crosses back to the main thread: the document as JSON text. A string is copied in one
 * piece, where cloning a document of 60,000 nodes took the main thread 200 ms to rebuild.
 */
export type WireResult = { docJson: string | null } | Extract<ConvertResult, { refused: unknown }>;

export function runConvertTask({ body, started }: ConvertTask): WireResult {
  started?.postMessage("started");
  started?.close();
  const result = convertBody(body);
  return "refused" in result ? result : { docJson: result.doc ? JSON.stringify(result.doc) : null };
}
