/**
 * @module stages/citations/anonymous.test — the grouped noun scan of pass 5, with its left
 * boundary checked by hand, finds exactly the nouns of the flat pattern with a lookbehind.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { flatNouns, NOUNS } from './05-anonymous.js';

/** The scan as proposeAnonymous runs it. */
function grouped(text: string): string[] {
  const out: string[] = [];
  NOUNS.lastIndex = 0;
  for (let n = NOUNS.exec(text); n !== null; n = NOUNS.exec(text)) {
    const c = n.index > 0 ? text.charCodeAt(n.index - 1) : 0;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      NOUNS.lastIndex = n.index + 1;
      continue;
    }
    out.push(`${n.index}:${n[0]}`);
  }
  return out;
}

function flat(text: string): string[] {
  return [...text.matchAll(flatNouns())].map((m) => `${m.index}:${m[0]}`);
}

const NOUNS_TEXT = 'sources source officials Officials official xofficials officialsx Tv TV tV news outlets News outletsx mediators media press Press aides aide those Those people persons person unnamed Unidentified anonymous insiders diplomat negotiators';

describe('anonymous noun scan', () => {
  it('uses the grouped pattern', () => {
    assert.notEqual(NOUNS.source, flatNouns().source.replace('(?<![A-Za-z])', ''));
  });
  it('finds what the flat pattern finds', () => {
    const words = NOUNS_TEXT.split(' ');
    const texts = [NOUNS_TEXT, words.join(''), words.join('-'), words.join('s '), words.map((w) => `x${w}`).join(' '), words.map((w) => w.toUpperCase()).join(' ')];
    for (const a of words) for (const b of words) texts.push(`${a}${b} ${a}, ${b}x ${a.slice(1)}${b}`);
    const examples = path.resolve('examples');
    for (const f of fs.readdirSync(examples, { recursive: true }) as string[]) if (fs.statSync(path.join(examples, f)).isFile()) texts.push(fs.readFileSync(path.join(examples, f), 'utf8'));
    let found = 0;
    for (const t of texts) {
      const want = flat(t);
      found += want.length;
      assert.deepEqual(grouped(t), want, t.slice(0, 80));
    }
    assert.ok(found > 100);
  });
});
