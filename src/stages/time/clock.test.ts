/**
 * @module stages/time/clock.test — clock times, zones and parts of the day, one case per line.
 */
import { test } from 'node:test';
import { expectTimes, expectTypedTimes } from './testing.js';

const W = '2024-05-01'; // a Wednesday

test('a.m. with local time', () => expectTypedTimes('The blast came at 10:30 a.m. local time.', W, [['10:30 a.m. local time', '2024-05-01T10:30', 'time']]));
test('p.m. hour', () => expectTimes('The statement was read at 9 p.m.', W, [['9 p.m.', '2024-05-01T21:00']]));
test('a full stop after pm ends the sentence, not the time', () => expectTimes('Talks ran from 10am to 4pm.', W, [['10am', '2024-05-01T10:00'], ['4pm', '2024-05-01T16:00']]));
test('a range of clock times joined by a dash', () => expectTimes('The meeting ran 10 a.m.-2 p.m. in Geneva.', W, [['10 a.m.', '2024-05-01T10:00'], ['2 p.m.', '2024-05-01T14:00']]));
test('am without dots', () => expectTimes('Polls open at 7am in the capital.', W, [['7am', '2024-05-01T07:00']]));
test('12 a.m. is midnight', () => expectTimes('The truce began at 12 a.m. sharp.', W, [['12 a.m.', '2024-05-01T00:00']]));
test('12 p.m. is noon', () => expectTimes('The convoy moved at 12 p.m. sharp.', W, [['12 p.m.', '2024-05-01T12:00']]));
test('24-hour time with zone', () => expectTimes('The ceasefire starts at 14:00 GMT.', W, [['14:00 GMT', '2024-05-01T14:00']]));
test('24-hour time after at', () => expectTimes('Firing stopped at 06:15, witnesses said.', W, [['06:15', '2024-05-01T06:15']]));
test('four digits before GMT', () => expectTimes('Sirens stopped at 0700 GMT.', W, [['0700 GMT', '2024-05-01T07:00']]));
test('zone abbreviation', () => expectTimes('The vote closes at 3 p.m. EST.', W, [['3 p.m. EST', '2024-05-01T15:00']]));
test('named zone time', () => expectTimes('Sirens sounded at 4 p.m. Israel time.', W, [['4 p.m. Israel time', '2024-05-01T16:00']]));
test("o'clock", () => expectTimes("The cabinet meets at 10 o'clock.", W, [["10 o'clock", '2024-05-01T10:00']]));
test("o'clock in the evening", () => expectTimes('The vote opens at eight o’clock in the evening.', W, [['eight o’clock in the evening', '2024-05-01T20:00']]));
test('noon', () => expectTimes('The deadline passed at noon.', W, [['noon', '2024-05-01T12:00']]));
test('midnight', () => expectTimes('The pause ends at midnight.', W, [['midnight', '2024-05-01T24:00']]));
test('midnight in a past clause is the one that opened the day', () => expectTimes('The old contract expired at midnight and crews walked out.', W, [['midnight', '2024-05-01T00:00']]));
test('midnight ahead stays the end of the day', () => expectTimes('The union faces a midnight deadline and will strike without a deal.', W, [['midnight', '2024-05-01T24:00']]));
test('clock before a weekday', () => expectTimes('The vote is set for 9 a.m. Tuesday in Geneva.', W, [['9 a.m. Tuesday', '2024-05-07T09:00']]));
test('noon before a weekday', () => expectTimes('The offer will expire at noon Thursday.', W, [['noon Thursday', '2024-05-02T12:00']]));
test('clock takes the day named before it', () => expectTimes('On Tuesday, talks began at 9:15 a.m.', W, [['Tuesday', '2024-04-30'], ['9:15 a.m.', '2024-04-30T09:15']]));
test('clock on a day takes that day, not one named before it', () => expectTimes('The union said on Tuesday it would strike at 12:01 a.m. on October 1.', W, [['Tuesday', '2024-04-30'], ['12:01 a.m.', '2024-10-01T00:01'], ['October 1', '2024-10-01']]));
test('weekday at a clock time', () => expectTimes('Talks will resume Thursday at 6 p.m.', W, [['Thursday', '2024-05-02'], ['6 p.m.', '2024-05-02T18:00']]));
test('weekday comma clock time', () => expectTimes('They met Monday, 8 p.m., at the hotel.', W, [['Monday, 8 p.m.', '2024-04-29T20:00']]));
test('weekday evening', () => expectTimes('The rally took place Tuesday evening.', W, [['Tuesday evening', '2024-04-30TEV']]));
test('weekday night', () => expectTimes('Shelling resumed Sunday night.', W, [['Sunday night', '2024-04-28TNI']]));
test('date and part of day', () => expectTimes('The raid began on Oct. 7 morning.', W, [['Oct. 7 morning', '2023-10-07TMO']]));
test('overnight before a weekday is that day\'s night', () => expectTypedTimes('Drones struck Kyiv overnight Tuesday.', W, [['overnight Tuesday', '2024-04-30TNI', 'time']]));
test('overnight', () => expectTimes('Strikes hit the city overnight.', W, [['overnight', '2024-04-30TNI']]));
test('about a clock time', () => expectTimes('The blast struck around 7:15 p.m.', W, [['around 7:15 p.m.', '2024-05-01T19:15']]));
test('overnight after a day in its sentence is that day\'s night', () => expectTimes('Negotiators said on Wednesday that talks on Sunday continued overnight.', '2025-01-22', [['Wednesday', '2025-01-22'], ['Sunday', '2025-01-19'], ['overnight', '2025-01-19TNI']]));
test('overnight after a part of a day is that day\'s night', () => expectTimes('Talks resumed Sunday morning and ran overnight.', '2025-01-22', [['Sunday morning', '2025-01-19TMO'], ['overnight', '2025-01-19TNI']]));
