"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { ZArticleEditAnswer, type ArticleView } from "@/lib/views/article";
import { articleSourceErrorsFrom, readArticleSource, type ArticleSourceErrors, type ArticleSourceField } from "./article-source-input";
import styles from "./ArticleSourceForm.module.css";

type Props = {
  article: Pick<ArticleView, "id" | "version" | "sourceUrl" | "language">;
  onSaved: (article: ArticleView) => void;
};

const LABELS: Record<ArticleSourceField, string> = { sourceUrl: "Source URL", language: "Language" };
const HINTS: Record<ArticleSourceField, string> = {
  sourceUrl: "Where the article was published (http or https). The ClaimReview export names it as where the claims appeared; without it, it names none.",
  language: "A BCP 47 tag such as en, ar or pt-BR: the exports label the desk's notes with it, and mark right-to-left text.",
};

/** Editors set where the article was published and its language, which the exports carry; saving them makes no new version. */
export function ArticleSourceForm({ article, onSaved }: Props) {
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [errors, setErrors] = useState<ArticleSourceErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const toggleRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const focusFirstInvalid = (found: ArticleSourceErrors) => {
    const first = (["sourceUrl", "language"] as const).find((field) => found[field]);
    if (first) formRef.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const read = readArticleSource({ sourceUrl: String(data.get("sourceUrl") ?? ""), language: String(data.get("language") ?? "") });
    setFormError(null);
    if ("errors" in read) {
      setErrors(read.errors);
      focusFirstInvalid(read.errors);
      return;
    }
    setErrors({});
    setIsSaving(true);
    try {
      const { article: saved } = await apiFetch(`/api/articles/${article.id}`, { method: "PATCH", body: { version: article.version, ...read.input }, answer: ZArticleEditAnswer });
      onSaved(saved);
      setIsOpen(false);
      setStatus("Source and language saved.");
      toggleRef.current?.focus();
    } catch (error) {
      const fromServer = error instanceof ApiError ? articleSourceErrorsFrom(error.fields) : {};
      setErrors(fromServer);
      setFormError(error instanceof ApiError ? error.message : "Could not save the source and language. Try again.");
      focusFirstInvalid(fromServer);
    } finally {
      setIsSaving(false);
    }
  }

  function handleCancel() {
    setIsOpen(false);
    setErrors({});
    setFormError(null);
    toggleRef.current?.focus();
  }

  const field = (name: ArticleSourceField, input: { type: "url" | "text"; value: string | null; placeholder: string }) => {
    const hintId = `${id}-${name}-hint`;
    const errorId = `${id}-${name}-error`;
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{LABELS[name]}</label>
        <input
          id={`${id}-${name}`}
          name={name}
          type={input.type}
          defaultValue={input.value ?? ""}
          placeholder={input.placeholder}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={errors[name] ? `${errorId} ${hintId}` : hintId}
          {...(name === "language" ? { autoCapitalize: "none", spellCheck: false } : {})}
        />
        {errors[name] ? (
          <span className="field-error" id={errorId}>
            {errors[name]}
          </span>
        ) : null}
        <span className="field-hint muted" id={hintId}>
          {HINTS[name]}
        </span>
      </div>
    );
  };

  return (
    <div className={styles.source}>
      <button ref={toggleRef} type="button" className="button button-quiet" aria-expanded={isOpen} aria-controls={`${id}-form`} onClick={() => (isOpen ? handleCancel() : setIsOpen(true))}>
        Source and language
      </button>
      <span className="visually-hidden" role="status">
        {status}
      </span>
      {isOpen ? (
        <form ref={formRef} id={`${id}-form`} className={styles.form} aria-label="Article source and language" onSubmit={(event) => void handleSubmit(event)} noValidate>
          {formError ? (
            <p className="field-error" role="alert">
              {formError}
            </p>
          ) : null}
          <div className="field-row">
            {field("sourceUrl", { type: "url", value: article.sourceUrl, placeholder: "https://…" })}
            {field("language", { type: "text", value: article.language, placeholder: "en" })}
          </div>
          <div className={styles.actions}>
            <button type="submit" className="button button-primary" disabled={isSaving}>
              {isSaving ? "Saving…" : "Save source and language"}
            </button>
            <button type="button" className="button" onClick={handleCancel} disabled={isSaving}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
