/**
 * @module stages/citations/negative.test — texts that must NOT yield a citation.
 */
import { test } from 'node:test';
import { expectCitations, expectNone } from './testing.js';

test('Reuters as a surname', () => expectNone('According to Professor Anna Reuters, the law is unclear.'));
test('an honorific before an outlet name', () => expectNone('The envoy told Mr. Reuters that he would wait.'));
test('according to the plan', () => expectNone('According to the plan, troops would withdraw in stages.'));
test('the report said, without an outlet', () => expectNone('The report said the crossing would reopen on Monday.'));
test('Times Square', () => expectNone('Crowds gathered in Times Square on Friday night.'));
test('Capitol Hill is not The Hill', () => expectNone('According to Capitol Hill aides, the vote will slip.'));
test('told reporters', () => expectNone('The minister told reporters in Doha that talks continued.'));
test('told a person', () => expectNone('Netanyahu told Blinken that Israel needed more time.'));
test('a place after according to', () => expectNone('According to Egypt, the delegations will return next week.'));
test('a possessive that is not a source', () => expectNone('Officials pulled back, citing Hamas’s refusal of key terms.'));
test('an outlet mentioned, not cited', () => expectNone('Al Jazeera’s office in the city was closed last year.'));
test('an acronym defined in brackets', () => expectNone('The Anadolu Agency (AA) opened a bureau there.'));
test('a body in brackets is not a wire credit', () => expectNone('The Israel Defense Forces (IDF) withdrew from the town.'));
test('a picture credit line', () => expectNone('Talks went on late.\n\nAP Photo/Jane Doe\n\nThe next round starts Monday.'));
test('a credit via an agency', () => expectNone('Talks went on late.\n\nRami Haddad/Port Authority via AP\n\nThe next round starts Monday.'));
test('a photographer / agency line', () => expectNone('Talks went on late.\n\nLena Ortiz / Reuters.\n\nThe next round starts Monday.'));
test('a middle initial before a surname', () => expectNone('The donors were led by Michael R. Bloomberg.'));
test('an unknown person in a source list', () => expectNone('More in our newsletter [Marina Lopez, Field Notes]'));
test('a weekday after an outlet is not part of it', () => expectCitations('She told CNN Sunday that the offer stood.', ['CNN/outlet']));
test('a Wikipedia-style summary', () => expectNone('A Wikipedia-style summary followed the article.'));
test('the words sources of', () => expectNone('Several sources of funding were discussed.'));
test('individuals involved in a task', () => expectNone('He declined to name any individuals involved in the writing.'));
test('a short form with nothing before it', () => expectNone('Smith told the Post that the plan was dropped.'));
test('a spokesman for a named body is not anonymous', () => expectCitations('A spokesman informed AFP that the convoy had left.', ['Agence France-Presse/agency']));
test('Saba the person', () => expectNone('The poet told Saba that the verses were hers.'));
test('a sentence ending in a capitalized word before a new line', () => expectNone('He flew to Cairo.\n\nReuters is a news agency founded in London.'));
test('an unknown name that reports, with no descriptor', () => expectNone('Harbour Light reported that the talks had stalled.'));
