/**
 * @module stages/claims/lexicon.test — the lexicons' `needs` gates may only skip work: every
 * match of a rule's pattern contains one of the rule's needed words, and a rule without them
 * is refused.
 *
 * The check runs each pattern over the examples quoted in every reason of both lexicons and
 * over one sentence per rule below (so that no rule is checked on nothing), and asks of each
 * match, not of its sentence, that it hold a needed word.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadProposalLexicon, proposalLexicon, statusLexicon } from './lexicon.js';

/** One sentence each rule matches, beyond the quotes of the reasons. */
const EXAMPLES: readonly string[] = [
  'Talks between the army and the rebels are nearing collapse.',
  'The union and the hospital group reached a tentative agreement on staffing.',
  'Talks resumed in Cairo on Monday.',
  'Negotiations are under way in Doha.',
  'Another round of indirect talks opened.',
  'Mediators have convened in Doha for talks.',
  'Negotiators were in Cairo on Sunday.',
  'Egypt reported significant progress in the talks.',
  'The talks hit a snag over the prisoners.',
  'The sides are facing an impasse.',
  'The deadlock over the talks continued.',
  'The talks are back to square one.',
  'The talks broke down on Friday.',
  'The breakdown of the Cairo talks surprised no one.',
  'Hamas walked out of the talks.',
  'Russia quit the grain deal.',
  'The talks were called off.',
  'The sides are close to reaching a deal.',
  'The sides are nearing a ceasefire agreement.',
  'It is the closest the sides have been in months.',
  'A deal is within reach, officials said.',
  'The parties are on the verge of a truce.',
  'The talks are in the final stage of negotiations.',
  'Hamas has yet to respond to the offer.',
  'Israel awaits Hamas’ response.',
  'Hamas has not yet provided a response.',
  'Hamas is still studying the proposal.',
  'Israel presented a new proposal.',
  'The sides agreed in principle to a truce.',
  'A preliminary agreement has been reached.',
  'A deal has finally been reached.',
  'The sides reached a ceasefire agreement.',
  'Both sides agreed to a truce.',
  'There is still no deal.',
  'The sides failed to reach an agreement.',
  'The ceasefire took effect at dawn.',
  'The truce is largely holding.',
  'The truce was extended by two days.',
  'It was the third day of the truce.',
  'The ceasefire collapsed on Friday.',
  'The truce lasted until December 1.',
  'The end of the ceasefire came at dawn.',
  'A framework proposed by Egypt was discussed.',
  'It was the proposal that President Joe Biden set out in May.',
  'Egypt’s proposal was discussed.',
  'Israel presented on Monday a new proposal.',
  'Israel accepted the proposal in principle.',
  'Hamas accepted the proposal.',
  'Hamas rejected the proposal.',
  'Hamas sought several changes to the proposal.',
  'Qatar welcomed the proposal.',
  'Hamas has yet to respond to the proposal.',
  'They discussed terms for a 60-day ceasefire.',
];

/** Every example quoted in a reason ("…" or \"…\") of a lexicon file. */
function quotedExamples(file: string): string[] {
  const raw = fs.readFileSync(file, 'utf8');
  return [...raw.matchAll(/\\"([^"\\]+)\\"|“([^”]+)”/g)].map((m) => (m[1] ?? m[2])!);
}

interface Gated {
  readonly name: string;
  readonly re: RegExp;
  readonly needs: RegExp;
}

function gatedRules(): Gated[] {
  const status = statusLexicon();
  const proposals = proposalLexicon();
  return [
    ...status.rules.map((r) => ({ name: `status ${r.id}`, re: r.re, needs: r.needs })),
    ...proposals.proposer.map((r) => ({ name: `proposer ${r.id}`, re: r.re, needs: r.needs })),
    ...proposals.stances.map((r) => ({ name: `stance ${r.kind}`, re: r.re, needs: r.needs })),
    { name: 'durationMention', re: proposals.durationMention, needs: proposals.durationMentionNeeds },
  ];
}

describe('needs gates', () => {
  const sentences = [...EXAMPLES, ...quotedExamples(statusLexicon().file), ...quotedExamples(proposalLexicon().file)];
  for (const rule of gatedRules()) {
    it(`${rule.name}: every match holds a needed word`, () => {
      let matches = 0;
      for (const s of sentences) {
        const re = new RegExp(rule.re.source, rule.re.flags.includes('g') ? rule.re.flags : `${rule.re.flags}g`);
        for (const m of s.matchAll(re)) {
          matches++;
          assert.ok(rule.needs.test(m[0]), `${rule.name}: "${m[0]}" (in "${s}") holds none of /${rule.needs.source}/`);
        }
      }
      assert.ok(matches > 0, `${rule.name}: no example matches; add one to EXAMPLES`);
    });
  }

  it('a proposer or stance rule without needs is refused, naming the rule', () => {
    const raw = JSON.parse(fs.readFileSync(proposalLexicon().file, 'utf8')) as { stances: Record<string, unknown>[] };
    delete raw.stances[1]!['needs'];
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-lexicon-')), 'status-proposals.json');
    fs.writeFileSync(file, JSON.stringify(raw));
    assert.throws(() => loadProposalLexicon(file), /stances\[1\]\.needs: pattern missing/);
  });
});
