/**
 * The actors of the authorization matrix, and the fresh objects each cell acts on. Every object
 * belongs to "the owner" (a reviewer), so the reviewer (own) column acts as that owner and every
 * other signed-in column acts on somebody else's object.
 */
import { deleteSource } from "@/lib/data/sources/delete-source";
import { createComment } from "@/lib/data/comments/create-comment";
import { deleteClaim } from "@/lib/data/claims/delete-claim";
import { recordReview } from "@/lib/data/reviews/record-review";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";
import type { Actor } from "@/lib/policies/actor";
import type { Role } from "@/lib/validation/roles";
import { buildArticle, buildClaim, buildSource, buildUser } from "./factories";
import { signInCookie } from "./authorization-matrix-session";

/** The matrix's columns, in the order of every row's statuses. */
export const ACTORS = [
  { key: "anonymous", label: "anonymous" },
  { key: "viewer", label: "viewer" },
  { key: "reviewerOwn", label: "reviewer (own)" },
  { key: "reviewerOther", label: "reviewer (another's)" },
  { key: "editor", label: "editor" },
  { key: "admin", label: "admin" },
  { key: "editorToken", label: "editor's API token" },
  { key: "revokedToken", label: "revoked API token" },
] as const;
export type ActorKey = (typeof ACTORS)[number]["key"];

/** For a route, the HTTP status; for a server action, 200 = `ok: true`, else the refusal's status. */
export type Status = 200 | 201 | 401 | 403 | 404;
/** One status per column of ACTORS: anonymous, viewer, reviewer (own), reviewer (another's), editor, admin, editor's token, revoked token. */
export type Statuses = readonly [Status, Status, Status, Status, Status, Status, Status, Status];

type Member = "owner" | "otherReviewer" | "viewer" | "editor" | "admin" | "author";
const ROLE_OF: Record<Member, Role> = { owner: "reviewer", otherReviewer: "reviewer", viewer: "viewer", editor: "editor", admin: "admin", author: "editor" };

/** The people of a world, made on first use (a password hash each: shared across cells unless a row changes users). */
export class Cast {
  private readonly members = new Map<Member, Promise<Actor>>();

  member(member: Member): Promise<Actor> {
    let actor = this.members.get(member);
    if (!actor) {
      actor = buildUser({ role: ROLE_OF[member], name: `Matrix ${member}` });
      this.members.set(member, actor);
    }
    return actor;
  }
}

const SHARED_CAST = new Cast();

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

const FIRST = "The first paragraph makes a claim.";
const SECOND = "The second paragraph adds context.";

/** One cell's objects, made on first use: nothing a cell writes is seen by another cell. */
export class World {
  readonly cast: Cast;

  constructor({ freshCast = false }: { freshCast?: boolean } = {}) {
    this.cast = freshCast ? new Cast() : SHARED_CAST;
  }

  owner = () => this.cast.member("owner");
  otherReviewer = () => this.cast.member("otherReviewer");

  /** An editor's article with a claim by the owner (first paragraph) and one by another reviewer (second). */
  article = once(async () => {
    const article = await buildArticle({ actor: await this.cast.member("author"), title: "Matrix article" });
    await buildClaim({ actor: await this.otherReviewer(), article, quote: SECOND });
    return article;
  });

  /** The owner's claim. */
  claim = once(async () => buildClaim({ actor: await this.owner(), article: await this.article(), quote: FIRST }));

  /** The owner's claim, deleted by the owner (for restore). */
  deletedClaim = once(async () => {
    const claim = await this.claim();
    return deleteClaim({ actor: await this.owner(), claimId: claim.id });
  });

  /** The owner's claim, with the owner's own review of it. */
  review = once(async () => {
    const claim = await this.claim();
    const review = await recordReview({ actor: await this.owner(), claimId: claim.id, input: { rating: "mostly-true" } });
    return { claim, review };
  });

  /** A source the owner added to their claim. */
  source = once(async () => buildSource({ actor: await this.owner(), claim: await this.claim() }));

  /** The owner's source, removed by the owner (for restore). */
  deletedSource = once(async () => {
    const source = await this.source();
    await deleteSource({ actor: await this.owner(), sourceId: source.id });
    return source;
  });

  /** A comment the owner wrote on their claim. */
  comment = once(async () => createComment({ actor: await this.owner(), claimId: (await this.claim()).id, input: { body: "Checked the census table." } }));

  /** An API token of the owner's. */
  ownerToken = once(async () => createApiToken({ actor: await this.owner(), input: { name: "Owner's script" } }));

  /** Who acts in a column (null: nobody signed in). */
  async actingUser(actor: ActorKey): Promise<Actor | null> {
    switch (actor) {
      case "anonymous":
        return null;
      case "reviewerOwn":
        return this.owner();
      case "reviewerOther":
        return this.otherReviewer();
      case "editorToken":
      case "revokedToken":
        return this.cast.member("editor");
      default:
        return this.cast.member(actor);
    }
  }

  /** The credentials a column's request carries: a fresh session cookie, a fresh token, a revoked one, or none. */
  async credentials(actor: ActorKey): Promise<Record<string, string>> {
    const user = await this.actingUser(actor);
    if (!user) return {};
    if (actor === "editorToken" || actor === "revokedToken") {
      const created = await createApiToken({ actor: user, input: { name: `Matrix ${actor}` } });
      if (actor === "revokedToken") await revokeApiToken({ actor: user, tokenId: created.id });
      return { authorization: `Bearer ${created.token}` };
    }
    return { cookie: await signInCookie(user) };
  }
}
