/**
 * @module stages/quotes/cues — the cue lexicon: reporting verbs and how each one attributes.
 *
 * Source: written for Parley from the cue words of the PolNeAR training split (Newell,
 * Margolin & Ruths, LREC 2018; ../shared/datasets/polnear/train: only which words act as
 * cues and how often, never its text) and from the reporting verbs of English grammars.
 * Each rule is data with a `reason` that debug output shows. `strength` says how much
 * evidence a cue needs: 1 fires with any content after it, 2 needs a speaker and a clause
 * or quote after it, 3 needs a speaker and an explicit `that`-clause or quote.
 */

/**
 * How a cue joins its source and content:
 * - `report`: `SOURCE CUE (that|:) CONTENT`, and as a speech tag `CONTENT, SOURCE CUE.` or
 *   `CONTENT, CUE SOURCE.`;
 * - `tell`: `SOURCE CUE ADDRESSEE (that) CONTENT` (and as a tag, `…, he told reporters.`);
 * - `belief`: `SOURCE CUE (that) CLAUSE` (thinking, hoping, fearing; never a tag);
 * - `object`: `SOURCE CUE WHAT…` (the content is what follows: `criticized the deal`);
 * - `evidence`: a poll, report or study that `shows`, `finds` (that) CLAUSE.
 */
export type CueFrame = 'report' | 'tell' | 'belief' | 'object' | 'evidence';

/** One cue: a verb (all its forms) or a fixed phrase. */
export interface CueRule {
  /** The lemma (`say`), or the phrase (`according to`). */
  readonly id: string;
  /** Every form that fires it, lower case. */
  readonly forms: readonly string[];
  readonly frames: readonly CueFrame[];
  /** 1 strong, 2 medium, 3 weak (see the module comment). */
  readonly strength: 1 | 2 | 3;
  /** A word that must follow the verb to make it a cue (`point out`, `call for`). */
  readonly particle?: string;
  /** Why it is a cue and what it tends to introduce. */
  readonly reason: string;
}

interface VerbSpec {
  readonly lemma: string;
  /** Irregular or doubled forms: `[third person, past, participle, -ing]`. */
  readonly irregular?: readonly [string, string, string, string];
  /** The only forms that fire, when some forms are mostly something else (`states` is a noun). */
  readonly only?: readonly string[];
  readonly frames: readonly CueFrame[];
  readonly strength: 1 | 2 | 3;
  readonly particle?: string;
  readonly reason: string;
}

/** The regular English forms of a verb: `note` → notes, noted, noting. */
export function verbForms(lemma: string, irregular?: readonly [string, string, string, string]): string[] {
  if (irregular) return [...new Set([lemma, ...irregular])];
  const last = lemma.at(-1)!;
  const beforeLast = lemma.at(-2) ?? '';
  const vowel = (c: string): boolean => 'aeiou'.includes(c);
  if (last === 'e') return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (last === 'y' && !vowel(beforeLast)) return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, third, `${lemma}ed`, `${lemma}ing`];
}

const REPORT = ['report'] as const;
const TELL = ['tell', 'report'] as const;
const BELIEF = ['belief'] as const;
const OBJECT = ['object'] as const;
const REPORT_OBJECT = ['report', 'object'] as const;

