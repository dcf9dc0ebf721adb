/**
 * @module stages/time/dates.test — calendar dates, months, years, decades, quarters, seasons
 * and holidays, one case per line. `[span, value]` pairs; the anchor day is explicit.
 */
import { test } from 'node:test';
import { expectTimes, expectTypedTimes } from './testing.js';

const W = '2024-05-01'; // a Wednesday

test('month day, coming', () => expectTimes('Talks will resume on June 10 in Doha.', W, [['June 10', '2024-06-10']]));
test('month day, past', () => expectTimes('Gunmen crossed the fence on Oct. 7 at dawn.', W, [['Oct. 7', '2023-10-07']]));
test('month day under a present progressive, coming', () => expectTimes('Democrats are counting on young voters on Nov. 8.', W, [['Nov. 8', '2024-11-08']]));
test('a participle after an article is an adjective, not a past verb', () => expectTimes('They are taking part in the event, a designated day on Nov. 1 during which volunteers will canvass.', W, [['Nov. 1', '2024-11-01']]));
test('month day with year', () => expectTimes('The war began on October 7, 2023, with a raid.', W, [['October 7, 2023', '2023-10-07']]));
test('abbreviated month with year', () => expectTimes('The accord was signed on Dec. 12, 2023, in Cairo.', W, [['Dec. 12, 2023', '2023-12-12']]));
test('day month year', () => expectTimes('The pause was agreed on 10 June 2024 after a long night.', '2024-07-01', [['10 June 2024', '2024-06-10']]));
test('day month without year', () => expectTimes('Voters went to the polls on 3 March.', W, [['3 March', '2024-03-03']]));
test('ordinal of month', () => expectTimes('Families marked the 7th of October with vigils.', W, [['7th of October', '2023-10-07']]));
test('a day that names an attack is over, though a coming one is nearer', () => expectTimes('Israel accuses him of planning the October 7 attack.', '2024-08-15', [['October 7', '2023-10-07']]));
test('a day that names a session may be ahead', () => expectTimes('A vote is set for the October 7 session.', '2024-08-15', [['October 7', '2024-10-07']]));
test('a day of the month alone, a coming deadline', () => expectTimes('Hamas has until the 15th to answer the proposal.', W, [['the 15th', '2024-05-15']]));
test('a day of the month alone, past', () => expectTimes('Dockworkers have been on strike since the 28th.', W, [['the 28th', '2024-04-28']]));
test('two days of the month', () => expectTimes('The truce was agreed on the 7th and broke down on the 9th.', '2024-05-20', [['the 7th', '2024-05-07'], ['the 9th', '2024-05-09']]));
test('a range of days of the month', () => expectTimes('The truce runs from the 1st to the 15th.', W, [['the 1st', '2024-05-01'], ['the 15th', '2024-05-15']]));
test('a day of the month planned for', () => expectTimes('A vote is planned for the 28th.', W, [['the 28th', '2024-05-28']]));
test('a day of next month', () => expectTimes('The first payment is due on the 1st of next month.', W, [['the 1st of next month', '2024-06-01']]));
test('a day of the month takes the month written before it', () => expectTimes('Talks opened on March 3 and broke up on the 15th.', W, [['March 3', '2024-03-03'], ['the 15th', '2024-03-15']]));
test('a day of the month takes the year and month written before it', () => expectTimes('The strike, which began in June 2022, ended on the 30th.', W, [['June 2022', '2022-06'], ['the 30th', '2022-06-30']]));
test('a day range in words before the month', () => expectTimes('Members vote from 20 to 23 June.', W, [['20', '2024-06-20'], ['23 June', '2024-06-23']]));
test('two days joined by and before the month', () => expectTimes('Voting was held on 22 and 23 April.', W, [['22', '2024-04-22'], ['23 April', '2024-04-23']]));
test('a range of years is two years', () => expectTimes('The 2014-2016 talks produced nothing.', W, [['2014', '2014'], ['2016', '2016']]));
test('ISO day', () => expectTimes('The memo is dated 2024-02-02 and signed.', W, [['2024-02-02', '2024-02-02']]));
test('ISO date and time', () => expectTypedTimes('The log shows 2024-02-02T14:30 as the last entry.', W, [['2024-02-02T14:30', '2024-02-02T14:30', 'time']]));
test('slashed US date', () => expectTimes('The form was filed on 5/1/2023 by the lawyers.', W, [['5/1/2023', '2023-05-01']]));
test('slashed day first when over 12', () => expectTimes('The stamp reads 25/12/2023 in blue ink.', W, [['25/12/2023', '2023-12-25']]));
test('weekday and date', () => expectTimes('The convoy left on Tuesday, April 30, under escort.', W, [['Tuesday, April 30', '2024-04-30']]));
test('weekday picks the year', () => expectTimes('A rally is called for Saturday, May 4.', W, [['Saturday, May 4', '2024-05-04']]));
test('date next January', () => expectTimes('The deadline is Jan. 15 for both sides.', '2024-12-20', [['Jan. 15', '2025-01-15']]));
test('date last December', () => expectTimes('He was detained on Dec. 20 at a checkpoint.', '2024-01-10', [['Dec. 20', '2023-12-20']]));
test('day range in one month', () => expectTimes('The summit runs June 10-12 in Geneva.', W, [['June 10', '2024-06-10'], ['12', '2024-06-12']]));
test('range across months', () => expectTimes('Negotiators will meet from November 24 to December 1.', W, [['November 24', '2024-11-24'], ['December 1', '2024-12-01']]));
test('range takes the year at its end', () => expectTimes('The pause lasted from November 24 to December 1, 2023.', W, [['November 24', '2023-11-24'], ['December 1, 2023', '2023-12-01']]));
test('range of days with year', () => expectTimes('Voting took place on 4-5 March 2023 nationwide.', W, [['4', '2023-03-04'], ['5 March 2023', '2023-03-05']]));
test('the week of a day', () => expectTimes('A hearing is set for the week of March 6.', '2024-03-01', [['the week of March 6', '2024-W10']]));
test('month and year', () => expectTimes('Aid deliveries fell sharply in March 2024.', W, [['March 2024', '2024-03']]));
test('month of year', () => expectTimes('The plan was first drafted in October of 2023.', W, [['October of 2023', '2023-10']]));
test('since month and year', () => expectTimes('Fighting has continued since October 2023.', W, [['October 2023', '2023-10']]));
test('bare month, past', () => expectTimes('The ceasefire collapsed in April.', W, [['April', '2024-04']]));
test('bare month, coming', () => expectTimes('The next round will be held in July.', W, [['July', '2024-07']]));
test('bare month, last year', () => expectTimes('The envoy resigned in November.', W, [['November', '2023-11']]));
test('last month name', () => expectTimes('Talks stalled last December over the maps.', W, [['last December', '2023-12']]));
test('next month name', () => expectTimes('A donor conference is planned for next February.', W, [['next February', '2025-02']]));
test('this month name', () => expectTimes('Elections are due this September.', '2024-03-10', [['this September', '2024-09']]));
test('month last year', () => expectTimes('The crossing closed in June last year.', W, [['June last year', '2023-06']]));
test('May after in', () => expectTimes('The vote was delayed until May.', '2024-03-10', [['May', '2024-05']]));
test('March after by', () => expectTimes('A draft should be ready by March.', '2024-01-10', [['March', '2024-03']]));
test('early month', () => expectTimes('Fighting resumed in early April near the border.', W, [['early April', '2024-04']]));
test('late month', () => expectTimes('The vote slipped to late May.', W, [['late May', '2024-05']]));
test('mid-month', () => expectTimes('Shipments stopped in mid-March.', W, [['mid-March', '2024-03']]));
test('the end of a month', () => expectTimes('The mandate runs until the end of June.', W, [['the end of June', '2024-06']]));
test('year', () => expectTimes('In 2014, a similar truce failed within weeks.', W, [['2014', '2014'], ['weeks', 'PXW']]));
test('year before a singular noun', () => expectTimes('Veterans of the 1973 war attended.', W, [['1973', '1973']]));
test('year before plural noun after the', () => expectTimes('Borders based on the 1967 lines were discussed.', W, [['1967', '1967']]));
test('mid-year', () => expectTimes('A deal is expected by mid-2024, officials said.', '2024-01-10', [['mid-2024', '2024']]));
test('early year', () => expectTimes('The program began in early 2021.', W, [['early 2021', '2021']]));
test('fiscal year', () => expectTimes('Fiscal 2025 budgets were cut again.', W, [['Fiscal 2025', '2025']]));
test('the year spelled out', () => expectTimes('The target was the year 2000 for a final deal.', W, [['the year 2000', '2000']]));
test('year spoken', () => expectTimes('It happened in nineteen ninety-six, he recalled.', W, [['nineteen ninety-six', '1996']]));
test('two years in a range', () => expectTimes('The talks ran between 1991 and 1993.', W, [['1991', '1991'], ['1993', '1993']]));
test('decade', () => expectTimes('Relations soured in the 1990s after the accords.', W, [['the 1990s', '199']]));
test('late decade', () => expectTimes('The dispute dates from the late 1970s.', W, [['the late 1970s', '197']]));
test('decade with apostrophe', () => expectTimes("It recalled the bitter mood of the '80s.", W, [["the '80s", '198']]));
test('decade in words', () => expectTimes('Similar talks failed in the nineties.', W, [['the nineties', '199']]));
test('century', () => expectTimes('It was the deadliest conflict of the 20th century.', W, [['the 20th century', '19']]));
test('numbered quarter, just ended', () => expectTimes('Exports rose in the third quarter.', '2024-11-05', [['the third quarter', '2024-Q3']]));
test('quarter adjective', () => expectTimes('The firm posted a third-quarter loss.', '2024-10-20', [['third-quarter', '2024-Q3']]));
test('quarter with year', () => expectTimes('Output fell in the fourth quarter of 2023.', W, [['the fourth quarter of 2023', '2023-Q4']]));
test('quarter of next year', () => expectTimes('Delivery is due in the first quarter of next year.', W, [['the first quarter of next year', '2025-Q1']]));
test('quarter code', () => expectTimes('Revenue for Q2 2024 beat forecasts.', W, [['Q2 2024', '2024-Q2']]));
test('half of a year', () => expectTimes('Troops should leave in the first half of 2025.', W, [['the first half of 2025', '2025-H1']]));
test('last season', () => expectTimes('The offensive stalled last summer.', W, [['last summer', '2023-SU']]));
test('this season', () => expectTimes('Talks could resume this fall.', W, [['this fall', '2024-FA']]));
test('season of a year', () => expectTimes('Food ran short in the winter of 2022.', W, [['the winter of 2022', '2022-WI']]));
test('season after in', () => expectTimes('Shelling intensified in spring.', '2024-06-20', [['spring', '2024-SP']]));
test('holiday, past', () => expectTimes('Fighting paused on Christmas Day.', W, [['Christmas Day', '2023-12-25']]));
test('holiday, coming', () => expectTimes('Families hope to reunite by Thanksgiving.', '2024-11-01', [['Thanksgiving', '2024-11-28']]));
test('the start of Ramadan, after before', () => expectTimes('Negotiators hope to reach a deal before Ramadan.', '2024-02-20', [['Ramadan', '2024-03-11']]));
test('a holiday something should come before is the coming one', () => expectTimes('Officials said they hoped to reach a deal before Christmas.', '2024-02-20', [['Christmas', '2024-12-25']]));
test('a holiday a past verb put something before is the last one', () => expectTimes('The truce collapsed before Christmas, officials said.', '2024-02-20', [['Christmas', '2023-12-25']]));
test('holiday with year', () => expectTimes('Crowds gathered at Easter 2024 in the old city.', W, [['Easter 2024', '2024-03-31']]));
test('spoken year before a name', () => expectTimes('In nineteen ninety-one Charles Keating was convicted.', W, [['nineteen ninety-one', '1991']]));
test('last fall followed by in', () => expectTimes('He was shot last fall in his home.', '1999-06-07', [['last fall', '1998-FA']]));
test('the first two quarters of a year', () => expectTimes('Weakness will last through the first two quarters of 1990.', '1989-10-26', [['the first two quarters of 1990', '1990-H1']]));

