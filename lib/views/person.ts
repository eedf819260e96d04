import { z } from "zod";

/** Somebody named on a record (author, assignee, who added a source). */
export const ZPersonView = z.object({ id: z.uuid(), name: z.string() });
export type PersonView = z.infer<typeof ZPersonView>;

/** GET /api/people: everyone active, by name (whom a comment can mention). */
export const ZPeopleAnswer = z.object({ people: z.array(ZPersonView) });

/** An ISO 8601 time in UTC, as every view sends times. */
export const ZTimestamp = z.iso.datetime();
