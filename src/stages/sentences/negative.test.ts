/**
 * @module stages/sentences/negative.test — cases that must NOT split and must NOT be datelines.
 */
import { test } from 'node:test';
import { expectDateline, expectParagraphs, expectSentences } from './testing.js';

const one = (text: string): void => expectSentences(text, [text]);

test('no split after U.S. before a noun', () => one('U.S. officials and U.N. monitors toured the crossing.'));
test('no split after Gen. before a name', () => one('Maj. Gen. Yadin and Lt. Col. Peres briefed reporters.'));
test('no split after Sept. before a day', () => one('The window closes Sept. 30 unless both sides extend it.'));
test('no split after Dr. and Mr.', () => one('Dr. Salem thanked Mr. Katz and Mrs. Katz for hosting.'));
test('no split after St.', () => one('A vigil was held at St. Mark’s Square on Sunday.'));
test('no split after No. before a number', () => one('The convoy was listed as No. 14 in the schedule.'));
test('no split after a.m. before a weekday', () => one('Polls open at 7 a.m. Thursday across the region.'));
test('no split at initials', () => one('Former envoy George J. Mitchell and W. E. B. Du Bois were cited.'));
test('no split in decimals', () => one('Inflation hit 3.75 percent while the shekel fell 0.4 percent.'));
test('no split in a clock time', () => one('The statement came at 10:45 local time.'));
test('no split at a mid-sentence ellipsis', () => one('The guarantees … were never written down.'));
test('no split before a lower-case speech tag', () => one('“We have done our part,” the minister said.'));
test('no split at a quoted question before a lower-case tag', () => one('“Is anyone listening?” asked one father.'));
test('no split at a quoted exclamation before a lower-case word', () => one('“Never!” came the reply from the bench.'));
test('no split in a split quotation', () => one('"Israel," she said, "has not seen the final text."'));
test('no split at e.g. or vs.', () => one('Issues, e.g. the Rafah crossing, pitted Cairo vs. Jerusalem.'));
test('no split in a URL or e-mail', () => one('Details at https://example.org/v1.2/text and info@example.org today.'));
test('no split before a comma after an acronym', () => one('Mediators from the U.N., Egypt and Qatar signed.'));
test('no split in an abbreviated company name', () => one('Acme Corp. Vice President Lee Chan denied the report.'));

test('no dateline in an ordinary sentence', () => expectDateline('The talks — held in secret — ended on Monday.', null));
test('no dateline for U.S. with a dash', () => expectDateline('U.S. — and Israeli — officials disagreed.', null));
test('no dateline for an all-caps headline without a dash', () => expectDateline('ISRAEL AND HAMAS AGREE TO PAUSE\n\nThe deal was announced late.', null));
test('no dateline for an all-caps headline with a dash', () => expectDateline('TRUCE TALKS — LATEST NEWS\n\nThe deal was announced late.', null));
test('no dateline for a story label', () => expectDateline('BREAKING — Israel and Hamas agreed to a pause.', null));
test('no dateline for live updates', () => expectDateline('LIVE UPDATES - The latest on the talks.', null));
test('no dateline mid-text', () => expectDateline('The envoys met on Monday.\n\nLater they flew on.\nCAIRO — Talks resumed.', null));
test('no dateline deep in the body after a full paragraph', () => expectDateline('Negotiators met again on Monday.\n\nDOHA — Talks resumed.', null));
test('no dateline when a lower-case word follows the dash', () => expectDateline('NATO — the alliance — has no role here.', null));
test('no dateline for a title-case place', () => expectDateline('Cairo — Talks resumed on Monday.', null));
test('no dateline for a hyphenated caps word', () => expectDateline('COVID-19 restrictions were lifted.', null));
test('a wrapped line ending in a word that runs on is no headline above a dateline', () => expectParagraphs('The talks on Monday brought together the foreign ministers of\nNATO, the European Union and the G7 to agree on aid.', ['The talks on Monday brought together the foreign ministers of\nNATO, the European Union and the G7 to agree on aid.']));
test('no split inside a dotted party-state label', () => one('Sen. Ada Lyle (R-N.C.) and Rep. Tom Fenn, D-N.J., signed the letter.'));
