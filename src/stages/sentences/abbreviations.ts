/**
 * @module stages/sentences/abbreviations — abbreviations that keep their final dot, by class.
 *
 * Source: compiled by hand for Parley from the abbreviation conventions of English news
 * style (the AP Stylebook entries "abbreviations and acronyms", "months", "state names",
 * "titles" and "No."), plus the Latin and company abbreviations common in wire copy.
 * Only the form before the dot is listed; matching is case-sensitive, so `No` is the
 * number sign and `no` stays a word. Dotted acronyms (`U.S.`, `a.m.`) are found by shape
 * in the tokenizer; the ones listed in `DOTTED` get a class other than `acronym`.
 */
import type { AbbreviationClass } from './types.js';

/** A group of abbreviations sharing a class, with why they behave that way. */
export interface AbbreviationGroup {
  readonly class: AbbreviationClass;
  readonly reason: string;
  readonly forms: readonly string[];
}

/** Every undotted abbreviation group. */
/** AP-style abbreviations of the U.S. states written without inner stops (`Calif.`, `Wis.`), without their final stop. */
export const US_STATE_ABBREVIATIONS: readonly string[] = [
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich',
  'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo',
];

export const ABBREVIATION_GROUPS: readonly AbbreviationGroup[] = [
  {
    class: 'title',
    reason: 'a title or honorific is always followed by a name, so its dot never ends a sentence',
    forms: [
      'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Drs', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl', 'Pvt', 'Adm',
      'Cmdr', 'Cdr', 'Brig', 'Gov', 'Govs', 'Sen', 'Sens', 'Rep', 'Reps', 'Rev', 'Hon', 'Pres', 'Amb', 'Supt', 'Insp', 'Det',
      'Atty', 'Gens', 'Fr', 'Mt', 'Ft', 'Mme', 'Mlle',
    ],
  },
  {
    class: 'inner',
    reason: 'a Latin connective or "versus" sits inside a sentence',
    forms: ['vs', 'cf', 'viz', 'approx', 'ca', 'incl', 'esp', 'Vs'],
  },
  {
    class: 'inner',
    reason: 'the first half of a dotted degree (`Ph.D.`, `Ed.D.`) is always followed by its second',
    forms: ['Ph', 'Ed', 'Litt', 'Pharm'],
  },
  {
    class: 'number-prefix',
    reason: 'a number sign or reference word before a digit ("No. 2", "Art. 5") belongs to the number',
    forms: ['No', 'Nos', 'no', 'nos', 'Art', 'Arts', 'art', 'Vol', 'vol', 'Fig', 'fig', 'Ch', 'ch', 'Sec', 'sec', 'pp', 'p', 'Para', 'para', 'Res'],
  },
  {
    class: 'month',
    reason: 'AP style abbreviates months before a day number ("Sept. 5")',
    forms: ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
  },
  {
    class: 'suffix',
    reason: 'company and name suffixes and US state abbreviations can end a sentence, but are usually followed by more of the name',
    forms: [
      'Inc', 'Co', 'Corp', 'Ltd', 'Bros', 'Plc', 'Jr', 'Sr', 'Esq', 'Dept', 'Univ', 'Assn', 'Ave', 'Blvd', 'Rd', 'St', 'Hwy',
      ...US_STATE_ABBREVIATIONS,
    ],
  },
  {
    class: 'final',
    reason: '"etc." and "et al." close a list and often end the sentence',
    forms: ['etc', 'al'],
  },
];

/** Dotted forms (matched by shape in the tokenizer) whose class is not `acronym`. */
export const DOTTED: ReadonlyMap<string, AbbreviationClass> = new Map<string, AbbreviationClass>([
  ['a.m.', 'time'],
  ['p.m.', 'time'],
  ['A.M.', 'time'],
  ['P.M.', 'time'],
  ['e.g.', 'inner'],
  ['i.e.', 'inner'],
  ['E.g.', 'inner'],
  ['I.e.', 'inner'],
]);

/** Form before the dot → class. */
export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationClass> = new Map(
  ABBREVIATION_GROUPS.flatMap((g) => g.forms.map((f) => [f, g.class] as const)),
);
