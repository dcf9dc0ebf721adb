/**
 * @module stages/events/arguments.test — the string helpers of pass 5 answer as the regular expressions they replace; where an event's place is read.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstWord, isWhite } from './05-arguments.js';
import { findEventsIn } from './testing.js';

describe('firstWord and isWhite', () => {
  it('read white space as \\s does, for every code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isWhite(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });
  it('give what split(/\\s+/)[0] gives', () => {
    for (const s of ['said', 'told reporters', ' leading', '', 'a\u00a0b', 'x\ty', 'x\u2028y']) assert.equal(firstWord(s), s.split(/\s+/)[0]);
  });
});

describe('location', () => {
  /** The names of the places of the events of `type` in `text`. */
  function placesOf(text: string, type: string): (string | null)[] {
    const found = findEventsIn(text, '2025-01-15');
    return found.events.filter((e) => e.value.type === type).map((e) => (e.value.location === null ? null : found.name(e.value.location)));
  }
  it('a place of the reporting clause is not the reported event’s', () => {
    assert.deepEqual(placesOf('Hamas freed 33 hostages last week. The minister told a news conference in Doha that the truce would take effect on Sunday.', 'ceasefire_start'), [null]);
  });
  it('a place before the trigger in its own clause still counts', () => {
    assert.deepEqual(placesOf('Hamas freed 33 hostages last week. In Gaza, the truce took effect on Sunday.', 'ceasefire_start'), ['Gaza']);
  });
});
