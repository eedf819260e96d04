/** JSON Schema of what a zod schema accepts as input: the one source for documenting request bodies and queries. */
import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

// Dates arrive as strings that z.coerce.date() parses; JSON Schema has no Date, so describe the string.
const DATE_INPUT: JsonSchema = { type: "string", description: "An ISO 8601 date or date-time, e.g. 2026-01-31 or 2026-01-31T09:30:00Z." };

/**
 * `z.toJSONSchema(schema, { io: "input" })` without its `$schema` key: the OpenAPI document declares
 * the dialect once (`jsonSchemaDialect`), and it is the same draft 2020-12.
 */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: ({ zodSchema }) => (zodSchema._zod.def.type === "date" ? DATE_INPUT : "throw"),
  });
  return rest;
}

/** JSON Schema of what a view sends (its output), for documenting responses. */
export function outputJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "output" });
  return rest;
}
