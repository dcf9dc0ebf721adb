/**
 * @module stages/citations/normalize — the one fold used to compare source names.
 *
 * Case, accents, the Turkish dotless i, apostrophes, possessive `'s`, punctuation and
 * spacing are ignored and `&` reads as `and`: "ARY NEWS" = "ARY News", "Al-Monitor" =
 * "Al Monitor" = "AlMonitor", "ElHuffPost" = "El HuffPost", "Anadolu Ajansi" = "Anadolu
 * Ajansı", "Mail & Guardian" = "Mail and Guardian". A leading article is kept: whether
 * "The" belongs to a name is the registry's decision (see data/sources/README.md).
 */

const MARKS = /[\u0300-\u036f]/g;
const POSSESSIVE = /['’]s?(?=\s|$)/g;
const NOT_ALNUM = /[^a-z0-9]+/g;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The comparison key of a name: lower-case letters and digits only. */
export function sourceKey(name: string): string {
  if (PRINTABLE_ASCII.test(name)) {
    let s = name.toLowerCase();
    if (s.includes('&')) s = s.replace(/&/g, ' and ');
    if (s.includes("'")) s = s.replace(POSSESSIVE, '');
    return s.replace(NOT_ALNUM, '');
  }
  return name
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(POSSESSIVE, '')
    .replace(NOT_ALNUM, '');
}

/** True for a single all-capital word such as "AP" or "WAFA": such names match only in capitals. */
export function isAcronym(name: string): boolean {
  return /^[\p{Lu}\p{N}.]+$/u.test(name) && /\p{Lu}/u.test(name) && !name.includes(' ');
}

/** The words of a name, split on white space. */
export function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}
