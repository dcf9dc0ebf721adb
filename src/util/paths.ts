/**
 * @module util/paths — where the project's own files are, and whether a module is the program.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `<repo>/data/<name>`: found by walking up from this module to the folder that holds
 * `package.json` and that data folder (the same from src/ and from dist/src/); falls back
 * to `./data/<name>` in the working folder.
 */
export function dataDir(name: string): string {
  let found = dataDirs.get(name);
  if (found === undefined) { found = findDataDir(name); dataDirs.set(name, found); }
  return found;
}

/** Data folders already found (callers may ask per document). */
const dataDirs = new Map<string, string>();

function findDataDir(name: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'data', name);
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve('data', name);
    dir = parent;
  }
}

/** Whether the module at `moduleUrl` (its `import.meta.url`) is the script node was started with. */
export function isMainModule(moduleUrl: string): boolean {
  try {
    return fs.realpathSync(process.argv[1] ?? '') === fs.realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** Every `*.json` file below `dir`, in sorted path order, hidden files and folders skipped. */
export function listJsonFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    const entries = fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.json')) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** `file` relative to the working folder when it lies inside it, else as given (messages name files the way users see them). */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** A problem with one data file or entry (the knowledge base and the source registry report this shape). */
export interface DataIssue {
  readonly file: string;
  /** `#3 (antony-blinken)`, or null for file-level problems. */
  readonly entry: string | null;
  readonly field: string | null;
  readonly message: string;
}

/** One parsed data file: its path as shown in messages, its file name, its content. */
export interface JsonFile {
  readonly shown: string;
  readonly name: string;
  readonly content: unknown;
}

/**
 * Every `*.json` file below each of `folders` (in that order, then path order), parsed.
 * A file that is not valid JSON is added to `issues` and skipped; a folder that cannot be
 * read is passed to `unreadable`, which throws the caller's error.
 */
export function readJsonFolders(folders: readonly string[], issues: DataIssue[], unreadable: (issue: DataIssue) => never): JsonFile[] {
  const out: JsonFile[] = [];
  for (const folder of folders) {
    let files: string[];
    try {
      if (!fs.statSync(folder).isDirectory()) throw new Error('not a folder');
      files = listJsonFiles(folder);
    } catch (err) {
      return unreadable({ file: displayPath(folder), entry: null, field: null, message: `cannot read folder (${(err as Error).message})` });
    }
    for (const file of files) {
      const shown = displayPath(file);
      try {
        out.push({ shown, name: path.basename(file), content: JSON.parse(fs.readFileSync(file, 'utf8')) as unknown });
      } catch (err) {
        issues.push({ file: shown, entry: null, field: null, message: `is not valid JSON (${(err as Error).message})` });
      }
    }
  }
  return out;
}
