/**
 * @module stages/quotes/quotes.test — one line per case: content, speaker words, cue and kind.
 *
 * Every sentence here was written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOfText } from './index.js';
import { expectNoQuotes, expectQuotes, modelQuotes, quotesWithMentions } from './testing.js';

describe('direct quotes', () => {
  it('curly double quotes, tag after', () => expectQuotes('“We will not sign a deal that leaves our people hungry,” the minister said.', [['We will not sign a deal that leaves our people hungry,', 'the minister', 'said', 'direct']]));
  it('straight double quotes, tag with time', () => expectQuotes('"We are close to an agreement," Ahmed Farouk said on Tuesday.', [['We are close to an agreement,', 'Ahmed Farouk', 'said', 'direct']]));
  it('single curly quotes as the outer marks', () => expectQuotes('‘The talks are over for now,’ she said.', [['The talks are over for now,', 'she', 'said', 'direct']]));
  it('German „…“ marks after a colon tag', () => expectQuotes('The envoy said: „Wir sind bereit.“', [['Wir sind bereit.', 'The envoy', 'said', 'direct']]));
  it('two apostrophes as marks, inverted tag with appositive', () => expectQuotes("''The crossing will open on Monday,'' said Lena Brandt, a spokeswoman for the port authority.", [['The crossing will open on Monday,', 'Lena Brandt, a spokeswoman for the port authority', 'said', 'direct']]));
  it('tag before the quote with a comma', () => expectQuotes('He emphasized, “No more delays. No more excuses.”', [['No more delays. No more excuses.', 'He', 'emphasized', 'direct']]));
  it('told reporters: quote', () => expectQuotes('The foreign minister told reporters: “We expect an answer by Friday.”', [['We expect an answer by Friday.', 'The foreign minister', 'told', 'direct']]));
  it('told the BBC', () => expectQuotes('“It is not over,” he told the BBC.', [['It is not over,', 'he', 'told', 'direct']]));
  it('a tag followed by a participle attribution', () => expectQuotes('"We need more time," the negotiator said, adding that the gaps were narrowing.', [['We need more time,', 'the negotiator', 'said', 'direct'], ['the gaps were narrowing', 'the negotiator', 'adding', 'indirect']]));
  it('tag with an adverbial after the cue', () => expectQuotes('“There will be no deal without the release of all hostages,” Netanyahu said in a televised address.', [['There will be no deal without the release of all hostages,', 'Netanyahu', 'said', 'direct']]));
  it('guillemets', () => expectQuotes('«We will not sign this text», the minister said.', [['We will not sign this text', 'the minister', 'said', 'direct']]));
  it('wrote', () => expectQuotes('"Enough," she wrote on social media.', [['Enough,', 'she', 'wrote', 'direct']]));
  it('a two-word statement', () => expectQuotes('"No comment," said a spokesman.', [['No comment,', 'a spokesman', 'said', 'direct']]));
});

describe('tags read in feature and wire copy', () => {
  it('a sentence opened by its cue, the speaker after it and a colon (`Said Omar Haddad, a spokesman: “…”`)', () => expectQuotes('Said Omar Haddad, a spokesman for the ministry: "We are ready."', [['We are ready.', 'Omar Haddad, a spokesman for the ministry', 'Said', 'direct']]));
  it('an age set off after the name stays in the speaker phrase (`Ahmed Salem, 45, a teacher, said`)', () => expectQuotes('"We will not back down," Ahmed Salem, 45, a teacher from Khan Younis, said by phone.', [['We will not back down,', 'Ahmed Salem, 45, a teacher from Khan Younis', 'said', 'direct']]));
});

describe('words after a quotation that are no tag', () => {
  it('a quoted modifier inside a noun phrase: its noun is no cue (`expected a “constructive” answer`)', () => expectQuotes('A US official said Washington expected a "constructive" answer by next week.', [['Washington expected a "constructive" answer by next week', 'A US official', 'said', 'mixed']]));
  it('a next sentence denying its cue tags nothing (`The President\'s Office did not comment on the report.`)', () => {
    const got = quotesWithMentions('Zelensky called the plan "unacceptable in its current form." The Office did not comment on the report.').map((q) => [q.value.cue, q.value.kind]);
    assert.deepEqual(got, [['called', 'mixed']]);
  });
  it('a sentence adverb before the content is not said (`Meanwhile, Russian forces launched …, the Air Force said`)', () => expectQuotes('Meanwhile, Russian forces launched 476 drones overnight, the Ukrainian Air Force said.', [['Russian forces launched 476 drones overnight', 'the Ukrainian Air Force', 'said', 'indirect']]));
});

describe('an inverted tag with the name set off last', () => {
  it('`…,\' said the union\'s leader, Sharon Graham.`: the name ending the sentence is the speaker\'s', () => {
    assert.deepEqual(quotesWithMentions("'The government's offer is an insult,' said the union's leader, Sharon Graham.").map((q) => [q.value.speakerText, q.value.speakerKind]), [["the union's leader, Sharon Graham", 'name']]);
  });
});

describe('quotes split by their tag or continued', () => {
  it('a one-word quote split by its tag: one quote', () => expectQuotes('“Hamas”, he said, “will not accept a temporary pause.”', [['Hamas”, he said, “will not accept a temporary pause.', 'he', 'said', 'direct']]));
  it('a tagged quote continued in the next sentence', () => expectQuotes('“The offer is generous,” Blinken said. “Now it is up to them.”', [['The offer is generous,” Blinken said. “Now it is up to them.', 'Blinken', 'said', 'direct']]));
  it('an inverted tag between two quoted sentences', () => expectQuotes('“The first phase will last six weeks,” said Omar Haddad. “After that, the parties will meet again.”', [['The first phase will last six weeks,” said Omar Haddad. “After that, the parties will meet again.', 'Omar Haddad', 'said', 'direct']]));
  it('a later partial quote in another speaker\'s reported speech does not continue the tagged quote', () => expectQuotes('“We will not sign this,” the minister told reporters. The union said in a statement that it remained “open to talks.”', [['We will not sign this,', 'the minister', 'told', 'direct'], ['it remained “open to talks.”', 'The union', 'said', 'mixed']]));
  it('a continued quote, then another attribution', () => expectQuotes('“The guarantees must be written down,” the official said. “Verbal promises are not enough.” He declined to elaborate.', [['The guarantees must be written down,” the official said. “Verbal promises are not enough.', 'the official', 'said', 'direct'], ['to elaborate', 'He', 'declined', 'indirect']]));
  it('a straight-quoted statement split by cautioned', () => expectQuotes('"We\'re not there yet," he cautioned, "but we\'re getting closer."', [['We\'re not there yet," he cautioned, "but we\'re getting closer.', 'he', 'cautioned', 'direct']]));
});

describe('partial quotes inside reported speech (kind mixed)', () => {
  it('a partial quote inside the statement an `according to` tag reports is mixed in both readings', () => expectQuotes('Hamas said it was studying the text "in a positive spirit," according to a statement from the group.', [['Hamas said it was studying the text "in a positive spirit,"', 'a statement from the group', 'according to', 'mixed'], ['it was studying the text "in a positive spirit,"', 'Hamas', 'said', 'mixed']]));
  it('two partial quotes, two cues, one speaker', () => expectQuotes('The minister stated the envoys had made “real progress” and expressed hope that “any day now” a deal could be announced.', [['the envoys had made “real progress”', 'The minister', 'stated', 'mixed'], ['hope that “any day now” a deal could be announced', 'The minister', 'expressed', 'mixed']]));
  it('described on Monday as “…”: the time is not content', () => expectQuotes('Israel presented what the envoy described on Monday as an “exceptionally generous” proposal.', [['as an “exceptionally generous” proposal', 'the envoy', 'described', 'mixed']]));
  it('expressed hope: hope is a noun here', () => expectQuotes('The envoy expressed hope that the talks would resume.', [['hope that the talks would resume', 'The envoy', 'expressed', 'indirect']]));
  it('partial quote inside a that-less clause', () => expectQuotes("Qatar's prime minister said the talks had made “significant progress” but that gaps remained.", [['the talks had made “significant progress” but that gaps remained', "Qatar's prime minister", 'said', 'mixed']]));
  it('described … as “…”', () => expectQuotes('She described the proposal as “a serious basis for negotiation.”', [['the proposal as “a serious basis for negotiation.”', 'She', 'described', 'mixed']]));
  it('called X “…”', () => expectQuotes('The mediator called the latest draft “the best chance we have had in months.”', [['the latest draft “the best chance we have had in months.”', 'The mediator', 'called', 'mixed']]));
  it('tweeted that with a partial quote', () => expectQuotes('Trump tweeted that the deal was “a great victory.”', [['the deal was “a great victory.”', 'Trump', 'tweeted', 'mixed']]));
  it('said X “…” ending the sentence', () => expectQuotes('The spokeswoman said the delegation “remains committed to a negotiated outcome.”', [['the delegation “remains committed to a negotiated outcome.”', 'The spokeswoman', 'said', 'mixed']]));
  it('straight quotes around a partial quote', () => expectQuotes('Blinken said Israel had made an "extraordinarily generous" offer.', [['Israel had made an "extraordinarily generous" offer', 'Blinken', 'said', 'mixed']]));
  it('a verb phrase in quotes after said', () => expectQuotes('The army said it "regrets any harm to civilians."', [['it "regrets any harm to civilians."', 'The army', 'said', 'mixed']]));
});

describe('reported speech', () => {
  it('X said CONTENT', () => expectQuotes('Officials said the talks would resume in Cairo next week.', [['the talks would resume in Cairo next week', 'Officials', 'said', 'indirect']]));
  it('an organization speaking as a body', () => expectQuotes('The Israeli military said it had struck a weapons depot overnight.', [['it had struck a weapons depot overnight', 'The Israeli military', 'said', 'indirect']]));
  it('said in a statement that', () => expectQuotes('Hamas said in a statement that it had received the proposal and was studying it.', [['it had received the proposal and was studying it', 'Hamas', 'said', 'indirect']]));
  it('In a statement, X said', () => expectQuotes('In a statement, Hamas said it would respond within days.', [['it would respond within days', 'Hamas', 'said', 'indirect']]));
  it('CONTENT, X told Reuters.', () => expectQuotes('The two sides remain far apart on the sequence of releases, a senior Egyptian official told Reuters.', [['The two sides remain far apart on the sequence of releases', 'a senior Egyptian official', 'told', 'indirect']]));
  it('X told Reuters CONTENT', () => expectQuotes('A senior Hamas official told Reuters the group had not yet decided.', [['the group had not yet decided', 'A senior Hamas official', 'told', 'indirect']]));
  it('warned that', () => expectQuotes('The prime minister warned that the operation would continue until the hostages are freed.', [['the operation would continue until the hostages are freed', 'The prime minister', 'warned', 'indirect']]));
  it('stressed that', () => expectQuotes('The spokesman stressed that no agreement had been reached.', [['no agreement had been reached', 'The spokesman', 'stressed', 'indirect']]));
  it('denied that', () => expectQuotes('The ministry denied that any troops had crossed the border.', [['any troops had crossed the border', 'The ministry', 'denied', 'indirect']]));
  it('insisted without that', () => expectQuotes('The president insisted the plan was still on the table.', [['the plan was still on the table', 'The president', 'insisted', 'indirect']]));
  it('CONTENT, X said.', () => expectQuotes('The ceasefire is holding, the army said.', [['The ceasefire is holding', 'the army', 'said', 'indirect']]));
  it('CONTENT, said X.', () => expectQuotes('The ceasefire is holding, said Colonel Dana Weiss.', [['The ceasefire is holding', 'Colonel Dana Weiss', 'said', 'indirect']]));
  it('a tag in mid-sentence', () => expectQuotes('The deal, he said, could be signed within a week.', [['The deal, he said, could be signed within a week', 'he', 'said', 'indirect']]));
  it('a spokesman for a body, and a nested attribution', () => expectQuotes('A spokesman for the State Department said the United States welcomed the announcement.', [['the United States welcomed the announcement', 'A spokesman for the State Department', 'said', 'indirect'], ['the announcement', 'the United States', 'welcomed', 'indirect']]));
  it('a relative clause appositive', () => expectQuotes('Mr. Haddad, who leads the delegation, said the second round would start on Sunday.', [['the second round would start on Sunday', 'Mr. Haddad, who leads the delegation', 'said', 'indirect']]));
  it('a tag after content that holds a cue', () => expectQuotes('The negotiators have agreed on most of the text, Haddad said on Wednesday.', [['The negotiators have agreed on most of the text', 'Haddad', 'said', 'indirect']]));
  it('a tag followed by the sentence\'s own adverbial', () => expectQuotes('The crossing will reopen on Sunday, the Egyptian minister said on Wednesday, after a week of talks in Cairo.', [['The crossing will reopen on Sunday', 'the Egyptian minister', 'said', 'indirect']]));
  it('agreed that: a statement', () => expectQuotes('The mediators agreed that the talks should resume in Cairo.', [['the talks should resume in Cairo', 'The mediators', 'agreed', 'indirect']]));
  it('a participle cue takes the subject of the sentence', () => expectQuotes('The union rejected the offer, saying it did not address wages.', [['the offer', 'The union', 'rejected', 'indirect'], ['it did not address wages', 'The union', 'saying', 'indirect']]));
  it('bare plural source', () => expectQuotes('Police said two people were arrested and later released.', [['two people were arrested and later released', 'Police', 'said', 'indirect']]));
  it('acknowledged that', () => expectQuotes('The envoy acknowledged that the talks had stalled.', [['the talks had stalled', 'The envoy', 'acknowledged', 'indirect']]));
  it('present tense say', () => expectQuotes('Diplomats say the agreement could collapse if either side walks away.', [['the agreement could collapse if either side walks away', 'Diplomats', 'say', 'indirect']]));
  it('announced that', () => expectQuotes("Egypt's foreign minister announced that the border crossing would reopen.", [['the border crossing would reopen', "Egypt's foreign minister", 'announced', 'indirect']]));
  it('an agency reported that', () => expectQuotes('The agency reported that 300 trucks had entered the territory.', [['300 trucks had entered the territory', 'The agency', 'reported', 'indirect']]));
  it('admitted that', () => expectQuotes('The governor admitted that mistakes were made.', [['mistakes were made', 'The governor', 'admitted', 'indirect']]));
  it('predicted that', () => expectQuotes('The general predicted that the fighting would end by spring.', [['the fighting would end by spring', 'The general', 'predicted', 'indirect']]));
  it('pronoun with an adverb before the cue', () => expectQuotes('He later added that talks would continue.', [['talks would continue', 'He', 'added', 'indirect']]));
  it('told ADDRESSEE that', () => expectQuotes('The ambassador told the council that the situation was dire.', [['the situation was dire', 'The ambassador', 'told', 'indirect']]));
  it('told a named addressee with a time adverbial', () => expectQuotes('Farouk told The Associated Press on Thursday that a deal was close.', [['a deal was close', 'Farouk', 'told', 'indirect']]));
  it('the White House', () => expectQuotes('The White House said the president had spoken with the emir.', [['the president had spoken with the emir', 'The White House', 'said', 'indirect']]));
  it('a possessive office', () => expectQuotes("Netanyahu's office said in a statement that the delegation would travel to Doha.", [['the delegation would travel to Doha', "Netanyahu's office", 'said', 'indirect']]));
  it('has repeatedly said', () => expectQuotes('The Egyptian delegation has repeatedly said it will not accept foreign troops.', [['it will not accept foreign troops', 'The Egyptian delegation', 'said', 'indirect']]));
  it('also noted', () => expectQuotes('She also noted that the crossings had been closed for three days.', [['the crossings had been closed for three days', 'She', 'noted', 'indirect']]));
  it('two coordinated clauses after an addressee: the content opens with the first, not at the second `that`', () => expectQuotes('The spokesman told reporters the talks were “difficult” and that Moscow was in no hurry.', [['the talks were “difficult” and that Moscow was in no hurry', 'The spokesman', 'told', 'mixed']]));
  it('a clause opened by `but` after the closing mark is no tag of the quote: the quote stays in the reported speech around it', () => expectQuotes('The White House urged both sides to “bargain in good faith,” but the president said he would not intervene.', [['both sides to “bargain in good faith,”', 'The White House', 'urged', 'mixed'], ['he would not intervene', 'the president', 'said', 'indirect']]));
  it('a quotation later in the tag\'s own sentence is not more of the statement (a sign\'s words)', () => expectQuotes('“We will hold out,” the union leader told a rally at the port, where strikers carried signs reading “Robots do not pay rent.”', [['We will hold out,', 'the union leader', 'told', 'direct']]));
  it('the content ends before `and` + a speaker with an appositive and a cue of their own', () => expectQuotes('The food agency said famine had been confirmed in the camp, and the U.N. relief chief, Omar Salim, called the situation dire.', [['famine had been confirmed in the camp', 'The food agency', 'said', 'indirect'], ['the situation dire', 'the U.N. relief chief, Omar Salim', 'called', 'indirect']]));
  it('a text\'s wording: `The statement read: “…”`; `read` after a person is no cue', () => {
    expectQuotes('The statement read: “We hold the occupation responsible.”', [['We hold the occupation responsible.', 'The statement', 'read', 'direct']]);
    expectNoQuotes('Read more: “Talks resume in Cairo”');
  });
  it('a statement wrapping another attribution with quoted words keeps its speaker (the inner mixed reading stood for it)', () => {
    const got = modelQuotes('In remarks broadcast by CNBC, Greer said Washington expected "real market access" for American farmers, not "cosmetic concessions."').map((q) => [q.value.cue, q.value.speakerText, q.value.kind]);
    assert.deepEqual(got, [['said', 'Greer', 'mixed'], ['expected', 'Washington', 'mixed']]);
  });
  it('a clause of the article after a mid-sentence `according to X,` is no content (`, though …`)', () => expectQuotes('Negotiators narrowed their differences on Monday, according to a statement from the commission, though officials on both sides cautioned that a deal was not in sight.', [['Negotiators narrowed their differences on Monday', 'a statement from the commission', 'according to', 'indirect'], ['a deal was not in sight', 'officials on both sides', 'cautioned', 'indirect']]));
  it('a demonstrative `that` is part of the content (`rejected that claim`, `said that was wrong`, `denied that, saying …`)', () => {
    expectQuotes('The office rejected that claim.', [['that claim', 'The office', 'rejected', 'indirect']]);
    expectQuotes('She said that was wrong.', [['that was wrong', 'She', 'said', 'indirect']]);
    expectQuotes('He said that talks would resume.', [['talks would resume', 'He', 'said', 'indirect']]);
  });
  it('residents told reporters', () => expectQuotes('Residents told reporters that the shelling had stopped before dawn.', [['the shelling had stopped before dawn', 'Residents', 'told', 'indirect']]));
  it('an aid group warned', () => expectQuotes('The aid group warned that famine was imminent in the north.', [['famine was imminent in the north', 'The aid group', 'warned', 'indirect']]));
  it('a participle appositive', () => expectQuotes('The minister, speaking after the meeting, said the talks were constructive.', [['the talks were constructive', 'The minister, speaking after the meeting', 'said', 'indirect']]));
  it('a belief nested in reported speech', () => expectQuotes('Mediators hope the pause will hold, a diplomat said.', [['Mediators hope the pause will hold', 'a diplomat', 'said', 'indirect'], ['the pause will hold', 'Mediators', 'hope', 'indirect']]));
  it('a mid-sentence tag after a short subject', () => expectQuotes('The proposal, officials said, includes the release of 33 hostages.', [['The proposal, officials said, includes the release of 33 hostages', 'officials', 'said', 'indirect']]));
  it('a mid-sentence tag keeps the subject before it, and its parts leave the tag out', () => {
    const text = 'The deal, Qatar said, is close.';
    const [q] = quotesOfText(text, [], { model: null });
    assert.equal(q?.text, 'The deal, Qatar said, is close');
    assert.deepEqual(q?.value.parts?.map((p) => text.slice(p.start, p.end)), ['The deal', 'is close']);
  });
  it('a mid-sentence tag after a lone adverb: the adverb is not said', () => expectQuotes('Instead, the envoy said, the talks will move to Doha.', [['the talks will move to Doha', 'the envoy', 'said', 'indirect']]));
  it('a mid-sentence tag after connectives and an adverb', () => expectQuotes('But eventually, officials said, the crossing reopened.', [['the crossing reopened', 'officials', 'said', 'indirect']]));
  it('repeated that', () => expectQuotes('The foreign minister repeated that his country would not negotiate under fire.', [['his country would not negotiate under fire', 'The foreign minister', 'repeated', 'indirect']]));
});

describe('a statement in a relative clause after a speaker', () => {
  it('`said Jane Roe, who said …` reports a second statement, its speaker the `who`', () => expectQuotes('"The plan is a mess," said Karen Holt, who said the council had ignored the budget office for years.', [
    ['The plan is a mess,', 'Karen Holt, who said the council had ignored the budget office for years', 'said', 'direct'],
    ['the council had ignored the budget office for years', 'who', 'said', 'indirect'],
  ]));
  it('`who also argued that …` after an appositive', () => expectQuotes('"We lost a year," said Omar Grant, a county clerk, who also argued that the new forms had confused voters.', [
    ['We lost a year,', 'Omar Grant, a county clerk, who also argued that the new forms had confused voters', 'said', 'direct'],
    ['the new forms had confused voters', 'who', 'argued', 'indirect'],
  ]));
});

describe('coordinated speakers and the sentence after a tag', () => {
  it('a cue joined by `and` behind an auxiliary speaks for the sentence subject (`… and has said that …`)', () => expectQuotes('The governor describes herself as a moderate and has said that she would veto the bill.', [
    ['herself as a moderate', 'The governor', 'describes', 'indirect'],
    ['she would veto the bill', 'The governor', 'said', 'indirect'],
  ]));
  it('a cue joined by `and` behind an adverb (`… and then tweeted that …`)', () => expectQuotes('The mayor toured the flooded district on Monday and then tweeted that the city would cover the repairs.', [['the city would cover the repairs', 'The mayor', 'tweeted', 'indirect']]));
  it('a quantifier floated after coordinated speakers is not part of them (`Egypt and Qatar both said`)', () => expectQuotes('Egypt and Qatar both said the talks would resume.', [['the talks would resume', 'Egypt and Qatar', 'said', 'indirect']]));
  it('`both` after `of` is the speaker phrase\'s own (`Representatives of both said`)', () => expectQuotes('Representatives of both said the talks had been productive.', [['the talks had been productive', 'Representatives of both', 'said', 'indirect']]));
  it('two names before a tag both speak', () => expectQuotes('The two armies signed a declaration on Thursday, Egypt and Qatar said.', [['The two armies signed a declaration on Thursday', 'Egypt and Qatar', 'said', 'indirect']]));
  it('two demonyms before one noun', () => expectQuotes('The two armies signed a declaration, Saudi and American mediators said.', [['The two armies signed a declaration', 'Saudi and American mediators', 'said', 'indirect']]));
  it('two names opening the sentence', () => expectQuotes('Egypt and Qatar said in a joint statement that talks would resume.', [['talks would resume', 'Egypt and Qatar', 'said', 'indirect']]));
  it('two bodies with their articles', () => expectQuotes('The army and the RSF said on Thursday that they would talk.', [['they would talk', 'The army and the RSF', 'said', 'indirect']]));
  it('a conjunct after a verb is no co-speaker', () => expectQuotes('The envoy left Cairo and Qatar said that talks would go on.', [['talks would go on', 'Qatar', 'said', 'indirect']]));
  it('`, but` after a mid-sentence tag opens another statement when its clause has a cue or estimate of its own', () => expectQuotes('The border crossings will reopen within a week, the proposal says, but an Egyptian official put the date at the end of the month.', [['The border crossings will reopen within a week', 'the proposal', 'says', 'indirect']]));
  it('`, but` after a mid-sentence tag with no cue after it stays part of the content', () => expectQuotes('The talks are close to a deal, he said, but obstacles remain on the border question.', [['The talks are close to a deal, he said, but obstacles remain on the border question', 'he', 'said', 'indirect']]));
  it('`though` after a mid-sentence tag opens the writer\'s clause, not more content', () => expectQuotes('The two armies signed a declaration on Thursday, the mediators said, though a ceasefire remained out of reach.', [['The two armies signed a declaration on Thursday', 'the mediators', 'said', 'indirect']]));
});

describe('the reason a source is unnamed', () => {
  it('belongs to the tag, not to the content', () => expectQuotes('The envoy arrived in Cairo late Monday, two officials said on condition of anonymity because they were not authorized to discuss the talks publicly.', [['The envoy arrived in Cairo late Monday', 'two officials', 'said', 'indirect']]));
  it('speaking on condition of anonymity after the tag', () => expectQuotes('The envoy will travel to Doha on Friday, a diplomat said, speaking on condition of anonymity.', [['The envoy will travel to Doha on Friday', 'a diplomat', 'said', 'indirect']]));
});

describe('according to', () => {
  it('`In a new poll released Sunday, FIGURES` gives the figures to the poll', () => expectQuotes('In a new Daily Ledger poll released Sunday, 41 percent of voters backed the levy.', [['41 percent of voters backed the levy', 'a new Daily Ledger poll released Sunday', 'In', 'indirect']]));
  it('a participle set off after the source is the source\'s (`According to a survey, conducted in May, …`)', () => expectQuotes('According to a county survey, conducted in May, most farmers want more water.', [['most farmers want more water', 'a county survey, conducted in May', 'According to', 'indirect']]));
  it('`As reported by X, CONTENT` reads as `according to`', () => expectQuotes('As reported by The Daily Ledger, the council spent twice its budget on the bridge.', [['the council spent twice its budget on the bridge', 'The Daily Ledger', 'As reported by', 'indirect']]));
  it('`CONTENT, as first reported by X on Tuesday.`', () => expectQuotes('The council spent twice its budget on the bridge, as first reported by The Daily Ledger on Tuesday.', [['The council spent twice its budget on the bridge', 'The Daily Ledger', 'as first reported by', 'indirect']]));
  it('the outlet that saw a document is part of the source', () => expectQuotes('The ceasefire would begin on Sunday, according to a draft obtained by The Associated Press.', [['The ceasefire would begin on Sunday', 'a draft obtained by The Associated Press', 'according to', 'indirect']]));
  it('According to X, CONTENT', () => expectQuotes('According to two officials familiar with the talks, the draft includes a 42-day truce.', [['the draft includes a 42-day truce', 'two officials familiar with the talks', 'According to', 'indirect']]));
  it('According to X with a participle modifier, CONTENT: the modifier is the source\'s', () => expectQuotes('According to two people briefed on the talks, Israel has agreed to withdraw from the corridor.', [['Israel has agreed to withdraw from the corridor', 'two people briefed on the talks', 'According to', 'indirect']]));
  it('CONTENT, according to X', () => expectQuotes('The draft includes a 42-day truce, according to two officials familiar with the talks.', [['The draft includes a 42-day truce', 'two officials familiar with the talks', 'according to', 'indirect']]));
  it('a quote followed by According to X.', () => expectQuotes('“A framework is on the table.” According to the Qatari foreign ministry.', [['A framework is on the table.', 'the Qatari foreign ministry', 'According to', 'direct']]));
  it('according to in mid-sentence', () => expectQuotes('The talks, according to a source close to the delegation, collapsed after midnight.', [['The talks, according to a source close to the delegation, collapsed after midnight', 'a source close to the delegation', 'according to', 'indirect']]));
});

describe('unnamed sources', () => {
  it('sources familiar with the talks', () => expectQuotes('Sources familiar with the talks said the gap had narrowed.', [['the gap had narrowed', 'Sources familiar with the talks', 'said', 'indirect']]));
  it('an appositive with a cue is not an attribution', () => expectQuotes('"I think we are close," said one diplomat, who asked not to be named.', [['I think we are close,', 'one diplomat, who asked not to be named', 'said', 'direct']]));
  it('a senior diplomat', () => expectQuotes('A senior Western diplomat said the two sides were still far apart.', [['the two sides were still far apart', 'A senior Western diplomat', 'said', 'indirect']]));
  it('people briefed on the negotiations', () => expectQuotes('Two people briefed on the negotiations said a new draft was circulating.', [['a new draft was circulating', 'Two people briefed on the negotiations', 'said', 'indirect']]));
  it('speaking on condition of anonymity', () => expectQuotes('An Israeli official, speaking on condition of anonymity, said the cabinet would meet on Sunday.', [['the cabinet would meet on Sunday', 'An Israeli official, speaking on condition of anonymity', 'said', 'indirect']]));
});

describe('polls and reports', () => {
  it('an outlet citing a source between commas speaks, and what it cites ends at the comma', () => expectQuotes('The state broadcaster, citing a high-level source, said the delegations had arrived in Cairo.', [['a high-level source', 'The state broadcaster', 'citing', 'indirect'], ['the delegations had arrived in Cairo', 'The state broadcaster', 'said', 'indirect']]));
  it('an aside naming a report\'s sources sits between the cue and its `that` clause', () => expectQuotes('The broadcaster reported on Monday, citing unnamed officials, that the cabinet would meet.', [['unnamed officials', 'The broadcaster', 'citing', 'indirect'], ['the cabinet would meet', 'The broadcaster', 'reported', 'indirect']]));
  it('a broadcaster whose name ends in a number speaks', () => assert.deepEqual(quotesWithMentions("Israel's Channel 12 reported that the cabinet would meet.").map((q) => q.value.speakerText), ["Israel's Channel 12"]));
  it('a report found that', () => expectQuotes('The report found that aid deliveries had fallen by half.', [['aid deliveries had fallen by half', 'The report', 'found', 'indirect']]));
  it('a poll shows that', () => expectQuotes('A poll released on Monday shows that most voters support the truce.', [['most voters support the truce', 'A poll released', 'shows', 'indirect']]));
});

describe('cues whose content is an object', () => {
  it('urged X to', () => expectQuotes('The mayor urged residents to stay indoors.', [['residents to stay indoors', 'The mayor', 'urged', 'indirect']]));
  it('accused X of', () => expectQuotes('The committee accused the company of hiding the losses.', [['the company of hiding the losses', 'The committee', 'accused', 'indirect']]));
  it('criticized X as', () => expectQuotes('The senator criticized the agreement as too weak.', [['the agreement as too weak', 'The senator', 'criticized', 'indirect']]));
  it('vowed to', () => expectQuotes('The minister vowed to rebuild the damaged schools.', [['to rebuild the damaged schools', 'The minister', 'vowed', 'indirect']]));
  it('denied the report', () => expectQuotes('Hamas denied the report.', [['the report', 'Hamas', 'denied', 'indirect']]));
  it('refused to say: the refusal, not what was not said', () => expectQuotes('The minister refused to say when the crossing would reopen.', [['to say when the crossing would reopen', 'The minister', 'refused', 'indirect']]));
  it('declined to comment', () => expectQuotes("The prime minister's office declined to comment.", [['to comment', "The prime minister's office", 'declined', 'indirect']]));
});

describe('quotes over paragraphs', () => {
  it('an unclosed straight quote continued by the next paragraph', () => expectQuotes('"The first stage is ready,\n\n"and the second will follow within weeks," the mediator said.', [['The first stage is ready,\n\n"and the second will follow within weeks,', 'the mediator', 'said', 'direct']]));
  it('an unclosed curly quote continued by the next paragraph', () => expectQuotes('“We have waited long enough.\n\n“Our patience is not endless,” the president said.', [['We have waited long enough.\n\n“Our patience is not endless,', 'the president', 'said', 'direct']]));
  it('a colon tag at the end of the previous paragraph', () => expectQuotes('The negotiator said:\n\n“We are ready to sign today.”', [['We are ready to sign today.', 'The negotiator', 'said', 'direct']]));
});

describe('nested quotes', () => {
  it('single quotes nested in double quotes', () => expectQuotes('“The document says ‘temporary pause’, not ‘ceasefire’,” the envoy said.', [['The document says ‘temporary pause’, not ‘ceasefire’,', 'the envoy', 'said', 'direct']]));
  it('a nested scare quote stays inside the statement', () => expectQuotes('The spokesman said: “The so-called ‘humanitarian pause’ is a trap.”', [['The so-called ‘humanitarian pause’ is a trap.', 'The spokesman', 'said', 'direct']]));
});

describe('pronoun speakers', () => {
  it('a word between the pronoun and the cue is no speaker', () => expectQuotes('He soon said the crossing would reopen.', [['the crossing would reopen', 'He', 'said', 'indirect']]));
  it('a verb before a participle cue is no speaker', () => expectQuotes('They resist saying the deal is dead.', [['the deal is dead', 'They', 'saying', 'indirect']]));
  it('a named person, an auxiliary and an adverb before the cue: the person speaks', () => {
    const got = quotesWithMentions('Karim Haddad will soon tell the mediators that the crossing must open.').map((q) => [q.text, q.value.speakerText, q.value.cue]);
    assert.deepEqual(got, [['the crossing must open', 'Karim Haddad', 'tell']]);
  });
  it('a named person and an adverb before a verb and its cue: the person speaks', () => {
    const got = quotesWithMentions('Mariam Osei just starts talking about the convoys.').map((q) => [q.text, q.value.speakerText]);
    assert.deepEqual(got, [['the convoys', 'Mariam Osei']]);
  });
  it('a clause word before a lone noun keeps the noun as the speaker', () => expectQuotes('The envoy left Cairo, and officials said the crossing would open.', [['the crossing would open', 'officials', 'said', 'indirect']]));
  it('they', () => expectQuotes('They said the offer was unacceptable.', [['the offer was unacceptable', 'They', 'said', 'indirect']]));
  it('it', () => expectQuotes('It said the strikes targeted militants.', [['the strikes targeted militants', 'It', 'said', 'indirect']]));
});

describe('signed quotes and speaker labels', () => {
  it('a Q/A interview: the answers are the interviewee\'s, the first person the introduction names; questions are nobody\'s', () => {
    const text = 'Majed al-Ansari spoke to us in Doha on Monday.\n\nQ: Is a deal close?\n\nA: We are closer than at any point.\n\nQ: What is the obstacle?\n\nA: The sequencing of the withdrawal.';
    const got = quotesWithMentions(text).map((q) => [q.text, q.value.speakerText, q.value.antecedent?.text, q.value.kind]);
    assert.deepEqual(got, [['We are closer than at any point.', 'A', 'Majed al-Ansari', 'direct'], ['The sequencing of the withdrawal.', 'A', 'Majed al-Ansari', 'direct']]);
  });
  it('one `A:` line alone is no transcript', () => expectNoQuotes('Q: Is there a deal?\n\nA: No.\n\nThe talks resume on Monday.'));
  it('a labelled line in quotation marks: the marks are not said', () => {
    const got = quotesWithMentions("Joe Biden spoke on Monday.\n\nBiden: 'We are going to get this done'\n\nThe talks resume on Tuesday.").map((q) => [q.text, q.value.speakerText]);
    assert.deepEqual(got, [['We are going to get this done', 'Biden']]);
  });
  it('quotes signed with a dash and a name, one per line', () => expectQuotes('“We want the crossings open.” ― Maria Lopez\n“Let the trucks in.”― Tomas Reyes.', [['We want the crossings open.', 'Maria Lopez', '―', 'direct'], ['Let the trucks in.', 'Tomas Reyes', '―', 'direct']]));
  it('a signed quote with a handle after the name', () => expectQuotes('“The border stays shut tonight.” — Ana Ruiz (@anaruiz) May 2, 2024', [['The border stays shut tonight.', 'Ana Ruiz', '—', 'direct']]));
  it('a transcript: labels in capitals that recur are speakers', () => expectQuotes('HOST: Will the talks resume on Monday?\n\nNAVARRO: We expect them to, yes.\n\nHOST: And the prisoners?\n\nNAVARRO: That is for the next phase.', [
    ['Will the talks resume on Monday?', 'HOST', ':', 'direct'], ['We expect them to, yes.', 'NAVARRO', ':', 'direct'],
    ['And the prisoners?', 'HOST', ':', 'direct'], ['That is for the next phase.', 'NAVARRO', ':', 'direct'],
  ]));
  it('a transcript printed inside quotation marks left open: its lines, not one quote', () => expectQuotes('"HOST: Will the talks resume on Monday?\n\n"NAVARRO: We expect them to, yes.\n\n"HOST: And the prisoners?', [
    ['Will the talks resume on Monday?', 'HOST', ':', 'direct'], ['We expect them to, yes.', 'NAVARRO', ':', 'direct'], ['And the prisoners?', 'HOST', ':', 'direct'],
  ]));
  it('a capitals label naming a person the text names, once', () => {
    const got = quotesWithMentions('Antony Blinken met the emir on Sunday.\n\nBLINKEN: We are closer than we have been in months.').map((q) => [q.text, q.value.speakerText, q.value.kind]);
    assert.deepEqual(got, [['We are closer than we have been in months.', 'BLINKEN', 'direct']]);
  });
  it('a headline with a person label is reported speech', () => {
    const got = quotesWithMentions('Blinken: Ceasefire Deal Is Within Reach\n\nSecretary of State Antony Blinken arrived in Doha on Monday.').map((q) => [q.text, q.value.speakerText, q.value.kind]);
    assert.deepEqual(got, [['Ceasefire Deal Is Within Reach', 'Blinken', 'indirect']]);
  });
  it('an opening mark typed the wrong way round', () => expectQuotes('”We are ready to sign,” the envoy said.', [['We are ready to sign,', 'the envoy', 'said', 'direct']]));
});

describe('tags, subjects and adverbials read in wire copy', () => {
  it('a time clause opening the sentence is not the subject of a joined cue (`Hours after …, X stood … and thanked …`)', () => assert.deepEqual(quotesWithMentions('Hours after her daughter was released from Gaza, Meirav Leshem Gonen stood before cameras in Tel Aviv and thanked the mediators.').map((q) => q.value.speakerText), ['Meirav Leshem Gonen']));
  it('a relative clause ending in a preposition leaves the noun after it no cue (`held without charge`)', () => expectNoQuotes('Among them was Khalida Jarrar, a prominent politician who had been held without charge.'));
  it('a participle after an inverted tag is the tag speaker\'s (`“…,” said Jane Roberts, chair of the forum, adding that`)', () => assert.deepEqual(quotesWithMentions('"Commuters are once again paying the price," said Jane Roberts, chair of the Rail Passengers Forum, adding that many had no alternative way to get to work.').map((q) => [q.value.cue, q.value.speakerText]), [['said', 'Jane Roberts, chair of the Rail Passengers Forum'], ['adding', 'Jane Roberts, chair of the Rail Passengers Forum']]));
  it('a measured time after a mid-sentence tag is the sentence\'s, not more content (`…, people familiar with the matter told Bloomberg, days before a deadline`)', () => expectQuotes('The two sides are close to a trade deal, people familiar with the matter told Bloomberg, days before a deadline set by the president.', [['The two sides are close to a trade deal', 'people familiar with the matter', 'told', 'indirect']]));
  it('`for its part` between the subject and the cue is an aside, not the speaker', () => expectQuotes('Hamas, for its part, said it was studying the text.', [['it was studying the text', 'Hamas', 'said', 'indirect']]));
  it('a tag between commas after the subject is no appositive of it', () => expectQuotes('The exchange, Foreign Minister Hakan Fidan said, showed that "diplomacy can still work."', [['The exchange, Foreign Minister Hakan Fidan said, showed that "diplomacy can still work."', 'Foreign Minister Hakan Fidan', 'said', 'mixed']]));
  it('a quantity after its determiner: the two sides', () => expectQuotes('The talks were over, the two sides said.', [['The talks were over', 'the two sides', 'said', 'indirect']]));
  it('a participle clause after a mid-sentence tag is the sentence\'s, not said', () => expectQuotes('The union and the port operators have reached a tentative agreement, the two sides said late Thursday, ending a strike that shut the ports.', [['The union and the port operators have reached a tentative agreement', 'the two sides', 'said', 'indirect']]));
  it('a place or occasion after the cue and before a clause with no `that` is no content (`told reporters at the White House he …`)', () => {
    expectQuotes('The president told reporters at the White House he was hopeful a deal could be reached.', [['he was hopeful a deal could be reached', 'The president', 'told', 'indirect']]);
    expectQuotes('The envoy said at a news conference in Doha the gaps had narrowed.', [['the gaps had narrowed', 'The envoy', 'said', 'indirect']]);
  });
  it('`US` in capitals is the country, not the pronoun (`US officials said`)', () => expectQuotes('US officials said the talks would resume.', [['the talks would resume', 'US officials', 'said', 'indirect']]));
  it('media and occasions told are addressees (`told Iranian state TV …`, `told a news conference …`), a modifier only before one', () => {
    expectQuotes('Abbas Araghchi told Iranian state TV the two delegations would meet again.', [['the two delegations would meet again', 'Abbas Araghchi', 'told', 'indirect']]);
    expectQuotes('The minister told a news conference the deal was close.', [['the deal was close', 'The minister', 'told', 'indirect']]);
    expectQuotes('The envoy warned the state would collapse.', [['the state would collapse', 'The envoy', 'warned', 'indirect']]);
  });
  it('mediators and negotiators are addressees of `told`', () => expectQuotes('Hamas told the mediators it would accept the plan.', [['it would accept the plan', 'Hamas', 'told', 'indirect']]));
  it('a participle clause with `by` set off after the subject describes it and names no speaker (`The RSF, led by X, known as Y, said`)', () => {
    expectQuotes('The RSF, led by Mohamed Dagalo, known as Hemedti, said it was ready to talk.', [['it was ready to talk', 'The RSF', 'said', 'indirect']]);
    expectQuotes('The delegation, headed by Vladimir Medinsky, said it was ready.', [['it was ready', 'The delegation', 'said', 'indirect']]);
  });
  it('a participle after a text the subject issued is the subject\'s (`Hamas issued a statement saying …`)', () => {
    expectQuotes('The rebel command issued a statement on Monday accusing the government of bad faith.', [['the government of bad faith', 'The rebel command', 'accusing', 'indirect']]);
    expectQuotes('Hamas released a letter saying the talks had failed.', [['the talks had failed', 'Hamas', 'saying', 'indirect']]);
  });
  it('a capitalized claim word inside a name is no aside (`The Account Manager said`)', () => {
    const q = quotesWithMentions('The Account Manager said the deal was close.');
    assert.deepEqual(q.map((x) => x.value.speakerText), ['The Account Manager']);
  });
  it('a claim noun set after the content is the writer\'s aside, and the subject of its relative clause speaks (`…, a charge Abu Dhabi denies`)', () => {
    expectQuotes('The minister accused the UAE of arming the militia, a charge Abu Dhabi denies.', [['The minister accused the UAE of arming the militia', 'Abu Dhabi', 'denies', 'indirect'], ['the UAE of arming the militia', 'The minister', 'accused', 'indirect']]);
    expectQuotes('The ministry said its forces had captured the village, a claim Reuters could not verify.', [['its forces had captured the village', 'The ministry', 'said', 'indirect']]);
  });
  it('a claim noun after a report stands for what was reported, not the report (`The army said …, a charge Hamas denied`)', () => {
    expectQuotes('The coast guard said at least nine boats had sunk, a charge the port authority denied.', [['at least nine boats had sunk', 'The coast guard', 'said', 'indirect'], ['at least nine boats had sunk', 'the port authority', 'denied', 'indirect']]);
  });
  it('a figure put on something and disputed: the estimate is the content, never the phrase holding the speaker (`…, a figure Hamas disputed`)', () => {
    expectQuotes('The first phase freed 20 detainees, but a prison official put the number still held at 45, a figure the families disputed.', [['the number still held at 45', 'the families', 'disputed', 'indirect']]);
  });
  it('`…, a claim X disputed` after a report gives X the reported claim', () => {
    expectQuotes('The agency said the dam had been repaired, a claim Harlow County disputed.', [['the dam had been repaired', 'The agency', 'said', 'indirect'], ['the dam had been repaired', 'Harlow County', 'disputed', 'indirect']]);
  });
  it('what a claim noun stands for is the last clause set off by a comma and a subordinator before it (`…, when Moscow accused Kyiv of …, a charge Ukraine denied`)', () => {
    expectQuotes('The talks resume after a four-month pause that began in March, when Belgrade accused Pristina of using the bridge to move weapons, a charge Pristina denied.', [['Belgrade accused Pristina of using the bridge to move weapons', 'Pristina', 'denied', 'indirect'], ['Pristina of using the bridge to move weapons', 'Belgrade', 'accused', 'indirect']]);
    expectQuotes('Shipping stalled for a week, because the navy accused the port authority of hiding cargo, a charge the authority denied.', [['the navy accused the port authority of hiding cargo', 'the authority', 'denied', 'indirect'], ['the port authority of hiding cargo', 'the navy', 'accused', 'indirect']]);
  });
  it('a cue in a relative clause set off by commas has content up to the closing comma (`The proposal, which Hamas said it had accepted “…,” would begin …`)', () => {
    expectQuotes('The plan, which officials say could be signed this week, includes a prisoner swap.', [['could be signed this week', 'officials', 'say', 'indirect']]);
    expectQuotes('The minister, who told reporters the talks had failed, left Cairo on Monday.', [['the talks had failed', 'who', 'told', 'indirect']]);
    assert.deepEqual(quotesOfText('The proposal, which Hamas said it had accepted "with some reservations," would begin with a pause.', [], { model: null })[0]?.text, 'it had accepted "with some reservations,"');
  });
  it('a hyphenated -ed adjective is part of the subject, not its predicate (`Egypt\'s state-affiliated Al-Qahera News, citing …`)', () => {
    assert.deepEqual(quotesWithMentions("Egypt's state-affiliated Al-Qahera News, citing a senior source, reported that Cairo had proposed a timetable.").map((q) => q.value.speakerText).slice(0, 2), ["Egypt's state-affiliated Al-Qahera News", "Egypt's state-affiliated Al-Qahera News"]);
  });
  it('a plural noun closing an inverted tag\'s subject after a name is no predicate (`…, said Yemen\'s Iran-backed Houthi rebels.`)', () => {
    assert.deepEqual(quotesWithMentions("The talks were over, said Yemen's Iran-backed Houthi rebels.").map((q) => [q.text, q.value.speakerText]), [['The talks were over', "Yemen's Iran-backed Houthi rebels"]]);
  });
  it('a relative clause with commas of its own between the subject and the cue is the subject\'s (`The administration, which sent the director, William Burns, to Doha, said`)', () => {
    expectQuotes('The administration, which sent the spy chief, William Burns, to Doha three times, said the deal was its work.', [['the deal was its work', 'The administration, which sent the spy chief, William Burns, to Doha three times', 'said', 'indirect']]);
  });
  it('a noun set after a closing quotation\'s comma with a relative clause is the writer\'s (`“painful but necessary,” a phrase he said …`)', () => {
    expectQuotes('The envoy said the offer was "generous," a view the union rejected.', [['the offer was "generous,"', 'The envoy', 'said', 'mixed']]);
  });
  it('earlier this week before that', () => expectQuotes('The union leader warned earlier this week that the strike could last for months.', [['the strike could last for months', 'The union leader', 'warned', 'indirect']]));
  it('earlier on Thursday before that', () => expectQuotes('The mediator said earlier on Thursday that both sides had softened.', [['both sides had softened', 'The mediator', 'said', 'indirect']]));
  it('asked: the question has no speaker, and the tag before a colon introduces the quote', () => expectQuotes('Asked on Monday whether a ceasefire was on the table, the envoy said: "Not yet."', [['whether a ceasefire was on the table', null, 'Asked', 'indirect'], ['Not yet.', 'the envoy', 'said', 'direct']]));
  it('a clause with its own speaker and cue after but ends the content', () => expectQuotes('The spokesman told reporters that Moscow was "committed to the process," but he declined to give a date.', [['Moscow was "committed to the process,"', 'The spokesman', 'told', 'mixed'], ['to give a date', 'he', 'declined', 'indirect']]));
  it('a clause after and with its own tag ends the content', () => expectQuotes('Officials said the talks had stalled, and the mediators said they would resume.', [['the talks had stalled', 'Officials', 'said', 'indirect'], ['they would resume', 'the mediators', 'said', 'indirect']]));
  it('a clause after but with no speech in it stays content', () => expectQuotes('He said the offer was fair but the crisis continued.', [['the offer was fair but the crisis continued', 'He', 'said', 'indirect']]));
  it('a participle after a noun is no mid-sentence tag', () => expectQuotes('The two countries exchanged 300 prisoners on Friday, the first stage of a swap agreed at talks in Istanbul last week, officials said.', [['The two countries exchanged 300 prisoners on Friday, the first stage of a swap agreed at talks in Istanbul last week', 'officials', 'said', 'indirect']]));
  it('quoted X as saying: X says it', () => expectQuotes('State television quoted the minister as saying the talks were useful.', [['the minister as saying the talks were useful', 'State television', 'quoted', 'indirect'], ['the talks were useful', 'the minister', 'saying', 'indirect']]));
  it('residents of a place are an unnamed source, not the place', () => {
    const kinds = quotesWithMentions('Residents of Rafah said tanks had advanced overnight.').map((q) => [q.value.speakerText, q.value.speakerKind]);
    assert.deepEqual(kinds, [['Residents of Rafah', 'anonymous']]);
  });
  it('one person of a crowd or a house is an unnamed source (`One MP said`, `a resident of Gaza City said`)', () => {
    const kinds = (text: string): unknown => quotesWithMentions(text).map((q) => [q.value.speakerText, q.value.speakerKind]);
    assert.deepEqual(kinds("One MP said: 'Nobody wants a repeat of last year.'"), [['One MP', 'anonymous']]);
    assert.deepEqual(kinds('"We want them home now," one protester told Channel 12.'), [['one protester', 'anonymous']]);
    assert.deepEqual(kinds('A resident of Gaza City said the bombing had not stopped.'), [['A resident of Gaza City', 'anonymous']]);
  });
  it('the source said: still unnamed', () => {
    const [q] = quotesOfText('The source said the delegation would arrive on Tuesday.', [], { model: null });
    assert.equal(q?.value.speakerKind, 'anonymous');
  });
  it('a who clause between the speaker and the cue belongs to the speaker', () => expectQuotes('A U.S. official who spoke on condition of anonymity said previous truces had collapsed within hours.', [['previous truces had collapsed within hours', 'A U.S. official who spoke on condition of anonymity', 'said', 'indirect']]));
  it('the official after an unnamed official is unnamed too, and after a named one is not', () => {
    const kinds = (text: string): unknown => quotesWithMentions(text).map((q) => [q.value.speakerText, q.value.speakerKind]);
    assert.deepEqual(kinds('An official who briefed reporters said the truce was fragile. "We have no illusions," the official said.'), [['An official who briefed reporters', 'anonymous'], ['the official', 'anonymous']]);
    assert.deepEqual(kinds('Egypt sent a spokesman, Ahmed Fahmy, to the talks. "We are close," the spokesman said.'), [['the spokesman', 'nominal']]);
  });
  it('the statement speaks for whoever issued it', () => {
    const [, q] = quotesWithMentions('The Egyptian Foreign Ministry said in a statement that the talks would resume. "We urge restraint," the statement said.');
    assert.equal(q?.value.speakerText, 'the statement');
    assert.match(q?.value.antecedent?.text ?? '', /Foreign Ministry/);
    assert.equal(quotesWithMentions('The statement said the plan was unacceptable.')[0]?.value.antecedent, undefined);
  });
  it('a long in-a-readout adverbial before that', () => expectQuotes("The White House said in a readout of a call between the president and Qatar's emir, Sheikh Tamim, that the two leaders agreed on the urgency of a deal.", [['the two leaders agreed on the urgency of a deal', 'The White House', 'said', 'indirect']]));
  it('a time clause after the content is the sentence\'s', () => expectQuotes('The envoy said the deal was near, two days after the talks began.', [['the deal was near', 'The envoy', 'said', 'indirect']]));
  it('a time clause after a comma inside quotation marks', () => expectQuotes('The envoy said on Sunday that an agreement was "very close," hours before negotiators were due to fly to Doha.', [['an agreement was "very close,"', 'The envoy', 'said', 'mixed']]));
  it('asked by someone: the asker is not the question', () => expectQuotes('Asked by a reporter whether he trusted the other side, the president replied: "I trust nobody."', [['whether he trusted the other side', null, 'Asked', 'indirect'], ['I trust nobody.', 'the president', 'replied', 'direct']]));
  it('a surname the tagger missed in a headline label names the person the article names so', () => {
    const [q] = quotesWithMentions('Haddad: Truce "within reach" as envoys meet\n\nThe mediator Omar Haddad said on Sunday that the sides had narrowed their gaps.');
    assert.equal(q?.value.speakerText, 'Haddad');
    assert.equal(q?.value.antecedent?.text, 'Omar Haddad');
  });
  it('a base form after a determiner and lower-case modifiers is a noun: the latest pay offer (a later `and announced` keeps the subject)', () => expectQuotes('The union rejected the latest pay offer from the operators and announced three more days of strikes.', [['the latest pay offer from the operators', 'The union', 'rejected', 'indirect'], ['three more days of strikes', 'The union', 'announced', 'indirect']]));
  it('a base form after a determiner and a capitalized modifier is a noun: a Russian demand', () => expectQuotes('The president rejected a Russian demand that Kyiv withdraw, calling it "an ultimatum."', [['a Russian demand that Kyiv withdraw', 'The president', 'rejected', 'indirect'], ['it "an ultimatum."', 'The president', 'calling', 'mixed']]));
  it('after a capitalized subject the -s form is still a verb', () => expectQuotes('The Kremlin demands that Kyiv withdraw. The Houthis demand that the blockade end.', [['Kyiv withdraw', 'The Kremlin', 'demands', 'indirect'], ['the blockade end', 'The Houthis', 'demand', 'indirect']]));
  it('a next sentence with content of its own does not tag a quote', () => expectQuotes('The minister called the offer "an insult." A Hamas official said the group would respond.', [['the offer "an insult."', 'The minister', 'called', 'mixed'], ['the group would respond', 'A Hamas official', 'said', 'indirect']]));
  it('a cue inside dashes has content up to the closing dash', () => expectQuotes('The minister – who said the talks had failed – left Cairo on Tuesday.', [['the talks had failed', 'who', 'said', 'indirect']]));
  it('a dashed aside between the speaker and the cue belongs to the speaker, and dashes inside the content stay', () => expectQuotes('The minister – speaking in Cairo – said the deal – the first in years – was signed.', [['the deal – the first in years – was signed', 'The minister – speaking in Cairo –', 'said', 'indirect']]));
  it('a verb that is a cue only with its particle is none without it, for the model too', () => {
    assert.deepEqual(modelQuotes('Union and rail bosses back at table as strike threat looms').map((q) => q.text), []);
  });
  it('a description named in its appositive is that name, not the person named before', () => {
    const [, q] = quotesWithMentions("Turkish Foreign Minister Hakan Fidan said the exchange worked. Russia's foreign minister, Sergey Lavrov, accused Kyiv of dragging out the talks.");
    assert.equal(q?.value.speakerKind, 'name');
    assert.equal(q?.value.antecedent, undefined);
  });
  it('requesting anonymity is no statement, and makes the source unnamed', () => {
    const got = quotesWithMentions('The official, who requested anonymity, said the disputes concerned the list of prisoners.').map((q) => [q.text, q.value.speakerKind]);
    assert.deepEqual(got, [['the disputes concerned the list of prisoners', 'anonymous']]);
    assert.deepEqual(modelQuotes('A diplomat in Doha, who requested anonymity, spoke by phone.').map((q) => q.text), []);
  });
  it('a participle with `by` describing a noun is no statement of its agent, and its clause is not the speaker\'s (`The document, seen by Reuters, calls for …`)', () => {
    const got = modelQuotes('The document, seen by Reuters, calls for a full ceasefire of at least 30 days. Sergei Ryabkov, quoted by the state news agency TASS, said the threats would not work.').map((q) => [q.value.cue, q.value.speakerText]);
    assert.deepEqual(got.filter(([cue]) => cue === 'seen' || cue === 'quoted'), []);
    assert.ok(got.every(([, speaker]) => speaker === null || !/ by /.test(speaker)), JSON.stringify(got));
  });
  it('a passive cue inside the reported speech around it is no statement (`added that Burns was expected in Cairo`)', () => {
    const got = modelQuotes('The official added that CIA Director William Burns was expected in the Egyptian capital on Sunday.').map((q) => q.value.cue);
    assert.deepEqual(got, ['added']);
  });
  it('not responding to a request for comment is no statement', () => {
    assert.deepEqual(modelQuotes("Netanyahu's office did not respond to a request for comment.").map((q) => q.value.cue), []);
  });
  it('an object ends before a second verb phrase of its subject', () => expectQuotes('The union praised the offer and has urged members to vote yes.', [['the offer', 'The union', 'praised', 'indirect'], ['to vote yes', 'The union', 'urged', 'indirect']]));
  it('a determiner with no addressee after it opens the content', () => expectQuotes('The envoy warned the truce could collapse.', [['the truce could collapse', 'The envoy', 'warned', 'indirect']]));
  it('an adverbial between commas after the speaker is not the speaker\'s', () => expectQuotes('The envoy Steve Witkoff, in remarks to Fox News, said he was optimistic.', [['he was optimistic', 'The envoy Steve Witkoff', 'said', 'indirect']]));
  it('said only that: only is an adverb', () => expectQuotes('A spokesperson said only that the options were being discussed.', [['the options were being discussed', 'A spokesperson', 'said', 'indirect']]));
  it('one of them: an unnamed part of the group named before', () => {
    const got = quotesOfText('Two officials briefed reporters. One of them said Cairo had presented the idea.', [], { model: null }).map((q) => [q.value.speakerText, q.value.speakerKind]);
    assert.deepEqual(got, [['One of them', 'anonymous']]);
  });
  it('a headline label describing its speaker', () => {
    assert.deepEqual(quotesOfText('Hamas official: group will not disarm under any deal\n\nThe talks resumed on Monday.', [], { model: null }).map((q) => [q.text, q.value.speakerText, q.value.kind]), [['group will not disarm under any deal', 'Hamas official', 'indirect']]);
    assert.deepEqual(quotesOfText('Analysis: the truce will not hold\n\nThe talks resumed on Monday.', [], { model: null }).map((q) => q.text), []);
  });
  it('a noun phrase set beside the sentence after a mid-sentence tag is the writer\'s', () => expectQuotes('The government and the rebels signed a framework in Doha on Saturday, officials said, the latest step in a long process.', [['The government and the rebels signed a framework in Doha on Saturday', 'officials', 'said', 'indirect']]));
  it('an adverb between commas is not the speaker', () => expectQuotes('Economists, however, cautioned that clearing the backlog could take weeks.', [['clearing the backlog could take weeks', 'Economists', 'cautioned', 'indirect']]));
  it('a participle describing an unnamed source after according to', () => expectQuotes('The deal includes a large wage increase, according to a person briefed on the terms.', [['The deal includes a large wage increase', 'a person briefed on the terms', 'according to', 'indirect']]));
  it('a plural noun capitalized only by its position is a description, not a name', () => {
    const [q] = quotesOfText('Shippers welcomed the news that the ports would reopen.', [], { model: null });
    assert.equal(q?.value.speakerKind, 'nominal');
  });
});

describe('a bound on a number after a cue opens the content', () => {
  it('`said at least 600 trucks …` is no place after the cue', () => expectQuotes('Border officials said at least 250 lorries had crossed since dawn.', [['at least 250 lorries had crossed since dawn', 'Border officials', 'said', 'indirect']]));
  it('`at most`, `up to`, `more than`, `as many as` likewise', () => {
    expectQuotes('The harbour master said at most three tankers could berth on Sunday.', [['at most three tankers could berth on Sunday', 'The harbour master', 'said', 'indirect']]);
    expectQuotes('A mediator said up to 19 detainees could be released next week.', [['up to 19 detainees could be released next week', 'A mediator', 'said', 'indirect']]);
    expectQuotes('Paramedics said more than 70 people had been treated overnight.', [['more than 70 people had been treated overnight', 'Paramedics', 'said', 'indirect']]);
    expectQuotes('The relief agency said as many as a dozen convoys were queuing at the gate.', [['as many as a dozen convoys were queuing at the gate', 'The relief agency', 'said', 'indirect']]);
  });
  it('after an addressee too (`told reporters at least …`)', () => expectQuotes('The commander told reporters at least eight bridges had been repaired.', [['at least eight bridges had been repaired', 'The commander', 'told', 'indirect']]));
});

describe('session 17 probes: content and list subjects', () => {
  const read = (text: string): [string, string | null][] => quotesWithMentions(text).map((q) => [q.text, q.value.speakerText]);
  it('a `that` after a clause has begun is a relative: the content starts after the addressee (`told mediators the group will not sign any deal that …`)', () => {
    assert.deepEqual(read('Yousef Karim has told mediators the group will not sign any proposal that calls for its disarmament.'), [['the group will not sign any proposal that calls for its disarmament', 'Yousef Karim']]);
  });
  it('`that Israel and Hamas had agreed` joins two subjects: no second tag at `and`', () => {
    assert.deepEqual(read('The mediators said in a joint statement on Wednesday that Israel and Hamas had agreed to a truce.').map((x) => x[0]), ['Israel and Hamas had agreed to a truce']);
  });
  it('a partial quote tagged after it stays inside the reported clause that holds it, and both attributions stand', () => {
    const got = modelQuotes('Gallant told the cabinet that the decision was "a moral disgrace," one of them said.').map((q) => [q.text, q.value.speakerText]);
    assert.deepEqual(got, [['the decision was "a moral disgrace,"', 'Gallant'], ['a moral disgrace,', 'one of them']]);
  });
  it('a list of names set off by commas is one subject (`Egypt, Qatar and the United States said`)', () => {
    assert.deepEqual(read('Egypt, Qatar and the United States said the truce would begin on Sunday.'), [['the truce would begin on Sunday', 'Egypt, Qatar and the United States']]);
    assert.deepEqual(read('In Cairo, Egypt and Qatar said the truce would begin on Sunday.').map((x) => x[1]), ['Egypt and Qatar']);
  });
});

describe('session 17 review fixes', () => {
  const read = (text: string): [string, string | null][] => quotesWithMentions(text).map((q) => [q.text, q.value.speakerText]);
  it('an aside after the addressee (`, as talks were under way in Oslo,`, `where crowds were gathered`) is skipped to its `that`', () => {
    assert.deepEqual(read('Karim Vell told the radio on Monday, as talks were under way in Oslo, that the army would not withdraw.').map((x) => x[0]), ['the army would not withdraw']);
    assert.deepEqual(read('Karim Vell told supporters at a rally where thousands were gathered that the army would not withdraw.').map((x) => x[0]), ['the army would not withdraw']);
    assert.deepEqual(read('Karim Vell told reporters in Oslo, where talks were held, that the army would not withdraw.').map((x) => x[0]), ['the army would not withdraw']);
  });
  it('a list opening is entity mentions only (`Separately, Egypt and the United States said`)', () => {
    assert.deepEqual(read('Separately, Egypt and the United States said the truce would begin on Sunday.').map((x) => x[1]), ['Egypt and the United States']);
  });
});
