import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changesSchema, fieldChanges } from "./field-changes";

describe("fieldChanges", () => {
  const before = { title: "A", tags: ["x"], assignee: { id: "1", name: "Ana" }, verdict: null as string | null, untouched: 1 };

  it("names each listed field whose value differs, from and to", () => {
    const after = { ...before, title: "B", tags: ["x", "y"], verdict: "false" };
    expect(fieldChanges(before, after, ["title", "tags", "assignee", "verdict"])).toEqual({
      title: { from: "A", to: "B" },
      tags: { from: ["x"], to: ["x", "y"] },
      verdict: { from: null, to: "false" },
    });
  });

  it("treats equal arrays and objects as unchanged even when they are new copies", () => {
    const after = { ...before, tags: ["x"], assignee: { name: "Ana", id: "1" } };
    expect(fieldChanges(before, after, ["tags", "assignee"])).toEqual({});
  });

  it("sees a change inside a nested object and a person removed", () => {
    expect(fieldChanges(before, { ...before, assignee: { id: "1", name: "Ana B." } }, ["assignee"])).toEqual({
      assignee: { from: { id: "1", name: "Ana" }, to: { id: "1", name: "Ana B." } },
    });
    expect(fieldChanges(before, { ...before, assignee: null as never }, ["assignee"])).toEqual({ assignee: { from: before.assignee, to: null } });
  });

  it("ignores fields it was not asked about", () => {
    expect(fieldChanges(before, { ...before, untouched: 2 }, ["title"])).toEqual({});
  });
});

describe("changesSchema", () => {
  const schema = changesSchema({ title: z.string(), count: z.number() });

  it("accepts from/to of each field's own type, any subset of them", () => {
    expect(schema.parse({})).toEqual({});
    expect(schema.parse({ title: { from: "a", to: "b" } })).toEqual({ title: { from: "a", to: "b" } });
  });

  it("refuses a field the view does not have, or a value of the wrong type", () => {
    expect(schema.safeParse({ colour: { from: "red", to: "blue" } }).success).toBe(false);
    expect(schema.safeParse({ count: { from: "1", to: 2 } }).success).toBe(false);
    expect(schema.safeParse({ title: { from: "a" } }).success).toBe(false);
  });
});
