/**
 * @module stages/quotes/speakers.test — speaker kinds and their resolution within a document,
 * with the mentions the `ner` stage finds in each text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SpeakerKind } from './index.js';
import { ANONYMOUS_MARKER } from './07-speakers.js';
import { ANONYMOUS_MARKERS } from './lexicon.js';
import { quotesWithMentions } from './testing.js';

/** The only quote of `text` has this speaker text, kind and antecedent (null: none). */
function expectSpeaker(text: string, speakerText: string, kind: SpeakerKind, antecedent: string | null): void {
  const quotes = quotesWithMentions(text);
  assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => q.text)));
  const v = quotes[0]!.value;
  assert.deepEqual([v.speakerText, v.speakerKind, v.antecedent?.text ?? null], [speakerText, kind, antecedent]);
  if (v.antecedent) assert.equal(text.slice(v.antecedent.start, v.antecedent.end), v.antecedent.text);
}

describe('speakers', () => {
  it('a person noun before a body set off after it is a person, unnamed (`A spokesman for the group\'s armed wing, the Vanto Brigades`)', () => {
    expectSpeaker("A spokesman for the group's armed wing, the Vanto Brigades, said the fighters would hold their fire.", "A spokesman for the group's armed wing, the Vanto Brigades", 'anonymous', null);
    expectSpeaker('A spokesperson for the regional agency for refugees, the Relief Office, said the convoy had been delayed.', 'A spokesperson for the regional agency for refugees, the Relief Office', 'anonymous', null);
  });
  it('`the spokesman` is the person the article described as a spokesman, not a name after', () => {
    const quotes = quotesWithMentions("'We are ready,' said Tarek Vollan, a spokesman for Norland's foreign ministry, on Tuesday. He met Arkos official Pel Dorran in Oslo. 'The talks are serious,' the spokesman said.");
    assert.deepEqual(quotes.map((q) => q.value.antecedent?.text ?? null).at(-1), 'Tarek Vollan');
  });
  it('a pronoun resolves to the person of the sentence before', () => expectSpeaker('Secretary of State Antony Blinken arrived in Cairo on Monday. He said, “The deal is within reach.”', 'He', 'pronoun', 'Antony Blinken'));
  it('a surname resolves to the full name', () => expectSpeaker('Foreign Minister Sameh Shoukry met the delegation. Shoukry said the crossing would reopen.', 'Shoukry', 'name', 'Sameh Shoukry'));
  it('a description resolves to the person named before', () => expectSpeaker('Prime Minister Mohammed Al Thani hosted the talks. The Qatari premier said progress had been made.', 'The Qatari premier', 'nominal', 'Mohammed Al Thani'));
  it('a body named after a war speaks (its head is no event)', () => expectSpeaker('The Institute for the Study of War said Russian forces had advanced near Pokrovsk.', 'The Institute for the Study of War', 'organization', null));
  it('a description owned by a person is someone else (`Haddad\'s spokesman` is not Omar Haddad)', () => expectSpeaker('Prime Minister Omar Haddad met the envoy on Monday. Haddad\'s spokesman said the cabinet would meet.', "Haddad's spokesman", 'nominal', null));
  it('a description and the name set off after it speak together (`Burhan\'s deputy, Malik Agar, …, telling`)', () => expectSpeaker("Burhan's deputy, Malik Agar, struck a softer tone, telling reporters the door was not closed.", "Burhan's deputy, Malik Agar", 'name', null));
  it('a time set off after a tag and its appositive is no content', () => assert.deepEqual(quotesWithMentions("The talks will resume, said the army's spokesman, Nabil Abdallah, on Sunday.").map((q) => q.text), ['The talks will resume']));
  it('a day after the subject is not part of it (`The union on Wednesday rejected …, saying`)', () => expectSpeaker('The rail union on Wednesday walked out of the talks, saying the deal would cut jobs.', 'The rail union', 'organization', null));
  it('the subject of a joined verb ends with the person\'s name (`Hochstein met Berri in Beirut and said …`)', () => expectSpeaker('U.S. envoy Amos Hochstein met Lebanese Parliament Speaker Nabih Berri in Beirut on Tuesday and said a ceasefire was within reach.', 'U.S. envoy Amos Hochstein', 'name', null));
  it('`the official` is no office holder named before, only someone the article called an official', () => {
    expectSpeaker('Israeli Prime Minister Benjamin Netanyahu met the envoy on Monday. The Israeli official said the gaps were wide.', 'The Israeli official', 'nominal', null);
    expectSpeaker('Osama Hamdan, a senior Hamas official, spoke in Beirut on Monday. The Hamas official said the gaps were wide.', 'The Hamas official', 'nominal', 'Osama Hamdan');
    expectSpeaker('Senior Hamas official Osama Hamdan spoke in Beirut on Monday. The Hamas official said the gaps were wide.', 'The Hamas official', 'nominal', 'Osama Hamdan');
  });
  it('an adjective `official` describes no one (`on his first official visit`)', () => {
    const quotes = quotesWithMentions('Israeli Prime Minister Benjamin Netanyahu, on his first official visit to Washington since the war, met the president. "There is no deal yet," the Israeli official said.');
    assert.deepEqual(quotes.map((q) => [q.value.speakerText, q.value.antecedent?.text ?? null]), [['the Israeli official', null]]);
  });
  it('a name in an opening phrase does not name the official set off after it (`After meeting X, a senior official said`)', () => {
    const quotes = quotesWithMentions('After meeting Prime Minister Benjamin Netanyahu, a senior U.S. official said the talks were close. "We are not there yet," the official said.');
    assert.deepEqual(quotes.map((q) => [q.value.speakerKind, q.value.antecedent?.text ?? null]), [['anonymous', null], ['anonymous', null]]);
  });
  it('a description naming a country resolves to the person named with it, not the last one named (`The Israeli leader`)', () => expectSpeaker('Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu on Monday. The Israeli leader said the plan was flawed.', 'The Israeli leader', 'nominal', 'Benjamin Netanyahu'));
  it('a description naming a country skips a person titled by another (`The top U.S. diplomat` after `Israeli Prime Minister …`)', () => expectSpeaker('Israeli Prime Minister Benjamin Netanyahu met Secretary of State Antony Blinken. The top U.S. diplomat said the deal was close.', 'The top U.S. diplomat', 'nominal', 'Antony Blinken'));
  it('a description named by a titled appositive is that person', () => expectSpeaker('Defence Minister Omar Haddad led the delegation. The head of the Russian delegation, presidential aide Viktor Samsonov, said the memorandum was ready.', 'The head of the Russian delegation, presidential aide Viktor Samsonov', 'name', null));
  it('a side or delegation in talks speaks as a body, not as one person', () => expectSpeaker('The Israeli side said it would send a delegation to Cairo.', 'The Israeli side', 'organization', null));
  it('the subject of a passive `quoted by … as saying` says it, not nobody', () => expectSpeaker('He was quoted by the state news agency SUNA as saying the war would end soon.', 'He', 'pronoun', null));
  it('a participle after a reported clause goes with the reporter, not the clause\'s subject (`The union said the board had rejected …, calling`)', () => {
    const quotes = quotesWithMentions('The union said the board had rejected its offer of arbitration, calling the new contract "an insult".');
    const calling = quotes.find((q) => q.value.cue === 'calling');
    assert.equal(calling?.value.speakerText, 'The union', JSON.stringify(quotes.map((q) => [q.value.cue, q.value.speakerText])));
  });
  it('a source reached by telephone is the whole phrase, not `telephone`', () => expectSpeaker('Residents of the city reached by telephone described heavy shelling overnight.', 'Residents of the city reached by telephone', 'anonymous', null));
  it('`the forum` is the forum named before', () => expectSpeaker('The Tikva Forum held a rally on Saturday. The forum said the government had to act.', 'The forum', 'organization', 'Tikva Forum'));
  it('`Her department said` speaks for the person `her` refers to', () => assert.deepEqual(quotesWithMentions('Transport Secretary Louise Haigh met the union on Monday. Her department said it would not intervene.').map((q) => [q.value.speakerText, q.value.antecedent?.text ?? null]), [['Her department', 'Louise Haigh']]));
  it('a relative clause naming someone after a description is no title and name (`, who met Vladimir Putin,`)', () => assert.deepEqual(quotesWithMentions('Defence Minister Omar Haddad led the talks. The head of the delegation, who met Vladimir Putin, said the memorandum was ready. He added that talks would resume.').map((q) => [q.value.speakerKind, q.value.antecedent?.text ?? null]), [['nominal', 'Omar Haddad'], ['pronoun', 'Omar Haddad']]));
  it('`his ministry said` speaks for the minister `his` refers to', () => assert.deepEqual(quotesWithMentions('Foreign Minister Sameh Shoukry met the envoy on Monday. His ministry said the crossing would reopen.').map((q) => [q.value.speakerText, q.value.antecedent?.text ?? null]), [['His ministry', 'Sameh Shoukry']]));
  it('a body speaks as one', () => expectSpeaker('The Israeli military said it had intercepted two rockets.', 'The Israeli military', 'organization', null));
  it('an unnamed official stays anonymous', () => expectSpeaker('A senior Hamas official said the group was studying the offer.', 'A senior Hamas official', 'anonymous', null));
  it('sources familiar with the talks stay anonymous', () => expectSpeaker('Sources familiar with the talks said the gap had narrowed.', 'Sources familiar with the talks', 'anonymous', null));
  it('an unnamed official after the cue stays anonymous, not the body that employs them', () => expectSpeaker('The talks had stalled, according to a Qatari official.', 'a Qatari official', 'anonymous', null));
  it('anonymity said in a relative clause after the source counts', () => expectSpeaker('The crossing would reopen on Sunday, said the Egyptian official, who asked not to be named.', 'the Egyptian official, who asked not to be named', 'anonymous', null));
  it('a relative clause does not make a named speaker anonymous', () => expectSpeaker('The crossing would reopen on Sunday, said Sameh Shoukry, who is close to the talks.', 'Sameh Shoukry, who is close to the talks', 'name', null));
  it('anonymity said in a relative clause the source finder leaves out counts', () => expectSpeaker('The crossing would reopen on Sunday, according to a Qatari official who spoke on condition of anonymity.', 'a Qatari official', 'anonymous', null));
  it('sources close to a named person stay anonymous', () => expectSpeaker('Sources close to Benjamin Netanyahu said the cabinet would meet.', 'Sources close to Benjamin Netanyahu', 'anonymous', null));
  it('a capitalized speaker after the cue is still the head', () => expectSpeaker('The crossing would reopen on Sunday, said Foreign Minister Sameh Shoukry.', 'Foreign Minister Sameh Shoukry', 'name', null));
  it('it resolves to the organization before', () => expectSpeaker('Hamas received the proposal on Friday. It said it would respond within days.', 'It', 'pronoun', 'Hamas'));
  it('a full name with an appositive needs no antecedent', () => expectSpeaker('Matthew Miller, a State Department spokesman, said the pause was a priority.', 'Matthew Miller, a State Department spokesman', 'name', null));
});

