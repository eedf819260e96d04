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

/** The database cannot be reached (an outage, a restart): 503 with `Retry-After`, nothing was changed. */
export class ServiceUnavailableError extends AppError {
  constructor(
    message = "The database is unreachable right now, so nothing was changed. Try again in a few seconds.",
    readonly retryAfterSeconds = 5,
  ) {
    super(503, "unavailable", message);
  }
}

/** Prisma's codes for a database it cannot reach, a connection it lost, or a pool it waited on too long. */
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** What the driver adapter reports for the same. */
const UNREACHABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Postgres itself: shutting down, starting up, or the connection failed (classes 08 and 57P). */
const UNREACHABLE_SQLSTATE = /^(08\d{3}|57P0[1-3])$/;
const UNREACHABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
/**
 * The same in words, where no code comes along: node-postgres' own (a connection the server ended,
 * used again; e2e/database-outage.spec.ts met one, answered as a 500), Prisma's, Postgres'.
 */
const UNREACHABLE_MESSAGE =
  /Connection terminated|Client has encountered a connection error and is not queryable|Can't reach database server|terminating connection due to administrator command|the database system is (starting up|shutting down)/i;

/**
 * Whether an error means the database is out of reach, rather than a bug: Prisma's known errors,
 * the driver adapter's, and node-postgres' own (the live stream's LISTEN connection). Duck-typed,
 * so nothing here imports Prisma.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 3) return false;
  const { code, name, message, meta, cause } = error as { code?: unknown; name?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } }; cause?: unknown };
  if (typeof code === "string" && (UNREACHABLE_PRISMA_CODES.has(code) || UNREACHABLE_SQLSTATE.test(code) || UNREACHABLE_SOCKET_CODES.has(code))) return true;
  if (name === "PrismaClientInitializationError") return true;
  const adapterCause = meta?.driverAdapterError?.cause;
  if (adapterCause && (UNREACHABLE_ADAPTER_KINDS.has(String(adapterCause.kind)) || UNREACHABLE_SQLSTATE.test(String(adapterCause.originalCode ?? "")))) return true;
  if (typeof message === "string" && UNREACHABLE_MESSAGE.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
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
