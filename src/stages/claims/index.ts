/**
 * @module stages/claims — what an article claims about the state of the negotiation and the
 * proposals on the table, and where it contradicts itself or its own date.
 *
 * Passes (README.md): 01 status claims from the lexicon (data/lexicons/status.json) with
 * their polarity and modality; 02 their dates; 03 internal contradictions; 04
 * anachronisms (titles outside the bearer's term on the article's date); 05 proposal
 * mentions (data/lexicons/status-proposals.json); 06 their terms and the parties' stances.
 * Produces `status-claim`, `proposal-claim`, `contradiction` and `anachronism`
 * annotations; the credibility stage reads the last two as its `internal_contradiction`
 * and `anachronism` signals, and corpus/{conflicts,proposals,status} read them all.
 */
import { loadKnowledgeBase, type KnowledgeBase } from '../../kb/index.js';
import { annotate, type Span } from '../../pipeline/annotation.js';
import type { RunContext } from '../../pipeline/context.js';
import type { Published, SourceDocument } from '../../pipeline/document.js';
import type { Layers, Stage, StageOutput } from '../../pipeline/stage.js';
import type { MentionValue, RoleValue } from '../entities/link/index.js';
import type { ResolvedTime, TimexAnnotationValue } from '../time/index.js';
import { proposeInSentence, type DroppedClaim, type ProposedClaim } from './01-status.js';
import { earlierYear, reliablePublished, sentenceDate, type DatedSpan } from './02-date.js';
import { contradictions, type ClaimSpan } from './03-contradictions.js';
import { anachronisms } from './04-anachronisms.js';
import { OriginIndex, proposalMentions } from './05-proposals.js';
import { assemble } from './06-terms.js';
import { SentenceGates } from './proposal-gates.js';
import { voiceOf, type VoiceSources } from './voices.js';
import type { CitationValue } from '../citations/types.js';
import type { QuoteValue } from '../quotes/index.js';
import { proposalLexicon, statusLexicon, type StatusLexicon } from './lexicon.js';
import type { AnachronismValue, ClaimDate, ContradictionValue, ProposalClaimValue, Stance, StatusClaimValue } from './types.js';

export { clauseBefore, proposeInSentence, refineOverlaps } from './01-status.js';
export type { DroppedClaim, ProposedClaim } from './01-status.js';
export { reliablePublished, sentenceDate } from './02-date.js';
export type { DatedSpan } from './02-date.js';
export { contradictions, describeClaim, incompatibility } from './03-contradictions.js';
export { anachronisms, articleInterval, termMeets, TENSE_QUALIFIERS } from './04-anachronisms.js';
export { distinctive, middleDay, numberOf, OriginIndex, proposalMentions, sameProposal } from './05-proposals.js';
export { assemble, bestLabel, stancesIn, termsIn } from './06-terms.js';
export { loadProposalLexicon, loadStatusLexicon, proposalLexicon, statusLexicon } from './lexicon.js';
export type { ClaimSide, Hold, Incompatibility, ProposalLexicon, StatusLexicon, StatusRule } from './lexicon.js';
export * from './types.js';

/** The layers the stage produces. */
export const CLAIM_LAYERS = ['status-claim', 'proposal-claim', 'contradiction', 'anachronism'] as const;

/** Stances an event-layer `response` subtype stands for. */
const RESPONSE_STANCES: ReadonlySet<string> = new Set(['accept', 'accept_in_principle', 'reject', 'counter', 'positive', 'pending']);

const kbCache = new Map<string, { kb: KnowledgeBase; origins: OriginIndex }>();

function kbFor(dirs: readonly string[]): { kb: KnowledgeBase; origins: OriginIndex } {
  const key = dirs.join('\u0000');
  let hit = kbCache.get(key);
  if (!hit) {
    const kb = loadKnowledgeBase(undefined, dirs);
    hit = { kb, origins: new OriginIndex(kb) };
    kbCache.set(key, hit);
  }
  return hit;
}

