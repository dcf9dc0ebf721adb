/**
 * @module stages/citations/data.test — the built-in registry (data/sources) loads and
 * covers what the issue asks for.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testRegistry } from './testing.js';

describe('data/sources', () => {
  const r = testRegistry();

  it('holds at least 300 news outlets and agencies, every one with a domain and a source', () => {
    const news = r.entries.filter((e) => e.kind !== 'official' && e.kind !== 'reference');
    assert.ok(news.length >= 300, `only ${news.length}`);
    for (const e of news) {
      assert.ok(e.domains.length > 0, e.key);
      assert.match(e.source, /^https?:\/\//, e.key);
    }
  });

  it('knows the wires, broadcasters and papers the issue names, under their usual names', () => {
    const names = ['Reuters', 'AP', 'AP News', 'Associated Press', 'The Associated Press', 'AFP', 'Bloomberg', 'dpa', 'EFE', 'ANSA', 'Kyodo', 'Xinhua', 'TASS',
      'RIA Novosti', 'Interfax', 'Ukrinform', 'Anadolu', 'WAFA', 'QNA', 'MENA', 'SPA', 'WAM', 'KUNA', 'IRNA', 'Tasnim News Agency', 'Fars',
      'BBC', 'CNN', 'Al Jazeera', 'Al Arabiya', 'Sky News', 'France 24', 'DW', 'NPR', 'PBS NewsHour', 'ABC News', 'CBS', 'NBC', 'Fox News',
      'i24NEWS', 'Kan', 'Channel 12', 'Channel 13', 'ARY News', 'SUCH TV', 'Geo News', 'NDTV', 'NYT', 'WaPo', 'WSJ', 'FT', 'Guardian',
      'Times of Israel', 'Haaretz', 'Jerusalem Post', 'Ynet', 'Israel Hayom', 'Middle East Eye', 'Middle East Monitor', 'The National',
      'Gulf News', 'Arab News', 'Al-Monitor', 'Asharq Al-Awsat', 'Al-Ahram', 'Mada Masr', 'Axios', 'Politico', 'The Hill', 'Semafor',
      'Kyiv Independent', 'Kyiv Post', 'Ukrainska Pravda', 'Meduza', 'Novaya Gazeta', 'Sudan Tribune', 'Radio Dabanga', 'Dabanga',
      'Africanews', 'Daily Nation', 'Mail & Guardian'];
    for (const n of names) assert.ok(r.lookup(n), `${n} is not in the registry`);
  });

  it('lists Wikipedia as a reference and the State Department as a body', () => {
    assert.equal(r.lookup('Wikipedia')?.kind, 'reference');
    assert.equal(r.lookup('Wiki')?.kind, 'reference');
    assert.equal(r.lookup('State Department')?.kind, 'official');
    assert.equal(r.lookup('Judetean State Department'), undefined);
  });

  it('keeps all-capital names apart from ordinary words', () => {
    assert.equal(r.lookup('SABA')?.key, 'saba');
    assert.equal(r.lookup('Saba'), undefined);
    assert.equal(r.lookup('Dr'), undefined);
  });

  it('covers the regions the project follows', () => {
    const countries = new Set(r.entries.map((e) => e.country));
    for (const c of ['IL', 'PS', 'QA', 'EG', 'SA', 'AE', 'LB', 'IR', 'TR', 'UA', 'RU', 'SD', 'KE', 'NG', 'ZA', 'ET']) assert.ok(countries.has(c), c);
  });
});
