/** A regression a review of session 13 found in the status timeline, with an article written for the test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

describe('status: a final deal stated later in an article is no restatement of its agreement in principle', () => {
  it('"have now reached a final deal after members backed the terms" is agreed from the article\'s day', async () => {
    const { analyzedStore, runCli } = await import('../cli/testing.js');
    const { db } = await analyzedStore('parley-status-final-', {
      'a.txt': 'published: 2025-10-09\n---\nThe Harbour Workers Union and the port operators reached a tentative agreement on Monday after two weeks of strikes, the union said.\n\nThe union and the operators have now reached a final deal after members backed the terms, a spokesman said.\n',
    });
    const r = await runCli(['status', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    const spans = r.stdout.split('\n').filter((l) => /^\d{4}/.test(l)).map((l) => l.split(/\s{2,}/).slice(0, 3).join(' '));
    assert.deepEqual(spans.at(-1)?.replace(/ .*? /, ' '), '2025-10-09 agreed', r.stdout);
  });
});

describe('status: a ratification vote by the members of a party moves the talks to agreed', () => {
  it('"Members of the … Union voted on Saturday to ratify a contract with …" is agreed from that Saturday', async () => {
    const { analyzedStore, runCli } = await import('../cli/testing.js');
    const { db } = await analyzedStore('parley-status-ratify-', {
      'a.txt': 'published: 2024-10-12\n---\nThe North Quay Dockers Union and the Harbour Operators Group reached a tentative agreement on Saturday after a 20-hour session, the union said.\n',
      'b.txt': 'published: 2024-10-19\n---\nMembers of the North Quay Dockers Union voted on Saturday to ratify a three-year contract with the Harbour Operators Group, ending a dispute that brought the port to a standstill last week.\n',
    });
    const r = await runCli(['status', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    const spans = r.stdout.split('\n').filter((l) => /^\d{4}/.test(l)).map((l) => l.split(/\s{2,}/).slice(0, 3).join(' '));
    assert.deepEqual(spans.at(-1)?.replace(/ .*? /, ' '), '2024-10-19 agreed', r.stdout);
  });
});
