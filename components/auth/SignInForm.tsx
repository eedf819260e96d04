"use client";

import { signIn } from "next-auth/react";
import { waitInWords, waitOfSignInError } from "@/lib/auth/sign-in-error";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ZCredentials } from "@/lib/validation/users";

type FieldErrors = Partial<Record<"email" | "password", string>>;

export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = ZCredentials.safeParse({ email: data.get("email"), password: data.get("password") });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) errors[issue.path[0] as keyof FieldErrors] ??= issue.message;
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    setFormError(null);
    setIsPending(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false, callbackUrl: callbackPath });
      if (!result || result.error) {
        const wait = waitOfSignInError(result?.error);
        setFormError(
          wait !== null
            ? `Too many failed sign-ins for this account or network. Try again in ${waitInWords(wait)}.`
            : result?.error === "CredentialsSignin" || !result
              ? "The email or password is incorrect."
              : "Sign-in failed. Try again.",
        );
        return;
      }
      router.replace(callbackPath);
      router.refresh();
    } catch {
      setFormError("Could not reach the server. Check your connection and try again.");
    } finally {
      setIsPending(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-describedby={formError ? "signin-error" : undefined}>
      {formError ? (
        <div id="signin-error" role="alert" className="alert alert-error">
          {formError}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? "email-error" : undefined}
        />
        {fieldErrors.email ? (
          <span id="email-error" className="field-error">
            {fieldErrors.email}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? "password-error" : undefined}
        />
        {fieldErrors.password ? (
          <span id="password-error" className="field-error">
            {fieldErrors.password}
          </span>
        ) : null}
      </div>
      <button type="submit" className="button button-primary" disabled={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
