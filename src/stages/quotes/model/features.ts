/**
 * @module stages/quotes/model/features — hashed features of the attribution model.
 *
 * One {@link TokenTable} per document holds what the features read of each token, computed
 * once and hashed straight from the text (no per-word cache; shapes, capitalization and
 * suffixes only for the tokens a feature reads): the lower-case form (for
 * punctuation the raw mark: a tweet's `―` is not a `-`), the short shape (`Xx`, `d`), the
 * 2- and 3-letter suffixes, capitalization, a punctuation class, quotation-mark
 * flags (pass 01), the entity type (pass `ner`), and what the rule passes said: the cue
 * lexicon's verdict (pass 02) and where the rule attribution of a cue puts its content and
 * source (passes 04–06).
 *
 * Three feature sets:
 * - **cue features** of a token (the cue tagger, `decode.ts`): the word and its neighbours,
 *   bigrams, shapes, the lexicon's verdict, quotation context, entity types around, the
 *   position in the sentence, the word without its inflection (`attacked`, `attacks`) alone,
 *   with the nearest subject-like word on its left (a mention or a pronoun within 4 words)
 *   and with the class of the next word (`that`, `to`, a determiner, a name, a mark) or
 *   the entity type of the next word (`attacked Machado`), and how many lexicon cues stand
 *   earlier in the sentence (`X said Y supported Z`); the previous tag is added while decoding;
 * - **span features** of a candidate position `p` for one cue (the span pickers): direction
 *   and distance to the cue, the words at and around `p` by direction, punctuation and
 *   commas between, quotation marks, entity types, whether a rule attribution of the cue
 *   starts or ends its content or source at `p`, where the rule source finders (pass 03)
 *   would put the speaker, and the cue word with the distance;
 * - **pair features** of a whole content `[s, e]` (the joint choice of a content): its
 *   length, the sentence ends it crosses, how it ends, other cues and quotation marks
 *   inside, how it opens after the cue, whether the rules read it so.
 * Every feature is a 32-bit hash (`combine`) of a template id and its values; candidate
 * features have a fixed count ({@link SPAN_FEATURES}, {@link PAIR_FEATURES}) so one flat array holds a cue's.
 */
import { combine } from '../../entities/ner/word.js';
import type { CueHit } from '../02-cues.js';
import { sentenceSubject, sourceAfter, sourceBefore } from '../03-sources.js';
import type { Candidate, QuoteMarks, SourceSpan } from '../types.js';
import { fnvRange } from '../../../util/hash.js';
import type { DocView } from '../view.js';
import { IntSet } from './int-set.js';

/** Version of the feature templates; weights trained on another version are refused. */
export const FEATURE_VERSION = 10;


/** Punctuation classes. */
const P_WORD = 0;
const P_COMMA = 1;
const P_STOP = 2;
const P_COLON = 3;
const P_QUOTE = 4;
const P_DASH = 5;
const P_OPEN = 6;
const P_CLOSE = 7;
const P_OTHER = 8;
/** Beyond the sentence. */
const P_EDGE = 9;

const EDGE_HASH = 0x5eed;

function punctClass(text: string): number {
  switch (text) {
    case ',': return P_COMMA;
    case '.': case '!': case '?': case '…': return P_STOP;
    case ':': case ';': return P_COLON;
    case '"': case '“': case '”': case "'": case '‘': case '’': case '«': case '»': case '„': case "''": case '``': return P_QUOTE;
    case '-': case '–': case '—': case '--': return P_DASH;
    case '(': case '[': return P_OPEN;
    case ')': case ']': return P_CLOSE;
    default: return P_OTHER;
  }
}

const MENTION_CODE: Readonly<Record<string, number>> = { person: 1, organization: 2, place: 3, group: 4, misc: 5 };

/** The rule attribution of a cue, as token indices (-1 when absent). */
interface RuleSpan {
  readonly kind: number;
  readonly contentFirst: number;
  readonly contentLast: number;
  readonly sourceFirst: number;
  readonly sourceLast: number;
}

/** What the rule passes found in a document, as the model reads it. */
export interface RuleEvidence {
  readonly marks: readonly QuoteMarks[];
  /** Per token, 1 inside a top-level quotation. */
  readonly quoted: Uint8Array;
  readonly cues: readonly CueHit[];
  /** The refined rule candidates. */
  readonly candidates: readonly Candidate[];
}

