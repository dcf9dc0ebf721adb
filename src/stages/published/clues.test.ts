import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateLine, eventMentions, tripClues, tripSeries, warLengthClues } from './clues.js';

describe('dateLine', () => {
  const cases: Array<[string, string | null]> = [
    [' date 2024-02-02 The mediators met again.', '2024-02-02'],
    ['Published June 10, 2024\n\nTalks resumed.', '2024-06-10'],
    ['By Jo Reporter\nUpdated: 3 March 2025\nText.', '2025-03-03'],
    ['Posted on Tuesday, April 30, 2024 — Talks.', '2024-04-30'],
    ['The date of the vote was not set.', null],
    ['Officials said the deal, published June 10, 2024, stands.', null],
    ['Talks resume\n\nBy Jo Reporter\nAugust 15, 2024\n\nDOHA - Talks resumed.', '2024-08-15'],
    ['Talks resume\nThursday, 15 August 2024 14:05 GMT\nText.', '2024-08-15'],
    ['Talks resume\nAugust 15, 2024, was the day talks began.', null],
    ['Talks resume\nAugust 15\nText.', null],
    ['Talks resume\n\nBy Jo Reporter | Published 11 Mar 2025, 08:00 GMT\n\nText.', '2025-03-11'],
    ['Talks resume\nWorld · Updated 3 March 2025\nText.', '2025-03-03'],
    ['Talks resume\nThe memo, published June 10, 2024, stands.', null],
  ];
  for (const [text, value] of cases) it(JSON.stringify(text.slice(0, 40)), () => assert.equal(dateLine(text, 'd')?.date.value ?? null, value));
  it('spans the date line and knows an update', () => {
    const d = dateLine('Updated 2025-03-03\nText', 'd')!;
    assert.equal(d.span.text, 'Updated 2025-03-03');
    assert.equal(d.updated, true);
  });
  it('an update date before the publication date on one line: the publication date, not an update', () => {
    const d = dateLine('Talks resume\nUpdated March 4, 2025 · Published March 3, 2025\nText', 'd')!;
    assert.deepEqual([d.date.value, d.updated], ['2025-03-03', false]);
  });
  it('a publication date before an update date on one line: the publication date', () => {
    const d = dateLine('Talks resume\nPublished March 3, 2025 · Updated March 4, 2025\nText', 'd')!;
    assert.deepEqual([d.date.value, d.updated], ['2025-03-03', false]);
  });
  it('only looks near the top', () => assert.equal(dateLine(`${'word '.repeat(100)}\nPublished June 10, 2024`, 'd'), null));
});

describe('eventMentions', () => {
  it('dates "October 7" in an article about Hamas', () => {
    const m = eventMentions('It was his seventh trip since the Hamas attack of October 7.', 'd');
    assert.deepEqual(m.map((x) => [x.span.text, x.year, x.month, x.day, x.tense]), [['October 7', 2023, 10, 7, 'past']]);
  });
  it('ignores the same words in an unrelated article', () => assert.deepEqual(eventMentions('The budget vote is on October 7.', 'd'), []));
  it('leaves a date with its own year to the time tagger', () => assert.deepEqual(eventMentions('Hamas attacked on October 7, 2023.', 'd'), []));
  it('a date that names its event only in context needs a word of it in its sentence', () => {
    const events = [{ name: 'truce', date: '2025-01-19', source: 'x', mentions: ['Jan. 19'], context: ['Gaza'], war: false, mentionContext: ['ceasefire', 'truce'] }];
    // sentences as the sentences stage gives them (`Jan.` is no sentence end)
    const first = 'Aid to Gaza rose. The ceasefire that took effect on Jan. 19 held.';
    const hit = eventMentions(first, 'd', [{ start: 0, end: 17 }, { start: 18, end: first.length }], events);
    assert.deepEqual(hit.map((x) => [x.span.text, x.year, x.month, x.day]), [['Jan. 19', 2025, 1, 19]]);
    const second = 'The ceasefire held in Gaza. Talks began on Jan. 19 in Cairo.';
    assert.deepEqual(eventMentions(second, 'd', [{ start: 0, end: 27 }, { start: 28, end: second.length }], events), []);
  });
});

