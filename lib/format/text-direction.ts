/** Which way a language's text runs, for `dir` attributes and W3C `textDirection`. */
import { canonicalLanguageTag } from "@/lib/validation/language-tag";

export type TextDirection = "ltr" | "rtl";

/** Scripts written right to left (ISO 15924), for a tag that names its script. */
const RTL_SCRIPTS = new Set(["Adlm", "Arab", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi"]);
/** Languages whose usual script runs right to left: the fallback where Intl.Locale cannot say. */
const RTL_LANGUAGES = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku", "nqo", "ps", "sd", "syr", "ug", "ur", "yi"]);

type TextInfo = { direction?: TextDirection };
/** `getTextInfo()` (the current proposal) or the older `textInfo` getter; TypeScript's lib has neither yet. */
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

/** The direction of text in `tag`; null when `tag` is no language tag (an old stored value, say). */
export function textDirectionOf(tag: string): TextDirection | null {
  const canonical = canonicalLanguageTag(tag);
  if (!canonical) return null;
  const locale = new Intl.Locale(canonical) as LocaleWithTextInfo;
  // A script named in the tag decides: `ku-Arab` is right to left, `az-Latn` left to right.
  if (locale.script) return RTL_SCRIPTS.has(locale.script) ? "rtl" : "ltr";
  const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
  if (direction === "rtl" || direction === "ltr") return direction;
  return RTL_LANGUAGES.has(locale.language) ? "rtl" : "ltr";
}
