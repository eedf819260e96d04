import type { ReactNode } from "react";
import { AppHeader } from "@/components/ui/AppHeader";
import { requirePageActor } from "@/lib/auth/session";
import { countMyWork } from "@/lib/data/work/list-my-work";

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor("/");
  const workCount = await countMyWork({ actor });
  return (
    <>
      <AppHeader actor={actor} workCount={workCount} />
      <main id="main">{children}</main>
    </>
  );
}
