/**
 * @module stages/time/durations.test — durations and sets, one case per line.
 */
import { test } from 'node:test';
import { expectNoTimes, expectTimes, expectTypedTimes } from './testing.js';

const W = '2024-05-01';

test('hyphenated duration keeps only the hyphenated word', () => expectTypedTimes('Both sides accepted a 60-day ceasefire.', W, [['60-day', 'P60D', 'duration']]));
test('42-day', () => expectTimes('The first phase is a 42-day pause.', W, [['42-day', 'P42D']]));
test('30-day in words', () => expectTimes('They signed a thirty-day truce.', W, [['thirty-day', 'P30D']]));
test('two-year', () => expectTimes('He served a two-year term.', W, [['two-year', 'P2Y']]));
test('five-hour', () => expectTimes('After a five-hour meeting, they left.', W, [['five-hour', 'PT5H']]));
test('weeks', () => expectTimes('The siege lasted six weeks.', W, [['six weeks', 'P6W']]));
test('months in digits', () => expectTimes('He was held for 15 months.', W, [['15 months', 'P15M']]));
test('days in digits', () => expectTimes('The pause would last 60 days.', W, [['60 days', 'P60D']]));
test('hours', () => expectTimes('Power was cut for 24 hours.', W, [['24 hours', 'PT24H']]));
test('minutes', () => expectTimes('The call lasted 90 minutes.', W, [['90 minutes', 'PT90M']]));
test('a week', () => expectTimes('The strike went on for a week.', W, [['a week', 'P1W']]));
test('an hour', () => expectTimes('They spoke for an hour.', W, [['an hour', 'PT1H']]));
test('a fortnight', () => expectTimes('The border stayed shut for a fortnight.', W, [['a fortnight', 'P2W']]));
test('the past three years', () => expectTimes('Trade fell over the past three years.', W, [['the past three years', 'P3Y']]));
test('the next two weeks', () => expectTimes('A reply is due within the next two weeks.', W, [['the next two weeks', 'P2W']]));
test('the first nine months', () => expectTimes('Sales rose in the first nine months.', W, [['the first nine months', 'P9M']]));
test('a few days', () => expectTimes('The talks may take a few days.', W, [['a few days', 'PXD']]));
test('several months', () => expectTimes('Repairs will take several months.', W, [['several months', 'PXM']]));
test('a couple of years', () => expectTimes('It could take a couple of years.', W, [['a couple of years', 'P2Y']]));
test('two and a half years', () => expectTimes('He spent two and a half years in prison.', W, [['two and a half years', 'P2Y6M']]));
test('a year and a half', () => expectTimes('The process took a year and a half.', W, [['a year and a half', 'P1Y6M']]));
test('the past year and a half is an amount of time', () => expectTypedTimes('He has been held for the past year and a half.', W, [['the past year and a half', 'P1Y6M', 'duration']]));
test('fraction in digits', () => expectTimes('The meeting ran 2 1/2 hours.', W, [['2 1/2 hours', 'PT2H30M']]));
test('half an hour', () => expectTimes('The call lasted half an hour.', W, [['half an hour', 'PT30M']]));
test('half a century', () => expectTimes('The dispute is half a century old.', W, [['half a century', 'P50Y']]));
test('range of counts', () => expectTimes('Shipments will resume within two to three weeks.', W, [['two to three weeks', 'PXW']]));
test('about two weeks', () => expectTimes('The pause lasted about two weeks.', W, [['about two weeks', 'P2W']]));
test('at least 72 hours', () => expectTimes('The truce must hold for at least 72 hours.', W, [['at least 72 hours', 'PT72H']]));
test('more than a year', () => expectTimes('The talks have dragged on for more than a year.', W, [['more than a year', 'P1Y']]));
test('for years', () => expectTimes('The families have waited for years.', W, [['years', 'PXY']]));
test('within days', () => expectTimes('The plan could collapse within days.', W, [['days', 'PXD']]));
test('decades-long', () => expectTimes('It ended a decades-long feud.', W, [['decades-long', 'PXY']]));
test('year-long', () => expectTimes('The year-long blockade ended.', W, [['year-long', 'P1Y']]));
test('days later is a duration', () => expectTypedTimes('Three days later, the crossing reopened.', W, [['Three days', 'P3D', 'duration']]));
test('every day', () => expectTypedTimes('Aid trucks arrive every day.', W, [['every day', 'P1D', 'set']]));
test('daily', () => expectTypedTimes('The ministry publishes figures daily.', W, [['daily', 'P1D', 'set']]));
test('a frequency word that ends a name is no set ("CAIRO (Levant Daily) —")', () => expectNoTimes('CAIRO (Levant Daily) — Talks ended without a deal.'));
test('weekly', () => expectTimes('The mediators meet weekly.', W, [['weekly', 'P1W']]));
test('annually', () => expectTimes('The fee is paid annually.', W, [['annually', 'P1Y']]));
test('twice a week', () => expectTypedTimes('Convoys cross twice a week.', W, [['twice a week', 'P1W', 'set']]));
test('three times a year', () => expectTimes('The board meets three times a year.', W, [['three times a year', 'P1Y']]));
test('every two weeks', () => expectTimes('Hostage lists are swapped every two weeks.', W, [['every two weeks', 'P2W']]));
test('every other day', () => expectTimes('Water is delivered every other day.', W, [['every other day', 'P2D']]));
test('every Monday', () => expectTimes('The committee meets every Monday.', W, [['every Monday', 'XXXX-WXX-1']]));
test('each July', () => expectTimes('Pilgrims come each July.', W, [['each July', 'XXXX-07']]));
test('every morning', () => expectTimes('Queues form every morning.', W, [['every morning', 'XXXX-XX-XXTMO']]));
test('each year', () => expectTimes('Thousands visit each year.', W, [['each year', 'P1Y']]));
test('several quarters of losses is a duration', () => expectTypedTimes('It recently became profitable after several quarters of losses.', W, [['recently', 'PAST_REF', 'date'], ['several quarters', 'PXQ', 'duration']]));
test('a several-year tenure', () => expectTypedTimes('He followed a several-year tenure as editor.', W, [['several-year', 'PXY', 'duration']]));

test('a second as a unit of time stays a duration before a word that follows the unit', () => {
  expectTimes('The line went silent for a second before the minister spoke.', '2024-05-01', [['a second', 'PT1S']]);
  expectTimes('He paused for a second to read the note.', '2024-05-01', [['a second', 'PT1S']]);
  expectTimes('The screen flickered for a second during the signing ceremony.', '2024-05-01', [['a second', 'PT1S']]);
  expectTimes('The drone was visible for a second above the city.', '2024-05-01', [['a second', 'PT1S']]);
});
