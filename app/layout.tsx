import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import "@/components/claims/verdict-palette.css";
import { Toasts } from "@/components/ui/Toasts";

// Every page is rendered per request: its inline scripts carry that request's CSP nonce (proxy.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Claimdesk", template: "%s · Claimdesk" },
  description: "A fact-check annotation workspace.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
        <Toasts />
      </body>
    </html>
  );
}
