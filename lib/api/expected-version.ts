/** The version a delete or restore expects: `If-Match: "3"` (or `3`), or `?version=3`. Optional. */
import { ValidationError } from "@/lib/errors";

const IF_MATCH = /^(?:W\/)?"?(\d{1,9})"?$/;

export function parseExpectedVersion(request: Request): number | undefined {
  const header = request.headers.get("if-match");
  const query = new URL(request.url).searchParams.get("version");
  const fromHeader = header === null ? undefined : IF_MATCH.exec(header.trim())?.[1];
  if (header !== null && fromHeader === undefined) {
    throw new ValidationError("If-Match must be the version you read.", { "If-Match": ['Give the version, as "3" or 3.'] });
  }
  if (query !== null && !/^\d{1,9}$/.test(query)) throw new ValidationError("version must be a number.", { version: ["Must be a whole number."] });
  if (fromHeader !== undefined && query !== null && Number(fromHeader) !== Number(query)) {
    throw new ValidationError("If-Match and ?version= disagree.", { version: ["Give the version once."] });
  }
  const given = fromHeader ?? query ?? undefined;
  if (given === undefined) return undefined;
  const version = Number(given);
  if (version < 1) throw new ValidationError("version must be at least 1.", { version: ["Versions start at 1."] });
  return version;
}
