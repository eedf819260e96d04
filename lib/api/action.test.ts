import { redirect } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ConflictError } from "@/lib/errors";
import type { Actor } from "@/lib/policies/actor";
import { signInAs, signOut } from "@/test/mock-session";
import { authedAction } from "./action";

vi.mock("@/lib/auth/session", () => ({ requireActor: vi.fn() }));

const editor: Actor = { id: "0193f3c4-5b6a-7c8d-9e0f-123456789abc", email: "e@example.org", name: "Eve Editor", role: "editor" };
const ZRename = z.object({ name: z.string().trim().min(1, "Give a name.") }).strict();

describe("authedAction", () => {
  const handler = vi.fn(async ({ input }: { actor: Actor; input: { name: string } }) => ({ renamed: input.name }));
  const rename = authedAction(ZRename, handler, { fallback: "Could not rename." });

  beforeEach(() => {
    handler.mockClear();
    signInAs(editor);
  });

  it("calls the handler with the actor and the parsed input, and answers ok with what it returned", async () => {
    expect(await rename({ name: "  Desk  " })).toEqual({ ok: true, renamed: "Desk" });
    expect(handler).toHaveBeenCalledWith({ actor: editor, input: { name: "Desk" } });
  });

  it("refuses the signed-out before parsing or calling anything", async () => {
    signOut();
    expect(await rename({ name: "Desk" })).toEqual({ ok: false, message: "Sign in to continue." });
    expect(handler).not.toHaveBeenCalled();
  });

  it("applies the role rule on the server", async () => {
    const adminsOnly = authedAction(ZRename, handler, { allow: (actor) => actor.role === "admin", fallback: "x" });
    expect(await adminsOnly({ name: "Desk" })).toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers bad input with the schema's message and the fields at fault, unknown keys named", async () => {
    expect(await rename({ name: " " })).toEqual({ ok: false, message: "Give a name.", fields: { name: ["Give a name."] } });
    expect(await rename({ name: "A", role: "admin" } as never)).toMatchObject({ ok: false, fields: { role: ["Unknown field."] } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("passes on an AppError's message, and hides anything else behind the fallback without logging the input", async () => {
    handler.mockRejectedValueOnce(new ConflictError("Someone renamed it first."));
    expect(await rename({ name: "Desk" })).toEqual({ ok: false, message: "Someone renamed it first." });

    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    handler.mockRejectedValueOnce(new TypeError("boom: secret-input"));
    expect(await rename({ name: "secret-input" })).toEqual({ ok: false, message: "Could not rename." });
    expect(JSON.stringify(log.mock.calls)).not.toContain("secret-input");
    log.mockRestore();
  });

  it("lets Next's redirect() through", async () => {
    handler.mockImplementationOnce(async () => redirect("/elsewhere"));
    await expect(rename({ name: "Desk" })).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });
});
