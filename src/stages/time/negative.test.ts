/**
 * @module stages/time/negative.test — numbers and words that are NOT time expressions.
 */
import { test } from 'node:test';
import { expectNoTimes, expectOnlySpans, expectTimes } from './testing.js';

test('a resolution number', () => expectNoTimes('The council passed Resolution 2735 unanimously.'));
test('a resolution that looks like a year', () => expectNoTimes('Members debated Resolution 2024 at length.'));
test('a count of hostages', () => expectNoTimes('Hamas holds 33 hostages in tunnels.'));
test('a count with a thousands comma', () => expectNoTimes('Israel agreed to free 1,000 prisoners.'));
test('an exchange ratio', () => expectNoTimes('Both sides discussed a 1000-for-1000 exchange.'));
test('a year-like count before a plural', () => expectNoTimes('There were 2000 protesters outside the gates.'));
test('about a year-like count', () => expectNoTimes('They counted about 1950 trucks at the crossing.'));
test('a phone number', () => expectNoTimes('Reporters can call 202-555-2024 for details.'));
test('a phone number in groups', () => expectNoTimes('The hotline is +44 20 7946 1999 for families.'));
test('No. before a number', () => expectNoTimes('It was item No. 2 on the agenda.'));
test('a score', () => expectNoTimes('The match ended 3-1 after extra play.'));
test('a ratio that looks like a clock', () => expectNoTimes('The committee voted 2:1 in favour.'));
test('the 1967 lines has only the year', () => expectOnlySpans('The map follows the 1967 lines closely.', ['1967']));
test('a version number', () => expectNoTimes('The app reached version 2.1.3 after the update.'));
test('a flight number', () => expectNoTimes('Flight 1972 landed safely in Larnaca.'));
test('a statute section', () => expectNoTimes('Section 1983 claims were filed against the city.'));
test('a product name with a year-like number', () => expectNoTimes('Windows 2000 is still used in some ministries.'));
test('may as a modal verb', () => expectNoTimes('The talks may collapse without guarantees.'));
test('May as a sentence-initial modal', () => expectNoTimes('May the negotiators find a way.'));
test('May as a surname', () => expectNoTimes('Theresa May spoke to reporters.'));
test('march as a verb', () => expectNoTimes('Protesters march to the square in silence.'));
test('a protest march', () => expectNoTimes('A protest march drew thousands downtown.'));
test('June as a first name', () => expectNoTimes('Singer June Carter performed for the troops.'));
test('Sunday in a newspaper name', () => expectNoTimes('The Sunday Times reported the story first.'));
test('Bloody Sunday', () => expectNoTimes('Marchers remembered Bloody Sunday in Derry.'));
test('Fall in a place name', () => expectNoTimes('Residents of Fall Creek were evacuated.'));
test('fall as a noun', () => expectNoTimes('The fall of the city shocked the region.'));
test('a fall in prices', () => expectNoTimes('Traders noted a fall in prices.'));
test('Arab Spring', () => expectNoTimes('The Arab Spring reshaped the region.'));
test('a percentage', () => expectNoTimes('Prices rose 2.5% while wages rose 12 percent.'));
test('money', () => expectNoTimes('The fund holds $2.4 billion and €1,500 in cash.'));
test('an age', () => expectNoTimes('A 52-year-old man was arrested.'));
test('an age after a name', () => expectNoTimes('The suspect, 45 years old, was detained.'));
test('USA Today', () => expectNoTimes('A USA Today poll found broad support.'));
test('a film title', () => expectNoTimes('He watched High Noon with his son.'));
test('a television show', () => expectNoTimes('She told 60 Minutes that the plan had failed.'));
test('an ordinal second', () => expectNoTimes('A second group of envoys arrived.'));
test('a fraction of a quarter', () => expectNoTimes('More than a quarter of the aid was blocked.'));
test('a rate is not a duration', () => expectNoTimes('The fuel costs $5 a day per family.'));
test('now-defunct', () => expectNoTimes('The now-defunct agency kept records.'));
test('present as an adjective', () => expectNoTimes('Officials present at the signing applauded.'));
test('the previous talks', () => expectNoTimes('The previous talks ended in disagreement.'));
test('an ordinal before a noun is no day', () => expectNoTimes('Envoys gathered on the 15th round of talks by the 16th day of the truce.'));
test('an ordinal before a name is no day', () => expectNoTimes('Lawyers cited rights held since the 15th Amendment.'));
test('an ordinal without a preposition of time is no day', () => expectNoTimes('She finished the 3rd of 40 runners, the 3rd.'));
test('a count before a noun that ends the sentence', () => expectNoTimes('The army said it had freed 2014 prisoners.'));
test('a range of counts before a count noun', () => expectNoTimes('The motion won 2014-2016 votes.'));
test('an ordinal in a range of ordinals before a noun is no day', () => expectNoTimes('Troops moved from the 3rd to the 5th position.'));
test('for the 3rd time is no day', () => expectNoTimes('Talks failed for the 3rd time.'));

// a past verb whose date is a target, not a time of the verb, does not force the past
test('a deadline a past verb moved stays ahead', () => expectTimes('The parties extended the truce to November.', '2024-10-15', [['November', '2024-11']]));
test('a month named after a noun is not governed by the verb before it', () => expectTimes('Officials approved the budget for the November vote.', '2024-10-15', [['November', '2024-11']]));
test('an adjective in -ed before the preposition is no governing verb', () => expectTimes('The board will buy back 2 million preferred shares on Jan. 5.', '2024-12-20', [['Jan. 5', '2025-01-05']]));
test('a participle after "has" with a date as its object governs nothing', () => expectTimes('The union has set Jan. 5 as the deadline for a reply.', '2024-12-20', [['Jan. 5', '2025-01-05']]));
test('a war named after a holiday is no date', () => expectOnlySpans('Veterans of the 1973 Yom Kippur War gathered in Haifa.', ['1973']));
test('an agreement named after a holiday is no date', () => expectNoTimes('Both sides cited the Good Friday Agreement as a model.'));
test('Eid as a surname is no date', () => expectNoTimes('The analyst Bassem Eid criticised the plan.'));
test('a past verb before "to" and a verb leaves the month soft', () => expectTimes('The sides agreed to meet in November.', '2024-10-15', [['November', '2024-11']]));
test('a count after a date and a comma is no day of a list', () => expectOnlySpans('On Jan. 14, 16 people were hurt and 18 more fled.', ['Jan. 14']));
test('"expected in" a month is no past participle', () => expectTimes('A deal is expected in March.', '2025-02-22', [['March', '2025-03']]));
test('a mid-size firm is no time', () => expectOnlySpans('A mid-size firm won the contract.', []));
test('Ramadan as a month-long period is no day', () => expectNoTimes('Fighting raged during Ramadan, residents said.'));