/** Per-token facts of one document, computed once. */
export interface TokenTable {
  readonly view: DocView;
  readonly n: number;
  readonly lower: Int32Array;
  /** Capitalization, filled in on first use (`capOf`). */
  readonly cap: Uint8Array;
  readonly punct: Uint8Array;
  /** 1 for tokens that never anchor a cue (the tagger leaves them O). */
  readonly skip: Uint8Array;
  /** 1 once `cap` of the token is filled in. */
  readonly described: Uint8Array;
  /** 1 inside a top-level quotation. */
  readonly quoted: Uint8Array;
  /** 1 opening mark token, 2 closing mark token. */
  readonly mark: Uint8Array;
  /** Mention type code, +8 on the mention's first token, +16 on its last. */
  readonly mention: Uint8Array;
  /** Lexicon verdict: 0 none, else 1 + strength + 4 × first frame, +32 when inside quotes. */
  readonly lexicon: Uint8Array;
  /** Per token, the index of the lexicon cue (pass 02) covering it, or -1. */
  readonly cueIndex: Int32Array;
  /** Lexicon lemma hash of a cue token (0 when none). */
  readonly lemma: Int32Array;
  /** Per token, the index of the rule candidate whose cue covers it, or -1. */
  readonly ruleIndex: Int32Array;
  /** The rule attribution whose cue covers the token (by cue token), or undefined. */
  readonly rule: readonly (RuleSpan | undefined)[];
  /** Per token, how many commas, colons and dashes stand before it in its sentence. */
  readonly commas: Int32Array;
  /** Per token, how many lexicon cue tokens outside quotes stand before it in its sentence, at most 2. */
  readonly cuesBefore: Uint8Array;
  /**
   * Counts over the tokens before `i`, at `prefix[4i + kind]`: lexicon cues outside quotes
   * (by their first token), opening marks, closing marks, commas ({@link PREFIX_CUES} …);
   * a pair's counts are two reads (`pairFeatures`).
   */
  readonly prefix: Int32Array;
}

const FRAME_CODE: Readonly<Record<string, number>> = { report: 0, tell: 1, belief: 2, object: 3, evidence: 4 };
const KIND_CODE: Readonly<Record<string, number>> = { direct: 1, indirect: 2, mixed: 3 };


/** Character classes of the short shape: lower, upper, digit, other. */
function charClass(c: number): number {
  if (c >= 97 && c <= 122) return 1;
  if (c >= 65 && c <= 90) return 2;
  if (c >= 48 && c <= 57) return 3;
  if (c < 128) return 4;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() ? 1 : ch !== ch.toLowerCase() ? 2 : 4;
}

/** Words the cue tagger does not score: they never anchor a cue (see train.ts `anchorOf`). */
const NEVER_CUE: IntSet = new IntSet([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'and', 'or', 'but', 'to', 'that', 'this', 'these', 'those',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should',
  'must', 'did', 'does', 'do', 'not', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'him', 'them', 'us', 'me', 'who', 'which', 'what', 'there', 'than', 'as', 'if', 'so', 'also', 'just', 'about', 'into', 'over', 'after',
].map((w) => fnvRange(w, 0, w.length)));

/** Punctuation that can anchor a cue (`Smith: …`, a tweet's `— Name (@handle)`). */
const CUE_PUNCT: ReadonlySet<string> = new Set([':', '―', '—', '–', '-', '--']);

/** Own features per token: lower form, short shape, 2- and 3-letter suffixes. */
export const OWN_FEATURES = 4;

/**
 * Writes the {@link OWN_FEATURES} own features of token `i` (lower form, short shape, 2- and
 * 3-letter suffixes) into `out` at `at`: only the tokens the tagger scores need them, once
 * each per document, so they are computed where they are used rather than kept per token.
 */
function ownFeatures(t: TokenTable, i: number, out: Int32Array, at: number): void {
  const tok = t.view.tokens[i]!;
  const text = tok.text;
  const low = tok.lower;
  let sh = 0x811c9dc5;
  let prev = 0;
  for (let k = 0; k < text.length; k++) {
    const c = charClass(text.charCodeAt(k));
    if (c !== prev) sh = Math.imul(sh ^ c, 0x01000193);
    prev = c;
  }
  const len = low.length;
  out[at] = combine(OWN.lower, t.lower[i]!);
  out[at + 1] = combine(OWN.short, sh | 0);
  out[at + 2] = combine(OWN.suffix2, fnvRange(low, Math.max(0, len - 2), len));
  out[at + 3] = combine(OWN.suffix3, fnvRange(low, Math.max(0, len - 3), len));
}

/** Capitalization of token `i` (0 no letters, 1 lower, 2 title, 3 upper, 4 mixed), 7 outside the document. */
function capOf(t: TokenTable, i: number): number {
  if (i < 0 || i >= t.n) return 7;
  if (t.described[i] === 0) {
    // filled in on first use: only the scored words, their neighbours and the span candidates need it
    const text = t.view.tokens[i]!.text;
    let upper = 0;
    let letters = 0;
    for (let k = 0; k < text.length; k++) {
      const c = charClass(text.charCodeAt(k));
      if (c === 1 || c === 2) letters++;
      if (c === 2) upper++;
    }
    t.cap[i] = letters === 0 ? 0 : upper === 0 ? 1 : upper === letters ? 3 : upper === 1 && charClass(text.charCodeAt(0)) === 2 ? 2 : 4;
    t.described[i] = 1;
  }
  return t.cap[i]!;
}

/**
 * Builds the token table of a document from its view and the rule passes' results. Each
 * part is filled by a small function of its own: V8 recompiles a function whole when a
 * rare branch deoptimizes it, and this one was among the costliest recompiles after warm-up.
 */
