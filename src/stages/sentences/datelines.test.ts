/**
 * @module stages/sentences/datelines.test — dateline cases, one per line.
 */
import { test } from 'node:test';
import { expectDateline } from './testing.js';

test('place and em dash', () => expectDateline('TEL AVIV — Sirens sounded across the city.', { place: 'TEL AVIV', date: null, agency: null, text: 'TEL AVIV —' }));
test('place, date, agency, hyphen', () => expectDateline('CAIRO, June 10 (Reuters) - Mediators met again.', { place: 'CAIRO', date: 'June 10', agency: 'Reuters', text: 'CAIRO, June 10 (Reuters) -' }));
test('place and agency', () => expectDateline('WASHINGTON (AP) — The envoy briefed senators.', { place: 'WASHINGTON', date: null, agency: 'AP' }));
test('place with region', () => expectDateline('GAZA CITY, Gaza Strip — Crowds gathered at dawn.', { place: 'GAZA CITY, Gaza Strip', date: null, agency: null }));
test('region, abbreviated month and en dash', () => expectDateline('KYIV, Ukraine, Sept. 5 (Reuters) – Officials met.', { place: 'KYIV, Ukraine', date: 'Sept. 5', agency: 'Reuters', text: 'KYIV, Ukraine, Sept. 5 (Reuters) –' }));
test('double hyphen', () => expectDateline('DOHA, Qatar (AFP) -- Talks resumed.', { place: 'DOHA, Qatar', date: null, agency: 'AFP', text: 'DOHA, Qatar (AFP) --' }));
test('two-word place', () => expectDateline('UNITED NATIONS — The council voted.', { place: 'UNITED NATIONS', date: null, agency: null }));
test('after a headline line', () => expectDateline('Truce talks resume in Qatar\n\nDOHA — Negotiators returned on Monday.', { place: 'DOHA', date: null, agency: null, text: 'DOHA —' }));
test('after a headline and a byline', () => expectDateline('Truce talks resume\nBy Ana Ruiz\nAMMAN (Reuters) - The king hosted both sides.', { place: 'AMMAN', date: null, agency: 'Reuters' }));
test('after a question headline', () => expectDateline('Will the pause hold?\n\nRAFAH, Gaza Strip (AP) — Trucks queued at the gate.', { place: 'RAFAH, Gaza Strip', date: null, agency: 'AP' }));
test('em dash without spaces', () => expectDateline('BEIRUT—Lebanese officials said on Friday.', { place: 'BEIRUT', date: null, agency: null, text: 'BEIRUT—' }));
test('two places with a slash', () => expectDateline('BEIRUT/JERUSALEM (Reuters) - Shelling eased.', { place: 'BEIRUT/JERUSALEM', date: null, agency: 'Reuters' }));
test('dotted region', () => expectDateline('WASHINGTON, D.C. — Lawmakers left town.', { place: 'WASHINGTON, D.C.', date: null, agency: null }));
test('full date with year', () => expectDateline('GENEVA, March 3, 2024 (AP) — Delegates arrived.', { place: 'GENEVA', date: 'March 3, 2024', agency: 'AP' }));
test('day before month', () => expectDateline('LONDON, 4 June (dpa) - Ministers met.', { place: 'LONDON', date: '4 June', agency: 'dpa' }));
test('accented capitals', () => expectDateline('BOGOTÁ, Colombia — Rebels signed.', { place: 'BOGOTÁ, Colombia', date: null, agency: null }));
test('dotted place word', () => expectDateline('ST. LOUIS (AP) — A rally was held.', { place: 'ST. LOUIS', date: null, agency: 'AP' }));
test('dateline on its own line', () => expectDateline('JERUSALEM (AP) —\nThe cabinet met late into the night.', { place: 'JERUSALEM', date: null, agency: 'AP', text: 'JERUSALEM (AP) —' }));
test('under a headline ending in a full stop', () => expectDateline('Envoys return to Cairo for a new round of truce talks.\n\nCAIRO, Nov. 4 (UPI) — Egyptian mediators met both delegations.', { place: 'CAIRO', date: 'Nov. 4', agency: 'UPI' }));