describe('tripClues', () => {
  const series = [{ person: 'p', name: "P's trips", words: ['trip', 'round of shuttle diplomacy'], trips: [{ n: 3, from: '2024-02-05', to: '2024-02-08' }] }];
  it('dates "his third trip" by the numbered trip of the person named', () => {
    const [c] = tripClues('It was his third trip to the region since the war began.', 'd', (k) => k === 'p', series);
    assert.deepEqual([c!.earliest, c!.latest, c!.span!.text], ['2024-02-05', '2024-02-11', 'his third trip']);
  });
  it('says nothing when the person is not named or the trip is unknown', () => {
    assert.deepEqual(tripClues('It was his third trip.', 'd', () => false, series), []);
    assert.deepEqual(tripClues('It was his ninth round of shuttle diplomacy.', 'd', () => true, series), []);
  });
  it('a trip told as ahead ("will travel … on his third trip") dates the week before it up to its second day', () => {
    const [c] = tripClues('The minister will travel to the region this week on his third trip since the war began.', 'd', (k) => k === 'p', series);
    assert.deepEqual([c!.earliest, c!.latest], ['2024-01-29', '2024-02-06']);
    // told as done: during the trip or just after, as before
    const [d] = tripClues('He ended his third trip in Cairo. He will return in May.', 'd', (k) => k === 'p', series);
    assert.deepEqual([d!.earliest, d!.latest], ['2024-02-05', '2024-02-11']);
  });
  it('the shipped data loads and is ordered', () => assert.ok(tripSeries().every((s) => s.trips.every((t) => t.from <= t.to))));
});

describe('warLengthClues', () => {
  it('counts "15 months of war" from the start of the Gaza war', () => {
    const [c] = warLengthClues('After 15 months of war in Gaza, Hamas agreed.', 'd');
    assert.deepEqual([c!.earliest, c!.latest, c!.span!.text], ['2025-01-07', '2025-02-07', '15 months of war']);
  });
  it('reads number words and "into the war"', () => {
    const [c] = warLengthClues('Two years into the war, Kyiv and the Kremlin met.', 'd');
    assert.deepEqual([c!.earliest, c!.latest], ['2024-02-24', '2025-02-24']);
  });
  it('reads "the war, now in its third year" as two to three years after its start', () => {
    const [c] = warLengthClues('The war in Sudan, now in its third year, has displaced millions.', 'd');
    assert.deepEqual([c!.earliest, c!.latest], ['2025-04-15', '2026-04-15']);
  });
  it('reads "as the war enters its 100th day"', () => {
    const [c] = warLengthClues('Kyiv braced for more strikes as the war entered its 100th day.', 'd');
    assert.deepEqual([c!.earliest, c!.latest], ['2022-06-03', '2022-06-04']);
  });
  it('reads "the war began nearly two years ago" as one to two years after its start', () => {
    const [c] = warLengthClues('Israelis rallied in Tel Aviv, the largest protest since the war in Gaza began nearly two years ago.', 'd');
    assert.deepEqual([c!.earliest, c!.latest], ['2024-10-07', '2025-10-07']);
  });
  it('reads "the start of the full-scale invasion more than three years ago"', () => {
    const [c] = warLengthClues('It was the largest swap since the start of the full-scale invasion more than three years ago, Kyiv said.', 'd');
    assert.deepEqual([c!.earliest, c!.latest], ['2025-02-24', '2026-02-24']);
  });
  it('reads "day 500 of the war" and "the 100th day of the war"', () => {
    assert.deepEqual(warLengthClues('On day 500 of the war in Gaza, Hamas said it would talk.', 'd').map((c) => [c.earliest, c.latest]), [['2025-02-17', '2025-02-18']]);
    assert.deepEqual(warLengthClues('It was the 100th day of the war, Kyiv said.', 'd').map((c) => [c.earliest, c.latest]), [['2022-06-03', '2022-06-04']]);
  });
  it('reads "since Moscow\'s full-scale invasion nearly three years ago"', () => assert.deepEqual(warLengthClues('It was the tenth swap since Moscow\'s full-scale invasion nearly three years ago, Kyiv said.', 'd').map((c) => [c.earliest, c.latest]), [['2024-02-24', '2025-02-24']]));
  it('reads "after the war broke out two weeks ago" once', () => assert.deepEqual(warLengthClues('Delegates of the army and the RSF met after the war broke out two weeks ago.', 'd').map((c) => [c.earliest, c.latest]), [['2023-04-29', '2023-05-06']]));
  it('reads "the war raged on for a third year"', () => assert.deepEqual(warLengthClues('The war in Ukraine raged on for a third year as Russia pressed in the east.', 'd').map((c) => [c.earliest, c.latest]), [['2024-02-24', '2025-02-24']]));
  it('"fighting … for a third week" may be one battle, not the war: nothing', () => assert.deepEqual(warLengthClues('Fighting around El Fasher raged for a third week, the RSF said.', 'd'), []));
  it('stays silent when the war is ambiguous or unknown', () => {
    assert.deepEqual(warLengthClues('Six months of war have passed.', 'd'), []);
    assert.deepEqual(warLengthClues('Six months of war in Gaza and Ukraine.', 'd'), []);
  });
});
