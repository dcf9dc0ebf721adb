/**
 * @module stages/claims/matches — every match of a global regular expression in a string, as
 * `[...s.matchAll(re)]` lists them, without the copy of the expression that `matchAll` makes
 * on every call (the passes call it for each sentence and rule; the copies were a good part
 * of what those loops cost).
 */

/**
 * The matches of `re` (flag `g`) in `s` from the start, in order; after an empty match the
 * search moves on one character (one code point with flag `u` or `v`), as `matchAll` does.
 * Leaves `re.lastIndex` at 0.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex = advance(s, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  return out;
}

/** The index after `i` (the spec's AdvanceStringIndex): past a surrogate pair as one when `unicode`. */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const lead = s.charCodeAt(i);
  if (lead < 0xd800 || lead > 0xdbff) return i + 1;
  const trail = s.charCodeAt(i + 1);
  return trail >= 0xdc00 && trail <= 0xdfff ? i + 2 : i + 1;
}
