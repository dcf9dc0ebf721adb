/**
 * @module stages/published/eras — "the war in Gaza" dates an article to the war.
 *
 * An era (data/events/eras.json) is an ongoing situation with a start and, once it is
 * over, an end: the Israel–Hamas war from 2023-10-07, the hostages held in Gaza until the
 * last came home, Russia's full-scale war against Ukraine from 2022-02-24. An article that
 * evokes one in the present ("the ongoing conflict in Gaza", "Hamas-held hostages") is
 * from inside it. A phrase right after a year or a word that puts it in the past ("the
 * 2014 Gaza war", "the previous war in Gaza") does not count. Era clues rank between roles
 * and events (which outrank them) and the dates the text mentions.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EvidenceSpan } from '../../pipeline/document.js';
import { dataDir } from '../../util/paths.js';
import type { Clue } from './infer.js';
import { aboutOther, hasAnyWord, learnPhrases, lowerOf, matchPhrase } from './phrases.js';

/** An ongoing situation that articles evoke (data/events/eras.json). */
export interface Era {
  readonly name: string;
  readonly from: string;
  /** The day it ended, or null while it lasts. */
  readonly until: string | null;
  readonly source: string | readonly string[];
  /** How articles evoke it; `*` stands for up to three words. */
  readonly phrases: readonly string[];
  /** Words of which one must occur in the article; empty for none. */
  readonly context: readonly string[];
  /**
   * Words of which one must also occur, for eras that need two kinds of word: the RSF named
   * beside Sudan's army is the war only when the article also tells of fighting or a truce.
   */
  readonly alsoContext?: readonly string[];
  /**
   * Words that make a phrase about something else when one stands in its sentence and no
   * context word in its own clause: "the 60-day ceasefire between Israel and Hezbollah, …".
   */
  readonly exclude?: readonly string[];
  /**
   * Verbs that, right before a phrase or after it in its clause, tell of the era's end
   * ("Hamas released the surviving hostages", "living hostages … were freed"): the phrase
   * then does not evoke it as present.
   */
  readonly endWords?: readonly string[];
}

const DATA = path.join(dataDir('events'), 'eras.json');
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Words a phrase may span for `*`. */
const GAP = 3;
/**
 * What, right before a phrase, puts it in another time: "the 2014 Gaza war", "the previous war
 * in Gaza", also with a count between ("the last 20 living hostages"), and all or the remaining
 * of a count ("all 20 living hostages", told when they were freed).
 */
const NOT_THIS_ERA = /(?:\b\d{4}|\b(?:previous|past|earlier|former|last|first|second|third)(?:\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty))?|\b(?:all|remaining)(?:\s+(?:the|of\s+the))?\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty))\s*$/i;
/** Words a phrase's end verb may stand from it: "released the surviving", "were freed". */
const END_GAP = 60;
let cached: readonly Era[] | null = null;

/** The eras, loaded once. Throws naming the file and the entry when a date is malformed. */
export function knownEras(file = DATA): readonly Era[] {
  if (file === DATA && cached) return cached;
  const eras = (JSON.parse(fs.readFileSync(file, 'utf8')) as { eras: Era[] }).eras;
  for (const e of eras) {
    if (!ISO_DAY.test(e.from) || (e.until !== null && (!ISO_DAY.test(e.until) || e.until < e.from))) throw new Error(`${file}: era "${e.name}" has bad dates`);
  }
  if (file === DATA) cached = eras;
  return eras;
}

/** Every phrase and context word of a list of eras, one list per list of eras. */
const erasPhrases = new WeakMap<readonly Era[], readonly string[]>();
function phrasesOf(eras: readonly Era[]): readonly string[] {
  let all = erasPhrases.get(eras);
  if (all === undefined) erasPhrases.set(eras, (all = eras.flatMap((e) => [...e.phrases, ...e.context, ...(e.alsoContext ?? []), ...(e.exclude ?? [])])));
  return all;
}

/** Patterns of an era's end verbs, one per era. */
const endPatterns = new WeakMap<Era, { before: RegExp; after: RegExp } | null>();
function endPattern(era: Era): { before: RegExp; after: RegExp } | null {
  let p = endPatterns.get(era);
  if (p === undefined) {
    const words = (era.endWords ?? []).map((w) => w.trim().split(/\s+/).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
    const verbs = `(?:${words.join('|')})`;
    p = words.length === 0 ? null : {
      before: new RegExp(`\\b${verbs}\\s+(?:(?:the|all|its|their|of)\\s+){0,2}(?:\\d{1,3}\\s+)?$`, 'i'),
      after: new RegExp(`^[^.;:!?]*?\\b(?:were|was|are|is|have\\s+been|has\\s+been|had\\s+been|been)\\s+(?:all\\s+|now\\s+|finally\\s+)?${verbs}\\b`, 'i'),
    };
    endPatterns.set(era, p);
  }
  return p;
}

/** The sentence around `at`: one of `sentences`, or else the text between full stops. */
function sentenceAt(text: string, at: number, end: number, sentences: readonly { start: number; end: number }[]): { start: number; end: number } {
  const s = sentences.find((x) => x.start <= at && end <= x.end);
  if (s) return s;
  let a = at;
  while (a > 0 && !/[.!?]\s/.test(text.slice(a - 2, a))) a--;
  const next = /[.!?](?:\s|$)/.exec(text.slice(end));
  return { start: a, end: next ? end + next.index + 1 : text.length };
}

/** Whether a phrase at `start`..`end` tells of `era` ending, or of something else. */
function notEvoked(text: string, start: number, end: number, era: Era, sentences: readonly { start: number; end: number }[]): boolean {
  const p = endPattern(era);
  if (!p && !era.exclude) return false;
  const s = sentenceAt(text, start, end, sentences);
  if (p && (p.before.test(text.slice(Math.max(s.start, start - 40), start)) || p.after.test(text.slice(end, Math.min(s.end, end + END_GAP))))) return true;
  return aboutOther(text, start, end, s.start, s.end, era.exclude, era.context);
}

/**
 * One clue per era the text evokes, at its first phrase. `sentences` bound a phrase's end
 * verbs and excluded words (without them, full stops do).
 */
export function eraClues(text: string, doc: string, eras = knownEras(), sentences: readonly { start: number; end: number }[] = []): Clue[] {
  const out: Clue[] = [];
  learnPhrases(phrasesOf(eras));
  const lower = lowerOf(text);
  for (const era of eras) {
    if (era.context.length > 0 && !hasAnyWord(text, era.context)) continue;
    if (era.alsoContext && !hasAnyWord(text, era.alsoContext)) continue;
    let first: { start: number; end: number } | null = null;
    for (const phrase of era.phrases) {
      for (const m of matchPhrase(text, lower, phrase, GAP)) {
        if (NOT_THIS_ERA.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
        if (notEvoked(text, m.index, m.index + m[0].length, era, sentences)) continue;
        if (!first || m.index < first.start) first = { start: m.index, end: m.index + m[0].length };
        break;
      }
    }
    if (!first) continue;
    const span: EvidenceSpan = { doc, start: first.start, end: first.end, text: text.slice(first.start, first.end) };
    const period = era.until ? `${era.from} to ${era.until}` : `since ${era.from}`;
    out.push({ earliest: era.from, latest: era.until, strength: 'era', span, reason: `"${span.text}" evokes ${era.name}: ${period}` });
  }
  return out;
}
