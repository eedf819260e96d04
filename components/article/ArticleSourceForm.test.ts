// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { docFromParagraphs } from "@/lib/document/article-document";
import type { ArticleView } from "@/lib/views/article";
import { ArticleSourceForm } from "./ArticleSourceForm";

const AT = "2026-12-01T10:00:00.000Z";
const ARTICLE: ArticleView = {
  id: "0193f3c4-5b6a-7c8d-9e0f-000000000002", slug: "budget", title: "Budget", standfirst: null, sourceUrl: null, publisher: null, byline: null, language: null,
  publishedAt: null, doc: docFromParagraphs(["Text."]), text: "Text.", version: 3, reviewPolicy: "open", createdAt: AT, updatedAt: AT, lastActivityAt: AT,
};

function answer(status: number, body: unknown) {
  return vi.fn(async (..._args: unknown[]) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));
}

function open(onSaved = vi.fn()) {
  render(createElement(ArticleSourceForm, { article: ARTICLE, onSaved }));
  fireEvent.click(screen.getByRole("button", { name: "Source and language" }));
  return onSaved;
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("ArticleSourceForm", () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("saves the source URL and language on the version shown, and gives the focus back to its button", async () => {
    const saved = { ...ARTICLE, sourceUrl: "https://news.example/budget", language: "ar", updatedAt: "2026-12-01T11:00:00.000Z" };
    const fetch = answer(200, { article: saved, reanchored: { unchanged: 0, moved: 0, fuzzy: 0, orphaned: 0 } });
    vi.stubGlobal("fetch", fetch);
    const onSaved = open();
    expect(screen.getByRole("button", { name: "Source and language" }).getAttribute("aria-expanded")).toBe("true");
    type("Source URL", "https://news.example/budget");
    type("Language", "AR");
    fireEvent.click(screen.getByRole("button", { name: "Save source and language" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(`/api/articles/${ARTICLE.id}`);
    expect(init.method).toBe("PATCH");
    expect(JSON.parse(String(init.body))).toEqual({ version: 3, sourceUrl: "https://news.example/budget", language: "ar" });
    expect(screen.queryByRole("form")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Source and language" }));
    expect(screen.getByRole("status").textContent).toBe("Source and language saved.");
  });

  it("refuses a javascript: URL before sending anything, naming the field and focusing it", async () => {
    const fetch = answer(200, {});
    vi.stubGlobal("fetch", fetch);
    open();
    type("Source URL", "javascript:alert(1)");
    fireEvent.click(screen.getByRole("button", { name: "Save source and language" }));
    const input = screen.getByLabelText("Source URL");
    await waitFor(() => expect(input.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByText("Use an http or https URL.")).toBeTruthy();
    expect(document.activeElement).toBe(input);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("shows the server's refusal beside its field, and keeps what was typed", async () => {
    vi.stubGlobal("fetch", answer(400, { error: { code: "invalid_input", message: "Some fields are invalid.", fields: { language: ["Use a BCP 47 language tag, such as en, ar or pt-BR."] } } }));
    const onSaved = open();
    type("Language", "en");
    fireEvent.click(screen.getByRole("button", { name: "Save source and language" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("Some fields are invalid."));
    expect(screen.getByLabelText("Language").getAttribute("aria-invalid")).toBe("true");
    expect((screen.getByLabelText("Language") as HTMLInputElement).value).toBe("en");
    expect(onSaved).not.toHaveBeenCalled();
  });
});