// a verb that governs a bare month or holiday decides its side of the anchor
test('a past verb governing a bare month: the past one', () => expectTimes('The truce ended in November.', '2024-10-15', [['November', '2023-11']]));
test('"will" governing a bare month: the coming one', () => expectTimes('The ministers will meet again in November.', '2025-01-10', [['November', '2025-11']]));
test('a past verb before a holiday: the past one', () => expectTimes('Talks collapsed before Christmas.', '2024-12-01', [['Christmas', '2023-12-25']]));
test('a past passive on a holiday: the past one', () => expectTimes('The prisoners were released on Christmas Eve.', '2024-12-01', [['Christmas Eve', '2023-12-24']]));
test('a coming deadline at a holiday', () => expectTimes('The agreement expires at Christmas.', '2025-01-10', [['Christmas', '2025-12-25']]));
test('a sentence that opens on a month told in the past', () => expectTimes('In November, the two sides signed a framework.', '2024-10-15', [['November', '2023-11']]));
test('a past verb before a season: the past one', () => expectTimes('Fighting intensified in the summer.', '2024-05-20', [['the summer', '2023-SU']]));
test('"will" before a season: the coming one', () => expectTimes('Negotiators will resume talks in the summer.', '2024-10-20', [['the summer', '2025-SU']]));

