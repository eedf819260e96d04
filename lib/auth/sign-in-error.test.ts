import { describe, expect, it } from "vitest";
import { waitInWords, waitOfSignInError } from "./sign-in-error";

describe("sign-in refusals", () => {
  it("reads the wait from next-auth's error, and nothing from other errors", () => {
    expect(waitOfSignInError("TooManyAttempts:42")).toBe(42);
    expect(waitOfSignInError("CredentialsSignin")).toBeNull();
    expect(waitOfSignInError("TooManyAttempts:soon")).toBeNull();
    expect(waitOfSignInError(undefined)).toBeNull();
  });

  it("says the wait in seconds under a minute and a half, else in minutes", () => {
    expect(waitInWords(1)).toBe("1 second");
    expect(waitInWords(59)).toBe("59 seconds");
    expect(waitInWords(600)).toBe("10 minutes");
  });
});
