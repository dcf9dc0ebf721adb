/**
 * @module cli/output — writing large output without flooding memory.
 */
import type { CliIo } from './command.js';

/** A buffered writer over `io.stdout` that waits for `drain` when the pipe is full. */
export function bufferedWriter(out: CliIo['stdout'], limit = 1 << 16): { write(chunk: string): Promise<void>; end(): Promise<void> } {
  let buf = '';
  const push = async (data: string): Promise<void> => {
    if (!out.write(data) && out.once) await new Promise<void>((resolve) => out.once!('drain', resolve));
  };
  return {
    async write(chunk) {
      buf += chunk;
      if (buf.length >= limit) { const data = buf; buf = ''; await push(data); }
    },
    async end() {
      if (buf) { const data = buf; buf = ''; await push(data); }
    },
  };
}

/** Pads a table row: label left, value right-aligned. */
export function row(label: string, value: string | number, note = ''): string {
  return `  ${label.padEnd(20)}${String(value).padStart(8)}${note ? `  ${note}` : ''}\n`;
}
