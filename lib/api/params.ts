import { z } from "zod";

/** Route parameters: a malformed id is simply a resource that does not exist (404). */
export const ZIdParams = z.object({ id: z.uuid() });
