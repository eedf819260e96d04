import { describe, expect, it } from "vitest";
import { isSessionFreePath } from "./public-paths";

describe("isSessionFreePath", () => {
  it.each(["/api/articles", "/api/health", "/ns/v1"])("lets %s through to its own handler", (pathname) => {
    expect(isSessionFreePath(pathname)).toBe(true);
  });

  it.each(["/", "/articles", "/articles/x", "/ns", "/nsx/v1", "/apix", "/settings", "/api-docs"])("sends %s through the sign-in check", (pathname) => {
    expect(isSessionFreePath(pathname)).toBe(false);
  });
});
