/**
 * @module stages/citations/citations.test — one line per citation form the stage must find.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCitations } from './index.js';
import { citedSpans, expectCitations, testRegistry } from './testing.js';

// cues before the name
test('according to an agency', () => expectCitations('The pause would last six weeks, according to Reuters.', ['Reuters/agency']));
test('according to with the article', () => expectCitations('Aid rose again, according to the Associated Press.', ['Associated Press/agency']));
test('according to a report by', () => expectCitations('The draft has three phases, according to a report by the Financial Times.', ['Financial Times/outlet']));
test('according to analysis from … coverage', () => expectCitations('According to analysis from Al Jazeera coverage, the envoys left early.', ['Al Jazeera/outlet']));
test('told an outlet', () => expectCitations('The mediator told Reuters the gap had narrowed.', ['Reuters/agency']));
test('told the outlet, lower-case article', () => expectCitations('The minister told the Guardian that talks would resume.', ['The Guardian/outlet']));
test('told an outlet with a possessive place', () => expectCitations('The envoy told Israel’s Channel 12 that a deal was close.', ['Channel 12/outlet']));
test('told a broadcaster after a descriptor', () => expectCitations('He told Israeli public broadcaster Kan that nothing was signed.', ['Kan/outlet']));
test('informed an agency', () => expectCitations('A spokesman informed AFP that the convoy had left.', ['Agence France-Presse/agency']));
test('in an interview with', () => expectCitations('She said so in an interview with CNN on Sunday.', ['CNN/outlet']));
test('in an op-ed in', () => expectCitations('He argued in an op-ed in The Washington Post that the plan was sound.', ['The Washington Post/outlet']));
test('citing an outlet', () => expectCitations('Markets fell, citing Bloomberg figures on shipping.', ['Bloomberg/agency']));
test('quoted by an agency', () => expectCitations('The statement was quoted by Anadolu on Tuesday.', ['Anadolu Agency/agency']));
test('per a news site', () => expectCitations('The vote was delayed again, per Axios.', ['Axios/outlet']));
test('news agency descriptor before a wire', () => expectCitations('The figure was confirmed by the Palestinian news agency WAFA on Monday.', ['WAFA/agency']));
test('Iranian agency with its descriptor after', () => expectCitations('The talks were postponed, according to Tasnim news agency.', ['Tasnim News Agency/agency']));
// cues after the name
test('X reported', () => expectCitations('Axios reported last week that the envoys would return.', ['Axios/outlet']));
test('X has reported', () => expectCitations('The Times of Israel has reported that the cabinet met twice.', ['The Times of Israel/outlet']));
test('several outlets all reported', () => expectCitations('CNN, the BBC and Al Arabiya all reported the same figure.', ['CNN/outlet', 'BBC/outlet', 'Al Arabiya/outlet']));
test('X said in a report', () => expectCitations('Human Rights Watch said in a report that the strikes were unlawful.', ['Human Rights Watch/official']));
test('an outlet said', () => expectCitations('Kyodo said the ministers would meet in Tokyo.', ['Kyodo News/agency']));
test('an outlet announced', () => expectCitations('Sky News Arabia announced that the talks were over.', ['Sky News Arabia/outlet']));
test('possessive reporting', () => expectCitations('The figures match the BBC’s reporting from the crossing.', ['BBC/outlet']));
test('inverted attribution after a comma', () => expectCitations('The convoy reached Rafah at dawn, reports the Kyiv Independent.', ['The Kyiv Independent/outlet']));
// brackets, lists and tails
test('dateline agency', () => expectCitations('CAIRO, June 3 (Reuters) - Talks resumed on Monday.', ['Reuters/agency'], { dateline: { start: 0, end: 25, agency: 'Reuters' } }));
test('parenthetical wire after a sentence', () => expectCitations('The truce held overnight (AP).', ['Associated Press/agency']));
test('slash list in parentheses', () => expectCitations('Both sides agreed to talk again (Dawn / Geo News / Reuters).', ['Dawn/outlet', 'Geo News/outlet', 'Reuters/agency']));
test('pipe list with a count marker', () => expectCitations('Prices doubled in a week (BBC +4 | Gulf News | Arab News).', ['BBC/outlet', 'Gulf News/outlet', 'Arab News/outlet']));
test('bracketed Sources label', () => expectCitations('The crossing reopened. [Sources: Mada Masr and Ahram Online]', ['Mada Masr/outlet', 'Al-Ahram/outlet']));
test('For more, read: A/B', () => expectCitations('The vote is next week. For more, read: Politico/Semafor', ['Politico/outlet', 'Semafor/outlet']));
test('plus-joined tail after a quote', () => expectCitations('“It is not over,” he warned.’ Haaretz +Ynet.', ['Haaretz/outlet', 'Ynet/outlet']));
test('sign-off after a dash', () => expectCitations('A decision is expected soon. — NPR', ['NPR/outlet']));
test('source name after a closing quote', () => expectCitations('“We are close,” the envoy said.’ Al-Monitor', ['Al-Monitor/outlet']));
test('nested count chip with a name', () => expectCitations('The deal is done.’ Dunya News [+1 Samaa TV].', ['Dunya News/outlet', 'Samaa TV/outlet']));
test('a pile of outlets without a cue', () => expectCitations('The claim ran in Sputnik, RT and TASS within the hour.', ['Sputnik/agency', 'RT/outlet', 'TASS/agency']));
test('Wikipedia in a source list is a reference', () => expectCitations('The truce began on Friday (Reuters | Wikipedia).', ['Reuters/agency', 'Wikipedia/reference']));
test('Wiki as the subject of cited', () => expectCitations('Wiki cited four articles on the matter.', ['Wikipedia/reference']))
// unknown names that look like outlets or bodies
test('unknown outlet after told', () => expectCitations('A resident told the Dunmore Herald that the road was shut.', ['Dunmore Herald/outlet?']));
test('unknown outlet reported', () => expectCitations('Vellstad News reported that two envoys resigned.', ['Vellstad News/outlet?']));
test('unknown body in a marked list', () => expectCitations('See coverage: Orvan State Department (+3) | Reuters (+2).', ['Orvan State Department/official?', 'Reuters/agency']));
test('unknown name with a descriptor', () => expectCitations('The story first appeared in the Kestrel newspaper, according to its editor.', []));
test('unknown outlet after a newspaper descriptor', () => expectCitations('He told the local newspaper Harbour Light that he would stay.', ['Harbour Light/outlet?']));
test('unknown outlet described after its list', () => expectCitations('Harbour Light and others newspaper reported it.', ['Harbour Light/outlet?']));
// bodies
test('a qualified ministry', () => expectCitations('According to the Qatari Foreign Ministry, the delegations arrived.', ['Qatari Foreign Ministry/official']));
test('a lower-case ministry after a possessive place', () => expectCitations('The toll rose, according to Gaza’s health ministry.', ['Gaza Health Ministry/official']));
test('the Israeli military', () => expectCitations('Two soldiers were hurt, according to the Israeli military.', ['Israeli military/official']));
test('a UN agency', () => expectCitations('Food stocks will last a week, according to the World Food Programme.', ['World Food Programme/official']));
// anonymous sources
test('sources familiar with', () => expectCitations('Sources familiar with the talks said a draft was ready.', ['Sources familiar with the talks/anonymous?']));
test('a bare unnamed official', () => expectCitations('A mediator told the Guardian the gap had narrowed.', ['A mediator/anonymous?', 'The Guardian/outlet']));
test('a senior official told an outlet', () => expectCitations('A senior Egyptian official told Al Arabiya the meeting was useful.', ['A senior Egyptian official/anonymous?', 'Al Arabiya/outlet']));
test('an owner word before an agency\'s name ("the state-run Anadolu news agency") is no part of it', () => expectCitations('Fidan said Turkey stood ready, according to the state-run Anadolu news agency. Hamas said in a statement carried by the official WAFA news agency that talks had resumed.', ['Anadolu Agency/agency', 'WAFA/agency']));
test('a lower-case body noun qualifies an unnamed official ("A Saudi foreign ministry official")', () => expectCitations('A Saudi foreign ministry official, who declined to be identified, said the kingdom was in contact with both delegations.', ['A Saudi foreign ministry official, who declined to be identified/anonymous?']));
test('speaking on condition of anonymity ends the anonymous source (not `… anonymity to`)', () => expectCitations('An Israeli official, speaking on condition of anonymity to discuss the diplomacy, cautioned that gaps remained.', ['An Israeli official, speaking on condition of anonymity/anonymous?']));
test('a who-clause of anonymity is cited whole', () => expectCitations('Three aides who asked not to be named said the envoy would travel. Two officials, who requested anonymity, told reporters the text was final.', ['Three aides who asked not to be named/anonymous?', 'Two officials, who requested anonymity/anonymous?']));
test('officials speaking on condition of anonymity', () => expectCitations('Two officials who spoke on condition of anonymity said the text was final.', ['Two officials who spoke on condition of anonymity/anonymous?']));
test('a word ending the sentence before is no qualifier of the source', () => expectCitations('The envoy left on Tuesday. The source said the delegation would arrive.', ['The source/anonymous?']));
test('abbreviations with dots still qualify the source', () => expectCitations('Two U.N. diplomats told reporters the plan had failed.', ['Two U.N. diplomats/anonymous?']));
test('told an outlet\'s program: the outlet is cited', () => expectCitations('The envoy told CNN\'s "State of the Union" that a deal was near.', ['CNN/outlet']));
test('a possessive place before an outlet still only qualifies it', () => expectCitations("The minister told Israel's Channel 12 that talks were stuck.", ['Channel 12/outlet']));
test('a described official of a body told an outlet (`a senior official of the group told Reuters`)', () => expectCitations('A senior official of the group told Reuters the offer was under study.', ['A senior official of the group/anonymous?', 'Reuters/agency']));
test('a sentence-initial `According to` one unnamed source, then the clause', () => expectCitations('According to an Egyptian security source, the delegations will meet again next week.', ['an Egyptian security source/anonymous?']));
test('said a diplomat', () => expectCitations('“It will not hold,” said a Western diplomat.', ['a Western diplomat/anonymous?']));
test('those close to the talks', () => expectCitations('Those close to the talks describe a two-step plan.', ['Those close to the talks/anonymous?']));
test('unnamed officials', () => expectCitations('The report cited unnamed security officials in Amman.', ['unnamed security officials/anonymous?']));
test('according to media reports', () => expectCitations('The envoy left early, according to Lebanese media reports.', ['Lebanese media reports/anonymous?']));
test('a sentence-initial `According to` is a reporting phrase for a described source', () => expectCitations('According to a person close to the delegation, Moscow could agree to a short truce.', ['a person close to the delegation/anonymous?']));
test('a group said with its place between (`Diplomats in Vienna said`)', () => expectCitations('Diplomats in Vienna said the inspector was expected in Tehran.', ['Diplomats/anonymous?']));
test('a sentence-initial `The` before a qualifier is no part of the outlet (`The Saudi-owned Al Arabiya channel`)', () => expectCitations('The Saudi-owned Al Arabiya channel quoted sources as saying a deal was near.', ['Al Arabiya/outlet']));
test('sources in a possessive body are cited whole (`sources in the President\'s Office`)', () => expectCitations("Ukrainska Pravda reported, citing sources in the President's Office, that Zelensky had refused.", ['Ukrainska Pravda/outlet', "sources in the President's Office/anonymous?"]));
test('officials said as a group', () => expectCitations('Jordanian officials said the border would reopen.', ['Jordanian officials/anonymous?']));
// normalization and spans
test('spacing and capitals do not matter', () => expectCitations('Talks ended (ALJAZEERA / Al-Arabiya / Asharq al-Awsat).', ['Al Jazeera/outlet', 'Al Arabiya/outlet', 'Asharq Al-Awsat/outlet']));
test('a Turkish dotless i', () => expectCitations('The ceasefire held, according to Anadolu Ajansı.', ['Anadolu Agency/agency']));
test('a lower-case brand', () => expectCitations('The figure was reported by dpa on Friday.', ['dpa/agency']));
test('a host name in a source line', () => expectCitations('Source: www.middleeasteye.net', ['Middle East Eye/outlet']));
test('a short form after the full name', () => expectCitations('The Washington Post reported the plan. An aide later told the Post it was dropped.', ['The Washington Post/outlet', 'The Washington Post/outlet']));
test('the span is the name as written', () => assert.deepEqual(citedSpans('He told The Associated Press on Monday.'), ['The Associated Press']));
test('count markers are reported beside the list', () => {
  const text = 'The plan passed (Reuters +9 | Gulf News (+2)).';
  assert.deepEqual(findCitations(text, testRegistry()).markers.map((m) => text.slice(m.start, m.end)), ['+9', '(+2)']);
});
test('a list records its size and whether it is enclosed', () => {
  const found = findCitations('Prices doubled (BBC / Gulf News / Arab News).', testRegistry()).citations;
  assert.deepEqual(found.map((c) => c.list?.size), [3, 3, 3]);
  assert.ok(found.every((c) => c.list?.enclosed === true));
});

test('a sentence-initial `Citing`/`Quoting`/`Writing in` is the same cue', () => expectCitations('Citing Wikipedia, some commentators argue that the communiqué could serve as a basis. Quoting Reuters, the site said talks had stalled. Writing in The Guardian, the former envoy said talks would fail.', ['Wikipedia/reference', 'Reuters/agency', 'The Guardian/outlet']));
test('a sentence-initial `Citing` before unnamed officials cites them', () => expectCitations('Citing officials, the paper said the deal was close.', ['officials/anonymous?']));
test('an outlet citing a source between commas is still the outlet that said it, and the unnamed source is cited', () => expectCitations('The Cairo channel Al-Qahera News, citing a high-level source, said the delegations had arrived.', ['Al-Qahera News/outlet', 'a high-level source/anonymous?']));
test('a sentence-initial `Citing a senior official,` cites the official whatever name follows', () => expectCitations('Citing a senior official, Reuters reported that the talks had stalled.', ['a senior official/anonymous?', 'Reuters/agency']));
test('an aside with an abbreviation (`citing U.S. officials`) still leaves the outlet cited', () => expectCitations('Reuters, citing U.S. officials, said the talks had stalled.', ['Reuters/agency', 'U.S. officials/anonymous?']));
