"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { PersonView } from "@/lib/views/person";
import { mentionQueryAt, toStoredBody } from "./mention-text";
import styles from "./comments.module.css";

type Props = {
  label: string;
  people: PersonView[];
  initialText?: string;
  initialPicked?: PersonView[];
  submitLabel: string;
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
};

/** A plain-text box; "@" offers the workspace's people by name (arrows, Enter or Tab to pick). */
export function CommentComposer({ label, people, initialText = "", initialPicked = [], submitLabel, onSubmit, onCancel }: Props) {
  const [text, setText] = useState(initialText);
  const [picked, setPicked] = useState<PersonView[]>(initialPicked);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const ids = { box: useId(), list: useId(), error: useId() };
  const matches = query ? people.filter((person) => person.name.toLowerCase().includes(query.query.toLowerCase())).slice(0, 6) : [];

  function handleChange(value: string, caret: number) {
    setText(value);
    setQuery(mentionQueryAt(value, caret));
    setActive(0);
  }

  function pick(person: PersonView) {
    if (!query) return;
    const inserted = `@${person.name} `;
    const next = text.slice(0, query.start) + inserted + text.slice(query.start + query.query.length + 1);
    setText(next);
    setPicked((current) => (current.some((p) => p.id === person.id) ? current : [...current, person]));
    setQuery(null);
    const caret = query.start + inserted.length;
    requestAnimationFrame(() => box.current?.setSelectionRange(caret, caret));
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (matches.length && query) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        setActive((current) => (current + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
        return;
      }
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        pick(matches[active]!);
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        setQuery(null);
        return;
      }
    }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void submit();
  }

  async function submit() {
    if (!text.trim()) {
      setError("Write something first.");
      return;
    }
    setIsSending(true);
    setError(null);
    try {
      await onSubmit(toStoredBody(text.trim(), picked));
      setText("");
      setPicked([]);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Could not send. Try again.");
    } finally {
      setIsSending(false);
    }
  }

  return (
    <div className={`comment-composer ${styles.composer}`}>
      <label htmlFor={ids.box} className="visually-hidden">
        {label}
      </label>
      <textarea
        ref={box}
        id={ids.box}
        rows={2}
        value={text}
        data-dirty={text.trim() !== initialText.trim()}
        placeholder={`${label}… (@ to mention someone)`}
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={ids.list}
        aria-autocomplete="list"
        aria-activedescendant={matches.length ? `${ids.list}-${active}` : undefined}
        aria-describedby={error ? ids.error : undefined}
        onChange={(event) => handleChange(event.target.value, event.target.selectionStart)}
        onKeyDown={handleKeyDown}
        onBlur={() => setTimeout(() => setQuery(null), 150)}
      />
      {matches.length ? (
        <ul id={ids.list} role="listbox" className={styles.mentionList} aria-label="People">
          {matches.map((person, index) => (
            <li
              key={person.id}
              id={`${ids.list}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? styles.active : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(person);
              }}
            >
              {person.name}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <span className="field-error" id={ids.error}>
          {error}
        </span>
      ) : null}
      <div className={styles.composerActions}>
        <button type="button" className="button" disabled={isSending} onClick={() => void submit()}>
          {isSending ? "Sending…" : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="link-button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </div>
  );
}
