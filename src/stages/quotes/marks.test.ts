/**
 * @module stages/quotes/marks.test — pairing quotation marks (pass 01).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pairMarks } from './01-marks.js';
import { viewOfText } from './view.js';

/** The quoted spans of `text`, each as `depth:how:content`. */
function expectMarks(text: string, expected: readonly string[]): void {
  assert.deepEqual(pairMarks(viewOfText(text)).map((m) => `${m.depth}:${m.how}:${text.slice(m.start, m.end)}`), expected);
}

describe('pairMarks', () => {
  it('curly double', () => expectMarks('He said “yes” twice.', ['0:paired:yes']));
  it('straight double', () => expectMarks('He said "yes" and "no".', ['0:paired:yes', '0:paired:no']));
  it('curly single', () => expectMarks('‘Go home,’ she said.', ['0:paired:Go home,']));
  it('guillemets', () => expectMarks('«Non», dit-il.', ['0:paired:Non']));
  it('German low-high', () => expectMarks('Er sagte „ja“ dazu.', ['0:paired:ja']));
  it('two apostrophes', () => expectMarks("''It is over,'' he said.", ['0:paired:It is over,']));
  it('nested single in double', () => expectMarks('“The text says ‘pause’ only,” she said.', ["0:paired:The text says ‘pause’ only,", '1:paired:pause']));
  it('a plural possessive inside a single-quoted quotation is an apostrophe when a later mark closes it', () => {
    expectMarks('‘We won’t accept a deal that ignores our members’ jobs,’ said Lynch.', ['0:paired:We won’t accept a deal that ignores our members’ jobs,']);
    expectMarks("'It is about the nurses' safety,' she said.", ["0:paired:It is about the nurses' safety,"]);
    expectMarks('The union called it ‘a slap in the face for members’ and vowed to fight on.', ['0:paired:a slap in the face for members']);
  });
  it('an apostrophe is not a mark', () => expectMarks("Hamas' leaders and Israel’s cabinet met.", []));
  it('continued over paragraphs by an opening mark', () => expectMarks('“First part.\n\n“Second part,” he said.', ['0:continued:First part.\n\n“Second part,']));
  it('left open at the end of a paragraph with no continuation', () => expectMarks('“Never closed\n\nNext paragraph.', ['0:unclosed:Never closed']));
  it('marks inside markup are skipped', () => expectMarks('<a href="x">link</a> and "words".', ['0:paired:words']));
});
