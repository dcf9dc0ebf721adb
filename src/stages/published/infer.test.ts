import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchorMentions, busiest, inferPublished, middleDay, type Activity, type Clue, type DateMention } from './infer.js';

const span = (start: number, text = 'x') => ({ doc: 'd', start, end: start + text.length, text });
const role = (earliest: string | null, latest: string | null, reason = 'role'): Clue => ({ earliest, latest, reason, span: span(0, 'role'), strength: 'strong' });
const mention = (start: number, year: number | null, month: number | null, day: number | null, tense: DateMention['tense'] = 'past'): DateMention => ({ span: span(start), year, month, day, tense });
const REF = '2026-11-21';

describe('inferPublished', () => {
  it('a role alone bounds the interval; the value is its middle', () => {
    const p = inferPublished([role('2025-01-21', null)], [], REF)!;
    assert.deepEqual([p.method, p.earliest, p.latest, p.value, p.precision], ['inferred', '2025-01-21', REF, '2025-12-21', 'day']);
  });
  it('the middle of a long interval is a month', () => {
    const p = inferPublished([role('2009-01-20', '2017-01-20')], [], REF)!;
    assert.deepEqual([p.value, p.precision], ['2013-01', 'month']);
  });
  it('across two periods the value halves the allowed days, not the hull (which would fall in the gap)', () => {
    const pm: Clue = { earliest: '2017-01-20', latest: null, reason: 'Trump administration', span: span(0), strength: 'strong', periods: [{ earliest: '2017-01-20', latest: '2021-01-20' }, { earliest: '2025-01-20', latest: null }] };
    const p = inferPublished([pm, role('2018-01-01', '2025-06-30')], [], REF)!;
    assert.deepEqual([p.earliest, p.latest, p.value], ['2018-01-01', '2025-06-30', '2019-10']);
    assert.ok(p.evidence.includes('possible: 2018-01-01..2021-01-20 or 2025-01-20..2025-06-30'));
  });
  it('an era clue keeps only the term of a role it meets', () => {
    const trump: Clue = { earliest: '2017-01-20', latest: null, reason: 'Trump administration', span: span(0), strength: 'strong', periods: [{ earliest: '2017-01-20', latest: '2021-01-20' }, { earliest: '2025-01-20', latest: null }] };
    const war: Clue = { earliest: '2023-10-07', latest: null, reason: 'war in Gaza', span: span(30), strength: 'era' };
    const p = inferPublished([war, trump], [], REF)!;
    assert.deepEqual([p.earliest, p.latest], ['2025-01-20', REF]);
  });
  it('a role outranks an era that contradicts it', () => {
    const war: Clue = { earliest: '2023-10-07', latest: null, reason: 'war in Gaza', span: span(30), strength: 'era' };
    const p = inferPublished([war, role('2013-02-01', '2017-01-20', 'Kerry')], [], REF)!;
    assert.deepEqual([p.earliest, p.latest], ['2013-02-01', '2017-01-20']);
    assert.ok(p.evidence.some((e) => typeof e === 'string' && /war in Gaza.*ignored/.test(e)));
  });
  it('a year-less day of unknown tense does not bound the interval (it may lie ahead)', () => {
    const p = inferPublished([role('2024-01-01', '2024-12-31')], [mention(10, null, 3, 3, 'unknown')], REF)!;
    assert.deepEqual([p.earliest, p.latest], ['2024-01-01', '2024-12-31']);
  });
  it('the latest past date mentioned is the lower bound and the best value', () => {
    const p = inferPublished([role('2021-01-26', '2025-01-20')], [mention(10, 2023, 10, 7), mention(50, 2024, 3, null)], REF)!;
    assert.deepEqual([p.earliest, p.latest, p.value, p.precision], ['2024-03-01', '2025-01-20', '2024-03', 'month']);
  });
  it('a short period beside a long one does not pull the value towards the gap', () => assert.equal(middleDay([{ earliest: '2021-01-26', latest: '2021-06-13' }, { earliest: '2022-12-29', latest: '2025-01-20' }]), '2023-11-01'));
  it('one period: its middle', () => assert.equal(middleDay([{ earliest: '2024-01-01', latest: '2024-01-31' }]), '2024-01-16'));
  it('the best value is never before the interval', () => {
    const p = inferPublished([role('2025-01-21', null)], [mention(10, 2023, 10, null)], REF)!;
    assert.deepEqual([p.earliest, p.value, p.precision], ['2025-01-21', '2025-12-21', 'day']);
  });
  it('a bare year of unknown tense bounds nothing, a past one does', () => {
    assert.equal(inferPublished([role('2009-01-20', '2017-01-20')], [mention(0, 2016, 9, 11), mention(9, 2025, null, null, 'unknown')], REF)!.value, '2016-09-11');
    assert.equal(inferPublished([role('2009-01-20', '2017-01-20')], [mention(0, 2012, null, null, 'past')], REF)!.earliest, '2012-01-01');
  });
  it('a future-tense date bounds nothing', () => {
    const p = inferPublished([role('2021-01-26', '2025-01-20')], [mention(10, 2024, 6, 1, 'future')], REF)!;
    assert.equal(p.earliest, '2021-01-26');
  });
  it('year-less dates take the year closest to the last anchored date', () => {
    const p = inferPublished([role('2022-12-29', null)], [mention(0, 2023, 10, 7), mention(20, null, 11, 22), mention(40, null, 12, 1)], REF)!;
    assert.deepEqual([p.value, p.earliest], ['2023-12-01', '2023-12-01']);
  });
  it('drops a clue that contradicts stronger evidence and says so', () => {
    const p = inferPublished([role('2025-01-21', null, 'Rubio as Secretary of State'), role(null, '2020-01-01', 'conflicting')], [], REF)!;
    assert.equal(p.earliest, '2025-01-21');
    assert.ok(p.evidence.some((e) => typeof e === 'string' && /conflicting.*ignored/.test(e)));
  });
  it('keeps the one term of a many-term office that fits the other evidence', () => {
    const pm: Clue = { earliest: '1996-06-18', latest: null, reason: 'Prime Minister Netanyahu', span: span(0), strength: 'strong', periods: [{ earliest: '1996-06-18', latest: '1999-07-06' }, { earliest: '2009-03-31', latest: '2021-06-13' }, { earliest: '2022-12-29', latest: null }] };
    const p = inferPublished([pm, role('2023-10-07', null, 'October 7')], [], REF)!;
    assert.deepEqual([p.earliest, p.latest], ['2023-10-07', REF]);
    const both = inferPublished([pm, role('2021-01-26', '2025-01-20', 'Blinken')], [], REF)!;
    assert.deepEqual([both.earliest, both.latest], ['2021-01-26', '2025-01-20'], 'two terms fit: their hull');
    const alone = inferPublished([pm], [], REF)!;
    assert.deepEqual([alone.earliest, alone.latest], ['1996-06-18', REF], 'alone, the hull of the terms');
  });
  it('in a narrow interval, weekdays said in the past pick the day', () => {
    const p = inferPublished([role('2024-04-29', '2024-05-04')], [], REF, [{ day: 1, tense: 'past' }, { day: 2, tense: 'past' }, { day: 3, tense: 'future' }])!;
    assert.deepEqual([p.value, p.precision], ['2024-04-30', 'day']);
  });
  it('in a narrow interval, a weekend said in the past has happened once its Sunday has', () => {
    // 2024-04-29 is a Monday: the Sunday before it was the weekend's second day
    const p = inferPublished([role('2024-04-28', '2024-05-04')], [], REF, [{ day: 6, tense: 'past', weekend: true }])!;
    assert.deepEqual([p.value, p.precision], ['2024-04-28', 'day']);
  });
  it('returns null when nothing is known', () => assert.equal(inferPublished([], [], REF), null));
  it('never goes past the reference date', () => {
    const p = inferPublished([], [mention(0, 2030, 1, 1)], REF);
    assert.equal(p, null, 'a mention after the reference date is no evidence');
  });
});

