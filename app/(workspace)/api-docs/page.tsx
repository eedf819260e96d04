import type { Metadata } from "next";
import Link from "next/link";
import { ApiOperation } from "@/components/api-docs/ApiOperation";
import { DocText } from "@/components/api-docs/DocText";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { outlineOpenApiDocument } from "@/lib/api/openapi-outline";
import { requirePageActor } from "@/lib/auth/session";
import styles from "@/components/api-docs/api-docs.module.css";

export const metadata: Metadata = { title: "API reference" };

export default async function ApiDocsPage() {
  await requirePageActor("/api-docs");
  const document = buildOpenApiDocument();
  const groups = outlineOpenApiDocument(document);
  return (
    <div className={styles.docs}>
      <h1 className="page-title">API reference</h1>
      <p>
        Every route of the JSON API. Authenticate with an API token from <Link href="/settings">Settings</Link>, sent as{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>, or with the session cookie of a signed-in browser. The machine-readable description
        is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI {document.openapi}).
      </p>
      <p className="muted">
        <DocText text={document.info.description.split("\n\n").at(-1) ?? ""} /> “Who may call it” names the lowest role allowed:
        reviewer+ means reviewers, editors and admins.
      </p>
      <nav aria-label="API sections" className={styles.toc}>
        <ul>
          {groups.map((group) => (
            <li key={group.name}>
              <a href={`#${group.name.toLowerCase()}`}>{group.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.name} id={group.name.toLowerCase()} aria-labelledby={`${group.name.toLowerCase()}-title`} className={styles.group}>
          <h2 id={`${group.name.toLowerCase()}-title`}>{group.name}</h2>
          <p className="muted">
            <DocText text={group.description} />
          </p>
          {group.operations.map((operation) => (
            <ApiOperation key={operation.id} operation={operation} />
          ))}
        </section>
      ))}
    </div>
  );
}
