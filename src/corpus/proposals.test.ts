import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeProposals } from './proposals.js';
import { factsOf } from './testing.js';

describe('proposals across documents', () => {
  it('mentions of one plan merge; a plan with other phases stays apart; stances keep their dates', async () => {
    const facts = await factsOf({
      'a.txt': 'published: 2024-05-31\n---\nPresident Joe Biden set out a three-phase plan for a ceasefire between Israel and Hamas on Friday. The first phase would see a six-week ceasefire and the withdrawal of Israeli forces from populated areas.\n',
      'b.txt': 'published: 2024-06-11\n---\nThe U.N. Security Council on Monday welcomed the three-phase proposal. Hamas has yet to respond to the proposal.\n',
      'c.txt': 'published: 2024-06-12\n---\nMediators also discussed a separate two-phase plan for the north.\n',
    });
    const ps = mergeProposals(facts);
    const three = ps.find((p) => p.label.startsWith('three-phase'));
    assert.ok(three, JSON.stringify(ps.map((p) => p.label)));
    assert.equal(three.documents, 2);
    assert.equal(three.date.value, '2024-05-31');
    assert.ok(three.terms.some((t) => t.kind === 'duration' && t.value === 42 && t.phase === 1));
    assert.ok(three.terms.some((t) => t.kind === 'condition' && t.unit === 'withdrawal'));
    assert.deepEqual(three.stances.map((s) => `${s.partyName}:${s.stance}:${s.date}`), ['United Nations Security Council:positive:2024-06-10', 'Hamas:pending:2024-06-11']);
    assert.ok(ps.some((p) => p.label === 'two-phase plan' && p.documents === 1));
    for (const p of ps) for (const e of p.evidence) assert.equal(facts.find((f) => f.id === e.doc)?.text.slice(e.start, e.end), e.text);
    assert.ok(three.negotiation?.label.includes('Hamas'), JSON.stringify(three.negotiation));
  });
  it('plans of different negotiations never merge, whatever their features', async () => {
    const facts = await factsOf({
      'a.txt': 'published: 2024-05-31\n---\nMediators set out a three-phase plan for a truce between Israel and Hamas on Friday. Hamas and Israel have yet to respond to the plan.\n',
      'b.txt': 'published: 2024-06-03\n---\nMediators set out a three-phase plan for a truce between Russia and Ukraine on Monday. Russia and Ukraine have yet to respond to the plan.\n',
    });
    const three = mergeProposals(facts).filter((p) => p.label.startsWith('three-phase'));
    assert.equal(three.length, 2, JSON.stringify(three.map((p) => p.negotiation?.label)));
    assert.notEqual(three[0]!.negotiation?.id, three[1]!.negotiation?.id);
  });
});
