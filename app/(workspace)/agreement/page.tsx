import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WorkspaceAgreement } from "@/components/reviews/WorkspaceAgreement";
import { requirePageActor } from "@/lib/auth/session";
import { getWorkspaceAgreement } from "@/lib/data/agreement/get-agreement";
import { canSeeWorkspaceAgreement } from "@/lib/policies/permissions";

export const metadata: Metadata = { title: "Agreement" };

export default async function AgreementPage() {
  const actor = await requirePageActor("/agreement");
  if (!canSeeWorkspaceAgreement(actor)) notFound();
  return <WorkspaceAgreement agreement={await getWorkspaceAgreement({ actor })} />;
}
