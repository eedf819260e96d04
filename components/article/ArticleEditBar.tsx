"use client";

import styles from "./ArticleEditBar.module.css";

type Props = {
  isEditing: boolean;
  isSaving: boolean;
  error: string | null;
  onStart: () => void;
  onSave: () => void;
  onCancel: () => void;
};

/** Editors switch the article into edit mode explicitly; saving re-anchors every claim. */
export function ArticleEditBar({ isEditing, isSaving, error, onStart, onSave, onCancel }: Props) {
  return (
    <div className={isEditing ? `${styles.bar} ${styles.editing}` : styles.bar} role="region" aria-label="Article editing">
      {isEditing ? (
        <>
          <span className={styles.note}>Editing the article text. Claims will follow your changes when you save.</span>
          <button type="button" className="button button-primary" onClick={onSave} disabled={isSaving}>
            {isSaving ? "Saving and re-anchoring…" : "Save changes"}
          </button>
          <button type="button" className="button" onClick={onCancel} disabled={isSaving}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={onStart}>
          Edit text
        </button>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
