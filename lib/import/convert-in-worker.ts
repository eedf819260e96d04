/**
 * Article bodies are converted in a worker thread (piscina), so a slow import never holds the
 * server: the main thread keeps answering (`/api/health` among others) while Markdown or HTML is
 * parsed. A conversion that runs past its time limit is stopped (its thread is ended and a fresh
 * one started) and the import refused; a full queue is refused at once rather than piling up.
 */
import os from "node:os";
import path from "node:path";
import { MessageChannel } from "node:worker_threads";
import Piscina from "piscina";
import { readEnv } from "@/lib/env";
import type { ArticleDoc } from "@/lib/document/article-document";
import type { ImportBody } from "./body-to-doc";
import type { ConvertResult, ConvertTask, WireResult } from "./convert-body-task";

/** Imports waiting for a thread beyond this are refused as busy. */
const MAX_QUEUED = 16;

let pool: Piscina<ConvertTask, WireResult> | undefined;

function conversionPool(): Piscina<ConvertTask, WireResult> {
  pool ??= new Piscina<ConvertTask, WireResult>({
    // Resolved from the app's folder: the bundler must not move the worker's entry into its chunks.
    filename: path.join(process.cwd(), "lib", "import", "convert-worker.mjs"),
    minThreads: 1,
    // One core stays with the server itself.
    maxThreads: Math.max(1, os.availableParallelism() - 1),
    maxQueue: MAX_QUEUED,
    // A runaway conversion ends its own thread, not the server.
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  return pool;
}

export type ConvertOutcome = ConvertResult | { busy: true };

/** The body converted off the main thread, within CLAIMDESK_IMPORT_TIME_LIMIT_MS of the work starting. */
export async function convertInWorker(body: ImportBody, timeLimitMs = readEnv().CLAIMDESK_IMPORT_TIME_LIMIT_MS): Promise<ConvertOutcome> {
  const { port1: started, port2: startedInWorker } = new MessageChannel();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  started.once("message", () => {
    timer = setTimeout(() => controller.abort(), timeLimitMs);
  });
  try {
    const result = await conversionPool().run({ body, started: startedInWorker }, { transferList: [startedInWorker], signal: controller.signal });
    return "refused" in result ? result : { doc: result.docJson === null ? undefined : (JSON.parse(result.docJson) as ArticleDoc) };
  } catch (error) {
    if (controller.signal.aborted || isOutOfMemory(error)) {
      const seconds = (timeLimitMs / 1000).toLocaleString("en");
      return { refused: { status: 413, message: "The article is too complex to import.", reason: `Converting it took more than ${seconds} s; import it in parts, or as plain text.` } };
    }
    if (error instanceof Error && /queue is at limit/i.test(error.message)) return { busy: true };
    throw error;
  } finally {
    clearTimeout(timer);
    started.close();
  }
}

function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ERR_WORKER_OUT_OF_MEMORY";
}

/** Ends the worker threads (tests and benchmarks that want their process to exit at once). */
export async function closeConversionPool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.destroy();
}