/** Reporting verbs. Irregular forms are listed; CVC doubling too (`admit` → `admitted`). */
const VERBS: readonly VerbSpec[] = [
  { lemma: 'say', irregular: ['says', 'said', 'said', 'saying'], frames: REPORT, strength: 1, reason: 'the reporting verb of news: nine in ten uses attribute' },
  { lemma: 'tell', irregular: ['tells', 'told', 'told', 'telling'], frames: TELL, strength: 1, reason: '"told reporters that …": an addressee, then the content' },
  { lemma: 'add', frames: REPORT, strength: 1, reason: 'continues an attribution: "…, he added."' },
  { lemma: 'write', irregular: ['writes', 'wrote', 'written', 'writing'], frames: REPORT, strength: 1, reason: 'written statements, posts and columns' },
  { lemma: 'note', frames: REPORT, strength: 1, reason: 'reporting verb, almost always with a clause' },
  { lemma: 'state', only: ['stated', 'stating'], frames: REPORT, strength: 1, reason: 'formal reporting verb (not `state`/`states`: nouns nine times in ten)' },
  { lemma: 'explain', frames: REPORT, strength: 1, reason: 'reporting verb with a clause or quote' },
  { lemma: 'argue', frames: REPORT, strength: 1, reason: 'reported argument' },
  { lemma: 'claim', frames: REPORT, strength: 1, reason: 'reported claim' },
  { lemma: 'insist', frames: REPORT, strength: 1, reason: 'reported insistence' },
  { lemma: 'warn', frames: TELL, strength: 1, reason: '"warned (X) that …"' },
  { lemma: 'stress', frames: REPORT, strength: 1, reason: 'reporting verb of emphasis' },
  { lemma: 'emphasize', frames: REPORT, strength: 1, reason: 'reporting verb of emphasis' },
  { lemma: 'emphasise', frames: REPORT, strength: 1, reason: 'British spelling of emphasize' },
  { lemma: 'underscore', frames: REPORT, strength: 1, reason: 'reporting verb of emphasis' },
  { lemma: 'reiterate', frames: REPORT, strength: 1, reason: 'repeats an earlier statement' },
  { lemma: 'repeat', frames: REPORT, strength: 2, reason: 'repeats an earlier statement' },
  { lemma: 'acknowledge', frames: REPORT, strength: 1, reason: 'reported admission' },
  { lemma: 'admit', irregular: ['admits', 'admitted', 'admitted', 'admitting'], frames: REPORT, strength: 1, reason: 'reported admission' },
  { lemma: 'concede', frames: REPORT, strength: 1, reason: 'reported admission' },
  { lemma: 'confirm', frames: REPORT, strength: 1, reason: 'confirms a fact: "the ministry confirmed that …"' },
  { lemma: 'deny', frames: REPORT_OBJECT, strength: 1, reason: '"denied that …" or "denied the report"' },
  { lemma: 'dispute', frames: REPORT_OBJECT, strength: 1, reason: '"disputed that …", "disputed the figure", `…, a claim Kyiv disputed`' },
  { lemma: 'assert', frames: REPORT, strength: 1, reason: 'reported assertion' },
  { lemma: 'maintain', frames: REPORT, strength: 2, reason: '"maintained that …"; also "maintain order" (needs a clause)' },
  { lemma: 'contend', frames: REPORT, strength: 1, reason: 'reported contention' },
  { lemma: 'declare', frames: REPORT, strength: 1, reason: 'reported declaration' },
  { lemma: 'announce', frames: REPORT_OBJECT, strength: 1, reason: '"announced that …" or "announced a plan"' },
  { lemma: 'suggest', frames: ['report', 'evidence'], strength: 1, reason: 'reported suggestion; polls and data suggest too' },
  { lemma: 'predict', frames: REPORT, strength: 1, reason: 'reported prediction' },
  { lemma: 'promise', frames: ['report', 'object'], strength: 1, reason: '"promised to …", "promised that …"' },
  { lemma: 'pledge', frames: ['report', 'object'], strength: 1, reason: '"pledged to …"' },
  { lemma: 'vow', frames: ['report', 'object'], strength: 1, reason: '"vowed to …"' },
  { lemma: 'reply', frames: REPORT, strength: 1, reason: 'reported answer' },
  { lemma: 'respond', frames: REPORT, strength: 2, reason: 'reported answer' },
  { lemma: 'answer', frames: REPORT, strength: 2, reason: 'reported answer' },
  { lemma: 'retort', frames: REPORT, strength: 1, reason: 'reported answer' },
  { lemma: 'counter', frames: REPORT, strength: 2, reason: 'reported rebuttal' },
  { lemma: 'ask', frames: TELL, strength: 1, reason: 'reported question: "asked whether …", "asked X to …"' },
  { lemma: 'wonder', frames: REPORT, strength: 2, reason: 'reported question' },
  { lemma: 'tweet', frames: REPORT, strength: 1, reason: 'statements posted on Twitter' },
  { lemma: 'post', frames: REPORT, strength: 3, reason: 'statements posted online (often "posted a video")' },
  { lemma: 'read', only: ['read', 'reads'], frames: REPORT, strength: 3, reason: 'a text\'s wording: "The statement read: “…”" (strength 3: only with a quote or `that`; "read the names" is no cue)' },
  { lemma: 'report', frames: REPORT, strength: 1, reason: 'outlets reporting: "the Times reported that …"' },
  { lemma: 'reveal', frames: REPORT, strength: 1, reason: 'reported disclosure' },
  { lemma: 'disclose', frames: REPORT, strength: 1, reason: 'reported disclosure' },
  { lemma: 'recall', frames: REPORT, strength: 1, reason: 'reported memory' },
  { lemma: 'remark', frames: REPORT, strength: 1, reason: 'reported remark' },
  { lemma: 'comment', frames: REPORT, strength: 2, reason: 'reported remark' },
  { lemma: 'observe', frames: REPORT, strength: 1, reason: 'reported observation' },
  { lemma: 'point', frames: REPORT, strength: 1, particle: 'out', reason: '"pointed out that …"' },
  { lemma: 'complain', frames: REPORT, strength: 1, reason: 'reported complaint' },
  { lemma: 'boast', frames: REPORT, strength: 1, reason: 'reported boast' },
  { lemma: 'brag', irregular: ['brags', 'bragged', 'bragged', 'bragging'], frames: REPORT, strength: 1, reason: 'reported boast' },
  { lemma: 'joke', frames: REPORT, strength: 1, reason: 'reported joke' },
  { lemma: 'quip', irregular: ['quips', 'quipped', 'quipped', 'quipping'], frames: REPORT, strength: 1, reason: 'reported joke' },
  { lemma: 'caution', frames: REPORT, strength: 1, reason: 'reported warning' },
  { lemma: 'urge', frames: ['tell', 'object'], strength: 1, reason: '"urged X to …"' },
  { lemma: 'demand', frames: ['report', 'object'], strength: 1, reason: '"demanded that …", "demanded the release …"' },
  { lemma: 'testify', frames: REPORT, strength: 1, reason: 'sworn statement' },
  { lemma: 'allege', frames: REPORT, strength: 1, reason: 'reported allegation' },
  { lemma: 'charge', frames: REPORT, strength: 2, reason: '"charged that …"; also criminal charges (needs a clause)' },
  { lemma: 'continue', frames: REPORT, strength: 3, reason: '"he continued: …" as a speech tag only' },
  { lemma: 'conclude', frames: ['report', 'evidence'], strength: 1, reason: 'reported conclusion' },
  { lemma: 'estimate', frames: ['report', 'evidence'], strength: 2, reason: 'reported estimate' },
  { lemma: 'hint', frames: REPORT, strength: 1, reason: 'reported hint' },
  { lemma: 'indicate', frames: ['report', 'evidence'], strength: 1, reason: 'reported indication' },
  { lemma: 'signal', irregular: ['signals', 'signaled', 'signalled', 'signaling'], frames: REPORT, strength: 2, reason: 'reported signal' },
  { lemma: 'assure', frames: TELL, strength: 1, reason: '"assured X that …"' },
  { lemma: 'reassure', frames: TELL, strength: 1, reason: '"reassured X that …"' },
  { lemma: 'remind', frames: TELL, strength: 1, reason: '"reminded X that …"' },
  { lemma: 'inform', frames: TELL, strength: 1, reason: '"informed X that …"' },
  { lemma: 'advise', frames: TELL, strength: 2, reason: '"advised X to …"' },
  { lemma: 'speculate', frames: REPORT, strength: 1, reason: 'reported speculation' },
  { lemma: 'tout', frames: REPORT_OBJECT, strength: 1, reason: 'reported praise' },
  { lemma: 'highlight', frames: REPORT_OBJECT, strength: 2, reason: 'reported emphasis' },
  { lemma: 'lament', frames: REPORT, strength: 1, reason: 'reported regret' },
  { lemma: 'bemoan', frames: REPORT_OBJECT, strength: 1, reason: 'reported regret' },
  { lemma: 'agree', frames: REPORT_OBJECT, strength: 2, reason: '"agreed that …", "agreed to …"' },
  { lemma: 'mention', frames: REPORT, strength: 2, reason: 'reported mention' },
  { lemma: 'propose', frames: ['report', 'object'], strength: 2, reason: 'reported proposal' },
  { lemma: 'recommend', frames: ['report', 'object'], strength: 2, reason: 'reported recommendation' },
  { lemma: 'shout', frames: REPORT, strength: 1, reason: 'speech tag' },
  { lemma: 'yell', frames: REPORT, strength: 1, reason: 'speech tag' },
  { lemma: 'exclaim', frames: REPORT, strength: 1, reason: 'speech tag' },
  { lemma: 'chant', frames: REPORT, strength: 1, reason: 'crowds chanting slogans' },
  { lemma: 'whisper', frames: REPORT, strength: 1, reason: 'speech tag' },
  { lemma: 'concur', irregular: ['concurs', 'concurred', 'concurred', 'concurring'], frames: REPORT, strength: 1, reason: 'reported agreement' },
  { lemma: 'echo', irregular: ['echoes', 'echoed', 'echoed', 'echoing'], frames: REPORT_OBJECT, strength: 1, reason: 'repeats another\'s statement' },
  { lemma: 'affirm', frames: REPORT, strength: 1, reason: 'reported affirmation' },
  { lemma: 'reaffirm', frames: REPORT, strength: 1, reason: 'reported affirmation' },
  { lemma: 'vouch', frames: REPORT, strength: 2, reason: 'reported assurance' },
  { lemma: 'clarify', frames: REPORT, strength: 1, reason: 'reported clarification' },
  { lemma: 'specify', frames: REPORT, strength: 2, reason: 'reported detail' },
  { lemma: 'describe', frames: OBJECT, strength: 1, reason: '"described X as …": a characterization' },
  { lemma: 'characterize', frames: OBJECT, strength: 1, reason: '"characterized X as …"' },
  { lemma: 'call', frames: OBJECT, strength: 2, reason: '"called X a …", "called for …", "called on X to …"' },
  { lemma: 'accuse', frames: OBJECT, strength: 1, reason: '"accused X of …"' },
  { lemma: 'blame', frames: OBJECT, strength: 1, reason: '"blamed X for …"' },
  { lemma: 'criticize', frames: OBJECT, strength: 1, reason: 'reported criticism' },
  { lemma: 'criticise', frames: OBJECT, strength: 1, reason: 'British spelling of criticize' },
  { lemma: 'condemn', frames: OBJECT, strength: 1, reason: 'reported condemnation' },
  { lemma: 'denounce', frames: OBJECT, strength: 1, reason: 'reported condemnation' },
  { lemma: 'decry', frames: OBJECT, strength: 1, reason: 'reported condemnation' },
  { lemma: 'slam', irregular: ['slams', 'slammed', 'slammed', 'slamming'], frames: OBJECT, strength: 1, reason: 'headline verb of criticism' },
  { lemma: 'blast', frames: OBJECT, strength: 1, reason: 'headline verb of criticism' },
  { lemma: 'rail', frames: OBJECT, strength: 1, particle: 'against', reason: '"railed against …"' },
  { lemma: 'assail', frames: OBJECT, strength: 1, reason: 'reported attack in words' },
  { lemma: 'mock', frames: OBJECT, strength: 1, reason: 'reported ridicule' },
  { lemma: 'ridicule', frames: OBJECT, strength: 1, reason: 'reported ridicule' },
  { lemma: 'praise', frames: OBJECT, strength: 1, reason: 'reported praise' },
  { lemma: 'applaud', frames: OBJECT, strength: 1, reason: 'reported praise' },
  { lemma: 'hail', frames: OBJECT, strength: 1, reason: 'reported praise' },
  { lemma: 'welcome', frames: OBJECT, strength: 2, reason: 'reported approval' },
  { lemma: 'thank', frames: OBJECT, strength: 1, reason: 'reported thanks' },
  { lemma: 'endorse', frames: OBJECT, strength: 1, reason: 'reported endorsement' },
  { lemma: 'defend', frames: OBJECT, strength: 1, reason: 'reported defence of someone or something' },
  { lemma: 'dismiss', frames: OBJECT, strength: 1, reason: 'reported dismissal of a claim' },
  { lemma: 'reject', frames: OBJECT, strength: 1, reason: 'reported rejection' },
  { lemma: 'question', frames: OBJECT, strength: 1, reason: '"questioned whether …"' },
  { lemma: 'challenge', frames: OBJECT, strength: 2, reason: 'reported challenge' },
  { lemma: 'cite', frames: OBJECT, strength: 1, reason: '"cited X as …"' },
  { lemma: 'decline', frames: OBJECT, strength: 1, reason: '"declined to comment"' },
  { lemma: 'refuse', frames: OBJECT, strength: 2, reason: '"refused to say …"' },
  { lemma: 'express', frames: OBJECT, strength: 1, reason: '"expressed hope that …", "expressed concern …"' },
  { lemma: 'voice', frames: OBJECT, strength: 1, reason: '"voiced concern …"' },
  { lemma: 'oppose', frames: OBJECT, strength: 2, reason: 'a stated position' },
  { lemma: 'support', frames: OBJECT, strength: 3, reason: 'a stated position (often a noun: needs a speaker)' },
  { lemma: 'back', frames: OBJECT, strength: 3, reason: 'a stated position' },
  { lemma: 'quote', frames: OBJECT, strength: 2, reason: '"quoted X as saying"' },
  { lemma: 'think', irregular: ['thinks', 'thought', 'thought', 'thinking'], frames: BELIEF, strength: 2, reason: 'reported belief' },
  { lemma: 'believe', frames: BELIEF, strength: 2, reason: 'reported belief' },
  { lemma: 'feel', irregular: ['feels', 'felt', 'felt', 'feeling'], frames: BELIEF, strength: 3, reason: 'reported feeling' },
  { lemma: 'hope', frames: BELIEF, strength: 2, reason: 'reported hope' },
  { lemma: 'fear', frames: BELIEF, strength: 2, reason: 'reported fear' },
  { lemma: 'worry', frames: BELIEF, strength: 2, reason: 'reported worry' },
  { lemma: 'expect', frames: BELIEF, strength: 3, reason: 'reported expectation' },
  { lemma: 'know', irregular: ['knows', 'knew', 'known', 'knowing'], frames: BELIEF, strength: 3, reason: 'reported knowledge' },
  { lemma: 'doubt', frames: BELIEF, strength: 2, reason: 'reported doubt' },
  { lemma: 'suspect', frames: BELIEF, strength: 2, reason: 'reported suspicion' },
  { lemma: 'understand', irregular: ['understands', 'understood', 'understood', 'understanding'], frames: BELIEF, strength: 3, reason: 'reported understanding' },
  { lemma: 'realize', frames: BELIEF, strength: 2, reason: 'reported realization' },
  { lemma: 'assume', frames: BELIEF, strength: 2, reason: 'reported assumption' },
  { lemma: 'learn', frames: BELIEF, strength: 3, reason: '"has learned that …"' },
  { lemma: 'show', irregular: ['shows', 'showed', 'shown', 'showing'], frames: ['evidence'], strength: 3, reason: 'a poll or record "shows that …"' },
  { lemma: 'find', irregular: ['finds', 'found', 'found', 'finding'], frames: ['evidence'], strength: 3, reason: 'a poll or study "found that …"' },
  { lemma: 'talk', frames: OBJECT, strength: 2, particle: 'about', reason: '"talked about X": the topic of what was said' },
  { lemma: 'speak', irregular: ['speaks', 'spoke', 'spoken', 'speaking'], frames: OBJECT, strength: 2, particle: 'about', reason: '"spoke about X"' },
  { lemma: 'refer', irregular: ['refers', 'referred', 'referred', 'referring'], frames: OBJECT, strength: 1, particle: 'to', reason: '"referring to X": what a statement is about' },
  { lemma: 'discuss', frames: OBJECT, strength: 2, reason: 'the topic of talk' },
  { lemma: 'offer', frames: OBJECT, strength: 2, reason: '"offered advice, support, an apology"' },
  { lemma: 'seek', irregular: ['seeks', 'sought', 'sought', 'seeking'], frames: OBJECT, strength: 2, reason: 'a stated aim: "sought to …"' },
  { lemma: 'vote', frames: OBJECT, strength: 2, particle: 'for', reason: 'a position taken by voting' },
  { lemma: 'push', frames: OBJECT, strength: 2, particle: 'for', reason: '"pushed for X"' },
  { lemma: 'press', frames: OBJECT, strength: 2, particle: 'for', reason: '"pressed for X"' },
  { lemma: 'favor', frames: OBJECT, strength: 2, reason: 'a stated preference' },
  { lemma: 'prefer', irregular: ['prefers', 'preferred', 'preferred', 'preferring'], frames: OBJECT, strength: 2, reason: 'a stated preference' },
  { lemma: 'request', frames: OBJECT, strength: 2, reason: 'a request made' },
  { lemma: 'encourage', frames: OBJECT, strength: 2, reason: 'an exhortation' },
  { lemma: 'portray', frames: OBJECT, strength: 1, reason: 'a characterization' },
  { lemma: 'label', irregular: ['labels', 'labeled', 'labelled', 'labeling'], frames: OBJECT, strength: 1, reason: 'a characterization' },
  { lemma: 'dub', irregular: ['dubs', 'dubbed', 'dubbed', 'dubbing'], frames: OBJECT, strength: 1, reason: 'a characterization' },
  { lemma: 'liken', frames: OBJECT, strength: 1, reason: 'a comparison made in words' },
  { lemma: 'lambaste', frames: OBJECT, strength: 1, reason: 'criticism' },
  { lemma: 'rebuke', frames: OBJECT, strength: 1, reason: 'criticism' },
  { lemma: 'deride', frames: OBJECT, strength: 1, reason: 'criticism' },
  { lemma: 'chide', frames: OBJECT, strength: 1, reason: 'criticism' },
  { lemma: 'scold', frames: OBJECT, strength: 1, reason: 'criticism' },
  { lemma: 'fault', frames: OBJECT, strength: 2, reason: 'criticism' },
  { lemma: 'knock', frames: OBJECT, strength: 3, reason: 'criticism ("knocked X for …")' },
  { lemma: 'lash', frames: OBJECT, strength: 1, particle: 'out', reason: '"lashed out at X"' },
  { lemma: 'champion', frames: OBJECT, strength: 2, reason: 'advocacy' },
  { lemma: 'advocate', frames: ['report', 'object'], strength: 2, reason: 'advocacy' },
  { lemma: 'promote', frames: OBJECT, strength: 2, reason: 'advocacy' },
  { lemma: 'embrace', frames: OBJECT, strength: 2, reason: 'a stated position' },
  { lemma: 'congratulate', frames: OBJECT, strength: 1, reason: 'words of congratulation' },
  { lemma: 'celebrate', frames: OBJECT, strength: 2, reason: 'words of celebration' },
  { lemma: 'threaten', frames: OBJECT, strength: 2, reason: 'a threat' },
  { lemma: 'plead', frames: OBJECT, strength: 2, reason: 'an appeal' },
  { lemma: 'recount', frames: REPORT, strength: 1, reason: 'a retold story' },
  { lemma: 'interject', frames: REPORT, strength: 1, reason: 'speech tag' },
  { lemma: 'proclaim', frames: REPORT, strength: 1, reason: 'a declaration' },
  { lemma: 'muse', frames: REPORT, strength: 1, reason: 'speech tag' },
  { lemma: 'imply', frames: REPORT, strength: 1, reason: 'an implication' },
  { lemma: 'articulate', frames: OBJECT, strength: 2, reason: 'a stated view' },
  { lemma: 'outline', frames: OBJECT, strength: 2, reason: 'a plan laid out' },
  { lemma: 'unveil', frames: OBJECT, strength: 2, reason: 'a plan announced' },
  { lemma: 'attribute', frames: OBJECT, strength: 2, reason: 'a stated cause' },
  { lemma: 'invoke', frames: OBJECT, strength: 1, reason: 'a reference made in words' },
  { lemma: 'reference', frames: OBJECT, strength: 2, reason: 'a reference made in words' },
  { lemma: 'rebut', irregular: ['rebuts', 'rebutted', 'rebutted', 'rebutting'], frames: OBJECT, strength: 1, reason: 'a rebuttal' },
  { lemma: 'rebuff', frames: OBJECT, strength: 1, reason: 'a refusal' },
  { lemma: 'disavow', frames: OBJECT, strength: 1, reason: 'a repudiation' },
  { lemma: 'repudiate', frames: OBJECT, strength: 1, reason: 'a repudiation' },
  { lemma: 'want', frames: BELIEF, strength: 3, reason: 'a stated wish' },
  { lemma: 'plan', irregular: ['plans', 'planned', 'planned', 'planning'], frames: BELIEF, strength: 3, reason: 'a stated intention' },
  { lemma: 'intend', frames: BELIEF, strength: 2, reason: 'a stated intention' },
  { lemma: 'remember', frames: BELIEF, strength: 2, reason: 'a memory' },
  { lemma: 'recognize', frames: BELIEF, strength: 2, reason: 'an acknowledgement' },
  { lemma: 'consider', frames: BELIEF, strength: 3, reason: 'a view: "considers X a …"' },
  { lemma: 'view', frames: OBJECT, strength: 3, reason: '"views X as …"' },
  { lemma: 'see', irregular: ['sees', 'saw', 'seen', 'seeing'], frames: BELIEF, strength: 3, reason: '"sees X as …", "sees that …"' },
  { lemma: 'regard', frames: OBJECT, strength: 3, reason: '"regards X as …"' },
  { lemma: 'accept', frames: OBJECT, strength: 3, reason: 'a stated acceptance' },
  { lemma: 'forecast', irregular: ['forecasts', 'forecast', 'forecasted', 'forecasting'], frames: ['report', 'evidence'], strength: 1, reason: 'a prediction' },
  { lemma: 'project', frames: ['report', 'evidence'], strength: 2, reason: 'a prediction' },
  { lemma: 'demonstrate', frames: ['evidence'], strength: 3, reason: 'evidence' },
  { lemma: 'document', frames: ['evidence'], strength: 3, reason: 'evidence' },
  { lemma: 'retweet', frames: REPORT, strength: 1, reason: 'a repost of a statement' },
  { lemma: 'email', frames: REPORT, strength: 2, reason: 'a statement sent by e-mail' },
];

