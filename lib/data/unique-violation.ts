import "server-only";

import { Prisma } from "@/lib/db/generated/client";

/** True for a unique-constraint violation (Prisma's P2002): the race our "already exists" checks cannot close. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
