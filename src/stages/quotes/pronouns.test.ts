/**
 * @module stages/quotes/pronouns.test — what a document tells of a person's gender, `he`/`she`
 * speakers resolved with it, and `it`/`they` speakers. Every sentence here was written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { givenNameGender, pronounGender } from './gender.js';
import { annotate, type Annotation } from '../../pipeline/annotation.js';
import { findQuotes } from './index.js';
import { quotesWithMentions } from './testing.js';
import { viewOfText } from './view.js';

/** Each quote's speaker words and the antecedent they were resolved to. */
const resolved = (text: string): [string | null, string | undefined][] => quotesWithMentions(text).map((q) => [q.value.speakerText, q.value.antecedent?.text]);

describe('gender evidence', () => {
  it('given names and pronouns', () => {
    assert.equal(givenNameGender('Ursula'), 'f');
    assert.equal(givenNameGender('rustem'), 'm');
    assert.equal(givenNameGender('Kim'), null);
    assert.deepEqual(['she', 'Her', 'he', 'his', 'they'].map(pronounGender), ['f', 'f', 'm', 'm', null]);
  });
});

describe('he and she resolved to a person they can be', () => {
  it('she skips the man named last for the woman named before him', () => {
    assert.deepEqual(resolved('Rustem Umerov met Ursula von der Leyen in Brussels on Monday. She said Europe would keep funding the talks.'), [['She', 'Ursula von der Leyen']]);
  });
  it('an honorific tells it', () => {
    assert.deepEqual(resolved('Mr. Tomas Brandt met Ms. Adjoa Mensah on Friday. She said the offer was an insult.'), [['She', 'Adjoa Mensah']]);
  });
  it('`it` in a tag is not a body named inside its own quote', () => {
    assert.deepEqual(resolved('The army rejected the claim. “The United Nations has been misled,” it said.'), [['The army', undefined], ['it', 'The army']]);
  });
  it('`he` after a description that named no one follows that description (`The U.N. chief urged … “…,” he said`)', () => {
    const got = resolved('Antony Blinken met Benjamin Netanyahu on Monday. On Tuesday the U.N. secretary-general urged both sides to accept the plan. “Enough is enough,” he said.');
    assert.deepEqual(got.at(-1), ['he', 'the U.N. secretary-general']);
  });
  it('`His office` speaks for the person `his` refers to; `Her campaign` for the woman', () => {
    assert.deepEqual(resolved('Prime Minister Omar Haddad did not endorse the plan. His office said the war would go on.').at(-1), ['His office', 'Omar Haddad']);
    assert.deepEqual(resolved('Ms. Adjoa Mensah met Mr. Tomas Brandt. Her campaign said the talks went well.'), [['Her campaign', 'Adjoa Mensah']]);
  });
  it('a relative named in the appositive tells nothing of the person (`whose son`)', () => {
    assert.deepEqual(resolved('Dalia Harel, whose son is held in Gaza, spoke at the rally. "Bring him home," she said.'), [['she', 'Dalia Harel']]);
  });
  it('a gendered noun beside the name tells it', () => {
    assert.deepEqual(resolved('The chairman, Chidi Obi, spoke after Kemi Adeyemi, a spokeswoman for the port. She said the berths would reopen.'), [['She', 'Kemi Adeyemi']]);
  });
  it('a Slavic surname tells it', () => {
    assert.deepEqual(resolved('Dmitry Peskov spoke after Maria Zakharova. She said the talks were over.'), [['She', 'Maria Zakharova']]);
  });
  it('a second she is the first one\'s person, not a word tagged as a person after it', () => {
    const got = resolved('Rustem Umerov met Ursula von der Leyen on Monday. She said Europe would keep funding Kyiv. "We will not abandon Ukraine," she told reporters.');
    assert.deepEqual(got.map((g) => g[1]), ['Ursula von der Leyen', 'Ursula von der Leyen']);
  });
  it('unknown gender agrees with either: the nearest person still', () => {
    assert.deepEqual(resolved('Ursula von der Leyen met Kim Park on Monday. Park spoke first. He said the talks were useful.'), [['He', 'Kim Park']]);
  });
});

describe('it and they resolved to the body that spoke', () => {
  it('it is the body that spoke in the sentence before, not an organization named earlier', () => {
    assert.deepEqual(resolved('Hamas Says It Accepts Proposal\n\nThe Israeli military said it had struck 40 targets overnight. It said the strikes targeted militants.').at(-1), ['It', 'The Israeli military']);
  });
  it('a body named inside a quotation is not who spoke (`"… the union that refuses," it said, adding that …`)', () => {
    const text = 'The Port Employers Association rejected the charge. "It is the Transport Workers Union that refuses to move," it said, adding that its offer stood.';
    assert.deepEqual(resolved(text).filter(([speaker]) => speaker === 'it').map(([, a]) => a), ['The Port Employers Association', 'The Port Employers Association']);
  });
  it('a name set in quotation marks is still the body that spoke (`energy giant "Gazprom"`)', () => {
    assert.deepEqual(resolved('Russian energy giant "Gazprom" halted gas flows on Monday. "Transit has stopped," it said in a statement.').at(-1), ['it', 'Gazprom']);
  });
  it('an organization named after the body spoke is nearer', () => {
    assert.deepEqual(resolved('The army said the crossing was closed. The Red Crescent sent trucks on Monday. It said more would follow.').at(-1), ['It', 'Red Crescent']);
  });
});