export function tokenTable(view: DocView, rules: RuleEvidence): TokenTable {
  const n = view.tokens.length;
  const lower = new Int32Array(n);
  const punct = new Uint8Array(n);
  const skip = new Uint8Array(n);
  lexicalColumns(view, lower, punct, skip);
  const mark = markColumn(rules, n);
  const mention = mentionColumn(view, n);
  const lexicon = new Uint8Array(n);
  const lemma = new Int32Array(n);
  const cueIndex = new Int32Array(n).fill(-1);
  cueColumns(rules, lower, lexicon, lemma, cueIndex);
  const rule = new Array<RuleSpan | undefined>(n);
  const ruleIndex = new Int32Array(n).fill(-1);
  ruleColumns(view, rules, rule, ruleIndex);
  const commas = new Int32Array(n);
  const cuesBefore = new Uint8Array(n);
  const prefix = new Int32Array(4 * (n + 1));
  countColumns(view, punct, lexicon, cueIndex, mark, commas, cuesBefore, prefix);
  return { view, n, lower, cap: new Uint8Array(n), punct, skip, described: new Uint8Array(n), cueIndex, ruleIndex, quoted: rules.quoted, mark, mention, lexicon, lemma, rule, commas, cuesBefore, prefix };
}

/** Each token's lower-case hash (words) or text hash (punctuation), punctuation class, and whether it can never be a cue. */
function lexicalColumns(view: DocView, lower: Int32Array, punct: Uint8Array, skip: Uint8Array): void {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const word = tok.kind === 'word' || tok.kind === 'number';
    const pc = word ? P_WORD : punctClass(tok.text);
    punct[i] = pc;
    const lh = view.lowerHash[i]!;
    lower[i] = word ? lh : combine(93, fnvRange(tok.text, 0, tok.text.length));
    skip[i] = word ? (NEVER_CUE.has(lh) ? 1 : 0) : CUE_PUNCT.has(tok.text) ? 0 : 1;
  }
}

/** 1 on a quotation mark that opens, 2 on one that closes. */
function markColumn(rules: RuleEvidence, n: number): Uint8Array {
  const mark = new Uint8Array(n);
  for (const m of rules.marks) {
    if (m.openToken >= 0) mark[m.openToken] = 1;
    if (m.closeToken >= 0) mark[m.closeToken] = 2;
  }
  return mark;
}

/** The type code of the mention a token is in, with bits for its first (8) and last (16) token. */
function mentionColumn(view: DocView, n: number): Uint8Array {
  const mention = new Uint8Array(n);
  for (const m of view.mentions) {
    const code = MENTION_CODE[m.type] ?? 6;
    for (let k = m.first; k <= m.last; k++) mention[k] = code;
    if (m.first >= 0 && m.first < n) mention[m.first] = mention[m.first]! | 8;
    if (m.last >= 0 && m.last < n) mention[m.last] = mention[m.last]! | 16;
  }
  return mention;
}

/** The rule cues' codes (strength, frame, quoted), their verbs' lemma ids and each cue token's cue number. */
function cueColumns(rules: RuleEvidence, lower: Int32Array, lexicon: Uint8Array, lemma: Int32Array, cueIndex: Int32Array): void {
  for (let k = 0; k < rules.cues.length; k++) for (let j = rules.cues[k]!.first; j <= rules.cues[k]!.last; j++) cueIndex[j] = k;
  for (const c of rules.cues) {
    const code = 1 + c.rule.strength + 4 * (FRAME_CODE[c.rule.frames[0] ?? 'report'] ?? 0) + (c.quoted ? 32 : 0);
    const id = combine(91, lower[c.verb]!);
    for (let k = c.first; k <= c.last; k++) {
      lexicon[k] = code;
      lemma[k] = id;
    }
  }
}

/** On each cue token, the first rule candidate's spans (content, source) and its number. */
function ruleColumns(view: DocView, rules: RuleEvidence, rule: (RuleSpan | undefined)[], ruleIndex: Int32Array): void {
  rules.candidates.forEach((c, index) => {
    if (c.cue === null) return;
    const span: RuleSpan = {
      kind: KIND_CODE[c.kind] ?? 0,
      contentFirst: view.tokenAtOrAfter(c.start),
      contentLast: view.tokenEndingBy(c.end),
      sourceFirst: c.source?.first ?? -1,
      sourceLast: c.source?.last ?? -1,
    };
    for (let k = c.cue.first; k <= c.cue.last; k++) {
      if (rule[k] !== undefined) continue;
      rule[k] = span;
      ruleIndex[k] = index;
    }
  });
}

