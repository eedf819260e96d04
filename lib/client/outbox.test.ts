import { describe, expect, it } from "vitest";
import { Outbox, type OutboxItem } from "./outbox";

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), data };
}

const item = (id: string, articleId = "a1"): OutboxItem => ({
  id,
  articleId,
  kind: "createClaim",
  path: `/api/articles/${articleId}/claims`,
  method: "POST",
  body: { selector: { exact: "x", start: 0, end: 1 } },
  label: "“x”",
  queuedAt: "2026-12-01T00:00:00.000Z",
});

describe("Outbox", () => {
  it("keeps items across instances (a reopened tab), per article, replacing an item of the same id", () => {
    const storage = memoryStorage();
    new Outbox("u1", storage).add(item("k1"));
    const reopened = new Outbox("u1", storage);
    reopened.add(item("k2", "a2"));
    reopened.add({ ...item("k1"), label: "again" });
    expect(reopened.forArticle("a1").map((i) => [i.id, i.label])).toEqual([["k1", "again"]]);
    expect(reopened.all()).toHaveLength(2);
    reopened.remove("k1");
    expect(new Outbox("u1", storage).forArticle("a1")).toEqual([]);
  });

  it("never shows one user's queue to another user of the same browser", () => {
    const storage = memoryStorage();
    new Outbox("u1", storage).add(item("k1"));
    expect(new Outbox("u2", storage).all()).toEqual([]);
  });

  it("survives damaged or foreign data in storage, and a storage that refuses writes", () => {
    const storage = memoryStorage();
    storage.setItem("claimdesk.outbox.v1.u1", "{not json");
    expect(new Outbox("u1", storage).all()).toEqual([]);
    storage.setItem("claimdesk.outbox.v1.u1", JSON.stringify([{ id: 1 }]));
    expect(new Outbox("u1", storage).all()).toEqual([]);
    const full = { getItem: () => null, setItem: () => { throw new Error("QuotaExceededError"); } };
    expect(() => new Outbox("u1", full).add(item("k1"))).not.toThrow();
  });
});