describe('a pronoun after an unnamed source is that source', () => {
  /** Each quote's speaker words, kind and antecedent. */
  const kinds = (text: string): [string | null, string | null, string | undefined][] => quotesWithMentions(text).map((q) => [q.value.speakerText, q.value.speakerKind, q.value.antecedent?.text]);
  it('`he` after `a senior official` said is the official, not the person named before', () => {
    const got = kinds('Prime Minister Omar Haddad said the war would go on.\n\nA senior Egyptian official, speaking on condition of anonymity, said the gaps had narrowed. "The gaps are smaller than ever," he said.');
    assert.deepEqual(got.at(-1), ['he', 'anonymous', 'A senior Egyptian official, speaking on condition of anonymity']);
  });
  it('`she` after an unnamed spokeswoman; a person named after the source is nearer', () => {
    assert.deepEqual(kinds('Omar Haddad spoke first. A spokeswoman for the ministry said the talks were over. "We are done," she said.').at(-1), ['she', 'anonymous', 'A spokeswoman for the ministry']);
    assert.deepEqual(kinds('A senior official said the talks were over. Omar Haddad disagreed on Monday. "We are not done," he said.').at(-1), ['he', 'pronoun', 'Omar Haddad']);
  });
  it('`they` after unnamed diplomats described by a participle (`Two diplomats briefed on the talks`), not a body named before them', () => {
    assert.deepEqual(kinds('The union said it remained open to talks. Two diplomats briefed on the talks said the gap was narrowing. They said a new round could start next month.').at(-1), ['They', 'anonymous', 'Two diplomats briefed on the talks']);
  });
  it('`they` after unnamed diplomats', () => {
    assert.deepEqual(kinds('The Kremlin rejected the plan. Two European diplomats said the proposal would fail. "Nothing has moved," they said.').at(-1), ['they', 'anonymous', 'Two European diplomats']);
  });
});

describe('speakers typed by the link stage', () => {
  it('a linked mention that only starts where the tagger\'s does types nothing (`Egyptian` in `Egyptian foreign minister, Badr Abdelatty`)', () => {
    const text = 'The Egyptian foreign minister, Badr Abdelatty, called for calm. The minister said Cairo would host talks.';
    const span = (words: string, type: string, from = 0): Annotation<{ type: string }> => annotate('ner', text, text.indexOf(words, from), text.indexOf(words, from) + words.length, { type }, 'test');
    const view = viewOfText(text, [span('Egyptian', 'misc'), span('Badr Abdelatty', 'person')], [span('Egyptian foreign minister, Badr Abdelatty', 'person'), span('Badr Abdelatty', 'person')]);
    assert.equal(findQuotes(view, undefined, { model: null }).at(-1)?.value.antecedent?.text, 'Badr Abdelatty');
  });
  it('a name the tagger read as a place but the link stage as a person is the person a later `he` follows', () => {
    const text = 'Joe Biden spoke on Monday. Zelensky rejected the idea. "Ukraine is not for sale," he said.';
    const at = (word: string, type: string): Annotation<{ type: string }> => annotate('ner', text, text.indexOf(word), text.indexOf(word) + word.length, { type }, 'test');
    const view = viewOfText(text, [at('Joe Biden', 'person'), at('Zelensky', 'place')], [at('Joe Biden', 'person'), at('Zelensky', 'person')]);
    const got = findQuotes(view, undefined, { model: null }).map((q) => [q.value.speakerText, q.value.speakerKind, q.value.antecedent?.text]);
    assert.deepEqual(got, [['Zelensky', 'name', undefined], ['he', 'pronoun', 'Zelensky']]);
  });
});

describe('the group: the body named last', () => {
  it('a few modifiers before the noun (`The militant group, which has ruled Gaza since 2007, said`)', () => {
    assert.deepEqual(resolved('Hamas said the proposal was unacceptable. The militant group, which has ruled Gaza since 2007, said it would not disarm.').at(-1), ['The militant group, which has ruled Gaza since 2007', 'Hamas']);
  });
  it('`The newspaper` after an outlet reported is that outlet, the later of a mention and a speaker of one sentence', () => {
    assert.deepEqual(resolved('Hamas rejected the plan, Haaretz reported. The newspaper said talks would resume.').at(-1), ['The newspaper', 'Haaretz']);
  });
  it('`the group` after a body spoke is that body, not a platform named in its own sentence', () => {
    assert.deepEqual(resolved('Hamas rejected the offer on Monday. In a statement on Telegram, the group said it would fight on.').at(-1), ['the group', 'Hamas']);
  });
  it('`The group` after `…, Reuters reported.` is the body named before, never the outlet', () => {
    assert.deepEqual(resolved('The Rapid Support Forces said on Monday it had agreed to a truce in El Fasher, Reuters reported. The group said it would open a corridor for aid.').at(-1), ['The group', 'Rapid Support Forces']);
  });
});

describe('relative pronouns and the nearest speaker of the sentence', () => {
  it('`which` and `who` are the mention right before them', () => {
    assert.deepEqual(resolved('Iran rejected the offer. Israel, which has long opposed any deal with Tehran, was watching closely.').at(-1), ['which', 'Israel']);
  });
  it('a speaker of the pronoun\'s own sentence after the first mention is nearer (`…, three officials told Axios, though they cautioned …`)', () => {
    assert.deepEqual(resolved('Israel and Hamas are close to an agreement, three Israeli officials told Axios on Tuesday, though they cautioned that gaps remained.').at(-1), ['they', 'three Israeli officials']);
  });
});

describe('the main clause before an opening clause', () => {
  it('`he` after `Asked whether X …, Y paused.` is Y, the subject of the main clause', () => {
    assert.deepEqual(resolved('Asked whether President-elect Donald Trump deserved credit, Joe Biden paused. "Is that a joke?" he said.').at(-1), ['he', 'Joe Biden']);
  });
});