/** Dates, polarity and time of proposed claims: the status claims of one document. */
export function datedClaims(text: string, proposed: readonly ProposedClaim[], times: readonly DatedSpan[], published: ClaimDate | null, lex: StatusLexicon): ClaimSpan[] {
  return proposed.map((c) => {
    // a past perfect is narrative before the article's time: undated, unless its sentence names its day or month ("talks had broken down in December")
    const own = sentenceDate(text, c, c.sentence, times, lex.excludeDateAfter, c.rule.dateAfter);
    // "In 2023, the union reached a deal with the province": a sentence set in an earlier year is narrative, not the article's present
    const earlier = own === null && published !== null && earlierYear(text, c.sentence, times, lex.excludeDateAfter, published.value.slice(0, 4));
    const date = own ?? (c.time === 'present' && c.modality === 'asserted' && !earlier ? published : null);
    const value: StatusClaimValue = {
      state: c.state, polarity: c.polarity, modality: c.modality,
      time: own ? 'dated' : earlier ? 'past' : c.time, date, sentence: { start: c.sentence.start, end: c.sentence.end }, rule: c.rule.id, reason: c.rule.reason,
    };
    return { start: c.start, end: c.end, text: c.text, value };
  });
}

/** Timex operations whose value depends only on the year of the anchor ("November 22", "early April"). */
const YEAR_ANCHORED: ReadonlySet<string> = new Set(['month-day', 'month', 'quarter', 'half', 'season', 'holiday']);

/**
 * The resolved dates a claim may take: absolute ones always; year-less ones ("November 22")
 * when the article has a date at all (its year is the published stage's best); weekday and
 * relative ones ("on Monday", "last month") only when the publication date is reliable, since
 * they move with it day for day.
 */
export function trustedTimes(layers: Layers, published: Published | undefined, reliable: boolean): DatedSpan[] {
  // the timex operation of each span, by start, then end (the last one given for a span counts)
  const ops = new Map<number, { end: number; op: string }[]>();
  for (const t of layers.get<TimexAnnotationValue>('timex')) {
    const here = ops.get(t.start);
    const same = here?.find((x) => x.end === t.end);
    if (same) same.op = t.value.value.op;
    else if (here) here.push({ end: t.end, op: t.value.value.op });
    else ops.set(t.start, [{ end: t.end, op: t.value.value.op }]);
  }
  const out: DatedSpan[] = [];
  for (const t of layers.get<ResolvedTime>('time')) {
    const op = ops.get(t.start)?.find((x) => x.end === t.end)?.op ?? 'known';
    if (op !== 'known' && !reliable && !(YEAR_ANCHORED.has(op) && published?.value)) continue;
    out.push({ start: t.start, end: t.end, type: t.value.type, value: t.value.value, precision: t.value.precision });
  }
  return out;
}

/** Reads a tolerant view of the event layer's `response` events (its value shape belongs to stages/events). */
function responsesOf(layers: Layers): { span: Span; stance: Stance; agents: string[] }[] {
  if (!layers.has('event')) return [];
  const out: { span: Span; stance: Stance; agents: string[] }[] = [];
  for (const e of layers.get<Record<string, unknown>>('event')) {
    const v = e.value;
    if (v['type'] !== 'response' || typeof v['subtype'] !== 'string' || !RESPONSE_STANCES.has(v['subtype'])) continue;
    // a conditional or denied answer is no stance; an awaited one is the pending stance itself
    if (v['modality'] === 'hypothetical' || (v['modality'] === 'negated' && v['subtype'] !== 'pending')) continue;
    const agent = v['agent'] ?? (v['actors'] as Record<string, unknown> | undefined)?.['agent'];
    const agents = Array.isArray(agent) ? agent.filter((a): a is string => typeof a === 'string') : typeof agent === 'string' ? [agent] : [];
    const trigger = v['trigger'] as { start?: unknown; end?: unknown } | undefined;
    const span = typeof trigger?.start === 'number' && typeof trigger.end === 'number' ? { start: trigger.start, end: trigger.end } : { start: e.start, end: e.end };
    out.push({ span, stance: v['subtype'] as Stance, agents });
  }
  return out;
}

