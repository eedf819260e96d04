import "server-only";

import type { Prisma } from "@/lib/db/generated/client";

/** The client a data-layer function gets inside `getDb().$transaction(async (tx) => ...)`. */
export type Tx = Prisma.TransactionClient;