describe('anchorMentions', () => {
  it('leaves a year-less date unresolved when the interval spans many years and nothing anchors it', () => {
    assert.deepEqual(anchorMentions([mention(0, null, 11, 22)], { earliest: '2010-01-01', latest: REF }), []);
  });
  it('resolves a year-less date when only one year fits the interval', () => {
    const r = anchorMentions([mention(0, null, 4, null)], { earliest: '2023-10-07', latest: '2024-09-30' });
    assert.deepEqual(r.map((m) => m.value), ['2024-04']);
  });
});

describe('busiest', () => {
  const periods = [{ earliest: '2016-05-03', latest: '2016-11-08' }, { earliest: '2024-03-12', latest: '2024-11-05' }];
  const person = (name: string, ...p: [string, string][]): Activity => ({ name, span: span(0, name), periods: p.map(([earliest, latest]) => ({ earliest, latest })) });
  it('picks the period in which the most people named held a role', () => {
    const b = busiest(periods, [person('A', ['2016-07-20', '2016-11-08']), person('B', ['2013-01-01', '2017-01-20']), person('C', ['2024-07-15', '2024-11-05'])]);
    assert.deepEqual(b, { period: periods[0], people: ['A', 'B'] });
  });
  it('a tie, one period, or no role in any period picks nothing', () => {
    assert.equal(busiest(periods, [person('A', ['2016-07-20', '2016-11-08']), person('C', ['2024-07-15', '2024-11-05'])]), null);
    assert.equal(busiest([periods[0]!], [person('A', ['2016-07-20', '2016-11-08'])]), null);
    assert.equal(busiest(periods, [person('D', ['1990-01-01', '1999-01-01'])]), null);
  });
  it('the chosen period gives the value, at its middle', () => {
    const clue: Clue = { earliest: '2016-05-03', latest: '2024-11-05', reason: 'nominee', span: span(0), strength: 'strong', periods };
    const p = inferPublished([clue], [], REF, [], [person('C', ['2024-07-15', '2024-11-05'])])!;
    assert.deepEqual([p.value, p.earliest, p.latest], ['2024-07-09', '2016-05-03', '2024-11-05']);
  });
});
