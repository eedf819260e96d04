import { z } from "zod";
import { ZUuid } from "./users";

const ZBody = z.string().trim().min(1, "Write something first.").max(10_000, "At most 10,000 characters.");

/** POST /api/claims/:id/comments: a comment, or a reply to one (one level deep). */
export const ZCreateComment = z.object({ body: ZBody, parentId: ZUuid.optional() }).strict();
export type CreateComment = z.infer<typeof ZCreateComment>;

/** PATCH /api/comments/:id: the version read, and a new body and/or the thread resolved or reopened. */
export const ZUpdateComment = z
  .object({ version: z.number().int().min(1), body: ZBody.optional(), resolved: z.boolean().optional() })
  .strict()
  .refine((input) => input.body !== undefined || input.resolved !== undefined, { path: ["body"], message: "Give a new body, or resolved." });
export type UpdateComment = z.infer<typeof ZUpdateComment>;

/** POST /api/me/mentions/seen: I have seen the mentions of me on this claim. */
export const ZMarkMentionsSeen = z.object({ claimId: ZUuid }).strict();
