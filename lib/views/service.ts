import { z } from "zod";

/** GET /api/health: 200 with "ok", 503 with "degraded" when the database does not answer. */
export const ZHealthView = z.object({ status: z.enum(["ok", "degraded"]), database: z.enum(["ok", "unavailable"]) });
export type HealthView = z.infer<typeof ZHealthView>;

/** GET /api/openapi.json: an OpenAPI 3.1 document (its parts are OpenAPI's, not restated here). */
export const ZOpenApiDocumentView = z.looseObject({
  openapi: z.literal("3.1.0"),
  info: z.looseObject({ title: z.string(), version: z.string(), license: z.looseObject({ name: z.string() }) }),
  servers: z.array(z.looseObject({ url: z.string() })).min(1),
  paths: z.record(
    z.string(),
    z.record(
      z.string(),
      z.looseObject({
        operationId: z.string(),
        responses: z.record(z.string(), z.looseObject({ description: z.string().optional(), $ref: z.string().optional() })),
      }),
    ),
  ),
});
