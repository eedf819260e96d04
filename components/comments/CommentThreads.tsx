"use client";

import { LoadError } from "@/components/ui/LoadError";
import { useState } from "react";
import type { Actor } from "@/lib/policies/actor";
import { canComment, canDeleteComment, canEditComment, canResolveThread } from "@/lib/policies/permissions";
import type { ClaimView } from "@/lib/views/claim";
import type { CommentView } from "@/lib/views/comment";
import type { PersonView } from "@/lib/views/person";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { CommentBody } from "./CommentBody";
import { CommentComposer } from "./CommentComposer";
import { toEditableText } from "./mention-text";
import { useComments, usePeople, type CommentEvents } from "./use-comments";
import styles from "./comments.module.css";

type Props = { claim: ClaimView; actor: Actor; events: CommentEvents };

/** A claim's discussion: threads with one level of replies, resolvable, live. */
export function CommentThreads({ claim, actor, events }: Props) {
  const { comments, error, reload, send } = useComments(claim.id, events);
  const people = usePeople();
  const [failure, setFailure] = useState<string | null>(null);
  const guard = (action: () => Promise<void>) => async () => {
    setFailure(null);
    try {
      await action();
    } catch (caught) {
      setFailure(caught instanceof Error ? caught.message : "That did not work. Try again.");
      throw caught;
    }
  };

  const roots = (comments ?? []).filter((comment) => !comment.parentId);
  const repliesOf = (id: string) => (comments ?? []).filter((comment) => comment.parentId === id);

  return (
    <section className={styles.threads} aria-label="Comments" data-testid="comments">
      <h3 className={styles.title}>Comments {comments ? <span className="count">{comments.filter((c) => !c.isDeleted).length}</span> : null}</h3>
      {error ? (
        <LoadError message={error} onRetry={() => void reload()} />
      ) : comments === null ? (
        <p className="muted small" role="status" aria-busy="true">
          Loading comments…
        </p>
      ) : roots.length === 0 ? (
        <p className="muted small">No comments yet.</p>
      ) : (
        <ol className={styles.list}>
          {roots.map((root) => (
            <Thread key={root.id} root={root} replies={repliesOf(root.id)} claim={claim} actor={actor} people={people} send={send} guard={guard} />
          ))}
        </ol>
      )}
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      {canComment(actor) ? <CommentComposer label="Add a comment" people={people} submitLabel="Comment" onSubmit={(body) => guard(() => send.create(body))()} /> : null}
    </section>
  );
}

type Send = ReturnType<typeof useComments>["send"];
type ThreadProps = {
  root: CommentView;
  replies: CommentView[];
  claim: ClaimView;
  actor: Actor;
  people: PersonView[];
  send: Send;
  guard: (action: () => Promise<void>) => () => Promise<void>;
};

function Thread({ root, replies, claim, actor, people, send, guard }: ThreadProps) {
  const [isShown, setIsShown] = useState(false);
  const [isReplying, setIsReplying] = useState(false);
  const mayResolve = canResolveThread(actor, { claimAuthorId: claim.createdBy.id, commenterId: root.author.id });
  const resolveButton = mayResolve ? (
    <button type="button" className="link-button" onClick={() => void guard(() => send.update(root, { resolved: !root.resolvedAt }))().catch(() => {})}>
      {root.resolvedAt ? "Reopen" : "Resolve"}
    </button>
  ) : null;

  if (root.resolvedAt && !isShown) {
    return (
      <li className={`${styles.thread} ${styles.resolved}`}>
        <span className="muted small">
          Resolved{root.resolvedBy ? ` by ${root.resolvedBy.name}` : ""} · {replies.length + 1} comment{replies.length ? "s" : ""}
        </span>{" "}
        <button type="button" className="link-button" aria-expanded="false" onClick={() => setIsShown(true)}>
          Show
        </button>{" "}
        {resolveButton}
      </li>
    );
  }
  return (
    <li className={styles.thread}>
      <Comment comment={root} actor={actor} people={people} send={send} guard={guard} />
      {replies.length ? (
        <ol className={styles.replies}>
          {replies.map((reply) => (
            <li key={reply.id}>
              <Comment comment={reply} actor={actor} people={people} send={send} guard={guard} />
            </li>
          ))}
        </ol>
      ) : null}
      <div className={styles.threadActions}>
        {canComment(actor) && !isReplying ? (
          <button type="button" className="link-button" onClick={() => setIsReplying(true)}>
            Reply
          </button>
        ) : null}{" "}
        {resolveButton}{" "}
        {root.resolvedAt ? (
          <button type="button" className="link-button" onClick={() => setIsShown(false)}>
            Collapse
          </button>
        ) : null}
      </div>
      {isReplying ? (
        <CommentComposer
          label="Reply"
          people={people}
          submitLabel="Reply"
          onSubmit={async (body) => {
            await guard(() => send.create(body, root.id))();
            setIsReplying(false);
          }}
          onCancel={() => setIsReplying(false)}
        />
      ) : null}
    </li>
  );
}

function Comment({ comment, actor, people, send, guard }: Omit<ThreadProps, "root" | "replies" | "claim"> & { comment: CommentView }) {
  const [isEditing, setIsEditing] = useState(false);
  if (comment.isDeleted) return <p className={`${styles.comment} muted small`}>Comment deleted.</p>;
  return (
    <article className={styles.comment} aria-label={`Comment by ${comment.author.name}`}>
      <header className={`${styles.head} small`}>
        <strong>{comment.author.name}</strong> <span className="muted"><RelativeTime iso={comment.createdAt} /></span>
        {comment.version > 1 && !comment.resolvedAt ? <span className="muted"> · edited</span> : null}
      </header>
      {isEditing ? (
        <CommentComposer
          label="Edit comment"
          people={people}
          initialText={toEditableText(comment.body, comment.mentions)}
          initialPicked={comment.mentions}
          submitLabel="Save"
          onSubmit={async (body) => {
            await guard(() => send.update(comment, { body }))();
            setIsEditing(false);
          }}
          onCancel={() => setIsEditing(false)}
        />
      ) : (
        <CommentBody comment={comment} />
      )}
      {!isEditing ? (
        <div className={styles.actions}>
          {canEditComment(actor, { authorId: comment.author.id }) ? (
            <button type="button" className="link-button" onClick={() => setIsEditing(true)}>
              Edit
            </button>
          ) : null}{" "}
          {canDeleteComment(actor, { authorId: comment.author.id }) ? (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                if (window.confirm("Delete this comment?")) void guard(() => send.remove(comment))().catch(() => {});
              }}
            >
              Delete
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
