import type { OutlinedOperation } from "@/lib/api/openapi-outline";
import { DocText } from "./DocText";
import styles from "./api-docs.module.css";

/** One operation of the API reference: method and path, who may call it, parameters, body schema, answers. */
export function ApiOperation({ operation }: { operation: OutlinedOperation }) {
  const titleId = `op-${operation.id}`;
  return (
    <article className={styles.operation} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        <span className={styles.method} data-method={operation.method}>{operation.method.toUpperCase()}</span> <code>{operation.path}</code>
        <span className={styles.summary}>{operation.summary}</span>
      </h3>
      {operation.description ? (
        <p>
          <DocText text={operation.description} />
        </p>
      ) : null}
      <dl className={styles.facts}>
        <dt>Who may call it</dt>
        <dd>
          {operation.isPublic ? "Anyone, without signing in" : <DocText text={operation.access} />}
        </dd>
        {operation.parameters.length ? (
          <>
            <dt>Parameters</dt>
            <dd>
              <ul className={styles.list}>
                {operation.parameters.map((parameter) => (
                  <li key={`${parameter.in}-${parameter.name}`}>
                    <code>{parameter.name}</code> <span className="muted">({parameter.in}{parameter.required ? ", required" : ""})</span>{" "}
                    <code className={styles.inlineSchema}>{JSON.stringify(parameter.schema)}</code>
                    {parameter.description ? (
                      <>
                        {" "}— <DocText text={parameter.description} />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>Answers</dt>
        <dd>
          <ul className={styles.list}>
            {operation.responses.map((response) => (
              <li key={response.status}>
                <strong>{response.status}</strong> <DocText text={response.description} />
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {operation.requestSchema ? (
        <div className={styles.body}>
          <h4>Request body (application/json)</h4>
          <pre tabIndex={0} aria-label={`Request body schema of ${operation.method.toUpperCase()} ${operation.path}`}>
            <code>{JSON.stringify(operation.requestSchema, null, 2)}</code>
          </pre>
        </div>
      ) : null}
    </article>
  );
}
