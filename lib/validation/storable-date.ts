import { z } from "zod";

const MESSAGE = "A date between the years 1 and 9999.";

/**
 * A date Postgres can store and JavaScript can read: years 1 to 9999 (Postgres has no year 0 and
 * nothing past 294276; JavaScript nothing past 275760). Anything else is a 400 naming the field,
 * not a database error.
 */
export const ZStorableDate = z.coerce.date().min(new Date("0001-01-01T00:00:00Z"), MESSAGE).max(new Date("9999-12-31T23:59:59.999Z"), MESSAGE);
