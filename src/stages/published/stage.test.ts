import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dating, publishedOf } from './testing.js';

describe('published stage on undated texts (reference 2026-11-21)', () => {
  it('a truce hoped for before Ramadan puts the article in the months before one', () => {
    const p = publishedOf('Secretary of State Antony Blinken said mediators hoped to reach a truce in Gaza before Ramadan.');
    assert.ok(p.evidence.includes('possible: 2021-01-26..2021-04-13 or 2021-12-31..2022-04-02 or 2022-12-21..2023-03-23 or 2023-12-10..2024-03-11 or 2024-11-29..2025-01-20'));
  });
  it('"the ceasefire took hold in January" in a Gaza article names the January 2025 ceasefire', () => assert.equal(dating('Israeli jets struck Gaza overnight, the heaviest raids since the ceasefire took hold in January, and Hamas said the deal was dead.')[2], '2025-01-19'));
  it('"a January ceasefire" sought ahead names no past ceasefire', () => assert.notEqual(dating('Mediators are racing to secure a January ceasefire in Gaza before the inauguration, Hamas officials said.')[2], '2025-01-19'));
  it('"a four-day pause" in a Gaza article is the first truce or later', () => assert.equal(dating('Mediators hoped the four-day pause in Gaza would be extended as Hamas freed more captives.')[2], '2023-11-22'));
  it('"Trump\'s 20-point plan" beside Hamas is from its announcement on', () => assert.equal(dating('Hamas said it accepted parts of the 20-point plan for Gaza but rejected disarmament.')[2], '2025-09-29'));
  it('"release more hostages" with Hamas evokes the hostages of October 7', () => assert.equal(dating('The army said Hamas must release more hostages before talks on Gaza go on.')[2], '2023-10-07'));
  it('Hezbollah\'s leaders date the article: Nasrallah until his killing, Qassem after his election', () => {
    assert.equal(dating('Hezbollah leader Hassan Nasrallah warned Israel against a wider war.')[3], '2024-09-27');
    assert.equal(dating('Hezbollah chief Naim Qassem said the group would not disarm.')[2], '2024-10-29');
  });
  it('"President-elect Donald Trump" is the 2016 or the 2024 transition', () => assert.ok(publishedOf('President-elect Donald Trump named his choice for the Treasury before he takes office.').evidence.includes('possible: 2016-11-09..2017-01-20 or 2024-11-06..2025-01-20')));
  it('a dateline in December with the president-elect named is in the 2024 transition when a hostage era allows only it', () => assert.deepEqual(dating('DOHA, Dec. 17 (Reuters) - President-elect Donald Trump\'s envoy met mediators as families of Hamas-held hostages urged a deal.'), ['2024-12-17', 'dateline', '2024-12-17', '2024-12-17']));
  it('a presidential candidate is not dated by the nomination (a party has many candidates in the primaries: no candidate role in the KB)', () => assert.deepEqual(dating('Republican presidential candidate Donald Trump told a rally in Iowa he would win the caucuses.').slice(1), ['unknown', null, null]));
  it('a title true in 2016 and 2024: the people named without a title pick the period (the interval keeps both)', () => {
    const with2016 = publishedOf('Republican nominee Donald Trump campaigned with Mike Pence in Ohio.');
    assert.equal(with2016.value, '2016-08-05');
    assert.deepEqual([with2016.earliest, with2016.latest], ['2016-05-03', '2024-11-05']);
    assert.ok(with2016.evidence.some((e) => typeof e === 'object' && e.text === 'Mike Pence'));
    assert.equal(publishedOf('Republican nominee Donald Trump campaigned with JD Vance in Ohio.').value?.slice(0, 4), '2024');
    // no one else named: the middle of the allowed days, as before
    assert.ok(!publishedOf('Republican nominee Donald Trump campaigned in Ohio.').evidence.some((e) => typeof e === 'string' && /the most people the text names/.test(e)));
  });
  it('a past title after the name ("Mike Pence, a former vice president,") dates the article after the term', () => assert.deepEqual(dating('Mike Pence, a former vice president, said Republican nominee Donald Trump had no plan for the border.').slice(2), ['2024-03-12', '2024-11-05']));
  it('a person named with a past title votes with their other offices, not with that one', () => {
    // Clinton's nominee role of 2016 votes; her years as secretary of state (over) do not
    assert.equal(publishedOf('Former Secretary of State Hillary Clinton said Republican nominee Donald Trump had no plan for the border.').value, '2016-08-05');
    const kerry = publishedOf('Former Secretary of State John Kerry said Prime Minister Benjamin Netanyahu had no plan for Gaza.');
    assert.ok(!kerry.evidence.some((e) => typeof e === 'string' && /the most people the text names/.test(e)));
  });
  it('"former President Donald Trump" lies between his two terms', () => assert.deepEqual(dating('Former President Donald Trump said he would end the war in a day.').slice(2), ['2021-01-20', '2025-01-20']));
  it('"presumptive Republican nominee" is the nominee from the spring', () => assert.deepEqual(dating('Presumptive Republican nominee Donald Trump attacked the court ruling.', '2016-12-31').slice(2), ['2016-05-03', '2016-11-08']));
  it('a dateline month-day: the year where the lead\'s weekday fits', () => assert.deepEqual(dating('AMMAN, June 10 (Reuters) - Secretary of State Antony Blinken met King Abdullah on Monday to discuss aid.'), ['2024-06-10', 'dateline', '2024-06-10', '2024-06-10']));
  it('a dateline day-month (British order) is read too', () => assert.deepEqual(dating('AMMAN, 10 June (AFP) - Secretary of State Antony Blinken met King Abdullah on Monday to discuss aid.'), ['2024-06-10', 'dateline', '2024-06-10', '2024-06-10']));
  it('a dateline month-day: the year an era allows', () => assert.deepEqual(dating('DOHA, March 3 (Reuters) - Secretary of State Antony Blinken said the war in Gaza must end.'), ['2024-03-03', 'dateline', '2024-03-03', '2024-03-03']));
  it('a dateline with several allowed years takes the latest', () => {
    const p = publishedOf('DOHA, March 3 (Reuters) - Secretary of State Antony Blinken spoke to reporters.');
    assert.deepEqual([p.value, p.method, p.earliest, p.latest], ['2024-03-03', 'dateline', '2021-03-03', '2024-03-03']);
  });
  it('a dateline with nothing bounding its year: the latest not after the reference date, said as a guess', () => {
    const p = publishedOf('BRUSSELS, March 3 (Reuters) - Trade negotiators narrowed their differences over steel tariffs.', '2026-02-01');
    assert.deepEqual([p.value, p.method, p.latest], ['2025-03-03', 'dateline', '2025-03-03']);
    assert.ok(p.earliest! <= '2000-03-03');
    assert.ok(p.evidence.some((e) => typeof e === 'string' && /nothing else in the text bounds the year/.test(e)));
  });
  it('a dateline month-day: the year office holders allow (trade commissioner, USTR, chancellor)', () => assert.deepEqual(dating('BRUSSELS, March 3 (Reuters) - Trade Commissioner Maros Sefcovic met U.S. Trade Representative Jamieson Greer on Monday. "Nobody wants a trade war," German Chancellor Friedrich Merz said.'), ['2026-03-03', 'dateline', '2026-03-03', '2026-03-03']));
  it('known events with "last week" and "last month" next to them', () => assert.deepEqual(dating('Hamas last week named Yahya Sinwar as its leader, succeeding Ismail Haniyeh, who was killed in Tehran last month.').slice(1), ['inferred', '2024-08-10', '2024-08-20']));
  it('the best value of a narrow interval lies in it', () => {
    const p = publishedOf('Hamas last week named Yahya Sinwar as its leader, succeeding Ismail Haniyeh, who was killed in Tehran last month.');
    assert.ok(p.value! >= p.earliest! && p.value! <= p.latest!);
  });
  it('"a day after" a known event', () => assert.equal(publishedOf('The talks come a day after Benny Gantz quit the emergency government.').earliest, '2024-06-10'));
  it('an era narrows a role with several terms to the term it meets', () => {
    const p = publishedOf('The Trump administration is pressing for a deal to end the war in Gaza.');
    assert.deepEqual([p.earliest, p.latest, p.precision], ['2025-01-20', '2026-11-21', 'day']);
    assert.ok(p.value! >= '2025-01-20' && p.value! <= '2026-11-21');
    assert.ok(p.evidence.some((e) => typeof e === 'string' && /evokes the Israel–Hamas war/.test(e)));
  });
  it('a title in "the killing of …" does not end the interval at the death', () => assert.equal(publishedOf('Mourners gathered after the killing of Hamas political leader Ismail Haniyeh.').latest, '2026-11-21'));
});