/** One pass: the per-sentence counts (commas, cues before) restart at each sentence, the prefix sums run on. */
function countColumns(view: DocView, punct: Uint8Array, lexicon: Uint8Array, cueIndex: Int32Array, mark: Uint8Array, commas: Int32Array, cuesBefore: Uint8Array, prefix: Int32Array): void {
  const { sentenceOf } = view;
  const n = punct.length;
  let count = 0;
  let cues = 0;
  let cueRuns = 0;
  let opens = 0;
  let closes = 0;
  let commaCount = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && sentenceOf[i] !== sentenceOf[i - 1]) {
      count = 0;
      cues = 0;
    }
    const pc = punct[i]!;
    commas[i] = count;
    if (pc === P_COMMA || pc === P_COLON || pc === P_DASH) count++;
    cuesBefore[i] = cues;
    const cue = lexicon[i] !== 0 && lexicon[i]! < 32;
    if (cue && cues < 2) cues++;
    if (cue && (i === 0 || cueIndex[i] !== cueIndex[i - 1])) cueRuns++;
    if (mark[i] === 1) opens++;
    else if (mark[i] === 2) closes++;
    if (pc === P_COMMA) commaCount++;
    const at = 4 * i + 4;
    prefix[at + PREFIX_CUES] = cueRuns;
    prefix[at + PREFIX_OPENS] = opens;
    prefix[at + PREFIX_CLOSES] = closes;
    prefix[at + PREFIX_COMMAS] = commaCount;
  }
}

/** Kinds of {@link TokenTable.prefix}. */
export const PREFIX_CUES = 0;
export const PREFIX_OPENS = 1;
export const PREFIX_CLOSES = 2;
export const PREFIX_COMMAS = 3;

/** How many tokens of `kind` (a `PREFIX_*`) stand in `[a, b]` (0 when empty). */
function countIn(t: TokenTable, kind: number, a: number, b: number): number {
  return b < a ? 0 : t.prefix[4 * (b + 1) + kind]! - t.prefix[4 * a + kind]!;
}

/** The same in `[s, e]` leaving out the cue's tokens. */
function countOutsideCue(t: TokenTable, kind: number, cue: CueSpan, s: number, e: number): number {
  return countIn(t, kind, s, e) - countIn(t, kind, Math.max(s, cue.first), Math.min(e, cue.last));
}

/** Template ids of the token's own features. */
const OWN = { lower: 95, short: 96, suffix2: 97, suffix3: 98 } as const;

/** Template ids of the cue features. */
const C = {
  bias: 100, lowerAt: 102, bigramLeft: 112, bigramRight: 113, lexicon: 114, lexiconAt: 115,
  quoted: 117, position: 118, mentionAt: 119, capPair: 122, markAround: 123, lexiconLower: 124, prev: 125, lowerBefore: 128, lowerQuoted: 129, lowerAfter: 132,
  stem: 133, subject: 134, nextClass: 135, stemNext: 136, stemSubject: 137, earlierCues: 138, stemMention: 139,
} as const;

/** Hash of a whole lower-case word, as `TokenTable.lower` holds it. */
const hashOf = (w: string): number => fnvRange(w, 0, w.length);
const PRONOUN_HASHES: IntSet = new IntSet(['he', 'she', 'they', 'we', 'i', 'it', 'who'].map(hashOf));
const THAT_HASH = hashOf('that');
const TO_HASH = hashOf('to');
const DETERMINER_HASHES: IntSet = new IntSet(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'that', 'our'].map(hashOf));

/** The word with a common inflection removed (`attacked`, `attacks` → `attack`), hashed. */
function stemHash(low: string): number {
  const n = low.length;
  let cut = 0;
  if (n > 5 && low.endsWith('ing')) cut = 3;
  else if (n > 4 && low.endsWith('ed')) cut = 2;
  else if (n > 4 && low.endsWith('es')) cut = 2;
  else if (n > 3 && low.endsWith('s') && !low.endsWith('ss')) cut = 1;
  return fnvRange(low, 0, n - cut);
}

/** The nearest subject-like token left of `i` within 4 tokens: `code × 8 + distance`, 0 when none. */
function subjectLeft(t: TokenTable, i: number, first: number): number {
  for (let k = i - 1, d = 1; k >= first && d <= 4; k--, d++) {
    if (t.punct[k] !== P_WORD) return 0;
    if (t.mention[k] !== 0) return ((t.mention[k]! & 7) + 1) * 8 + d;
    if (PRONOUN_HASHES.has(t.lower[k]!)) return 10 * 8 + d;
  }
  return 0;
}

/** What follows token `i`: `that`, `to`, a determiner, a pronoun, a capitalized word, another word, or a punctuation class. */
function nextClass(t: TokenTable, i: number, last: number): number {
  if (i >= last) return 20;
  const w = t.lower[i + 1]!;
  if (t.punct[i + 1] !== P_WORD) return 10 + t.punct[i + 1]! + t.mark[i + 1]! * 100;
  if (w === THAT_HASH) return 1;
  if (w === TO_HASH) return 2;
  if (DETERMINER_HASHES.has(w)) return 3;
  if (PRONOUN_HASHES.has(w)) return 4;
  return capOf(t, i + 1) >= 2 ? 5 : 6;
}

/** Most cue features a token can have (own features included). */
export const MAX_CUE_FEATURES = 32;

