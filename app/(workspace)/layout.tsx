import type { ReactNode } from "react";
import { AppHeader } from "@/components/ui/AppHeader";
import { requirePageActor } from "@/lib/auth/session";

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor("/");
  return (
    <>
      <AppHeader actor={actor} />
      <main id="main">{children}</main>
    </>
  );
}
