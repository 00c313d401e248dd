// The one day every journey runs on. The page clock and time zone are fixed from these values
// before any page loads (see `fixtures.ts`), and every expected date is computed from `TODAY`
// with the calendar arithmetic below. Nothing here reads Node's clock: a suite that passes today
// must pass on any day.
//
//   CLIENTWISE_TEST_TODAY=2028-02-29          the day (default 2026-06-17)
//   CLIENTWISE_TEST_TIME=23:59                the page's local time of day (default 10:00)
//   CLIENTWISE_TEST_TZ=Pacific/Kiritimati     the page's time zone (default Europe/Helsinki)

const DAY_MS = 86_400_000;

function parseDay(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new Error(`CLIENTWISE_TEST_TODAY must be YYYY-MM-DD, not "${text}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(y, mo - 1, d));
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) throw new Error(`no such day: ${text}`);
  return text;
}

function parseTime(text: string): [number, number] {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new Error(`CLIENTWISE_TEST_TIME must be HH:MM, not "${text}"`);
  return [Number(m[1]), Number(m[2])];
}

/** The fixed day, as the app's date inputs write it (YYYY-MM-DD). */
export const TODAY = parseDay(process.env.CLIENTWISE_TEST_TODAY ?? '2026-06-17');
/** The page's local time of day when each test starts. */
export const TIME = parseTime(process.env.CLIENTWISE_TEST_TIME ?? '10:00');
/** The page's time zone. A zone with daylight saving, so that its change days can be tested. */
export const TIME_ZONE = process.env.CLIENTWISE_TEST_TZ ?? 'Europe/Helsinki';

const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `day` moved by `n` days (negative: earlier). */
export function addDays(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

/** The day `n` days before the fixed day. */
export function daysAgo(n: number): string {
  return addDays(TODAY, -n);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The first day of the month `n` months after the one containing `day`. */
export function firstOfMonth(day: string, n = 0): string {
  const [y, m] = day.split('-').map(Number);
  return fromUtc(Date.UTC(y, m - 1 + n, 1));
}

/** A due date under "on day 1 of each month" terms: the issue day if it is the 1st, else the next 1st. */
export function dueOnTheFirst(issued: string): string {
  return issued.endsWith('-01') ? issued : firstOfMonth(issued, 1);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `day` as the English screen writes it: `5 Mar 2026`. */
export function shown(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The wall clock in `zone` at the instant `ms`: its day (YYYY-MM-DD), hour and minute. */
export function wallClock(ms: number, zone: string = TIME_ZONE): { day: string; hour: number; minute: number } {
  const parts = wallParts(ms, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { day: `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`, hour: parts.hour, minute: parts.minute };
}

function wallParts(ms: number, zone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** The offset of `zone` from UTC at the instant `ms`, in milliseconds. */
function zoneOffset(ms: number, zone: string): number {
  const p = wallParts(ms, zone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `zone` shows `day` at `time` (on a daylight-saving
 * change day, a time the clocks skip resolves to the instant just after the change).
 */
export function instant(day: string, time: [number, number] = TIME, zone: string = TIME_ZONE): number {
  const wall = toUtc(day) + (time[0] * 60 + time[1]) * 60_000;
  let guess = wall - zoneOffset(wall, zone);
  // A second pass settles the offset when the first guess fell on the other side of a change.
  guess = wall - zoneOffset(guess, zone);
  return guess;
}