/**
 * Writes the static cue features of token `i` (sentence `[first, last]`) into `out` from
 * `at`; returns the new end.
 */
export function cueFeatures(t: TokenTable, i: number, first: number, last: number, out: Int32Array, at: number): number {
  const L = (k: number): number => (k >= first && k <= last ? t.lower[k]! : EDGE_HASH);
  ownFeatures(t, i, out, at);
  at += OWN_FEATURES;
  const w = t.lower[i]!;
  const p1 = L(i - 1);
  const n1 = L(i + 1);
  out[at++] = C.bias;
  out[at++] = combine(C.lowerAt, L(i - 2));
  out[at++] = combine(C.lowerAt + 1, p1);
  out[at++] = combine(C.lowerAt + 3, n1);
  out[at++] = combine(C.lowerAt + 4, L(i + 2));
  out[at++] = combine(combine(C.bigramLeft, p1), w);
  out[at++] = combine(combine(C.bigramRight, w), n1);
  const lex = t.lexicon[i]!;
  out[at++] = combine(C.lexicon, lex);
  out[at++] = combine(C.lexiconAt, (i > first ? t.lexicon[i - 1]! : 255) * 256 + (i < last ? t.lexicon[i + 1]! : 255));
  out[at++] = combine(combine(C.lexiconLower, lex), w);
  const r = t.rule[i];
  out[at++] = combine(C.quoted, t.quoted[i]! * 64 + (r === undefined ? 0 : 1 + r.kind) * 4 + (r !== undefined && r.sourceFirst >= 0 ? 1 : 0));
  const len = last - first + 1;
  const pos = i - first;
  out[at++] = combine(C.position, (pos === 0 ? 0 : pos <= 2 ? 1 : pos * 3 < len ? 2 : pos * 3 < 2 * len ? 3 : last - i <= 2 ? 5 : 4) * 8 + capOf(t, i));
  out[at++] = combine(C.mentionAt, (i > first ? t.mention[i - 1]! : 255) * 256 + t.mention[i]!);
  out[at++] = combine(C.capPair, (i > first ? capOf(t, i - 1) : 7) * 8 + capOf(t, i));
  const before = i > first ? t.mention[i - 1]! * 16 + t.punct[i - 1]! : 255;
  out[at++] = combine(combine(C.lowerBefore, before), w);
  out[at++] = combine(combine(C.lowerQuoted, t.quoted[i]! * 16 + (i > first ? t.mark[i - 1]! : 3) * 4 + (i < last ? t.mark[i + 1]! : 3)), w);
  out[at++] = combine(combine(C.lowerAfter, i < last ? t.punct[i + 1]! * 8 + capOf(t, i + 1) : 255), w);
  out[at++] = combine(C.markAround, (i > first ? t.mark[i - 1]! * 16 + t.punct[i - 1]! : 255) * 256 + (i < last ? t.mark[i + 1]! * 16 + t.punct[i + 1]! : 255));
  const stem = stemHash(t.view.tokens[i]!.lower);
  const subject = subjectLeft(t, i, first);
  const next = nextClass(t, i, last);
  out[at++] = combine(C.stem, stem);
  out[at++] = combine(combine(C.stemNext, stem), next);
  out[at++] = combine(C.subject, subject * 64 + (lex === 0 ? 0 : 1 + (lex & 3)));
  out[at++] = combine(combine(C.stemSubject, stem), subject === 0 ? 0 : subject >= 80 ? 1 : 2);
  out[at++] = combine(C.nextClass, next * 4 + (lex === 0 ? 0 : 1));
  out[at++] = combine(C.earlierCues, t.cuesBefore[i]! * 64 + (lex === 0 ? 0 : 1 + (lex & 3)) * 8 + t.quoted[i]! + (r !== undefined ? 2 : 0));
  out[at++] = combine(combine(C.stemMention, stem), i < last ? t.mention[i + 1]! & 7 : 15);
  return at;
}

/** The features that read the previous tag (added while decoding). */
export function prevFeatures(t: TokenTable, i: number, prev: number, out: Int32Array, at: number): number {
  out[at++] = combine(C.prev, prev * 16 + (i > 0 ? t.punct[i - 1]! : P_EDGE));
  return at;
}

/** Number of features of every span candidate. */
export const SPAN_FEATURES = 21;

/** Template ids of the span features. */
const S = {
  null: 200, dirDist: 201, lower: 202, lowerBefore: 203, lowerAfter: 204, punct: 206, cueDist: 207, bigramLeft: 209,
  bigramRight: 210, edges: 211, commas: 212, quote: 213, rule: 214, mention: 215, ahead: 216, cap: 219, lemmaDir: 223,
  nullCue: 224, nullRule: 225, nullBefore: 226, nullMention: 227, guess: 230, nullGuess: 231, next: 232,
  clauseAfter: 233, toEnd: 234, cuesBetween: 235,
} as const;

/** A cue as the span pickers see it: its token range and sentence. */
export interface CueSpan {
  readonly first: number;
  readonly last: number;
}

