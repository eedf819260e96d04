import { z } from "zod";

/** The canonical form of a BCP 47 language tag (`EN-gb` → `en-GB`), or null when it is not one. */
export function canonicalLanguageTag(value: string): string | null {
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

/** A BCP 47 language tag (`en`, `ar`, `pt-BR`, `sr-Latn`), stored in its canonical form. */
export const ZLanguageTag = z
  .string()
  .trim()
  .max(35, "At most 35 characters.")
  .refine((value) => canonicalLanguageTag(value) !== null, "Use a BCP 47 language tag, such as en, ar or pt-BR.")
  .transform((value) => canonicalLanguageTag(value)!);
