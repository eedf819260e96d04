import { describe, expect, it, vi } from "vitest";
import { ValidationError } from "@/lib/errors";
import { responseForError } from "./respond";

describe("responseForError", () => {
  it("answers an unreachable database with 503, a clear message and Retry-After", async () => {
    const outage = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" });
    const response = responseForError(outage);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({ error: { code: "unavailable", message: expect.stringMatching(/database is unreachable/) } });
  });

  it("answers a typed error with its own status and a bug with 500", async () => {
    expect(responseForError(new ValidationError("Bad.", { title: ["Required."] })).status).toBe(400);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(responseForError(new Error("a bug")).status).toBe(500);
    log.mockRestore();
  });
});
