import { z } from "zod";
import { ZRole } from "./roles";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email is too long.")
  .pipe(z.email("Enter a valid email address."));

export const ZPassword = z.string().min(12, "Use at least 12 characters.").max(1024, "Password is too long.");

export const ZCredentials = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password.").max(1024),
});
export type Credentials = z.infer<typeof ZCredentials>;

export const ZCreateUser = z.object({
  email: ZEmail,
  name: z.string().trim().min(1, "Enter a name.").max(120),
  role: ZRole,
  password: ZPassword,
});
export type CreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUserRole = z.strictObject({ role: ZRole });
export type UpdateUserRole = z.infer<typeof ZUpdateUserRole>;

export const ZUuid = z.uuid("Must be a valid id.");