describe('ANONYMOUS_MARKER', () => {
  it('matches exactly when one of ANONYMOUS_MARKERS does', () => {
    const texts = [
      'Sources familiar with the talks', 'sources FAMILIAR WITH', 'unfamiliar with', 'familiar withheld', 'people close to Netanyahu', 'enclose to',
      'an official who spoke on condition of anonymity', 'officials not authorised to speak', 'not authorized', 'a source who declined to be identified',
      'who asked not to be named', 'an aide speaking anonymously', 'diplomats briefed on the talks', 'a person with knowledge of the matter',
      'the Egyptian official', 'Sameh Shoukry', '', 'close', 'declined to be quoted',
    ];
    for (const t of texts) assert.equal(ANONYMOUS_MARKER.test(t), ANONYMOUS_MARKERS.some((re) => re.test(t)), t);
    assert.ok(ANONYMOUS_MARKERS.every((re) => re.flags === 'i'), 'a marker with another flag needs its own test');
  });
});

describe('descriptions that refer back to a person the article named (session 17 probes)', () => {
  it('`the spokesman` is the person an inverted tag described so (`“…,” said X, a spokesman for …`)', () => {
    const quotes = quotesWithMentions('"We are in the last stretch," said Karim al-Nasser, a spokesman for the Foreign Ministry. The spokesman said a technical team would meet again on Thursday.');
    assert.deepEqual(quotes.map((q) => [q.value.speakerText, q.value.speakerKind, q.value.antecedent?.text ?? null]).at(-1), ['The spokesman', 'nominal', 'Karim al-Nasser']);
  });
  it('`the Palestinian official` is the person an inverted tag called an official', () => {
    const quotes = quotesWithMentions('"There is real momentum," said Fadi Mansour, a Palestinian official who attended the meeting. The Palestinian official added that the sides would meet again.');
    assert.deepEqual(quotes.map((q) => [q.value.speakerText, q.value.antecedent?.text ?? null]).at(-1), ['The Palestinian official', 'Fadi Mansour']);
  });
  it('an age used as a noun is the person named before (`the 26-year-old told CNN`)', () => expectSpeaker('For 50 days, Noa Segev was held underground. "They kept us in a tunnel," the 26-year-old told CNN.', 'the 26-year-old', 'nominal', 'Noa Segev'));
  it('`the nurse` is the person described as a nurse, not the last person named', () => {
    const quotes = quotesWithMentions('Samira Khoury, a nurse at the hospital, said the wounded came in on carts. Her director, Adel Nassar, was away. "We treated them on the floor," the nurse said.');
    assert.deepEqual(quotes.map((q) => [q.value.speakerText, q.value.antecedent?.text ?? null]).at(-1), ['the nurse', 'Samira Khoury']);
  });
  it('`The American envoy` is the person titled `U.S.`, not another envoy named after her', () => {
    const quotes = quotesWithMentions('U.S. Ambassador Linda Greenwood said Washington was pressing both sides. Riyad Hamdi, the Palestinian envoy, disagreed. "Time is short," Hamdi said. The American envoy said a deal was within reach.');
    assert.deepEqual(quotes.map((q) => [q.value.speakerText, q.value.antecedent?.text ?? null]).at(-1), ['The American envoy', 'Linda Greenwood']);
  });
  it('`It added` after `the statement said` is the statement\'s issuer, not the statement', () => {
    const quotes = quotesWithMentions('Qatar said in a statement on Wednesday that the truce would begin on Sunday. "The parties have agreed," the statement said. It added that the mediators would keep working.');
    assert.deepEqual(quotes.map((q) => [q.value.speakerText, q.value.antecedent?.text ?? null]).at(-1), ['It', 'Qatar']);
  });
  it('`the statement` is its issuers after `a joint statement by`, the first of the list, not a place the sentence opens with', () => {
    const quotes = quotesWithMentions('GENEVA — The two unions agreed on Friday to end the strike, according to a joint statement by Norway, Canada and Chile. "The talks were long and honest," the statement said.');
    assert.deepEqual(quotes.map((q) => [q.value.speakerText, q.value.antecedent?.text ?? null]).at(-1), ['the statement', 'Norway']);
  });
  it('`the statement` is the subject of `said in a joint statement`, not a body the sentence named before it', () => {
    const quotes = quotesWithMentions('Talks between the Greek army and the coast guard in the port of Piraeus stopped this week, Norway and Canada said in a joint statement, after both sides broke the truce. "When the parties are ready, the mediators are ready," the statement said.');
    assert.deepEqual(quotes.map((q) => [q.value.speakerText, q.value.antecedent?.text ?? null]).at(-1), ['the statement', 'Norway']);
  });
  it('`the statement` of a subject no mention names is unresolved, not a place the sentence opens with', () => {
    const quotes = quotesWithMentions('The port strike in Antwerp ended on Sunday, the dockers\' union said in a statement. "Work will resume at dawn," the statement said.');
    assert.deepEqual(quotes.map((q) => [q.value.speakerText, q.value.antecedent?.text ?? null]).at(-1), ['the statement', null]);
  });
  it('a broadcaster is a body speaking (`Israel\'s Kan public broadcaster reported`)', () => expectSpeaker("Israel's Kan public broadcaster reported that the cabinet would vote on Thursday.", "Israel's Kan public broadcaster", 'organization', null));
  it('a body\'s name set off last makes the description a body speaking (`Hamas\'s armed wing, the Qassam Brigades`)', () => {
    const quotes = quotesWithMentions("The group's armed wing, the Qassam Brigades, said on Telegram that its fighters had attacked the troops.");
    assert.deepEqual(quotes.map((q) => [q.value.speakerText, q.value.speakerKind]), [["The group's armed wing, the Qassam Brigades", 'organization']]);
  });
});
