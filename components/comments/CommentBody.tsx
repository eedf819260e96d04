import { Fragment } from "react";
import { commentSegments } from "@/lib/format/comment-body";
import type { CommentView } from "@/lib/views/comment";
import styles from "./comments.module.css";

/** A comment's words as text, line breaks, links and @names: never HTML from the user. */
export function CommentBody({ comment }: { comment: CommentView }) {
  const names = new Map(comment.mentions.map((person) => [person.id, person.name]));
  return (
    <p className={styles.body}>
      {commentSegments(comment.body).map((segment, index) => (
        <Fragment key={index}>
          {segment.kind === "text" ? (
            segment.text
          ) : segment.kind === "break" ? (
            <br />
          ) : segment.kind === "link" ? (
            <a href={segment.href} rel="noopener noreferrer nofollow" target="_blank">
              {segment.href}
            </a>
          ) : (
            <span className={styles.mention}>@{names.get(segment.userId) ?? "someone"}</span>
          )}
        </Fragment>
      ))}
    </p>
  );
}
