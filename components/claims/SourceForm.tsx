"use client";

import { useState, type FormEvent } from "react";
import { ZCreateSource, type CreateSource } from "@/lib/validation/claims";
import { STANCE_LABELS, STANCES, type Stance } from "@/lib/validation/verdicts";
import type { SourceView } from "@/lib/views/source";
import shared from "./claims.module.css";
import choices from "@/components/ui/choice-group.module.css";

/** The stance starts unchosen (a preset would nudge the verdict); the form asks for one. */
type Values = { url: string; title: string; publisher: string; excerpt: string; stance: Stance | "" };

const EMPTY: Values = { url: "", title: "", publisher: "", excerpt: "", stance: "" };

/** Add or edit a source. The values stay put until the server has accepted them. */
export function SourceForm({
  source,
  idPrefix,
  onSubmit,
  onCancel,
}: {
  source?: SourceView;
  idPrefix: string;
  onSubmit: (input: CreateSource) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const [initial] = useState<Values>(() => ({
    url: source?.url ?? "",
    title: source?.title ?? "",
    publisher: source?.publisher ?? "",
    excerpt: source?.excerpt ?? "",
    stance: source?.stance ?? "",
  }));
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isSaving, setIsSaving] = useState(false);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZCreateSource.safeParse(values);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setErrors({});
    setIsSaving(true);
    const saved = await onSubmit(parsed.data);
    setIsSaving(false);
    if (saved && !source) setValues(EMPTY);
  }

  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <form className={`source-form ${shared.cardForm}`} onSubmit={handleSubmit} noValidate data-dirty={JSON.stringify(values) !== JSON.stringify(initial)}>
      <div className="field">
        <label htmlFor={id("url")}>Source URL</label>
        <input
          id={id("url")}
          type="url"
          inputMode="url"
          value={values.url}
          onChange={(e) => set("url", e.target.value)}
          placeholder="https://…"
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={errors.url ? id("url-error") : undefined}
        />
        {errors.url ? (
          <span className="field-error" id={id("url-error")}>
            {errors.url}
          </span>
        ) : null}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id("title")}>Title</label>
          <input id={id("title")} value={values.title} onChange={(e) => set("title", e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={id("publisher")}>Publisher</label>
          <input id={id("publisher")} value={values.publisher} onChange={(e) => set("publisher", e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={id("excerpt")}>Evidence quote</label>
        <textarea id={id("excerpt")} rows={2} value={values.excerpt} onChange={(e) => set("excerpt", e.target.value)} placeholder="The passage of the source that bears on the claim" />
      </div>
      <fieldset className={choices.choices} aria-invalid={errors.stance ? true : undefined} aria-describedby={errors.stance ? id("stance-error") : undefined}>
        <legend>Stance</legend>
        {STANCES.map((stance) => (
          <label key={stance}>
            <input type="radio" name={id("stance")} value={stance} checked={values.stance === stance} onChange={() => set("stance", stance)} />{" "}
            {STANCE_LABELS[stance]}
          </label>
        ))}
        {errors.stance ? (
          <span className="field-error" id={id("stance-error")}>
            {errors.stance}
          </span>
        ) : null}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={isSaving}>
        {isSaving ? "Saving…" : source ? "Save source" : "Add source"}
      </button>{" "}
      {onCancel ? (
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </form>
  );
}