/** Distance buckets: exact up to 6, then 7–8, 9–12, 13–20, more. */
function bucket(d: number): number {
  return d <= 6 ? d : d <= 8 ? 7 : d <= 12 ? 8 : d <= 20 ? 9 : 10;
}

/**
 * Writes the {@link SPAN_FEATURES} features of candidate position `p` for `cue` in
 * sentence `[first, last]` into `out` at `at`. `ahead` is how many sentences after the
 * cue's `p` lies (0 in the cue's sentence), plus 4 when that crosses a paragraph; 8 + k
 * for the first token of the k-th sentence before.
 */
export function spanFeatures(t: TokenTable, cue: CueSpan, guess: Int32Array, p: number, first: number, last: number, ahead: number, out: Int32Array, at: number): void {
  const dir = p < cue.first ? 0 : p > cue.last ? 2 : 1;
  const dist = bucket(dir === 0 ? cue.first - p : dir === 2 ? p - cue.last : 0);
  const inSentence = ahead === 0;
  const lo = inSentence ? first : p;
  const L = (k: number): number => (k >= lo && k <= last ? t.lower[k]! : EDGE_HASH);
  const P = (k: number): number => (k >= lo && k <= last ? t.punct[k]! : P_EDGE);
  const cueKey = combine(t.lower[cue.first]!, t.lower[cue.last]!);
  const w = t.lower[p]!;
  const d = dir * 16 + (ahead > 0 ? 11 + ahead : dist);
  let commas = 0;
  if (inSentence) commas = Math.abs(t.commas[p]! - t.commas[dir === 0 ? cue.first : cue.last]!);
  const r = t.rule[cue.first] ?? t.rule[cue.last];
  let ruleBits = 0;
  if (r !== undefined) {
    ruleBits = 1 + r.kind * 2;
    if (p === r.contentFirst) ruleBits |= 16;
    if (p === r.contentLast) ruleBits |= 32;
    if (p === r.sourceFirst) ruleBits |= 64;
    if (p === r.sourceLast) ruleBits |= 128;
  }
  out[at++] = combine(S.dirDist, d);
  out[at++] = combine(combine(S.lower, dir), w);
  out[at++] = combine(combine(S.lowerBefore, dir), L(p - 1));
  out[at++] = combine(combine(S.lowerAfter, dir), L(p + 1));
  out[at++] = combine(S.punct, dir * 4096 + P(p - 1) * 256 + P(p) * 16 + P(p + 1));
  out[at++] = combine(combine(S.cueDist, cueKey), d);
  out[at++] = combine(combine(S.bigramLeft, dir), combine(L(p - 1), w));
  out[at++] = combine(combine(S.bigramRight, dir), combine(w, L(p + 1)));
  out[at++] = combine(S.edges, dir * 1024 + (p === first ? 1 : 0) + (p === last ? 2 : 0) + (p === last - 1 && P(last) === P_STOP ? 4 : 0) + ahead * 8);
  out[at++] = combine(S.commas, dir * 16 + Math.min(commas, 4));
  out[at++] = combine(S.quote, dir * 64 + t.quoted[p]! * 16 + t.mark[p]! * 4 + (p > 0 ? t.mark[p - 1]! : 0));
  out[at++] = combine(S.rule, ruleBits);
  out[at++] = combine(S.mention, dir * 256 + t.mention[p]! * 2 + (dist <= 2 ? 1 : 0));
  out[at++] = combine(S.ahead, ahead * 16 + t.mark[p]! * 4 + P(p));
  out[at++] = combine(S.cap, dir * 64 + capOf(t, p) * 8 + capOf(t, p - 1));
  out[at++] = combine(combine(S.lemmaDir, t.lemma[cue.first]!), d);
  out[at++] = combine(S.guess, dir * 4096 + guessBits(guess, p));
  out[at++] = combine(S.next, dir * 65536 + (p + 1 <= last ? t.lexicon[p + 1]! : 255) * 256 + (p + 2 <= last ? t.lexicon[p + 2]! : 255));
  // what a content ending at `p` leaves out: the clause word after it, past a comma or dash
  // (`…, which`, `— a metaphor`, `during the debate`, `and downplayed`), with the cue word
  const skipMark = P(p + 1) === P_COMMA || P(p + 1) === P_DASH ? 1 : 0;
  const after = clauseClass(t, p + 1 + skipMark, lo, last);
  out[at++] = combine(combine(S.clauseAfter, t.lemma[cue.first]! || cueKey), dir * 256 + skipMark * 64 + after);
  // how much of the sentence a content ending here leaves, and how the rest opens
  out[at++] = combine(S.toEnd, dir * 4096 + (inSentence ? bucket(last - p) : 15) * 256 + skipMark * 64 + after);
  // another cue between the cue and `p`: a second attribution the content would run into
  out[at++] = combine(S.cuesBetween, dir * 16 + Math.min(2, dir === 2 ? countIn(t, PREFIX_CUES, cue.last + 1, p) : dir === 0 ? countIn(t, PREFIX_CUES, p, cue.first - 1) : 0) * 4 + (inSentence ? 0 : 1));
}

