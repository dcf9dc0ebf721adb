import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasAnyWord, hasAnyWordWithin, matchPhrase, mayOccur, phrasePattern } from './phrases.js';

const match = (phrase: string, text: string, gap = 3): string | null => phrasePattern(phrase, gap).exec(text)?.[0] ?? null;

describe('phrasePattern', () => {
  it('words in order, any case', () => assert.equal(match('war in Gaza', 'The War in Gaza goes on.'), 'War in Gaza'));
  it('* spans a few words', () => assert.equal(match('killing of * Haniyeh', 'the killing of Hamas political leader Ismail Haniyeh in Tehran', 6), 'killing of Hamas political leader Ismail Haniyeh'));
  it('* spans a comma after the word before it', () => assert.equal(match('Gantz * quit', 'Benny Gantz, a former army chief, quit the cabinet', 6), 'Gantz, a former army chief, quit'));
  it('* may span nothing', () => assert.equal(match('release of * hostages', 'the release of hostages'), 'release of hostages'));
  it('an apostrophe matches a curly one', () => assert.equal(match("Russia's war in Ukraine", 'Russia’s war in Ukraine'), 'Russia’s war in Ukraine'));
  it('a hyphen matches a dash', () => assert.equal(match('Israel-Hamas war', 'the Israel–Hamas war'), 'Israel–Hamas war'));
  it('runs of white space match a space', () => assert.equal(match('war in Gaza', 'war\nin  Gaza'), 'war\nin  Gaza'));
  it('rejects a phrase that starts with *', () => assert.throws(() => phrasePattern('* Haniyeh', 3)));
});

describe('hasAnyWord', () => {
  it('finds a whole word or phrase', () => assert.ok(hasAnyWord('Talks with the Rapid Support Forces resumed.', ['RSF', 'Rapid Support Forces'])));
  it('ignores a word inside another', () => assert.ok(!hasAnyWord('The RSFX index fell.', ['RSF'])));
  it('answers one-word phrases as the prefilter and the pattern do', () => {
    const texts = [
      'Hamas said', 'HAMAS, Gaza.', 'pro-Hamas', 'Hamas2', 'hamas_x', 'Hamasé', 'éHamas', 'İHamas', 'İstanbul Hamas', 'Gaza’s Hamas', 'ſudan Hamaſ',
      'the \u212Aremlin said', 'Kremlin', 'x\u0301Hamas', '𝐀Hamas', 'Hamas𝐀', 'Gaza\nHamas\n', '',
    ];
    for (const text of texts) {
      for (const word of ['Hamas', 'hamas', 'Kremlin', 'Sudan', 'Istanbul', 'stanbul', 'Gaza', 'x']) {
        const scanned = mayOccur(text.toLowerCase(), word) && phrasePattern(word, 0).test(text);
        assert.equal(hasAnyWord(text, [word]), scanned, `${word} in ${JSON.stringify(text)}`);
      }
    }
  });
});

describe('mayOccur', () => {
  it('passes a text that holds the phrase', () => assert.ok(mayOccur('after the killing of hamas leader ismail haniyeh in tehran', 'killing of * Haniyeh')));
  it('rejects a text without its longest plain word', () => assert.ok(!mayOccur('after the killing of a commander', 'killing of * Haniyeh')));
  it('ignores words the pattern widens (dashes, apostrophes)', () => assert.ok(mayOccur('the iran–backed group', 'Iran-backed group')));
  it('wants whole words', () => assert.ok(!mayOccur('the hostages deal', 'hostage deal')));
  it('passes a long s, which the case-insensitive pattern reads as s', () => assert.ok(hasAnyWord('ſudan, not the sudanese', ['Sudan'])));
});

describe('matchPhrase', () => {
  const text = 'After the Killing of Hamas leader Ismail Haniyeh, the WAR IN GAZA went on; the war in Gaza’s south too.';
  const spans = (it: Iterable<RegExpExecArray>): [number, number][] => [...it].map((m) => [m.index, m.index + m[0].length]);
  it('finds what the case-insensitive pattern finds, at the same offsets', () => {
    for (const phrase of ['killing of * Haniyeh', 'war in Gaza', 'Hamas leader']) {
      assert.deepEqual(spans(matchPhrase(text, text.toLowerCase(), phrase, 3)), spans(text.matchAll(phrasePattern(phrase, 3))), phrase);
    }
  });
  it('finds the same matches next to accents, emoji, dashes and repeated lead words', () => {
    const odd = 'Gazaé war in Gaza😀 war war in gaza, war—in Gaza; the war in war in Gaza';
    for (const phrase of ['war in Gaza', 'Gaza war', 'war * Gaza']) {
      assert.deepEqual(spans(matchPhrase(odd, odd.toLowerCase(), phrase, 3)), spans(odd.matchAll(phrasePattern(phrase, 3))), phrase);
    }
  });
  it('finds the same matches across any white space after the lead word', () => {
    const spaced = 'the war\u00a0in Gaza, the\u2003war in Gaza, the\u200bwar in Gaza, the\n\t war in Gaza, the warin Gaza, the  wars in Gaza, the war in Gaza';
    for (const phrase of ['the war in Gaza', 'the war', 'the * Gaza', 'the wars in Gaza']) {
      assert.deepEqual(spans(matchPhrase(spaced, spaced.toLowerCase(), phrase, 3)), spans(spaced.matchAll(phrasePattern(phrase, 3))), phrase);
    }
    for (let c = 0; c < 0x10000; c++) {
      const t = `the${String.fromCharCode(c)}war`;
      if (t.toLowerCase().length !== t.length) continue;
      assert.deepEqual(spans(matchPhrase(t, t.toLowerCase(), 'the war', 3)), spans(t.matchAll(phrasePattern('the war', 3))), `U+${c.toString(16)}`);
    }
  });
  it('falls back to the pattern when lower-casing moves offsets', () => {
    const odd = 'İstanbul talks: the war in Gaza';
    assert.deepEqual(spans(matchPhrase(odd, odd.toLowerCase(), 'war in Gaza', 3)), [[20, 31]]);
  });
});

describe('hasAnyWordWithin', () => {
  it('answers as hasAnyWord of the slice, for every slice', () => {
    const texts = [
      'The ceasefire took effect on Jan. 19. Hostages were freed; the truce held.',
      'CEASEFIRE talks: truce-holders met (ceasefires aside) in Doha.',
      'İstanbul hosted the truce talks. The ceasefire held.',
      'The ſtate of the truce. A ceasefire.',
      'Naïve truce, café ceasefire; truce2 ceasefire_ x',
    ];
    const lists = [['ceasefire', 'truce'], ['took effect'], ['hostages', 'took effect'], ['ceasefire'], ['café'], ['doha']];
    for (const text of texts) {
      for (const words of lists) {
        for (let start = 0; start <= text.length; start += 3) {
          for (let end = start; end <= text.length; end += 4) {
            assert.equal(hasAnyWordWithin(text, start, end, words), hasAnyWord(text.slice(start, end), words), `${JSON.stringify(text)} [${start}, ${end}) ${words.join('|')}`);
          }
        }
      }
    }
  });
});
