import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, layer } from './testing.js';
import type { AnachronismValue } from './types.js';

/** `name: title` of every anachronism of `text` published on `published`. */
function anachronismsOf(text: string, published: string | null): string[] {
  return layer<AnachronismValue>(analyze(text, published), 'anachronism').map((a) => `${a.value.name}: ${a.value.title}`);
}

describe('anachronisms', () => {
  it('a Secretary of State out of office in a June 2025 article', () => {
    assert.deepEqual(anachronismsOf('Secretary of State Antony Blinken arrived in Doha on Tuesday.', '2025-06'), ['Antony Blinken: Secretary of State']);
  });
  it('the same on a day of June 2025, with the title and name as evidence', () => {
    const a = layer<AnachronismValue>(analyze('Secretary of State Antony Blinken arrived in Doha on Tuesday.', '2025-06-10'), 'anachronism');
    assert.equal(a[0]?.text, 'Secretary of State Antony Blinken');
    assert.deepEqual(a[0]?.value.terms, [{ from: '2021-01-26', to: '2025-01-20' }]);
  });
  it('a title before the term while the knowledge base names another holder', () => {
    assert.deepEqual(anachronismsOf('Secretary of State Marco Rubio arrived in Doha on Tuesday.', '2024-05-01'), ['Marco Rubio: Secretary of State']);
  });
  it('feeds the credibility signal', () => {
    const c = layer<{ signals: { code: string }[] }>(analyze('Secretary of State Antony Blinken arrived in Doha on Tuesday.', '2025-06-10'), 'credibility')[0];
    assert.ok(c?.value.signals.some((s) => s.code === 'anachronism'));
  });
});

describe('anachronisms: not anachronisms', () => {
  it('"former"', () => assert.deepEqual(anachronismsOf('Former Secretary of State Antony Blinken arrived in Doha on Tuesday.', '2025-06'), []));
  it('a role the link stage marks former, its country between ("the former Israeli Defense Minister")', () => assert.deepEqual(anachronismsOf('The former Israeli Defense Minister Yoav Gallant said on Tuesday that the deal was weak.', '2025-06-10'), []));
  it('"then-"', () => assert.deepEqual(anachronismsOf('Then-Secretary of State Antony Blinken arrived in Doha on Tuesday.', '2025-06'), []));
  it('a sentence dated inside the term', () => assert.deepEqual(anachronismsOf('In 2023, Secretary of State Antony Blinken visited Cairo.', '2025-06'), []));
  it('in office on the article date', () => assert.deepEqual(anachronismsOf('Secretary of State Antony Blinken arrived in Doha on Tuesday.', '2024-05-01'), []));
  it('a term before the first one the knowledge base verified', () => assert.deepEqual(anachronismsOf('President Recep Tayyip Erdogan hosted the talks in Istanbul.', '2022-03-29'), []));
  it('an undated article', () => assert.deepEqual(anachronismsOf('Secretary of State Antony Blinken arrived in Doha on Tuesday.', null), []));
  it('a year-precision date', () => assert.deepEqual(anachronismsOf('Secretary of State Antony Blinken arrived in Doha on Tuesday.', '2025'), []));
});
