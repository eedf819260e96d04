"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent, useRef } from "react";
import { ApiError, apiFetch, newIdempotencyKey } from "@/lib/client/api-fetch";
import { ZImportArticle } from "@/lib/validation/articles";
import { ZArticleAnswer } from "@/lib/views/article";
import styles from "./ImportArticleForm.module.css";
import choices from "@/components/ui/choice-group.module.css";

type Format = "text" | "markdown" | "html";
const FORMAT_LABELS: Record<Format, string> = { text: "Plain text", markdown: "Markdown", html: "HTML" };

function formatOfFile(name: string): Format {
  if (/\.(md|markdown)$/i.test(name)) return "markdown";
  if (/\.html?$/i.test(name)) return "html";
  return "text";
}

/** Editors paste or upload an article; HTML is reduced to the editor's schema on the server. */
export function ImportArticleForm() {
  const router = useRouter();
  const [format, setFormat] = useState<Format>("text");
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const importKey = useRef<{ sent: string; key: string } | null>(null);

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setFormat(formatOfFile(file.name));
    setBody(await file.text());
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const optional = (name: string) => (String(data.get(name) ?? "").trim() || undefined);
    const input = {
      title: String(data.get("title") ?? ""),
      sourceUrl: optional("sourceUrl"),
      publisher: optional("publisher"),
      byline: optional("byline"),
      publishedAt: optional("publishedAt"),
      [format]: body,
    };
    const parsed = ZImportArticle.safeParse(input);
    const fieldErrors: Record<string, string> = {};
    if (!parsed.success) for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    if (!body.trim()) fieldErrors.body = "Paste or upload the article text.";
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length) return;
    setIsSaving(true);
    setFormError(null);
    try {
      // Sending the same article again (a retry after a failure) reuses its key: imported once.
      const sent = JSON.stringify(input);
      if (importKey.current?.sent !== sent) importKey.current = { sent, key: newIdempotencyKey() };
      const { article } = await apiFetch("/api/articles", { method: "POST", body: input, idempotencyKey: importKey.current.key, answer: ZArticleAnswer });
      router.push(`/articles/${article.id}`);
    } catch (error) {
      setFormError(error instanceof ApiError ? error.message : "Could not import the article. Try again.");
      if (error instanceof ApiError && error.fields) setErrors(Object.fromEntries(Object.entries(error.fields).map(([key, messages]) => [key, messages[0] ?? ""])));
      setIsSaving(false);
    }
  }

  const error = (name: string) =>
    errors[name] ? (
      <span className="field-error" id={`${name}-error`}>
        {errors[name]}
      </span>
    ) : null;
  const describedBy = (name: string) => (errors[name] ? `${name}-error` : undefined);

  return (
    <form className={styles.form} onSubmit={handleSubmit} noValidate>
      {formError ? (
        <div className="alert alert-error" role="alert">
          {formError}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="title">Title</label>
        <input id="title" name="title" required aria-invalid={errors.title ? true : undefined} aria-describedby={describedBy("title")} />
        {error("title")}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="sourceUrl">Source URL</label>
          <input id="sourceUrl" name="sourceUrl" type="url" placeholder="https://…" aria-describedby={describedBy("sourceUrl")} />
          {error("sourceUrl")}
        </div>
        <div className="field">
          <label htmlFor="publishedAt">Published</label>
          <input id="publishedAt" name="publishedAt" type="date" />
          {error("publishedAt")}
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="publisher">Publisher</label>
          <input id="publisher" name="publisher" />
        </div>
        <div className="field">
          <label htmlFor="byline">Byline</label>
          <input id="byline" name="byline" />
        </div>
      </div>
      <fieldset className={choices.choices}>
        <legend>Body format</legend>
        {(Object.keys(FORMAT_LABELS) as Format[]).map((option) => (
          <label key={option}>
            <input type="radio" name="format" value={option} checked={format === option} onChange={() => setFormat(option)} /> {FORMAT_LABELS[option]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="body">Article body</label>
        <textarea
          id="body"
          rows={14}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          placeholder="Paste the article here: paragraphs separated by a blank line."
          aria-invalid={errors.body || errors.text ? true : undefined}
          aria-describedby={describedBy("body")}
        />
        {error("body")}
        {error(format)}
      </div>
      <div className="field">
        <label htmlFor="file">…or upload a file (.txt, .md, .html)</label>
        <input id="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" onChange={(event) => void handleFile(event)} />
      </div>
      <button type="submit" className="button button-primary" disabled={isSaving}>
        {isSaving ? "Importing…" : "Import and open"}
      </button>
    </form>
  );
}
