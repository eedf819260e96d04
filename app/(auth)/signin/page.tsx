import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard, AuthCardNote } from "@/components/auth/AuthCard";
import { SignInForm } from "@/components/auth/SignInForm";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getSessionActor } from "@/lib/auth/session";
import { readEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getSessionActor()) redirect(callbackPath);
  return (
    <AuthCard title="Sign in to Claimdesk" lede="Annotate claims, attach sources, agree on verdicts.">
      <SignInForm callbackPath={callbackPath} />
      {readEnv().CLAIMDESK_DEMO ? (
        <AuthCardNote>
          Demo mode: sign in as <code>reviewer@claimdesk.test</code> (or admin@, editor@, reviewer2@, viewer@) with the password{" "}
          <code>claimdesk-demo</code>.
        </AuthCardNote>
      ) : null}
    </AuthCard>
  );
}