// holidays of the Islamic (Umm al-Qura) and Hebrew calendars, and Orthodox ones
test('Eid al-Fitr told in the past', () => expectTimes('The prisoners were released on Eid al-Fitr.', W, [['Eid al-Fitr', '2024-04-10']]));
test('Eid alone: the nearest of the two, on the side of its verb', () => expectTimes('The prisoners were released on Eid.', W, [['Eid', '2024-04-10']]));
test('Eid al-Adha ahead', () => expectTimes('Mediators will hold talks after Eid al-Adha.', W, [['Eid al-Adha', '2024-06-16']]));
test('Passover', () => expectTimes('The talks stalled over Passover.', W, [['Passover', '2024-04-23']]));
test('Simchat Torah', () => expectTimes('Gunmen attacked on Simchat Torah.', W, [['Simchat Torah', '2023-10-07']]));
test('Yom Kippur ahead', () => expectTimes('The crossing will close for Yom Kippur.', W, [['Yom Kippur', '2024-10-12']]));
test('Orthodox Christmas', () => expectTimes('A truce was declared for Orthodox Christmas.', '2023-01-10', [['Orthodox Christmas', '2023-01-07']]));
test('Orthodox Easter', () => expectTimes('Churches were full on Orthodox Easter.', '2024-05-10', [['Orthodox Easter', '2024-05-05']]));
test('"were to" before a verb governing a month: the coming one', () => expectTimes('If the union were to strike in November, the port would close.', '2025-01-10', [['November', '2025-11']]));
test('"plans to" before a verb governing a month: the coming one', () => expectTimes('The union plans to strike in November.', '2025-01-10', [['November', '2025-11']]));
test('a day of the month before an auxiliary is a day', () => expectTimes('The vote on the 15th was cancelled.', '2024-03-20', [['the 15th', '2024-03-15']]));
test('a list of days after one month', () => expectTimes('Rail workers will strike on Jan. 14, 16 and 18, the union said.', '2023-01-09', [['Jan. 14', '2023-01-14'], ['16', '2023-01-16'], ['18', '2023-01-18']]));
test('a list of days with a year after the last', () => expectTimes('Votes were held on May 2, 9 and 16, 2021.', W, [['May 2', '2021-05-02'], ['9', '2021-05-09'], ['16, 2021', '2021-05-16']]));
test('a past participle right before its date governs it', () => expectTimes('A halt on strikes, proposed in March, was never implemented.', '2025-02-22', [['March', '2024-03']]));
