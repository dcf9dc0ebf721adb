/**
 * @module stages/sentences/paragraphs.test — paragraph cases, one per line.
 */
import { test } from 'node:test';
import { expectParagraphs } from './testing.js';

const LONG_A = 'Negotiators met in Doha on Sunday for a fourth round of talks on a ceasefire and a hostage release deal.';
const LONG_B = 'The mediators said the gaps were narrowing but that several issues remained open, including the sequencing.';

test('blank lines', () => expectParagraphs('One.\n\nTwo.\n \t\nThree.', ['One.', 'Two.', 'Three.']));
test('several blank lines and padding', () => expectParagraphs('\n\n  One.  \n\n\n\n  Two.\n', ['One.', 'Two.']));
test('headline then body', () => expectParagraphs('Truce talks resume\nThe mediators met on Monday and agreed to continue.', ['Truce talks resume', 'The mediators met on Monday and agreed to continue.']));
test('one paragraph per long line', () => expectParagraphs(`${LONG_A}\n${LONG_B}`, [LONG_A, LONG_B]));
test('short lines that each end a sentence', () => expectParagraphs('Talks resumed.\nHamas replied.\nIsrael waited.', ['Talks resumed.', 'Hamas replied.', 'Israel waited.']));
test('hard-wrapped lines join', () => expectParagraphs('The envoys said on Tuesday that a draft\nwas ready for both delegations to review\nbefore the weekend.', ['The envoys said on Tuesday that a draft\nwas ready for both delegations to review\nbefore the weekend.']));
test('wrapped paragraphs separated by a short last line', () => expectParagraphs('The envoys said on Tuesday that a draft was\nready for review by both delegations soon.\nIt was.\nAnother paragraph begins here and it runs on\nfor a while longer.', ['The envoys said on Tuesday that a draft was\nready for review by both delegations soon.\nIt was.', 'Another paragraph begins here and it runs on\nfor a while longer.']));
test('subheading inside wrapped text', () => expectParagraphs('The first round ended without a deal on Monday.\nWhat comes next\nThe second round is due to start in Cairo soon.', ['The first round ended without a deal on Monday.', 'What comes next', 'The second round is due to start in Cairo soon.']));
test('list items', () => expectParagraphs('The demands:\n- a full withdrawal\n- a prisoner release', ['The demands:', '- a full withdrawal', '- a prisoner release']));
test('lower-case line continues a long line', () => expectParagraphs(`${LONG_A.slice(0, -1)} on\nthe same day.`, [`${LONG_A.slice(0, -1)} on\nthe same day.`]));
test('web copy: headline and byline lines above long lines', () => expectParagraphs(`Envoys return to Cairo as pressure grows on both sides\nBy Ana Ruiz\n\n${LONG_A}`, ['Envoys return to Cairo as pressure grows on both sides', 'By Ana Ruiz', LONG_A]));
test('empty text', () => expectParagraphs(' \n \n', []));
test('Windows line ends', () => expectParagraphs('One.\r\n\r\nTwo.', ['One.', 'Two.']));
test('a headline above a dateline ends its paragraph however short the body', () => expectParagraphs('Hostage talks resume in Cairo\nCAIRO (Reuters) – Negotiators met.', ['Hostage talks resume in Cairo', 'CAIRO (Reuters) – Negotiators met.']));
