import { describe, expect, it } from "vitest";
import { buildClaimView } from "@/test/views";
import { ZAppEvent, parseStoredEvent } from "./events";

const person = { id: "0193f3c4-5b6a-7c8d-9e0f-123456789abc", name: "Ana Reviewer" };
const at = "2026-12-01T10:00:00.000Z";
const claim = buildClaimView({ createdBy: person, version: 2, createdAt: at, updatedAt: at });

describe("the event union", () => {
  it("accepts a claim update carrying the claim view and typed from/to changes", () => {
    const event = { type: "claim.updated", payload: { claim, changes: { verdict: { from: null, to: "false" }, tags: { from: [], to: ["jobs"] } } } };
    expect(ZAppEvent.parse(event)).toEqual(event);
  });

  it("refuses a change to a field that is not editable, a change of the wrong type, and an unknown type", () => {
    expect(ZAppEvent.safeParse({ type: "claim.updated", payload: { claim, changes: { version: { from: 1, to: 2 } } } }).success).toBe(false);
    expect(ZAppEvent.safeParse({ type: "claim.updated", payload: { claim, changes: { verdict: { from: null, to: "maybe" } } } }).success).toBe(false);
    expect(ZAppEvent.safeParse({ type: "claim.exploded", payload: { claim } }).success).toBe(false);
  });

  it("refuses a payload that is not the entity's view, or that carries extra keys", () => {
    expect(ZAppEvent.safeParse({ type: "claim.deleted", payload: { claimId: claim.id } }).success).toBe(false);
    expect(ZAppEvent.safeParse({ type: "claim.created", payload: { claim: { ...claim, selector: { exact: "x" } } } }).success).toBe(false);
    expect(ZAppEvent.safeParse({ type: "claim.created", payload: { claim, secret: "x" } }).success).toBe(false);
  });

  it("reads a stored row: bigint id as a decimal string, times as ISO strings", () => {
    const parsed = parseStoredEvent({
      id: 42n,
      articleId: claim.articleId,
      actorId: person.id,
      createdAt: new Date(at),
      type: "claim.created",
      payload: { claim },
    });
    expect(parsed.success && parsed.data).toMatchObject({ id: "42", createdAt: at, type: "claim.created", payload: { claim: { id: claim.id } } });
  });
});
