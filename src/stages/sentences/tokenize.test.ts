/**
 * @module stages/sentences/tokenize.test — tokenizer cases, one per line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './index.js';
import { expectKinds, expectTokens } from './testing.js';

test('words and final dot', () => expectTokens('Talks resumed today.', ['Talks', 'resumed', 'today', '.']));
test('thousands separator', () => expectKinds('1,000 troops', ['1,000/number', 'troops/word']));
test('decimal', () => expectKinds('2.5 million', ['2.5/number', 'million/word']));
test('clock time', () => expectKinds('at 10:30 GMT', ['at/word', '10:30/number', 'GMT/word']));
test('number at a sentence end keeps the dot apart', () => expectTokens('in 2024.', ['in', '2024', '.']));
test('ordinal and decade are numbers', () => expectKinds('5th 1990s', ['5th/number', '1990s/number']));
test('dotted acronyms', () => expectTokens('U.S. and U.N. officials', ['U.S.', 'and', 'U.N.', 'officials']));
test('a.m. and p.m.', () => expectTokens('from 9 a.m. to 5 p.m.', ['from', '9', 'a.m.', 'to', '5', 'p.m.']));
test('titles keep their dot', () => expectTokens('Gen. Halevi met Dr. Nour', ['Gen.', 'Halevi', 'met', 'Dr.', 'Nour']));
test('months keep their dot', () => expectTokens('Sept. 5 and Oct. 1', ['Sept.', '5', 'and', 'Oct.', '1']));
test('No. before a digit', () => expectTokens('No. 2 on the list', ['No.', '2', 'on', 'the', 'list']));
test('initials', () => expectTokens('J. R. Ewing', ['J.', 'R.', 'Ewing']));
test('hyphenated words', () => expectKinds('a 60-day Hamas-Israel pause', ['a/word', '60-day/word', 'Hamas-Israel/word', 'pause/word']));
test('ISO date is a number', () => expectKinds('on 2024-05-01', ['on/word', '2024-05-01/number']));
test('possessive split', () => expectTokens('Israel’s cabinet and Egypt\'s envoy', ['Israel', '’s', 'cabinet', 'and', 'Egypt', "'s", 'envoy']));
test('contractions split the Penn Treebank way', () => expectTokens("don't can't we're I'm", ['do', "n't", 'ca', "n't", 'we', "'re", 'I', "'m"]));
test('name with apostrophe stays whole', () => expectTokens("O'Brien and Sana'a", ["O'Brien", 'and', "Sana'a"]));
test('plural possessive apostrophe', () => expectKinds('Hamas’ leaders', ['Hamas/word', '’/word', 'leaders/word']));
test('single quotes around a phrase stay quotes', () => expectKinds('the ‘experts’ said', ['the/word', '‘/quote', 'experts/word', '’/quote', 'said/word']));
test('curly double quotes', () => expectKinds('“Yes,” he said', ['“/quote', 'Yes/word', ',/punct', '”/quote', 'he/word', 'said/word']));
test('guillemets and low quotes', () => expectKinds('«Non» „Ja“', ['«/quote', 'Non/word', '»/quote', '„/quote', 'Ja/word', '“/quote']));
test('dashes', () => expectKinds('Gaza — Rafah – Cairo - Doha -- Amman', ['Gaza/word', '—/dash', 'Rafah/word', '–/dash', 'Cairo/word', '-/dash', 'Doha/word', '--/dash', 'Amman/word']));
test('symbols', () => expectKinds('$5 or 3% & more', ['$/symbol', '5/number', 'or/word', '3/number', '%/symbol', '&/symbol', 'more/word']));
test('URL without trailing punctuation', () => expectKinds('see https://example.org/a?b=1.', ['see/word', 'https://example.org/a?b=1/url', './punct']));
test('www URL', () => expectKinds('(www.example.com)', ['(/punct', 'www.example.com/url', ')/punct']));
test('e-mail address', () => expectKinds('mail press.desk@example.co.uk,', ['mail/word', 'press.desk@example.co.uk/url', ',/punct']));
test('ellipsis forms', () => expectKinds('wait... … . . . ok', ['wait/word', '.../punct', '…/punct', '. . ./punct', 'ok/word']));
test('brackets and colon', () => expectKinds('(AP): yes', ['(/punct', 'AP/word', ')/punct', ':/punct', 'yes/word']));
test('offsets are exact with a range', () => {
  const text = 'xx Gen. Smith’s “plan” yy';
  const tokens = tokenize(text, 3, 22);
  assert.deepEqual(tokens.map((t) => t.text), ['Gen.', 'Smith', '’s', '“', 'plan', '”']);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
});
test('emoji with variation selector is one symbol', () => expectKinds('ok 🕊️ 👩‍💻', ['ok/word', '🕊️/symbol', '👩‍💻/symbol']));

test('a range of a longer text gives the tokens of that range alone, offsets in the text', () => {
  // the KB names are tokenized as ranges of one joined text (ner/known-names): nothing past a
  // range's end may change its tokens (`Jr.` at the end, an apostrophe, a dotted acronym)
  const names = ['Martin Luther King Jr.', "Côte d’Ivoire's", 'U.S.', 'al-Burhan', 'Hamas-led'];
  const joined = names.join('\n');
  let at = 0;
  for (const name of names) {
    const inRange = tokenize(joined, at, at + name.length);
    const alone = tokenize(name);
    assert.deepEqual(inRange.map((t) => [t.text, t.kind, t.rule, t.start - at, t.end - at]), alone.map((t) => [t.text, t.kind, t.rule, t.start, t.end]));
    at += name.length + 1;
  }
});
test('party-state labels are one token', () =>
  expectTokens('(D-N.H.) and R-N.Y., I-Vt. and R-Texas', ['(', 'D-N.H.', ')', 'and', 'R-N.Y.', ',', 'I-Vt.', 'and', 'R-Texas']));
test('a hyphenated word before a dotted acronym is no party label', () => expectTokens('pro-U.S. groups', ['pro-U.S.', 'groups']));
