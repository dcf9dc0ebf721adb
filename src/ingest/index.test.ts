import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileLines } from './index.js';

/** The lines `fileLines` reads from a file holding `bytes`. */
function linesOf(bytes: Uint8Array | string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-lines-'));
  const file = path.join(dir, 'in.jsonl');
  fs.writeFileSync(file, bytes);
  const fd = fs.openSync(file, 'r');
  try {
    return [...fileLines(fd, file)];
  } finally {
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('fileLines', () => {
  it('reads the lines, with or without a final newline, keeping empty ones and \\r', () => {
    assert.deepEqual(linesOf('a\nb\r\n\nc'), ['a', 'b\r', '', 'c']);
    assert.deepEqual(linesOf('a\nb\n'), ['a', 'b']);
  });
  it('joins lines that span several 64 KB reads, multi-byte characters cut between reads included', () => {
    const long = `${'x'.repeat(65_535)}é${'“y”'.repeat(40_000)}`;
    assert.deepEqual(linesOf(`short\n${long}\n${long}`), ['short', long, long]);
  });
  it('drops a byte-order mark at the start of the file only', () => {
    assert.deepEqual(linesOf('\uFEFFa\n\uFEFFb'), ['a', '\uFEFFb']);
  });
  it('refuses invalid UTF-8 naming its byte offset', () => {
    const bytes = Buffer.concat([Buffer.from('ok\nCaf'), Buffer.from([0xe9]), Buffer.from(' talks\n')]);
    assert.throws(() => linesOf(bytes), /INPUT_NOT_UTF8: .*in\.jsonl.*at byte 6/);
    assert.throws(() => linesOf(Buffer.from([0x6f, 0x6b, 0x20, 0xe2, 0x80])), /INPUT_NOT_UTF8.*at byte 3/);
  });
  it('refuses a binary file', () => {
    assert.throws(() => linesOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0])), /INPUT_BINARY/);
  });
});
