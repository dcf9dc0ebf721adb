/**
 * @module stages/time/05-clock — proposers for clock times: `10:30 a.m.`, `3 p.m. local time`,
 * `14:00 GMT`, `0700 GMT`, `10 o'clock`, `noon`, `midnight`.
 *
 * A clock time alone is on the anchor day; pass 06 moves it to a day written next to it
 * (`10 a.m. Tuesday`) or earlier in the sentence. The zone stays in the span and is not
 * converted: the value is the clock time as written.
 */
import { CLOCK, DEICTIC, DIGIT, NOON_WORD } from './01-triggers.js';
import { ZONES } from './lexicon.js';
import { atSentenceStart, capitalized, pad, rawWordBefore, wordBefore } from './patterns.js';
import { whole, type Rule } from './rule.js';

const ZONE = `(?:\\s*\\(?(?:${ZONES.join('|')})\\)?(?![A-Za-z])|\\s+local\\s+time|\\s+[A-Z][a-z]+\\s+(?:(?:standard|daylight)\\s+)?time(?![a-z]))`;
/** Words before a bare `10:30` that make it a clock time. */
const CLOCK_CONTEXT: ReadonlySet<string> = new Set(['at', 'around', 'about', 'by', 'until', 'till', 'from', 'to', 'before', 'after', 'since', 'approximately', 'shortly', 'circa', 'between', 'and', 'noon', 'ca.']);

function clock(h: number, min: number): string | null {
  if (h > 24 || min > 59) return null;
  return `${pad(h)}:${pad(min)}`;
}

/** `10:30 a.m.`, `9am`, `3 p.m. EST`, `10 a.m. local time` (in `ended at 4pm.` the full stop ends the sentence). */
const ampm: Rule = {
  id: 'clock-am-pm',
  reason: 'an hour (and minutes) with a.m. or p.m., and an optional zone',
  needs: CLOCK,
  reach: 2,
  requires: DIGIT,
  pattern: new RegExp(`(?<![\\d:.,])\\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?\\s*(?:([aA])|([pP]))(?:\\.\\s?[mM]\\.?|\\s?[mM])(?![A-Za-z])(?:${ZONE})?`, 'g'),
  build(m) {
    let h = Number(m[1]);
    const pm = m[4] !== undefined;
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
    const t = clock(h, m[2] === undefined ? 0 : Number(m[2]));
    if (t === null) return null;
    return whole(m, 'time', { op: 'day', n: 0, time: t }, 'clock');
  },
};

/** `14:00 GMT`, `at 10:30`, `0700 GMT`, `1400 hrs`. */
const twentyFour: Rule = {
  id: 'clock-24h',
  reason: 'a 24-hour clock time: HH:MM after a word that introduces a time or before a zone, or four digits before a zone or "hours"',
  needs: CLOCK,
  reach: 1,
  pattern: new RegExp(`(?<![\\d:.,$])\\b(?:([01]?\\d|2[0-4]):([0-5]\\d)(?![\\d:]|[.,]\\d)(?:\\s*(?:hrs|h)(?![a-z]))?(${ZONE})?|([01]\\d|2[0-3])([0-5]\\d)\\s*((?:GMT|UTC|Z|hrs|hours|local\\s+time)(?![a-z])|\\(?(?:${ZONES.join('|')})\\)?(?![A-Za-z])))`, 'g'),
  build(m, text) {
    const colon = m[1] !== undefined;
    const h = Number(colon ? m[1] : m[4]);
    const min = Number(colon ? m[2] : m[5]);
    const t = clock(h, min);
    if (t === null) return null;
    if (colon && m[3] === undefined) {
      const before = wordBefore(text, m.index);
      const raw = rawWordBefore(text, m.index);
      if (!CLOCK_CONTEXT.has(before)) return null;
      if (capitalized(raw) && !atSentenceStart(text, m.index - raw.length - 1)) return null;
    }
    return whole(m, 'time', { op: 'day', n: 0, time: t }, 'clock');
  },
};

const HOUR_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** `10 o'clock`, `ten o'clock in the evening`: the hour as written, afternoon or evening after it adds 12. */
const oclock: Rule = {
  id: 'clock-oclock',
  reason: 'an hour with o\'clock; "in the afternoon/evening/at night" after it makes it p.m.',
  needs: CLOCK,
  reach: 1,
  pattern: /\b(1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock(?![a-z])(\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night)?/gi,
  build(m) {
    let h = HOUR_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const part = m[2]?.toLowerCase() ?? '';
    if (/afternoon|evening|night/.test(part) && h < 12) h += 12;
    if (/morning/.test(part) && h === 12) h = 0;
    const t = clock(h, 0);
    return t === null ? null : whole(m, 'time', { op: 'day', n: 0, time: t }, 'clock');
  },
};

/** `noon`, `midnight`, `midday`. */
const namedTime: Rule = {
  id: 'clock-named',
  reason: 'noon, midday and midnight are clock times (midnight is T24:00, the end of the day)',
  needs: DEICTIC,
  reach: 0,
  requires: NOON_WORD,
  pattern: /\b(noon|midday|midnight)(?![a-z-])/gi,
  build(m, text) {
    const w = m[1]!.toLowerCase();
    if (capitalized(m[1]!) && !atSentenceStart(text, m.index)) return null;
    return whole(m, 'time', { op: 'day', n: 0, time: w === 'midnight' ? '24:00' : '12:00' }, 'clock');
  },
};

/** The clock proposers, in priority order. */
export const CLOCK_RULES: readonly Rule[] = [ampm, twentyFour, oclock, namedTime];
