// Makes the CLI entry point executable after every build: `npx parley` runs the package's
// own bin, and tsc writes its output without the execute bit.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
for (const bin of Object.values(pkg.bin ?? {})) fs.chmodSync(path.join(root, bin), 0o755);
