import { z } from "zod";

/** Somebody named on a record (author, assignee, who added a source). */
export const ZPersonView = z.object({ id: z.uuid(), name: z.string() });
export type PersonView = z.infer<typeof ZPersonView>;

/** Somebody in the workspace, and whether they check claims (reviewer or above: who can be assigned one). */
export const ZColleagueView = ZPersonView.extend({ canReview: z.boolean() });
export type ColleagueView = z.infer<typeof ZColleagueView>;

/** GET /api/people: everyone active, by name (whom a comment can mention, whom a claim can be assigned to). */
export const ZPeopleAnswer = z.object({ people: z.array(ZColleagueView) });

/** An ISO 8601 time in UTC, as every view sends times. */
export const ZTimestamp = z.iso.datetime();
