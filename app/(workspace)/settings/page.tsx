import type { Metadata } from "next";
import Link from "next/link";
import { ApiTokens } from "@/components/settings/ApiTokens";
import { requirePageActor } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/data/tokens/list-api-tokens";
import { ROLE_LABELS } from "@/lib/validation/roles";
import { createToken, revokeToken } from "./actions";
import settings from "@/components/settings/settings.module.css";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requirePageActor("/settings");
  const tokens = await listApiTokens({ actor });
  return (
    <>
      <h1 className="page-title">Settings</h1>
      <section className={settings.section} aria-labelledby="api-tokens-title">
        <h2 id="api-tokens-title">API tokens</h2>
        <p className="muted">
          A token lets a script call the JSON API as you, with your role ({ROLE_LABELS[actor.role]}): send it as{" "}
          <code>Authorization: Bearer &lt;token&gt;</code>. Revoke a token when it is no longer needed or may have leaked. See the{" "}
          <Link href="/api-docs">API reference</Link>.
        </p>
        <ApiTokens tokens={tokens} onCreate={createToken} onRevoke={revokeToken} />
      </section>
    </>
  );
}
