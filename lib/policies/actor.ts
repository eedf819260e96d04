import type { Role } from "@/lib/validation/roles";

/** The signed-in user on whose behalf a request acts. Loaded from the database on every request. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
};