describe('published stage: dates told as background', () => {
  it('the start of a war still going on bounds the date but is not it', () => assert.deepEqual(dating('The army and the RSF signed a declaration on Thursday. The war, which erupted in April 2023, has killed tens of thousands of people.'), ['2025-01', 'inferred', '2023-04-01', '2026-11-21']));
  it('"since" a day is a bound, not the date', () => assert.deepEqual(dating('Fighting has continued since Oct. 7, 2023, and talks resumed in Doha on Tuesday.').slice(0, 3), ['2025-04', 'inferred', '2023-10-07']));
  it('a date of the news itself is still the best value', () => assert.deepEqual(dating('The two sides met in Jeddah on May 6, 2023, after the war, which erupted in April 2023, spread to Darfur.').slice(0, 3), ['2023-05-06', 'inferred', '2023-05-06']));
  it('the evidence says what the background date is', () => {
    const p = publishedOf('The war, which began on Oct. 7, 2023, has killed more than 40,000 people.');
    assert.ok(p.evidence.some((e) => typeof e === 'string' && /2023-10-07 as the start of something still going on/.test(e)));
  });
});

describe('published stage: dates that name earlier events', () => {
  it('"since the" a dated attack is a bound, not the date', () => {
    const p = publishedOf('Negotiators met in Cairo on Tuesday. The talks are the first since the October 7, 2023 attack to include commanders.');
    assert.deepEqual([p.method, p.earliest, p.precision], ['inferred', '2023-10-07', 'month']);
    assert.notEqual(p.value, '2023-10-07');
  });
  it('a dated ceasefire named as background is a bound, not the date', () => {
    const p = publishedOf('Mediators said on Monday that talks would resume. The plan builds on a framework drafted after the 2014 war and the January 2025 ceasefire.');
    assert.deepEqual([p.method, p.earliest], ['inferred', '2025-01-01']);
    assert.notEqual(p.value, '2025-01');
    assert.ok(p.evidence.some((e) => typeof e === 'string' && /2025-01 naming an earlier event/.test(e)));
  });
  it('a date of the news itself stays the best value beside a background one', () => assert.deepEqual(dating('Talks resumed in Doha on March 4, 2025, a year after the March 2024 ceasefire collapsed.').slice(0, 3), ['2025-03-04', 'inferred', '2025-03-04']));
});

