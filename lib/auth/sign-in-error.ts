/** The error next-auth's `signIn()` hands the form when sign-in is refused for too many failures: `TooManyAttempts:<seconds>`. */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

/** The wait a sign-in error names, in seconds, if it is such a refusal. */
export function waitOfSignInError(error: string | null | undefined): number | null {
  const match = /^TooManyAttempts:(\d+)$/.exec(error ?? "");
  return match ? Number(match[1]) : null;
}

/** "Try again in 40 seconds" / "in 3 minutes". */
export function waitInWords(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
