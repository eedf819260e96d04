/** What could not be loaded, and a way to try again, in place of the thing itself. */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <p className="field-error" role="alert">
      {message}{" "}
      <button type="button" className="link-button" onClick={onRetry}>
        Try again
      </button>
    </p>
  );
}
