import { z } from "zod";

/** Ordered from least to most privileged. */
export const ROLES = ["viewer", "reviewer", "editor", "admin"] as const;
export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;

export const ROLE_LABELS: Record<Role, string> = {
  viewer: "Viewer",
  reviewer: "Reviewer",
  editor: "Editor",
  admin: "Admin",
};