/** Phrases that act as one cue. Handled by dedicated proposers, listed for the README and debug output. */
export const PHRASE_CUES: readonly CueRule[] = [
  { id: 'according to', forms: ['according to'], frames: ['report'], strength: 1, reason: '"according to SOURCE, CONTENT" and "CONTENT, according to SOURCE"' },
  // read as `according to` is (the same id: the source after the phrase, the content around it)
  { id: 'according to', forms: ['as reported by', 'as first reported by', 'as noted by', 'as revealed by'], frames: ['report'], strength: 1, reason: '"As reported by SOURCE, CONTENT": the source follows the phrase, as after "according to"' },
  { id: 'according to', forms: ['in'], frames: ['report'], strength: 1, reason: '"In a new Gallup poll released Sunday, CONTENT": a sentence opened by a poll or survey gives its figures as the poll\'s (PolNeAR train: 15 of 18 such openings are attributions; interviews, speeches and statements opened so are not)' },
];

/** Every verb cue rule, forms expanded. */
export const CUE_RULES: readonly CueRule[] = VERBS.map((v) => ({
  id: v.lemma,
  forms: v.only ?? verbForms(v.lemma, v.irregular),
  frames: v.frames,
  strength: v.strength,
  ...(v.particle ? { particle: v.particle } : {}),
  reason: v.reason,
}));