/** The `claims` stage. */
export const claimsStage: Stage = {
  name: 'claims',
  description: 'Finds what the article claims about the state of the talks and the proposals on the table, and where it contradicts itself or its own date.',
  requires: ['sentence', 'paragraph', 'timex', 'time', 'published', 'mention', 'role'],
  produces: [...CLAIM_LAYERS],
  run(ctx: RunContext, doc: SourceDocument, layers: Layers): StageOutput {
    const lex = statusLexicon();
    const { text } = doc;
    const sentences = layers.get('sentence');
    const publishedValue = layers.get<Published>('published')[0]?.value;
    const published = reliablePublished(publishedValue);
    const times = trustedTimes(layers, publishedValue, published !== null);
    const dropped: DroppedClaim[] | undefined = ctx.config.debug ? [] : undefined;
    // one scan of each sentence answers the gates of passes 1, 5 and 6
    const plex = proposalLexicon();
    const gates = new SentenceGates(text, plex, lex);
    const proposed: ProposedClaim[] = [];
    for (const s of sentences) for (const c of proposeInSentence(text, s, lex, dropped, gates)) proposed.push(c);
    const claims = datedClaims(text, proposed, times, published, lex);
    const statusClaims = claims.map((c) => annotate<StatusClaimValue>('status-claim', text, c.start, c.end, c.value, `claims/${c.value.rule}`));
    const sources: VoiceSources = {
      quotes: layers.has('quote') ? layers.get<QuoteValue>('quote') : [],
      citations: layers.has('citation') ? layers.get<CitationValue>('citation') : [],
      mentions: layers.get<MentionValue>('mention'),
    };
    const contradiction = contradictions(claims, lex, (c) => voiceOf(sources, c.start, c.value.sentence)).map((c) => annotate<ContradictionValue>('contradiction', text, c.items[0]!.start, c.items[0]!.end, c, 'claims/internal'));
    const { kb, origins } = kbFor(ctx.config.kbDirs);
    const mentions = layers.get<MentionValue>('mention');
    const anachronism = anachronisms({ text, roles: layers.get<RoleValue>('role'), mentions, sentences, times, published: publishedValue, kb })
      .map(({ start, end, ...value }) => annotate<AnachronismValue>('anachronism', text, start, end, value, 'claims/anachronism'));
    const found = proposalMentions({ text, sentences, mentions, gates }, plex, origins);
    const dateOf = (sentence: Span, at: Span): ClaimDate | null => sentenceDate(text, at, sentence, times, plex.dateExcludeBefore) ?? published;
    const proposals = assemble(found, { text, sentences, paragraphs: layers.get('paragraph'), mentions, times, dateOf, negation: lex.cues.negation.re, responses: responsesOf(layers), gates }, plex)
      .map((p) => annotate<ProposalClaimValue>('proposal-claim', text, p.start, p.end, p.value, p.value.named ? 'claims/proposal-named' : 'claims/proposal-unnamed'));
    ctx.debug(() => `claims: ${doc.id} ${statusClaims.length} status claims, ${proposals.length} proposals, ${contradiction.length} contradictions, ${anachronism.length} anachronisms`
      + statusClaims.map((c) => `\n  ${c.value.state}${c.value.polarity === 'negative' ? ' (negative)' : ''} ${c.value.modality} ${c.value.date?.value ?? c.value.time} ${c.source}: ${JSON.stringify(c.text)}`).join('')
      + (dropped ?? []).map((d) => `\n  dropped ${d.rule} ${JSON.stringify(d.text)}: ${d.why}`).join(''));
    return { 'status-claim': statusClaims, 'proposal-claim': proposals, contradiction, anachronism };
  },
};
