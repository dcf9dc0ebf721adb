/**
 * @module kb/normalize — the matching key for names and titles.
 *
 * Two surface forms that should find the same entry get the same key. The folds, in order:
 *  1. Unicode compatibility decomposition, then combining marks dropped
 *     (`Erdoğan` → `erdogan`, `António` → `antonio`); a few letters that do not decompose
 *     are spelled out (`ı` → `i`, `ø` → `o`, `ß` → `ss`, …).
 *  2. Lower case.
 *  3. English possessives are dropped (`Hamas's`, `Hamas'` → `hamas`), then apostrophes,
 *     quote marks and the Arabic ayn/hamza transliteration marks are deleted
 *     (`Sa'ar`, `Sa’ar` → `saar`).
 *  4. Every other run of non-letters, non-digits becomes one space (`al-Hayya` → `al hayya`).
 *  5. Runs of two or more single letters are joined (`U.S.` → `us`, `C.I.A.` → `cia`).
 *  6. Arabic name particles: the articles `al`/`el` are dropped (`Khalil al-Hayya`,
 *     `Khalil Al Hayya` and `Khalil Hayya` meet), `ibn` → `bin`, `abdul`/`abd` → `abdel`,
 *     and the common spellings of Muhammad fold to `mohammed`.
 *
 * Step 6 can make an unrelated non-Arabic name lose an `Al`/`El` token (`Al Gore` → `gore`);
 * both the data and the query go through the same fold, so lookups stay consistent.
 */
import { own } from '../util/own-slice.js';

const SPELLED_OUT: Readonly<Record<string, string>> = {
  ı: 'i', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', þ: 'th',
};

const POSSESSIVE = /(?<=\p{L})['’](?:s(?![\p{L}\p{N}])|(?<=s['’])(?![\p{L}\p{N}]))/gu;
const DELETED = /['’‘ʼʻ`´′"“”«»ʿʾ]/g;
const COMBINING = /\p{M}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

const PARTICLE_DROP = new Set(['al', 'el']);
const TOKEN_FOLD: ReadonlyMap<string, string> = new Map(Object.entries({
  ibn: 'bin',
  abdul: 'abdel',
  abd: 'abdel',
  muhammad: 'mohammed',
  mohammad: 'mohammed',
  mohamed: 'mohammed',
  muhammed: 'mohammed',
  mohamad: 'mohammed',
  mohammed: 'mohammed',
}));

const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/**
 * The lower-case ASCII words whose key is `key`: `key` itself and the spellings step 6 folds
 * into it (`mohammed` ← `muhammad`, `mohamad`, …). An ASCII word whose lower case is not
 * among them never has the key `key`.
 */
export function plainSpellings(key: string): string[] {
  const out = [key];
  for (const [spelling, folded] of TOKEN_FOLD) if (folded === key && spelling !== key) out.push(spelling);
  return out;
}

/** Keys already computed: the same words recur in every article (bounded, cleared when full). */
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** The matching key of a name, alias or title (see the module comment for the folds). */
export function normalizeSurface(surface: string): string {
  // A plain ASCII word (most tokens of English text) needs only lower case and step 6's
  // single-word folds; no memo entry, so the memo keeps the rarer forms.
  if (PLAIN_WORD.test(surface)) {
    const lower = surface.toLowerCase();
    return TOKEN_FOLD.get(lower) ?? lower;
  }
  const known = memo.get(surface);
  if (known !== undefined) return known;
  const key = computeKey(surface);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  // a surface sliced from an article would keep the whole article (util/own-slice)
  memo.set(own(surface), key);
  return key;
}

function computeKey(surface: string): string {
  let s = surface.normalize('NFKD').replace(COMBINING, '');
  s = s.replace(/[ıøØæÆœŒßđĐłŁþ]/g, (c) => SPELLED_OUT[c] ?? c);
  s = s.toLowerCase().replace(POSSESSIVE, '').replace(DELETED, '').replace(NON_WORD, ' ').trim();
  if (s === '') return '';
  const tokens = joinSingleLetters(s.split(' '));
  const out: string[] = [];
  for (const token of tokens) {
    if (PARTICLE_DROP.has(token) && tokens.length > 1) continue;
    out.push(TOKEN_FOLD.get(token) ?? token);
  }
  return out.join(' ');
}

/** `['u','s','president']` → `['us','president']`; a lone initial is left alone. */
function joinSingleLetters(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const token of tokens) {
    if (token.length === 1 && /\p{L}/u.test(token)) {
      run += token;
      continue;
    }
    if (run !== '') out.push(run);
    run = '';
    out.push(token);
  }
  if (run !== '') out.push(run);
  return out;
}
