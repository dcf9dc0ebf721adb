import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { progressBar, renderProgress } from './progress.js';

describe('progress bar', () => {
  it('shows share, counts, rate and ETA', () => {
    const line = renderProgress({ inputsDone: 25, inputsTotal: 100, bytesDone: 0, documents: 50 }, 10, 100);
    assert.match(line, /^\[#{10}-{30}\] 25\/100 files {2}50 docs {2}5 docs\/s {2}ETA 30s$/);
  });
  it('formats long ETAs in minutes and hours, and unknown as --', () => {
    assert.match(renderProgress({ inputsDone: 1, inputsTotal: 100, bytesDone: 0, documents: 1 }, 10, 100), /ETA 16m30s/);
    assert.match(renderProgress({ inputsDone: 1, inputsTotal: 1000, bytesDone: 0, documents: 1 }, 10, 100), /ETA 2h46m/);
    assert.match(renderProgress({ inputsDone: 0, inputsTotal: 10, bytesDone: 0, documents: 0 }, 1, 100), /ETA --/);
  });
  it('never exceeds the terminal width', () => {
    assert.ok(renderProgress({ inputsDone: 5, inputsTotal: 10, bytesDone: 0, documents: 5 }, 1, 40).length < 40);
  });
  it('stays silent for short runs and when disabled, then clears what it drew', () => {
    let out = '';
    let now = 0;
    const sink = { write: (s: string) => { out += s; return true; }, columns: 60 };
    const bar = progressBar(sink, true, () => now);
    bar.update({ inputsDone: 1, inputsTotal: 4, bytesDone: 0, documents: 1 });
    assert.equal(out, '', 'nothing in the first second');
    now = 1500;
    bar.update({ inputsDone: 2, inputsTotal: 4, bytesDone: 0, documents: 2 });
    assert.match(out, /\r\[#+-+\] 2\/4 files/);
    bar.done();
    assert.ok(out.endsWith('\r'), 'the line is cleared');
    let quiet = '';
    const off = progressBar({ write: (s: string) => { quiet += s; return true; } }, false, () => 5000);
    off.update({ inputsDone: 1, inputsTotal: 2, bytesDone: 0, documents: 1 });
    off.done();
    assert.equal(quiet, '');
  });
});
