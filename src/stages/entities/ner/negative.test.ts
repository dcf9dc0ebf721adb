/**
 * @module stages/entities/ner/negative.test — what must NOT be a mention.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refine } from './refiners.js';
import { expectNoMentions, inputOf, mentionAt } from './testing.js';

test('a photo credit is not news', () => expectNoMentions('Displaced families shelter in a school. (AP Photo/Fatima Shbair)', ['*:Fatima Shbair', '*:AP', '*:AP Photo']));
test('a credit with the agency last', () => expectNoMentions('A funeral in Gaza City (Omar al-Qattaa/AFP via Getty Images)', ['*:Omar al-Qattaa', '*:AFP', '*:Getty Images']));
test('no title inside a person', () => expectNoMentions('U.S. Secretary of State Marco Rubio arrived.', ['person:Secretary of State Marco Rubio', 'person:Secretary', '*:Secretary of State']));
test('no honorific inside a person', () => expectNoMentions('Sheikh Mohammed bin Abdulrahman Al Thani spoke.', ['person:Sheikh Mohammed bin Abdulrahman Al Thani', 'person:Mohammed']));
test("no possessive inside a name", () => expectNoMentions('Israel’s cabinet met after Hamas’ statement.', ['place:Israel’s', 'organization:Hamas’']));
test('lower-case common words are not names', () => expectNoMentions('the ceasefire held as officials said the talks would resume.', ['*:ceasefire', '*:officials', '*:talks']));
test('a sentence-initial common word is not a name', () => expectNoMentions('Negotiators met again on Tuesday.', ['*:Negotiators', '*:Tuesday']));
test('a singular nationality is not a group', () => expectNoMentions('Qatari mediators returned.', ['group:Qatari']));
test('a nationality is no person', () => expectNoMentions('Qatari officials said the talks would resume.', ['person:Qatari', 'organization:Qatari', 'place:Qatari']));
test('an all-caps headline word is not a dateline place', () => expectNoMentions('BREAKING — Talks collapse in Cairo', ['place:BREAKING']));
test('a headline and the dateline under it are no one mention', () => {
  expectNoMentions('Talks resume in Doha\nDOHA, Qatar —\nNegotiators met.', ['*:Doha\nDOHA']);
  expectNoMentions('Envoys gather in Doha\nDOHA: Negotiators met on Monday.', ['*:Doha\nDOHA']);
});
test('a person described as a member of a body stays a person', () => expectNoMentions('John Smith, a member of the union, said the vote would go ahead.', ['organization:John Smith']));
test('a quotation between two names joins nothing', () => expectNoMentions('Hamas called it "a victory" Netanyahu said.', ['person:Hamas called it "a victory" Netanyahu']));
test('an organization does not run on through a day', () => expectNoMentions('The U.N. Security Council on Friday rejected the draft.', ['organization:U.N. Security Council on Friday']));
test('a person said in a statement stays a person', () => expectNoMentions('Biden said in a statement that he was pleased.', ['organization:Biden']));
test('a place after "strike at" stays a place (an air strike)', () => expectNoMentions('An Israeli strike at Nuseirat killed five.', ['organization:Nuseirat']));
test('a plural demonym said in a statement is no organization', () => expectNoMentions('Palestinians said in a statement that they would march.', ['organization:Palestinians']));
test('a one-word place after workers at stays a place', () => expectNoMentions('Aid workers at Rafah said supplies ran out.', ['organization:Rafah']));
test('two names joined by "and" that are no curated name stay two', () => expectNoMentions('Members of the Teamsters and Acme Workers voted.', ['organization:Teamsters and Acme Workers']));
test('a number after a lower-case district is no name', () => expectNoMentions('The vote in district 9 was close.', ['organization:district 9']));
test('a place people work at in the field, or one modifying a noun, stays a place', () => {
  expectNoMentions('Aid workers at Rafah, the border town, waited.', ['organization:Rafah']);
  expectNoMentions('Workers at Gaza hospitals were exhausted.', ['organization:Gaza']);
  expectNoMentions('Workers at Jabalia camp fled.', ['organization:Jabalia']);
});
test('workers opening a sentence are no organization', () => expectNoMentions('The United Auto Workers reached a deal. Workers at the plant will vote on the deal next week.', ['organization:Workers', 'person:Workers']));
test('a known country acronym said in a statement stays a place', () => {
  const input = { ...inputOf('The UAE said in a statement that it would help.'), known: new Map([['uae', 'place' as const]]) };
  assert.deepEqual(refine([mentionAt(input, 'UAE', 'place')], input).mentions.map((m) => m.type), ['place']);
});
test('a holiday is no place, person or organization', () => {
  expectNoMentions('Su urged them to reach a deal before Christmas, when the extension runs out.', ['place:Christmas', 'person:Christmas', 'organization:Christmas']);
  expectNoMentions('Negotiators hoped to finish before Passover.', ['place:Passover', 'person:Passover', 'organization:Passover']);
});
test('two names joined by "and" stay two when the first is a name, not a common word', () => {
  assert.deepEqual(refine([mentionAt(inputOf('Amazon and Teamsters Union officials met.'), 'Amazon', 'place'), mentionAt(inputOf('Amazon and Teamsters Union officials met.'), 'Teamsters Union', 'organization')], inputOf('Amazon and Teamsters Union officials met.')).mentions.length, 2);
});
test('a person after a preposition the article never names as a place stays a person', () => expectNoMentions('The crowd rallied around Jane Doe on Monday.', ['place:Jane Doe']));
test('a poll word without an article before it makes no organization', () => expectNoMentions('Smith poll numbers fell.', ['organization:Smith']));
test('a body and a capitalised word not ending in an organization word stay apart', () => {
  assert.deepEqual(refine([mentionAt(inputOf('The Senate Majority Leader spoke.'), 'Senate', 'organization')], inputOf('The Senate Majority Leader spoke.')).mentions.length, 1);
});
test('a month before "poll" and a party before "polling firm" are no polling firm', () => {
  expectNoMentions('In Florida, a June poll found the race tied.', ['organization:June']);
  expectNoMentions('He trailed in the average of recent Hoosier polls.', ['organization:Hoosier']);
  expectNoMentions('Stan Greenberg, co-founder of the Democratic polling firm, said.', ['organization:Democratic']);
});
test('"at stake in" a day and two whole bodies joined by "and" make no company and no one body', () => {
  expectNoMentions('There are 150 delegates at stake in Tuesday night\u2019s contests.', ['organization:Tuesday']);
  const text = 'the National Association of Black Journalists and National Association of Hispanic Journalists met';
  const input = inputOf(text);
  const out = refine([mentionAt(input, 'National Association of Black Journalists', 'organization'), mentionAt(input, 'National Association of Hispanic Journalists', 'organization')], input).mentions;
  assert.equal(out.length, 2);
});

test('a lower-case noun after a place is no part of it unless a curated place is so named', () => {
  const input = { ...inputOf('Tessa residents fled the Tessa crossing.'), known: new Map([['tessa crossing', 'place' as const]]) };
  const out = refine([mentionAt(input, 'Tessa', 'place')], input).mentions.map((m) => `${m.type}:${m.start}-${m.end}`).sort();
  assert.deepEqual(out, ['place:0-1', 'place:4-6']);
});

test('an honorific before a lower-case word proposes no person', () => {
  const input = inputOf('The letter was addressed to Mr. and Mrs. Holt, said the clerk.');
  assert.deepEqual(refine([], input).mentions.map((m) => `${m.type}:${m.start}-${m.end}`), ['person:8-9']);
});

test('a place ending in "Front" stays a place; one word "Council" is no body name', () => {
  const input = inputOf('Troops on the Eastern Front held. Council met.');
  const out = refine([mentionAt(input, 'Eastern Front', 'place'), mentionAt(input, 'Council', 'person')], input).mentions.map((m) => m.type);
  assert.ok(!out.slice(0, 1).includes('organization'), out.join());
});