/** Word classes that open what follows a content (`clauseClass`). */
const CLAUSE_WORDS: ReadonlyMap<number, number> = new Map([
  ...['which', 'who', 'whom', 'whose', 'where'].map((w) => [hashOfWord(w), 1] as const),
  ...['when', 'while', 'as', 'because', 'since', 'after', 'before', 'until', 'if', 'although', 'though', 'unless', 'whether'].map((w) => [hashOfWord(w), 2] as const),
  ...['and', 'or', 'but', 'nor', 'yet'].map((w) => [hashOfWord(w), 3] as const),
  ...['in', 'on', 'at', 'for', 'during', 'with', 'from', 'by', 'over', 'about', 'into', 'against', 'amid', 'despite', 'without', 'through', 'under'].map((w) => [hashOfWord(w), 4] as const),
  ...['to'].map((w) => [hashOfWord(w), 5] as const),
  ...['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'our', 'that'].map((w) => [hashOfWord(w), 6] as const),
  ...['he', 'she', 'they', 'we', 'i', 'it', 'you'].map((w) => [hashOfWord(w), 7] as const),
  ...['saying', 'adding', 'calling', 'noting', 'including', 'according'].map((w) => [hashOfWord(w), 8] as const),
]);

function hashOfWord(w: string): number {
  return fnvRange(w, 0, w.length);
}

/**
 * The class of token `k` as the opening of what follows a content: a relative pronoun,
 * a subordinator, a conjunction, a preposition, `to`, a determiner, a pronoun, a
 * participle (`-ing`, `-ed`), a capitalized or other word, a punctuation class, or 63
 * beyond the sentence.
 */
function clauseClass(t: TokenTable, k: number, lo: number, last: number): number {
  if (k < lo || k > last) return 63;
  if (t.punct[k] !== P_WORD) return 32 + t.punct[k]!;
  const c = CLAUSE_WORDS.get(t.lower[k]!);
  if (c !== undefined) return c;
  const w = t.view.tokens[k]!.lower;
  if (w.length > 4 && w.endsWith('ing')) return 9;
  if (w.length > 3 && w.endsWith('ed')) return 10;
  return capOf(t, k) >= 2 ? 11 : 12;
}

/**
 * The rule source finders' guesses for a cue (pass 03), as `[before.first, before.last,
 * after.first, after.last, subject.first, subject.last]` (-1 when none): the phrase left of
 * the cue (`Smith, a spokesman, said`), right of it (`said Smith`), and the sentence subject
 * (`Smith rejected the offer, saying …`).
 */
export function sourceGuesses(t: TokenTable, cue: CueSpan, out: Int32Array): void {
  out.fill(-1);
  const { view } = t;
  const s = view.sentenceAt(cue.first);
  if (s === undefined) return;
  const put = (k: number, src: SourceSpan | null): void => {
    if (src === null) return;
    out[k] = src.first;
    out[k + 1] = src.last;
  };
  put(0, sourceBefore(view, cue.first, s.first));
  if (cue.last < s.last) put(2, sourceAfter(view, cue.last + 1, s.last));
  put(4, sentenceSubject(view, s, cue.first));
}

function guessBits(g: Int32Array, p: number): number {
  let bits = 0;
  for (let k = 0; k < 3; k++) {
    const a = g[2 * k]!;
    const b = g[2 * k + 1]!;
    if (a < 0) continue;
    const v = (p === a ? 1 : 0) | (p === b ? 2 : 0) | (p > a && p < b ? 3 : 0);
    bits |= (v === 0 ? 4 : v) << (4 * k);
  }
  return bits;
}

/** Number of features of every content pair (start, end) the joint reranker scores. */
export const PAIR_FEATURES = 13;

/** Template ids of the pair features. */
const Q = {
  shape: 300, sentences: 301, ending: 302, cues: 303, marks: 304, opening: 305, commas: 306, cueLength: 307, endWord: 308,
  startWord: 309, ruleAgrees: 310, guessInside: 311, ranks: 312,
} as const;

/** Length buckets of a content in tokens: 1–3, 4–6, 7–10, 11–15, 16–25, 26–40, more. */
function lengthBucket(n: number): number {
  return n <= 3 ? 0 : n <= 6 ? 1 : n <= 10 ? 2 : n <= 15 ? 3 : n <= 25 ? 4 : n <= 40 ? 5 : 6;
}

/**
 * Writes the {@link PAIR_FEATURES} features of the content `[s, e]` for `cue` into `out`
 * at `at`: what neither boundary sees alone — the length with the side of the cue, how
 * many sentence ends it crosses, how it ends (sentence end, clause punctuation, mid-clause)
 * with its length, other cues inside it (a second attribution), whether its quotation
 * marks are balanced, how it opens after the cue (`said | that`, `said that |`), commas
 * inside, the cue word with the length, whether it agrees with the rules' reading, and
 * `ranks` (how the boundary rankers placed its start and end, `8 × start rank + end rank`).
 */
export function pairFeatures(t: TokenTable, cue: CueSpan, guess: Int32Array, s: number, e: number, ranks: number, out: Int32Array, at: number): void {
  const { view } = t;
  const side = e < cue.first ? 0 : s > cue.last ? 2 : 1;
  const len = lengthBucket(e - s + 1);
  const shape = side * 8 + len;
  // A cue running into the content from before `s` counts once, at `s`.
  const runsIn = s > 0 && (s < cue.first || s > cue.last) && t.lexicon[s] !== 0 && t.lexicon[s]! < 32 && t.cueIndex[s] === t.cueIndex[s - 1] ? 1 : 0;
  const cues = countOutsideCue(t, PREFIX_CUES, cue, s, e) + runsIn;
  const opens = countOutsideCue(t, PREFIX_OPENS, cue, s, e);
  const closes = countOutsideCue(t, PREFIX_CLOSES, cue, s, e);
  const commas = countOutsideCue(t, PREFIX_COMMAS, cue, s, e);
  const sentences = Math.min(3, view.sentenceOf[e]! - view.sentenceOf[s]!);
  const se = view.sentenceAt(e);
  const next = e + 1 < t.n && view.sentenceOf[e + 1] === view.sentenceOf[e] ? t.punct[e + 1]! : P_EDGE;
  const ending = se === undefined ? 0 : e === se.last ? 1 : e === se.last - 1 && t.punct[se.last] !== P_WORD ? 2 : next === P_COMMA ? 3 : next === P_COLON || next === P_DASH ? 4 : next === P_WORD ? 5 : 6;
  const opening = s === cue.last + 1 ? 1 : s === cue.last + 2 ? 2 : s < cue.first ? 3 : 4;
  const r = t.rule[cue.first] ?? t.rule[cue.last];
  const agrees = r === undefined ? 0 : 1 + (r.contentFirst === s ? 1 : 0) + (r.contentLast === e ? 2 : 0);
  let inside = 0;
  for (let k = 0; k < 3; k++) if (guess[2 * k]! >= s && guess[2 * k]! <= e) inside |= 1 << k;
  out[at++] = combine(Q.shape, shape);
  out[at++] = combine(Q.sentences, shape * 4 + sentences);
  out[at++] = combine(Q.ending, shape * 8 + ending);
  out[at++] = combine(Q.cues, side * 4 + Math.min(cues, 3));
  out[at++] = combine(Q.marks, side * 64 + Math.min(opens, 3) * 16 + Math.min(closes, 3) * 4 + (opens === closes ? 1 : 0) + (t.mark[s] === 1 ? 2 : 0));
  out[at++] = combine(Q.opening, opening * 256 + (s > 0 ? t.punct[s - 1]! : P_EDGE) * 16 + t.punct[s]!);
  out[at++] = combine(Q.commas, shape * 8 + Math.min(commas, 5));
  out[at++] = combine(combine(Q.cueLength, t.lower[cue.first]!), shape);
  out[at++] = combine(combine(Q.endWord, t.lower[e]!), ending);
  out[at++] = combine(combine(Q.startWord, t.lower[s]!), opening);
  out[at++] = combine(Q.ruleAgrees, agrees * 32 + shape);
  out[at++] = combine(Q.guessInside, side * 8 + inside);
  out[at++] = combine(Q.ranks, ranks);
}

/** Writes the {@link SPAN_FEATURES} features of the "no source" choice for `cue`. */
export function nullFeatures(t: TokenTable, cue: CueSpan, guess: Int32Array, first: number, out: Int32Array, at: number): void {
  const cueKey = combine(t.lower[cue.first]!, t.lower[cue.last]!);
  const r = t.rule[cue.first] ?? t.rule[cue.last];
  const before = cue.first > first ? t.lower[cue.first - 1]! : EDGE_HASH;
  out[at++] = S.null;
  out[at++] = combine(S.nullCue, cueKey);
  out[at++] = combine(S.nullRule, r === undefined ? 0 : 1 + r.kind * 2 + (r.sourceFirst >= 0 ? 1 : 0));
  out[at++] = combine(S.nullBefore, before);
  out[at++] = combine(S.nullBefore + 1, cue.first - first > 0 ? t.punct[cue.first - 1]! : P_EDGE);
  out[at++] = combine(S.nullMention, cue.first - first > 0 ? t.mention[cue.first - 1]! : 255);
  out[at++] = combine(S.nullCue + 100, t.lexicon[cue.first]!);
  out[at++] = combine(S.nullCue + 101, Math.min(cue.first - first, 8));
  out[at++] = combine(S.nullGuess, (guess[0]! >= 0 ? 1 : 0) + (guess[2]! >= 0 ? 2 : 0) + (guess[4]! >= 0 ? 4 : 0));
  for (let k = 9; k < SPAN_FEATURES; k++) out[at++] = combine(S.null + 1000, k);
}
