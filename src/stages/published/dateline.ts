/**
 * @module stages/published/dateline — the year of a dateline that gives only month and day.
 *
 * "CAIRO, June 10 (Reuters) - … Blinken urged … on Monday": the month and day are the
 * dateline's; the year is one whose June 10 lies in the periods the other evidence allows
 * (roles, events, eras, mentions). In wire style the lead reports the dateline day's news,
 * so a weekday the lead says happened is the dateline day or the day before ("on Monday"
 * under a Monday or Tuesday dateline); among the allowed years, those that fit that rule
 * are kept (when none does, the weekday is ignored and the reason says so). When several
 * years are left, the one the text's latest dated mention points to is the value, else the
 * latest of them, with an interval spanning them all.
 */
import { isDay, type Period, type WeekdayMention } from './infer.js';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** More candidate years than this are not listed in the reason. */
const LISTED = 6;

/** How long after the latest dated mention a dateline day may be to take the year it gives. */
const RECENT_DAYS = 366;

/** The dateline's day: `earliest`/`latest` bound it when the year was chosen among several. */
export interface DatelineYear {
  readonly value: string | null;
  readonly reason: string;
  readonly earliest?: string;
  readonly latest?: string;
}

/**
 * The dateline day, or null with the reason. `lead` holds the weekdays of the lead
 * sentence; `latestDated` the first and last day of the latest date the text gives with its
 * year and not in the future ("September 27, 2016", "in 2012"). When several years remain,
 * the first one on or after that date and at most a year after it is the best value (news
 * cites the days just before its own), else the latest of them (news is read soon after it
 * is written; the periods end at the reference date); the interval spans the years left.
 * The value is null only when no allowed year has that day.
 */
export function datelineYear(month: number, day: number, periods: readonly Period[], lead: readonly WeekdayMention[], latestDated: { start: string; end: string } | null = null): DatelineYear {
  if (periods.length === 0) return { value: null, reason: 'no period allowed' };
  const first = Number(periods[0]!.earliest.slice(0, 4));
  const last = Number(periods[periods.length - 1]!.latest.slice(0, 4));
  const md = `${MONTHS[month - 1]} ${day}`;
  const span = `${periods[0]!.earliest}..${periods[periods.length - 1]!.latest}`;
  const years: string[] = [];
  for (let y = first; y <= last; y++) {
    const d = new Date(Date.UTC(y, month - 1, day));
    if (d.getUTCMonth() !== month - 1) continue;
    const iso = d.toISOString().slice(0, 10);
    if (periods.some((p) => p.earliest <= iso && iso <= p.latest)) years.push(iso);
  }
  if (years.length === 0) return { value: null, reason: `no ${md} in ${span} that the evidence allows` };
  const past = lead.filter((w) => w.tense === 'past');
  const fitting = past.length === 0 ? [] : years.filter((iso) => past.every((w) => fitsLead(iso, w)));
  const said = [...new Set(past.map((w) => (w.weekend === true ? 'weekend' : WEEKDAYS[w.day - 1])))].join(' and ');
  const chosen = fitting.length > 0 ? fitting : years;
  const why = fitting.length > 0 ? `; the lead's ${said} is that day or the day before` : past.length > 0 ? `; the lead's ${said} fits no allowed year, ignored` : '';
  if (chosen.length === 1) {
    const only = years.length === 1 ? 'the only' : 'the one';
    return { value: chosen[0]!, reason: `${only} ${md} in ${span} that the evidence allows${fitting.length > 0 && years.length > 1 ? ` (of ${years.length}, by weekday)` : ''}${why}` };
  }
  const list = chosen.length <= LISTED ? chosen.map((x) => x.slice(0, 4)).join(', ') : `${chosen.length} years`;
  const recent = latestDated === null ? undefined : chosen.find((iso) => iso >= latestDated.start && (Date.parse(iso) - Date.parse(latestDated.end)) / 864e5 <= RECENT_DAYS);
  if (recent !== undefined) {
    return {
      value: recent, earliest: recent, latest: chosen[chosen.length - 1]!,
      reason: `${md} fits ${list} in ${span}${why}; the latest date the text gives with its year, ${latestDated!.start === latestDated!.end ? latestDated!.start : latestDated!.start.slice(0, 4)}, makes ${recent.slice(0, 4)} the likeliest (the interval keeps the later years)`,
    };
  }
  // News is read soon after it is written: the latest year the evidence allows, with the
  // interval spanning every year left, so a reader sees how open the year is.
  const latest = chosen[chosen.length - 1]!;
  return {
    value: latest, earliest: chosen[0]!, latest,
    reason: `${md} fits ${list} in ${span}${why}; the latest, ${latest.slice(0, 4)}, is the best value (the interval keeps the earlier years)`,
  };
}

/** Whether a weekday the lead says happened is `iso` or the day before (the weekend: Saturday or Sunday). */
function fitsLead(iso: string, w: WeekdayMention): boolean {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  const isoDay = d === 0 ? 7 : d;
  return isDay(isoDay, w) || isDay((isoDay + 5) % 7 + 1, w);
}
