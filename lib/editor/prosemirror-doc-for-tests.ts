/** Test support: a ProseMirror document in the article schema, built without a browser. */
import { getSchema } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import type { ArticleDoc } from "@/lib/document/article-document";
import { articleSchemaExtensions } from "./schema-extensions";

const schema = getSchema(articleSchemaExtensions());

export function toProseMirror(doc: ArticleDoc): PMNode {
  return schema.nodeFromJSON(doc);
}
