import type { Metadata } from "next";
import { MyWork } from "@/components/work/MyWork";
import { requirePageActor } from "@/lib/auth/session";
import { listMyWork } from "@/lib/data/work/list-my-work";

export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage() {
  const actor = await requirePageActor("/me");
  return <MyWork work={await listMyWork({ actor })} />;
}
