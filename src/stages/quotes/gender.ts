/**
 * @module stages/quotes/gender — what a document tells of a person's gender, so that `she`
 * is not resolved to the man named last (`Umerov met Ursula von der Leyen. She said …`).
 *
 * Evidence for a person mention, the first that speaks wins: an honorific or title right
 * before the name, or opening it (`Ms.`, `Mrs.`, `Mr.`, `Sheikh`, `Queen` …); a gendered
 * noun set off beside it (`Smith, a spokeswoman for …`, `the chairman, Ali Said`); the given
 * name (`data/lexicons/given-names.json`: names used for both are not listed); a Slavic
 * surname's ending (`-ova`, `-eva`, `-skaya` female; `-ov`, `-ev`, `-sky` male). None: unknown,
 * which agrees with either pronoun.
 */
import { givenNameGender, type Gender } from '../../util/given-names.js';
import type { DocView, ViewMention } from './view.js';

export { givenNameGender, type Gender };

/** Honorifics and titles before a name, lower case without their full stop. */
const TITLES: ReadonlyMap<string, Gender> = new Map([
  ['ms', 'f'], ['mrs', 'f'], ['miss', 'f'], ['madam', 'f'], ['madame', 'f'], ['queen', 'f'], ['princess', 'f'], ['lady', 'f'], ['dame', 'f'],
  ['sister', 'f'], ['congresswoman', 'f'], ['chairwoman', 'f'], ['spokeswoman', 'f'], ['businesswoman', 'f'], ['baroness', 'f'], ['sheikha', 'f'],
  ['mr', 'm'], ['sheikh', 'm'], ['king', 'm'], ['prince', 'm'], ['emir', 'm'], ['lord', 'm'], ['sir', 'm'], ['brother', 'm'], ['father', 'm'],
  ['congressman', 'm'], ['chairman', 'm'], ['spokesman', 'm'], ['businessman', 'm'], ['baron', 'm'], ['rabbi', 'm'], ['cardinal', 'm'],
]);

/** Nouns for a person that tell the gender, set off beside a name (`Smith, a spokeswoman for …`). */
const GENDERED_NOUNS: ReadonlyMap<string, Gender> = new Map([
  ['spokeswoman', 'f'], ['chairwoman', 'f'], ['congresswoman', 'f'], ['businesswoman', 'f'], ['woman', 'f'], ['mother', 'f'], ['wife', 'f'],
  ['daughter', 'f'], ['sister', 'f'], ['widow', 'f'], ['grandmother', 'f'], ['actress', 'f'], ['queen', 'f'], ['girl', 'f'],
  ['spokesman', 'm'], ['chairman', 'm'], ['congressman', 'm'], ['businessman', 'm'], ['man', 'm'], ['father', 'm'], ['husband', 'm'],
  ['son', 'm'], ['brother', 'm'], ['widower', 'm'], ['grandfather', 'm'], ['actor', 'm'], ['king', 'm'], ['boy', 'm'],
]);

/** The gender a person noun tells (`spokeswoman` → f), or null. */
export function nounGender(word: string): Gender | null {
  return GENDERED_NOUNS.get(word.toLowerCase()) ?? null;
}

/** The gender of a title word (`Mrs.`, `Sheikh`), or null. */
function titleGender(word: string): Gender | null {
  return TITLES.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** How far beside a name a gendered noun may stand (`Smith, a senior spokeswoman for`). */
const NOUN_WINDOW = 4;

/**
 * Words after which a gendered noun is someone else's (`Smith, whose son is held`, `Smith,
 * her husband's lawyer`): the noun tells that relative's gender, not the named person's.
 */
const POSSESSIVES: ReadonlySet<string> = new Set(['whose', 'his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** A gendered noun in the appositive right after the mention, or right before it after a comma (`the chairman, Ali Said`). */
function nounBeside(view: DocView, m: ViewMention): Gender | null {
  if (view.tokens[m.last + 1]?.text === ',') {
    for (let k = m.last + 2; k <= m.last + 1 + NOUN_WINDOW && k < view.tokens.length; k++) {
      const t = view.tokens[k]!;
      if (t.kind !== 'word' || POSSESSIVES.has(t.lower)) break;
      const g = GENDERED_NOUNS.get(t.lower);
      if (g !== undefined) return g;
    }
  }
  if (view.tokens[m.first - 1]?.text === ',') {
    for (let k = m.first - 2; k >= Math.max(0, m.first - 1 - NOUN_WINDOW); k--) {
      const t = view.tokens[k]!;
      if (t.kind !== 'word') break;
      const g = GENDERED_NOUNS.get(t.lower);
      if (g !== undefined) return g;
    }
  }
  return null;
}

/** Slavic surname endings: `-ova`, `-eva`, `-skaya` name a woman; `-ov`, `-ev`, `-sky`, `-skiy` a man. */
function surnameGender(word: string): Gender | null {
  const w = word.toLowerCase();
  if (w.length < 5) return null;
  if (/(?:ova|eva|yova|skaya|tskaya)$/.test(w)) return 'f';
  if (/(?:ov|ev|yov|sky|skiy|skyi)$/.test(w)) return 'm';
  return null;
}

/** The gender the document tells of the person `m` (read on its full name when it has one), or null. */
export function mentionGender(view: DocView, m: ViewMention, full: ViewMention = m): Gender | null {
  for (const x of full === m ? [m] : [full, m]) {
    const before = view.tokens[x.first - 1];
    const title = before === undefined ? null : titleGender(before.text);
    if (title !== null) return title;
    const words = x.text.split(/\s+/);
    const opening = titleGender(words[0]!);
    if (opening !== null) return opening;
    const beside = nounBeside(view, x);
    if (beside !== null) return beside;
  }
  const words = full.text.split(/\s+/).filter((w) => titleGender(w) === null);
  if (words.length > 1) {
    const given = givenNameGender(words[0]!);
    if (given !== null) return given;
  }
  return surnameGender(words.at(-1) ?? '');
}

/** The gender a personal pronoun refers to (`she`, `her` → f; `he`, `him`, `his` → m), or null. */
export function pronounGender(word: string): Gender | null {
  const w = word.toLowerCase();
  return w === 'she' || w === 'her' || w === 'hers' ? 'f' : w === 'he' || w === 'him' || w === 'his' ? 'm' : null;
}
