/**
 * A worker thread's entry for re-anchoring a large edit (lib/data/articles/reanchor-off-thread.ts):
 * plain JavaScript, so Node starts it in dev, tests and production alike; tsx compiles the rest.
 */
import { register } from "tsx/esm/api";

register();
const { reanchorClaims } = await import("./reanchor.ts");

export default function reanchor({ oldText, newText, claims }) {
  return reanchorClaims(oldText, newText, claims);
}
