import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldText, formerPeriods, lastWord, roleClues, type RoleHolder } from './roles.js';

const KB: RoleHolder[] = [
  { name: 'Antony Blinken', aliases: ['Tony Blinken'], roles: [{ title: 'Secretary of State', titleAliases: ['top US diplomat', 'US Secretary of State', 'U.S. Secretary of State'], of: 'United States', from: '2021-01-26', to: '2025-01-20' }] },
  { name: 'Marco Rubio', aliases: [], roles: [{ title: 'Secretary of State', of: 'United States', from: '2025-01-21', to: null }] },
  { name: 'Benjamin Netanyahu', aliases: ['Bibi'], roles: [{ title: 'Prime Minister', of: 'Israel', from: '2009-03-31', to: '2021-06-13' }, { title: 'Prime Minister', of: 'Israel', from: '2022-12-29', to: null }] },
  { name: 'Matthew Miller', aliases: [], roles: [{ title: 'State Department spokesperson', from: '2023-01-01', to: '2025-01-20' }] },
  { name: 'Aaron David Miller', aliases: [], roles: [{ title: 'Middle East negotiator', from: '1978', to: '2003' }] },
  { name: 'Martin Griffiths', aliases: [], roles: [{ title: 'Emergency Relief Coordinator', titleAliases: ['UN humanitarian chief'], of: 'United Nations', from: '2021-07-19', to: '2024-06-30' }] },
  { name: 'Mohammed bin Abdulrahman Al Thani', aliases: [], roles: [{ title: 'Prime Minister', titleAliases: ['Qatari Prime Minister'], of: 'Qatar', from: '2023-03-07', to: null }] },
];
const clues = (text: string): Array<[string | null, string | null, string]> => roleClues(text, 'd', KB).map((c) => [c.earliest, c.latest, c.span!.text]);

