import type { MonthRisk } from './data/risky-months.js';
import type { Calendar, MonthSystem, YMD } from './types.js';
import type { Span } from '../types.js';

/** What in a mention's surroundings shows that a risky month name is a month. */
export interface Support {
  day: boolean;
  year: boolean;
  monthWord: boolean;
  partner: boolean;
  timeBefore: boolean;
  timeAfter: boolean;
  libyanYear: boolean;
  carContext: boolean;
}

/** A date mention under construction; spans are in the normalized text until the end. */
export interface Candidate {
  start: number;
  end: number;
  calendar: Calendar;
  month: number;
  year: number | undefined;
  day: number | undefined;
  weekday: number | undefined;
  systems: MonthSystem[];
  flags: string[];
  /** The risk of the written month name(s); undefined when at least one is safe. */
  risk: MonthRisk | undefined;
  support: Support;
  /** Numeric dates are dropped (not flagged) when the day does not exist. */
  numeric: boolean;
  gregorian: YMD | undefined;
  hijri: YMD | undefined;
  /** Day number of the Gregorian date, when full and valid. */
  days: number | undefined;
  linked: Span | undefined;
  linkedOffset: number | undefined;
}

/** A candidate with every optional part unset. */
export function newCandidate(start: number, end: number, calendar: Calendar, month: number, systems: MonthSystem[]): Candidate {
  return {
    start,
    end,
    calendar,
    month,
    year: undefined,
    day: undefined,
    weekday: undefined,
    systems,
    flags: [],
    risk: undefined,
    support: {
      day: false,
      year: false,
      monthWord: false,
      partner: false,
      timeBefore: false,
      timeAfter: false,
      libyanYear: false,
      carContext: false,
    },
    numeric: false,
    gregorian: undefined,
    hijri: undefined,
    days: undefined,
    linked: undefined,
    linkedOffset: undefined,
  };
}
