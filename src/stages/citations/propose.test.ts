/**
 * @module stages/citations/propose.test — the prefilter of the cue-before patterns never
 * hides a match: `ANY_CUE_BEFORE` is built from the same cues, and on every window the
 * stage could try (before each capital of the examples and of cue phrases) a window some
 * `BEFORE` pattern matches is one the prefilter matches.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ANY_CUE_BEFORE, BEFORE } from './04-propose.js';
import { CUES_BEFORE } from './lexicon.js';

const EXAMPLES = path.resolve('examples');

const CUE_TEXTS = [
  'according to the Palestinian news agency ', 'According to a report by the ', 'Officials told ', 'she said to the ', 'in an exclusive interview with ',
  'citing Israel\'s public broadcaster ', 'as reported by the Saudi-owned ', 'in an op-ed published in The ', 'per ', '(via ', '…,” said the ', ', reports ',
  'Sources: ', 'SOURCES: ', 'For more, read: ', 'Read more: ', 'See also:  ', 'reported by two daily ', 'told   \n',
];

/** Every window the stage may try: the 110 characters before each capital letter. */
function* windows(text: string): Generator<string> {
  for (let i = 0; i < text.length; i++) if (/\p{Lu}/u.test(text[i]!)) yield text.slice(Math.max(0, i - 110), i);
}

describe('cue-before prefilter', () => {
  it('is the union of the cues each BEFORE pattern starts with', () => {
    assert.equal(BEFORE.length, CUES_BEFORE.length);
    BEFORE.forEach((b, i) => assert.ok(b.re.source.startsWith(`(?:${CUES_BEFORE[i]!.pattern})`), b.rule.id));
    assert.equal(ANY_CUE_BEFORE.source, CUES_BEFORE.map((r) => `(?:${r.pattern})`).join('|'));
    assert.equal(ANY_CUE_BEFORE.flags, BEFORE[0]!.re.flags);
  });
  it('matches every window a BEFORE pattern matches', () => {
    const texts = [...CUE_TEXTS, ...CUE_TEXTS.map((c) => `Earlier on Monday, ${c}`)];
    for (const f of fs.readdirSync(EXAMPLES, { recursive: true }) as string[]) if (fs.statSync(path.join(EXAMPLES, f)).isFile()) texts.push(fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));
    let matched = 0;
    for (const t of texts) {
      for (const w of [t, ...windows(t)]) {
        if (!BEFORE.some((b) => b.re.test(w))) continue;
        matched++;
        assert.ok(ANY_CUE_BEFORE.test(w), JSON.stringify(w));
      }
    }
    assert.ok(matched > CUE_TEXTS.length, `only ${matched} windows matched`);
  });
});