describe('published stage: events added as data', () => {
  it('"last month" next to a summit', () => assert.deepEqual(dating('Putin has not budged since the summit in Alaska last month, a Kremlin aide said.').slice(2), ['2025-08-30', '2025-10-02']));
  it('"on Sunday" next to a capture', () => assert.deepEqual(dating('The RSF captured El Fasher on Sunday, the paramilitary group said.').slice(2), ['2025-10-26', '2025-11-02']));
});

describe('published stage: a dateline whose year the text\'s latest dated mention suggests', () => {
  it('the first year after a full date a day before', () => assert.deepEqual(dating('LAGOS, March 9 (AFP) - The dock strike entered its second week. The union first walked out on March 2, 2022, its leaders said.').slice(0, 3), ['2022-03-09', 'dateline', '2022-03-09']));
});

describe('published stage: probe-article misreads', () => {
  it('"Ukraine\'s chief negotiator, Rustem Umerov," opening a sentence dates by the delegation he led from May 2025', () => assert.equal(dating('Prisoners were swapped on Thursday. Ukraine\'s chief negotiator, Rustem Umerov, said talks must go on.')[2], '2025-05-15'));
  it('hostage talks with Biden-era office holders are after October 7, not before the war', () => {
    const p = publishedOf('Relatives of hostages rallied in Tel Aviv as Hamas studied the proposal. Secretary of State Antony Blinken said it could bring the hostages home, and Prime Minister Benjamin Netanyahu denied adding conditions.');
    assert.deepEqual([p.earliest, p.latest], ['2023-10-07', '2025-01-20']);
    assert.ok(p.value! >= '2023-10-07');
  });
  it('"the <title>, <name>" appositions of two office holders narrow the interval', () => assert.deepEqual(dating('The U.S. special envoy for Sudan, Tom Perriello, urged a truce. The U.N. humanitarian chief, Martin Griffiths, warned of famine.').slice(2), ['2024-02-26', '2024-06-30']));
  it('a date a plan was moved to bounds nothing', () => assert.deepEqual(dating('KYIV, March 12 (Reuters) - Russian drones struck Kharkiv overnight, officials said on Tuesday, as the full-scale invasion entered its third year. A session had been moved to March 20.').slice(0, 2), ['2024-03-12', 'dateline']));
  it('"the war, which began with the Oct. 7 attack, is in its eighth month"', () => assert.deepEqual(dating('Hamas said on Saturday it was studying the plan. The war, which began with the Oct. 7 attack, is in its eighth month.').slice(2), ['2024-05-07', '2024-06-07']));
  it('the day something began is a bound, not the date', () => assert.notEqual(dating('The ceasefire took effect on Wednesday. Hezbollah began firing at Israel on Oct. 8, 2023.')[0], '2023-10-08'));
  it('the date of "the last strike" is a bound, not the date', () => assert.notEqual(dating('Teachers will strike from Monday, the union said on Tuesday. The last teachers\' strike in the city, in October 2019, lasted 11 days.')[0], '2019-10'));
});