/** Cue rules by lower-cased form; the first rule listed for a form wins. */
export const CUE_BY_FORM: ReadonlyMap<string, CueRule> = (() => {
  const m = new Map<string, CueRule>();
  for (const r of CUE_RULES) for (const f of r.forms) if (!m.has(f)) m.set(f, r);
  return m;
})();

/**
 * Lengths and end letters of the cue forms, for a quick no before the map lookup: bit
 * `last & 31` of `FORM_SHAPES[first × 32 + min(length, 31)]` is set when some form of that
 * length starts with character code `first` (< 128) and ends with `last`. Looking every
 * word of a document up in the map hashed each fresh token string; most words fail this.
 */
const FORM_SHAPES: Uint32Array = (() => {
  const shapes = new Uint32Array(128 * 32);
  for (const f of CUE_BY_FORM.keys()) {
    const c0 = f.charCodeAt(0);
    if (c0 < 128) shapes[c0 * 32 + Math.min(f.length, 31)]! |= 1 << (f.charCodeAt(f.length - 1) & 31);
  }
  return shapes;
})();

/** The cue rule of a lower-cased form (`CUE_BY_FORM.get`, with a cheap shape check first). */
export function cueRuleOf(form: string): CueRule | undefined {
  const n = form.length;
  if (n === 0) return undefined;
  const c0 = form.charCodeAt(0);
  if (c0 < 128 && (FORM_SHAPES[c0 * 32 + Math.min(n, 31)]! & (1 << (form.charCodeAt(n - 1) & 31))) === 0) return undefined;
  return CUE_BY_FORM.get(form);
}

/** The `-ing` form of a cue, when `form` is one (participle cues follow a comma: `, saying …`). */
export function isParticiple(form: string): boolean {
  return form.endsWith('ing');
}
