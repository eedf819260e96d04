/**
 * The worker thread's entry (see convert-in-worker.ts): plain JavaScript, so Node can start it in
 * dev, in tests and behind the production server alike; tsx compiles the TypeScript it imports.
 */
import { register } from "tsx/esm/api";

register();
const { runConvertTask } = await import("./convert-body-task.ts");

export default runConvertTask;
