/**
 * @module stages/quotes/statements.test — one statement quoted by several documents.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupStatements, shingles } from './statements.js';

const LONG = 'We have pursued this pause with every partner because it is the only way to bring people home.';

describe('groupStatements', () => {
  it('joins the same words in two documents, whatever the marks and case', () => {
    const groups = groupStatements([
      { id: 'q1', doc: 'a', text: LONG },
      { id: 'q2', doc: 'b', text: `“${LONG.toUpperCase()}”` },
      { id: 'q3', doc: 'c', text: 'The crossing will stay closed until further notice, the ministry said.' },
    ]);
    assert.deepEqual([...groups], [['q1', ['q2']], ['q2', ['q1']]]);
  });
  it('joins a quote of one sentence of a longer quote', () => {
    const groups = groupStatements([
      { id: 'q1', doc: 'a', text: `${LONG} Nobody should doubt our resolve on this point.` },
      { id: 'q2', doc: 'b', text: 'it is the only way to bring people home.' },
    ]);
    assert.deepEqual(groups.get('q2'), ['q1']);
  });
  it('never joins quotes of the same document or short phrases', () => {
    assert.equal(groupStatements([{ id: 'q1', doc: 'a', text: LONG }, { id: 'q2', doc: 'a', text: LONG }]).size, 0);
    assert.equal(groupStatements([{ id: 'q1', doc: 'a', text: 'a lot of progress' }, { id: 'q2', doc: 'b', text: 'a lot of progress' }]).size, 0);
    assert.equal(shingles('any day now').size, 0);
  });
  it('keeps different statements apart', () => {
    assert.equal(groupStatements([{ id: 'q1', doc: 'a', text: LONG }, { id: 'q2', doc: 'b', text: 'The talks will resume in Cairo next week with both delegations present.' }]).size, 0);
  });
});
