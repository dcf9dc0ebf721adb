/**
 * @module stages/sentences/lexicon — closed word lists the boundary rules and datelines use.
 *
 * Source: written by hand for Parley. The sentence starters are English closed-class
 * words (determiners, pronouns, conjunctions, prepositions and sentence adverbs) that
 * are capitalised almost only at the start of a sentence, so after an ambiguous dot
 * (`U.S.`, `Inc.`, `J.`) they signal a new sentence while a capitalised name does not.
 */

/** Capitalised closed-class words that begin sentences and rarely continue a name. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You',
  'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Him', 'Them', 'Us', 'But', 'And', 'Or', 'Nor', 'So', 'Yet', 'For', 'In',
  'On', 'At', 'By', 'With', 'Without', 'From', 'After', 'Before', 'During', 'Since', 'Until', 'Under', 'Over', 'Among',
  'Between', 'Despite', 'Although', 'Though', 'While', 'When', 'Whenever', 'Where', 'Whether', 'If', 'As', 'Because',
  'Once', 'Unless', 'Meanwhile', 'However', 'Still', 'Also', 'Then', 'Now', 'Later', 'Earlier', 'Last', 'Next', 'Some',
  'Many', 'Most', 'Several', 'Few', 'All', 'Both', 'Each', 'Every', 'Neither', 'Either', 'No', 'None', 'Other', 'Others',
  'Another', 'Such', 'What', 'Which', 'Who', 'Whom', 'Whose', 'Why', 'How', 'According', 'Asked', 'Speaking', 'Instead',
  'Indeed', 'Moreover', 'Nevertheless', 'Nonetheless', 'Otherwise', 'Thus', 'Therefore', 'Overall', 'Separately',
  'Elsewhere', 'Yesterday', 'Today', 'Tomorrow', 'To', 'Of', 'Not', 'Only', 'Even', 'Just', 'Is', 'Are', 'Was', 'Were',
  'Do', 'Does', 'Did', 'Will', 'Would', 'Can', 'Could', 'Should', 'May', 'Might', 'Must', 'Has', 'Have', 'Had',
]);

/** Verbs of a speech tag (`?” Netanyahu asked.`). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'asked', 'asks', 'told', 'tells', 'added', 'adds', 'replied', 'replies', 'wrote', 'writes', 'stated',
  'insisted', 'warned', 'explained', 'continued', 'noted', 'declared', 'shouted', 'tweeted', 'posted', 'responded',
  'argued', 'recalled', 'cautioned', 'acknowledged', 'conceded', 'countered', 'suggested', 'stressed', 'urged', 'vowed',
  'announced', 'demanded', 'admitted', 'complained', 'claimed', 'maintained', 'wondered', 'exclaimed', 'cried', 'yelled',
]);

/** Capitalised words that continue a clock time after `a.m.`/`p.m.`: days, months, zones. */
export const TIME_FOLLOWERS: ReadonlySet<string> = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.',
  'Nov.', 'Dec.', 'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'PT', 'PST', 'PDT', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET',
  'EEST', 'IST', 'JST', 'Eastern', 'Central', 'Pacific', 'Mountain', 'Greenwich', 'Zulu',
]);

/**
 * All-caps words that label a story rather than place it (`BREAKING —`, `LIVE UPDATES -`),
 * so a line starting with them is not a dateline.
 */
export const KICKERS: ReadonlySet<string> = new Set([
  'BREAKING', 'NEWS', 'UPDATE', 'UPDATES', 'UPDATED', 'LIVE', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'WATCH',
  'VIDEO', 'PHOTOS', 'FACTBOX', 'EXPLAINER', 'TIMELINE', 'FACT', 'CHECK', 'COMMENT', 'INTERVIEW', 'REVIEW', 'CORRECTION',
  'URGENT', 'FLASH', 'ALERT', 'SPECIAL', 'REPORT', 'FEATURE', 'PODCAST', 'LISTEN', 'READ', 'MORE', 'SPONSORED', 'ADVERTISEMENT',
]);
