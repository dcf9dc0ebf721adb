/**
 * @module stages/quotes/negative.test — text that must yield no quote: terms, titles, scare
 * quotes, questions, quotes with no speaker nearby, and cue words used as nouns.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectNoQuotes, modelQuotes } from './testing.js';

describe('quoted words that nobody said', () => {
  it('a so-called term', () => expectNoQuotes('The so-called “humanitarian corridor” was closed again on Monday.'));
  it('a book title', () => expectNoQuotes('Her memoir, “Hard Roads Home,” was published in 2019.'));
  it('a film title', () => expectNoQuotes('The film “Return to Gaza” premiered in Berlin.'));
  it('an operation name after dubbed', () => expectNoQuotes('The operation, dubbed “Northern Shield,” began at dawn.'));
  it('a word mentioned as a word', () => expectNoQuotes('The word “truce” appears nowhere in the draft.'));
  it('a scare quote with no cue', () => expectNoQuotes('The convoy reached the “safe zone” before sunset.'));
  it('two terms in one sentence', () => expectNoQuotes('The agreement covers a “first phase” and a “second phase”.'));
  it('a hashtag', () => expectNoQuotes('The hashtag “#BringThemHome” trended worldwide.'));
  it('a question about a term', () => expectNoQuotes('Is a “temporary ceasefire” really a ceasefire?'));
  it('a question with a scare quote', () => expectNoQuotes('Who decided that the “pause” would last only four hours?'));
  it('a full quoted sentence with no speaker anywhere', () => expectNoQuotes('The border stayed shut.\n\n“Nobody knows when it will open again.”'));
  it('markup attributes are not quotes', () => expectNoQuotes('<tweet tweet-id="12345"></tweet> The envoy arrived.'));
});

describe('`In …,` that names no source', () => {
  it('an interview or speech opening a sentence is no source (the cue is the verb after it)', () => expectNoQuotes('In an interview on Sunday, the mayor toured the levy.'));
  it('a standing `in the polls` is no poll speaking', () => expectNoQuotes('In the polls, the mayor trails by nine points.'));
});

describe('`as … by` that names no source', () => {
  it('`as reported by` inside a clause (no comma, not the sentence start) is no phrase cue', () => assert.ok(modelQuotes('The figures were not as reported by the agency last year.').every((q) => q.value.cue !== 'as reported by')));
});

describe('relative clauses that describe a speaker', () => {
  it('`who asked not to be named` stays in the speaker phrase, no statement of its own', () => assert.deepEqual(
    modelQuotes('"The plan is a mess," said one council member, who asked not to be named because the talks were private.').map((q) => [q.text, q.value.cue]),
    [['The plan is a mess,', 'said']],
  ));
});

describe('cue words that are not cues', () => {
  it('plain narration', () => expectNoQuotes('Negotiators met in Cairo on Tuesday.'));
  it('signing an agreement is an act, not a statement', () => assert.deepEqual(modelQuotes("Sudan's army and the paramilitary Rapid Support Forces signed a seven-day ceasefire agreement on Saturday night.").map((q) => q.text), []));
  it('naming a leader is an act, not a statement (the model read it as a cue)', () => assert.deepEqual(modelQuotes('The movement last week named Omar Hadi, its leader in the south, to succeed Karim Nassar.').map((q) => q.text), []));
  it('a truce declared and terms offered are acts, not statements', () => {
    expectNoQuotes('Russia declared a three-day truce.');
    expectNoQuotes('The alliance offered a 50 percent wage increase over six years.');
  });
  it('appearing is no speech (the model read it as a cue)', () => assert.deepEqual(modelQuotes('The hostages, Dan Amir, Ohad Levi and Or Sasson, appeared gaunt as they were paraded on a stage before being handed to the Red Cross.').map((q) => q.text), []));
  it('brokering a truce is an act, not a statement (the model read it as a cue)', () => assert.deepEqual(modelQuotes('Russia, which brokered the 2020 ceasefire, was not involved in the talks.').map((q) => q.text), []));
  it('a date after a participle is no content ("The plan, announced on Sept. 12, called for …")', () => assert.deepEqual(modelQuotes('The plan, announced on Sept. 12, called for a three-month truce.').map((q) => q.text), ['for a three-month truce']));
  it('a judgement after a cue whose object went before it is no content ("a demand Ukraine rejected as unacceptable")', () => expectNoQuotes('Russia wants Kyiv to withdraw from four regions, a demand Ukraine rejected as unacceptable.'));
  it('a name given with "known as" is no statement (the model read it as a cue)', () => assert.deepEqual(modelQuotes('The paramilitary leader Mohamed Hamdan Dagalo, known as Hemedti, arrived in Jeddah.').map((q) => q.text), []));
  it('a forecast in the passive is nobody’s statement', () => expectNoQuotes('CIA Director William Burns and Mossad chief David Barnea were expected to join the talks on Thursday.'));
  it('a participle after an event noun names no speaker', () => expectNoQuotes('Previous ceasefires announced since fighting erupted on April 15 collapsed within hours.'));
  it('agreeing to a truce is an act, not a statement', () => expectNoQuotes('Israel and Hamas have agreed to a ceasefire in Gaza and the release of hostages.'));
  it('a headline agreement is an act', () => expectNoQuotes('Israel and Hamas agree Gaza ceasefire deal'));
  it('a participle after a medium describes it (`a statement posted on its channel`; the model read it as a cue)', () => {
    assert.deepEqual(modelQuotes('In a statement posted on its Telegram channel, the army said the militia had used the truce to regroup.').map((q) => q.value.cue), ['said']);
  });
  it('issuing a statement says that it was made, not what it says (the model read it as a cue)', () => {
    assert.deepEqual(modelQuotes('Hamas issued a statement on Monday. Later the group released a video.').map((q) => q.text), []);
    assert.deepEqual(modelQuotes('The senator made the comments Friday during a brief appearance at the party headquarters.').map((q) => q.text), []);
  });
  it('the model\'s content is never the speaker\'s own name (`The governor added.`)', () => {
    for (const q of modelQuotes('Tax cuts would help families, the governor said on Monday. The governor added. Limbaugh added.')) assert.ok(q.value.speakerSpan === null || q.end <= q.value.speakerSpan.start || q.start >= q.value.speakerSpan.end, q.text);
  });
  it('the reason for anonymity is no statement (`speaking on condition of anonymity to discuss …`)', () => {
    assert.deepEqual(modelQuotes('An Israeli official, speaking on condition of anonymity to discuss the sensitive diplomacy, cautioned that "significant gaps" remained, particularly over the demand for freedom of action.').map((q) => q.value.cue), ['cautioned']);
  });
  it('speaking to an audience says nothing by itself (the model read it as a cue)', () => {
    assert.deepEqual(modelQuotes('Noa Peretz, whose brother is held in Gaza, addressed the crowd. Later the minister briefed reporters.').map((q) => q.text), []);
  });
  it('refusing to act is not a statement', () => expectNoQuotes('Ukrainian officials refused to sign a document with Russia directly.'));
  it('declining to take part is not a statement', () => expectNoQuotes('The delegation declined to attend the second round in Doha.'));
  it('state as a noun', () => expectNoQuotes('The state of the economy worries many voters.'));
  it('States in a name', () => expectNoQuotes('The United States sent a new envoy to the region.'));
  it('report as a noun', () => expectNoQuotes('The report is due next week.'));
  it('talks as a noun', () => expectNoQuotes('The talks about the talks lasted four hours.'));
  it('say as a noun', () => expectNoQuotes('She has a say in the final text.'));
  it('a statement as a noun', () => expectNoQuotes('The statement was released late on Friday.'));
  it('claims as a noun', () => expectNoQuotes('His claims were never tested in court.'));
  it('a passive cue', () => expectNoQuotes('The deal was announced by both governments.'));
  it('a reduced relative with a cue', () => expectNoQuotes('A framework proposed by Egypt is still on the table.'));
});

describe('labels and dashes that name no speaker', () => {
  it('a recurring furniture label', () => expectNoQuotes('UPDATE: The crossing reopened on Monday.\n\nUPDATE: It closed again on Tuesday.'));
  it('a capitals label that names nobody and does not recur', () => expectNoQuotes('NOTICE: The office is closed today.'));
  it('an interview\'s Q and A', () => expectNoQuotes('Q: When will the crossing open?\n\nA: Nobody knows yet.\n\nQ: Why not?\n\nA: The talks stalled.'));
  it('a dash after a slogan, then lower case', () => expectNoQuotes('“Peace now” — a slogan painted on every wall.'));
  it('a dash after a quotation, then a capitalized phrase that runs on', () => expectNoQuotes('“Open the gates” ― New Signs Went Up Across The City Overnight again.'));
  it('a content that only says when (`… outlined on May 31`)', () => expectNoQuotes('The scheme, which builds on the framework Governor Ana Ruiz outlined on March 3, would start with a pilot.'));
  it('a content that only says where and when (`… announced in Lisbon on Friday`)', () => expectNoQuotes('The city will open a new fund, part of a package the minister announced in Lisbon on Friday.'));
});

describe('a name withheld is no statement', () => {
  const contents = (text: string): string[] => modelQuotes(text).map((q) => q.text);
  it('`who declined to give her name`', () => assert.deepEqual(contents('A nurse at the clinic, who declined to give her name, said the generators had stopped.'), ['the generators had stopped']));
});

describe('a one-sentence answer after a colon', () => {
  it('`replied: “No.”` is a quote, not a title', () => {
    const quotes = modelQuotes('Asked whether the strike would end soon, the mayor replied: “No.”');
    assert.deepEqual(quotes.filter((q) => q.value.kind === 'direct').map((q) => [q.text, q.value.speakerText]), [['No.', 'the mayor']]);
  });
});