describe('roleClues', () => {
  it('a title before the full name', () => assert.deepEqual(clues('U.S. Secretary of State Antony Blinken arrived.'), [['2021-01-26', '2025-01-20', 'U.S. Secretary of State Antony Blinken']]));
  it('a title before the surname alone', () => assert.deepEqual(clues('Secretary of State Rubio spoke.'), [['2025-01-21', null, 'Secretary of State Rubio']]));
  it('an apposition after the name', () => assert.deepEqual(clues('Marco Rubio, the secretary of state, said.'), [['2025-01-21', null, 'Marco Rubio, the secretary of state']]));
  it('an apposition with any country\'s demonym', () => assert.deepEqual(clues('Benjamin Netanyahu, the Israeli prime minister, said.'), [['2009-03-31', null, 'Benjamin Netanyahu, the Israeli prime minister']]));
  it('an apposition with a country name', () => assert.deepEqual(clues('Marco Rubio, the United States secretary of state, said.'), [['2025-01-21', null, 'Marco Rubio, the United States secretary of state']]));
  it('"the <title>, <name>"', () => assert.deepEqual(clues('Officials briefed the secretary of state, Antony Blinken, on Monday.'), [['2021-01-26', '2025-01-20', 'the secretary of state, Antony Blinken']]));
  it('"the U.N. <title>, <name>" with the dotted abbreviation', () => assert.deepEqual(clues('The U.N. humanitarian chief, Martin Griffiths, warned of famine.'), [['2021-07-19', '2024-06-30', 'The U.N. humanitarian chief, Martin Griffiths']]));
  it('"<Country>\'s <title>, <name>" opening a sentence', () => assert.deepEqual(clues('Talks stalled. Israel\'s prime minister, Benjamin Netanyahu, said no.').map((c) => c[2]), ['Israel\'s prime minister, Benjamin Netanyahu']));
  it('"the former <title>, <name>"', () => assert.deepEqual(clues('The former secretary of state, Antony Blinken, wrote.'), [['2025-01-20', null, 'The former secretary of state, Antony Blinken']]));
  it('"<name>, a former <title>," means after the term', () => assert.deepEqual(clues('Antony Blinken, a former secretary of state, wrote.'), [['2025-01-20', null, 'Antony Blinken, a former secretary of state']]));
  it('a deputy is not the title', () => assert.deepEqual(clues('Marco Rubio, the deputy secretary of state, said.'), []));
  it('"former" means after the term', () => assert.deepEqual(clues('Former Secretary of State Antony Blinken wrote.'), [['2025-01-20', null, 'Former Secretary of State Antony Blinken']]));
  it('"former" with two terms is the gap between them', () => {
    const [c] = roleClues('Former Prime Minister Benjamin Netanyahu said.', 'd', KB);
    assert.deepEqual([c!.earliest, c!.latest, c!.periods], ['2021-06-13', '2022-12-29', undefined]);
  });
  it('"former" with two ended terms is either gap after the first', () => assert.deepEqual(formerPeriods([
    { title: 'President', from: '2005-01-01', to: '2009-01-01' }, { title: 'President', from: '2013-01-01', to: '2017-01-01' },
  ]), [{ earliest: '2009-01-01', latest: '2013-01-01' }, { earliest: '2017-01-01', latest: null }]));
  it('"former" ignores a re-election recorded as a term that adjoins the last', () => assert.deepEqual(formerPeriods([
    { title: 'President', from: '2014-08-28', to: '2018-07-09' }, { title: 'President', from: '2018-07-09', to: null },
  ]), [{ earliest: null, latest: null }]));
  it('"then-" dates nothing', () => assert.deepEqual(clues('then-Secretary of State Antony Blinken said in 2023.'), []));
  it('a title at death dates nothing', () => assert.deepEqual(clues('Crowds recalled the killing of Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani.'), []));
  it('"the late …" dates nothing', () => assert.deepEqual(clues('A street was named for the late Prime Minister Benjamin Netanyahu.'), []));
  it('a name without a title dates nothing', () => assert.deepEqual(clues('Antony Blinken said.'), []));
  it('several terms become alternatives', () => {
    const [c] = roleClues('Prime Minister Benjamin Netanyahu said.', 'd', KB);
    assert.equal(c!.periods?.length, 2);
  });
  it('an honorific between title and name', () => assert.deepEqual(clues('Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said.'), [['2023-03-07', null, 'Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani']]));
  it('"the Netanyahu government" dates by his premierships', () => {
    const [c] = roleClues('Critics of the Netanyahu government rallied.', 'd', KB);
    assert.equal(c!.span!.text, 'Netanyahu government');
    assert.equal(c!.periods?.length, 2);
  });
  it('"Vice President" is not "President", and "a President X" is hypothetical', () => {
    const kb: RoleHolder[] = [{ name: 'Joe Biden', aliases: [], roles: [{ title: 'President', from: '2021-01-20', to: '2025-01-20' }, { title: 'Vice President', from: '2009-01-20', to: '2017-01-20' }] }];
    assert.deepEqual(roleClues('Vice President Joe Biden said.', 'd', kb).map((c) => c.earliest), ['2009-01-20']);
    assert.deepEqual(roleClues('Imagine a President Joe Biden.', 'd', kb), []);
  });
  it('"Foreign Minister X" is the Minister of Foreign Affairs; a deputy is not', () => {
    const kb: RoleHolder[] = [{ name: 'Olena Marchuk', aliases: [], roles: [{ title: 'Minister of Foreign Affairs', of: 'Ukraine', from: '2024-09-05', to: null }] }];
    assert.deepEqual(roleClues('Ukrainian Foreign Minister Olena Marchuk said.', 'd', kb).map((c) => c.earliest), ['2024-09-05']);
    assert.deepEqual(roleClues('Deputy Foreign Minister Olena Marchuk said.', 'd', kb), []);
  });
  it('"Defense Minister X" is the Minister of Defense; a joint portfolio has no short form', () => {
    const kb: RoleHolder[] = [
      { name: 'Ivan Petrenko', aliases: [], roles: [{ title: 'Minister of Defense', from: '2023-01-01', to: null }] },
      { name: 'Dana Levi', aliases: [], roles: [{ title: 'Minister of Energy and Infrastructure', from: '2023-01-01', to: null }] },
    ];
    assert.deepEqual(roleClues('Defense Minister Ivan Petrenko said.', 'd', kb).map((c) => c.earliest), ['2023-01-01']);
    assert.deepEqual(roleClues('Energy Minister Dana Levi said.', 'd', kb), []);
  });
  it('a shared surname alone dates nothing', () => assert.deepEqual(clues('State Department spokesperson Miller said.'), []));
  it('the full name of one Miller dates by his role only', () => assert.deepEqual(clues('State Department spokesperson Matthew Miller said.'), [['2023-01-01', '2025-01-20', 'State Department spokesperson Matthew Miller']]));
});

describe('lastWord', () => {
  it('finds what the pattern it replaces finds', () => {
    const texts = [
      '', ' ', 'vice ', 'the vice  ', 'would-be ', 'co-', 'a1 ', 'x.y z\t\n', 'former\u00a0', 'é ', 'ab\u0301 ', 'naïve ', '𝐀𝐁 ', 'x𝐀 ', '\ud835 ', 'a\udc00 ',
      'killing of the ', 'under-', '-- ', 'the u.s. ', '1990s ', 'ab\u2028', 'ab \ufeff', 'Ωmega ', 'ab\u3000',
    ];
    for (const t of texts) {
      for (let end = 0; end <= t.length; end++) {
        assert.equal(lastWord(t, end), /([\p{L}-]+)\s*$/u.exec(t.slice(0, end))?.[1] ?? '', `${JSON.stringify(t)} to ${end}`);
      }
    }
  });
});

describe('foldText', () => {
  const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").toLowerCase();
  it('folds a text as every other string is folded, with and without the short cut', () => {
    const texts = [
      '', 'Secretary of State Antony Blinken', 'Israel’s “defense” minister – and `Gantz` — ‘quit’', 'Türkiye’s Hakan Fidan', 'naïve café',
      'İstanbul', 'ﬁve\u00a0days…', 'Σίσυφος', 'ALL CAPS’ TEXT', 'a\u0301b',
    ];
    for (const t of texts) assert.equal(foldText(t), fold(t), JSON.stringify(t));
  });
});
