/** JSON responses and the one place where errors become HTTP status codes. */
import { NextResponse } from "next/server";
import { AppError, isDatabaseUnavailable, ServiceUnavailableError, TooManyRequestsError } from "@/lib/errors";
import type { ErrorCode, ErrorView } from "@/lib/views/error";

export function jsonError(status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  // code and message last: details may add fields, never replace these two.
  return NextResponse.json<ErrorView>({ error: { ...extra, code, message } }, { status });
}

export function responseForError(thrown: unknown): NextResponse {
  const error = isDatabaseUnavailable(thrown) ? new ServiceUnavailableError() : thrown;
  if (error instanceof AppError) {
    const response = jsonError(error.status, error.code, error.message, {
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.details ?? {}),
    });
    if (error instanceof TooManyRequestsError || error instanceof ServiceUnavailableError) response.headers.set("Retry-After", String(error.retryAfterSeconds));
    return response;
  }
  console.error("Unexpected error in API route", error);
  return jsonError(500, "internal", "Something went wrong on our side. Nothing was changed; try again.");
}