describe('published stage: time elapsed since a date', () => {
  it('"the war\'s third year"', () => assert.deepEqual(dating('In the war\'s third year, Ukrainian officials said on Tuesday that attacks had intensified since the full-scale invasion.').slice(2), ['2024-02-24', '2025-02-24']));
  it('"500 days since" a known event', () => assert.deepEqual(dating('Hostage families marked 500 days since the Oct. 7 attack with a rally in Tel Aviv on Saturday.').slice(0, 4), ['2025-02-18', 'inferred', '2025-02-17', '2025-02-19']));
  it('"two years since" a dated day', () => assert.deepEqual(dating('It is two years since the strike began on March 3, 2023, the union said.').slice(2), ['2025-03-03', '2026-03-02']));
  it('"N days after" a date is narrative, not the time elapsed until now', () => assert.equal(dating('Two weeks after the Oct. 7 attack, Israel began its ground offensive.')[2], '2023-10-07'));
});

describe('published stage: anniversaries', () => {
  it('"the war\'s third anniversary"', () => assert.deepEqual(dating('Zelensky, speaking on the eve of the war\'s third anniversary, said talks with Russia could begin within weeks.').slice(2), ['2025-01-25', '2025-03-26']));
  it('"the second anniversary of" a dated attack', () => assert.deepEqual(dating('Families of hostages held by Hamas gathered to mark the second anniversary of the Oct. 7 attack.').slice(0, 4), ['2025-10-07', 'inferred', '2025-09-07', '2025-11-06']));
});

