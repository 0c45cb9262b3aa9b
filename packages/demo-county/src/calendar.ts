/**
 * The demo county's calendar: every dated record is placed relative to one day (China time), so
 * that a dashboard opened today has a current month, and the same day always gives the same county.
 */

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date in China (UTC+8, no daylight saving), `YYYY-MM-DD`. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The month `YYYY-MM` that is `back` months before `month` (0 = that month). */
export function monthBefore(month: string, back: number): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * The longest month range a series may ask for (36 months) ending in today's month: it holds the
 * demo county's whole history of problems, disputes, bookings and hours.
 */
export function demoHistoryMonths(today: string = chinaToday()): { from: string; to: string } {
  const month = today.slice(0, 7);
  return { from: monthBefore(month, 35), to: month };
}

/** The last twelve months, ending in today's month: what the county dashboard charts. */
export function lastTwelveMonths(today: string = chinaToday()): { from: string; to: string } {
  const month = today.slice(0, 7);
  return { from: monthBefore(month, 11), to: month };
}

export const addHours = (at: string, hours: number) => new Date(Date.parse(at) + hours * 3_600_000).toISOString();

export class DemoCalendar {
  /** Midnight of `today` in China, as a UTC instant. */
  private readonly midnight: number;
  /** `YYYY-MM` of today. */
  readonly month: string;
  readonly year: number;

  constructor(readonly today: string) {
    const parts = DAY.exec(today);
    if (!parts) throw new Error(`today is a date written YYYY-MM-DD, not ${today}`);
    this.midnight = Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])) - CHINA_OFFSET_MS;
    this.month = today.slice(0, 7);
    this.year = Number(parts[1]);
  }

  /** The instant `days` days before today (negative: after) at `hour` China time, as ISO 8601. */
  at(days: number, hour = 9, minute = 0): string {
    return new Date(this.midnight - days * DAY_MS + (hour * 60 + minute) * 60_000).toISOString();
  }

  /** The China date (`YYYY-MM-DD`) `days` days before today. */
  day(days: number): string {
    return chinaToday(new Date(this.midnight - days * DAY_MS + 12 * 3_600_000));
  }

  /** How many days before today's midnight an instant is (fractional; negative from today on). */
  daysBefore(iso: string): number {
    return (this.midnight - Date.parse(iso)) / DAY_MS;
  }

  /** The calendar month (1–12, China time) of the day `days` days before today. */
  monthOfDay(days: number): number {
    return Number(this.day(days).slice(5, 7));
  }

  /** True when the instant is before today (the county's records run up to last midnight). */
  isPast(iso: string): boolean {
    return Date.parse(iso) < this.midnight;
  }
}

/**
 * How busy each calendar month is on the problem wall, relative to an average month: quiet at the
 * Spring Festival, e-bike charging and damage in the plum-rain and typhoon season, a clean-up
 * before the National Day inspection.
 */
export const PROBLEM_SEASON = [0.85, 0.55, 0.95, 1.0, 1.05, 1.3, 1.35, 1.5, 1.25, 1.1, 0.9, 0.8] as const;

/** Disputes: more around the Spring Festival (debts, visits) and in the rainy summer (leaks). */
export const DISPUTE_SEASON = [1.3, 1.4, 0.9, 0.8, 0.9, 1.2, 1.3, 1.1, 0.9, 0.8, 0.8, 1.0] as const;

/** Bookings of units' venues and services: 学雷锋 in March, summer holidays, 重阳 in October. */
export const BOOKING_SEASON = [0.7, 0.4, 1.4, 1.0, 1.0, 0.9, 1.3, 1.2, 0.9, 1.3, 1.0, 0.9] as const;
