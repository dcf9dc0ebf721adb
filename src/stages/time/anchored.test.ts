/**
 * @module stages/time/anchored.test — days counted from a telling's day or from a day named
 * after `after`/`before`, not from the publication date.
 */
import { test } from 'node:test';
import { expectTimes, expectTypedTimes } from './testing.js';

const W = '2025-01-22'; // a Wednesday

test('overnight told on a day is the night before it', () => expectTimes('The ministry told reporters on Monday that shelling continued overnight.', W, [['Monday', '2025-01-20'], ['overnight', '2025-01-19TNI']]));
test('tomorrow in what was said on a day', () => expectTimes('The ministry said on Monday that talks would resume tomorrow.', W, [['Monday', '2025-01-20'], ['tomorrow', '2025-01-21']]));
test('today in what was said on a day', () => expectTimes('Officials said Monday that the talks would resume today.', W, [['Monday', '2025-01-20'], ['today', '2025-01-20']]));
test('tomorrow in a quotation told on a day after it', () => expectTimes('"We will meet again tomorrow," the envoy said on Monday.', W, [['tomorrow', '2025-01-21'], ['Monday', '2025-01-20']]));
test('yesterday told on a written date', () => expectTimes('The army said on January 14 that it had withdrawn yesterday.', W, [['January 14', '2025-01-14'], ['yesterday', '2025-01-13']]));
test('a day after a written date', () => expectTypedTimes('The team arrived a day after March 3, 2024.', W, [['a day', '2024-03-04', 'date'], ['March 3, 2024', '2024-03-03', 'date']]));
test('days after a weekday\'s event', () => expectTypedTimes('Talks resumed two days after Monday\'s vote.', W, [['two days', '2025-01-22', 'date'], ['Monday', '2025-01-20', 'date']]));
test('a week after an event on a day', () => expectTypedTimes('Talks resumed a week after the vote on Sunday.', W, [['a week', '2025-01-26', 'date'], ['Sunday', '2025-01-19', 'date']]));
test('a day before a day', () => expectTypedTimes('The envoy landed a day before the summit on Jan. 30.', W, [['a day', '2025-01-29', 'date'], ['Jan. 30', '2025-01-30', 'date']]));
test('the following day after a weekday written after the dateline counts from the weekday', () => expectTimes('ROTTERDAM, March 14, 2025 - Negotiators met employers on Monday and again the following day.', '2025-03-14', [['March 14, 2025', '2025-03-14'], ['Monday', '2025-03-10'], ['the following day', '2025-03-11']]));
test('the day before a day told from yesterday', () => expectTimes('On March 3, 2025 the talks began. Officials said yesterday that the convoy arrived the day before.', '2025-03-14', [['March 3, 2025', '2025-03-03'], ['yesterday', '2025-03-13'], ['the day before', '2025-03-12']]));
test('tomorrow in a quotation told where and on a day', () => expectTimes('"Talks will resume tomorrow," Lavrov told reporters in Moscow on Monday.', W, [['tomorrow', '2025-01-21'], ['Monday', '2025-01-20']]));
test('overnight said in a statement on a day', () => expectTimes('The army said in a statement on Tuesday that drones struck overnight.', W, [['Tuesday', '2025-01-21'], ['overnight', '2025-01-20TNI']]));

// the review's cases: the writer's own days stay the writer's
test('a deictic day right after its telling verb is the writer\'s day', () => {
  expectTimes('Talks collapsed on Monday, the mediator said today.', '2025-01-22', [['Monday', '2025-01-20'], ['today', '2025-01-22']]);
  expectTimes('Israel struck Gaza on Sunday, officials said yesterday.', '2025-01-22', [['Sunday', '2025-01-19'], ['yesterday', '2025-01-21']]);
});
test('a possessive day after a telling verb is no telling day', () => expectTimes("He said Monday's vote was fair and that talks resume tomorrow.", '2025-01-22', [['Monday', '2025-01-20'], ['tomorrow', '2025-01-23']]));
test('a count of days that lasts is a duration even before a named day', () => expectTypedTimes('Protests continued for two days after Monday\'s vote.', '2025-01-22', [['two days', 'P2D', 'duration'], ['Monday', '2025-01-20', 'date']]));
test('the next day after the following day counts from it', () => expectTimes('Negotiators met on Monday. The following day they broke off talks, and the next day they resumed.', '2025-01-22', [['Monday', '2025-01-20'], ['The following day', '2025-01-21'], ['the next day', '2025-01-22']]));
test('the next day after a day counted from a date counts from it', () => expectTimes('The deal was signed on March 3, 2024. The following day it took effect, and the next day the first trucks crossed.', '2025-01-22', [['March 3, 2024', '2024-03-03'], ['The following day', '2024-03-04'], ['the next day', '2024-03-05']]));

test('"later that day" after a weekday is that weekday', () => expectTimes('The truce took effect on Wednesday. Later that day, the militia shelled army positions.', '2025-06-12', [['Wednesday', '2025-06-11'], ['Later that day', '2025-06-11']]));
test('"that evening" is the evening of the day written before', () => {
  expectTimes('The truce took effect on Wednesday. That evening, the army struck back.', '2025-06-12', [['Wednesday', '2025-06-11'], ['That evening', '2025-06-11TEV']]);
  expectTimes('The deal was signed on June 4, 2025, and later that night both sides claimed victory.', '2025-06-12', [['June 4, 2025', '2025-06-04'], ['later that night', '2025-06-04TNI']]);
});
test('"that night" as a complementizer before a noun is no time', () => expectTimes('Talks resumed on Monday. Officials said that night raids would continue.', '2025-06-12', [['Monday', '2025-06-09']]));
test('a clock time alone in a past clause takes the day named just before it', () => {
  expectTimes('The truce took effect at 6 a.m. on Wednesday. By midday, the militia had shelled army positions.', '2025-06-12', [['6 a.m.', '2025-06-11T06:00'], ['Wednesday', '2025-06-11'], ['midday', '2025-06-11T12:00']]);
  expectTimes('Talks began on Monday. At noon, officials said the talks had stalled.', '2025-06-12', [['Monday', '2025-06-09'], ['noon', '2025-06-09T12:00']]);
});
test('a clock time alone said ahead stays on the anchor day', () => expectTimes('The talks were held on Monday. The ceasefire will take effect at noon.', '2025-06-12', [['Monday', '2025-06-09'], ['noon', '2025-06-12T12:00']]));
test('"and that night" opening a second complement clause is no time', () => expectTimes('Talks resumed on Monday. The army said it would advance and that night raids would continue.', '2025-06-12', [['Monday', '2025-06-09']]));
test('a clock time alone after "since then" does not borrow the day before it', () => expectTimes('The deal was signed on March 3, 2024. Since then, officials said, the army had struck the city. At noon, the militia released two captives.', '2024-05-01', [['March 3, 2024', '2024-03-03'], ['noon', '2024-05-01T12:00']]));
test('a clock time alone in a past clause does not borrow a day said ahead', () => expectTimes('The prime minister is due to meet the president on Tuesday. The pause began at 7 a.m. local time.', '2025-09-13', [['Tuesday', '2025-09-16'], ['7 a.m. local time', '2025-09-13T07:00']]));