describe('session 17: dated milestones of the negotiations (data/events), reference 2026-11-21', () => {
  it('a month inside a ref is the known event\'s ("the ceasefire that took effect in January" is not January 2026)', () => assert.equal(dating('Mediators in Doha opened talks on the second phase of the ceasefire that took effect in January, Secretary of State Marco Rubio said.')[2], '2025-01-21'));
  it('talk of extending the four-day truce is during it', () => assert.deepEqual(dating('Qatar said Israel and Hamas agreed to extend their four-day truce in Gaza by two days.').slice(2), ['2023-11-22', '2023-12-01']));
  it('a 60-day Gaza truce under negotiation: from the Witkoff proposal to the 20-point plan', () => assert.deepEqual(dating('Hamas said it was studying the proposal for a 60-day ceasefire in Gaza.').slice(2), ['2025-05-26', '2025-09-29']));
  it('the first direct Russia–Ukraine talks since 2022, "on Friday": the Istanbul round of 2025-05-16', () => assert.deepEqual(dating('Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks since 2022.').slice(2), ['2025-05-16', '2025-05-23']));
  it('"the last 20 living hostages" freed "on Monday" is from 2025-10-13 on', () => assert.equal(dating('Hamas freed the last 20 living hostages on Monday, and crowds cheered in Tel Aviv.')[0], '2025-10-13'));
  it('the Board of Peace of the 20-point plan', () => assert.equal(dating('Hamas rejected any role for a Board of Peace in governing Gaza.')[2], '2025-09-29'));
  it('"less than two weeks after" a ref puts no floor two weeks later', () => assert.equal(dating('Ukraine accepted a 30-day ceasefire less than two weeks after a heated Oval Office meeting between Zelensky and Trump.')[2], '2025-03-11'));
  it('"to mark two years since the Oct. 7 attack": around the anniversary', () => assert.deepEqual(dating('Israelis gathered to mark two years since the Oct. 7 attack by Hamas.').slice(2), ['2025-09-07', '2025-11-06']));
  it('a truce day named without its year is within a year of it', () => assert.equal(dating('The truce in Gaza took effect on November 24 and Hamas freed 13 hostages that day.')[3], '2024-11-23'));
  it('hostages "believed to be alive" in Gaza are before the last living ones came home', () => assert.equal(dating('Hamas still holds 48 hostages in Gaza, about 20 of them believed to be alive, Secretary of State Marco Rubio said.')[3], '2025-10-12'));
  it('… but the release of the last living hostages told later bounds nothing above', () => assert.equal(dating('Hamas freed the last 20 living hostages on Monday, Secretary of State Marco Rubio said.')[3], '2025-10-20'));
  it('"the 12-day war" with Iran is named once it was over', () => assert.equal(dating('Israel said Iran had rebuilt missile sites hit in the 12-day war.')[2], '2025-06-24'));
  it('the US 28-point plan for Ukraine', () => assert.equal(dating('Kyiv asked for changes to the 28-point plan before any meeting with Russia.')[2], '2025-11-18'));
  it('nothing closes the interval: the latest known event named is the best value', () => assert.equal(dating('Hamas said it accepted parts of the 20-point plan for Gaza but rejected disarmament.')[0], '2025-09-29'));
  it('… or the first day "a week after" it allows', () => assert.equal(dating('Egypt pressed Hamas to find the bodies a week after the last living hostages were released.')[0], '2025-10-20'));
  it('an article with no dated clue gets no interval, and says what it saw', () => {
    const p = publishedOf('Train drivers began a three-day strike on Wednesday, the union said.');
    assert.deepEqual([p.value, p.earliest, p.latest], [null, null, null]);
    assert.match(String(p.evidence.at(-1)), /"Wednesday" fits some day of every year: no interval is given/);
  });
  it('a day inside a "since …" clause is a lower bound, not the best value (session 17, round 2)', () => {
    const p = publishedOf('Since the truce took effect on Jan. 19, Hamas has freed 33 hostages and Israel has released about 1,800 prisoners in Gaza.');
    assert.notEqual(p.value, '2025-01-19');
    assert.equal(p.earliest, '2025-01-19');
  });
  it('"the first phase of the Gaza ceasefire expired on Saturday" is the Saturday of 2025-03-01', () => assert.deepEqual(dating('The first phase of the Gaza ceasefire expired on Saturday, and Hamas rejected an extension.').slice(0, 3), ['2025-03-01', 'inferred', '2025-03-01']));
  it('Sudan\'s army and the RSF named with fighting are the war from 2023-04-15; named alone they date nothing', () => {
    assert.equal(dating('Fighting between Sudan\'s army and the Rapid Support Forces spread to new towns, aid groups said.')[2], '2023-04-15');
    assert.equal(dating('Sudan\'s army and the Rapid Support Forces signed a framework deal with civilian parties.')[2], null);
  });
  it('Blinken "will travel … on his 11th trip" dates the week before the trip (2024-10-21)', () => assert.deepEqual(dating('Secretary of State Antony Blinken will travel to Israel this week on his 11th trip to the region since the war began.').slice(2), ['2024-10-14', '2024-10-22']));
});
