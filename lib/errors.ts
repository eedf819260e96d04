/** Typed errors thrown by the data layer; lib/api/respond.ts turns them into HTTP responses. */
import type { ErrorCode } from "@/lib/views/error";

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Sign in to continue.") {
    super(401, "unauthorized", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Your role does not allow this.") {
    super(403, "forbidden", message);
  }
}

export class NotFoundError extends AppError {
  constructor(what = "Resource") {
    super(404, "not_found", `${what} not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(409, "conflict", message, undefined, details);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fields: FieldErrors, status = 400) {
    super(status, "invalid_input", message, fields);
  }
}

/** Over a limit (open live streams, say); `retryAfterSeconds` goes out as `Retry-After`. */
export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, "too_many_requests", message);
  }
}
