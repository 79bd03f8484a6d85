// The timeline: evidence dates counted per month (or per week for a span under half a
// year), and the date windows the player steps through. A partial date is placed at its
// start: a bare year ("2024") on 1 January, a month on its first day, so that every dated
// sentence is counted once and the date filter (which keeps it for any range that
// overlaps its year) brings it back when its bar is brushed. Pure, no DOM.
import { evidenceDate, evidenceList, highEnd, lowEnd } from "../filters/utils";
import type { GraphLike } from "../filters/types";

export interface Bucket {
  /** first and last day, ISO */
  start: string;
  end: string;
  label: string;
  count: number;
}

const DAY = 86400000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const time = (d: string) => Date.parse(d + "T00:00:00Z");

function monthBuckets(min: string, max: string): Bucket[] {
  const out: Bucket[] = [];
  let [y, m] = [Number(min.slice(0, 4)), Number(min.slice(5, 7))];
  const last = max.slice(0, 7);
  for (;;) {
    const ym = `${y}-${String(m).padStart(2, "0")}`;
    out.push({ start: `${ym}-01`, end: highEnd(ym), label: ym, count: 0 });
    if (ym >= last) return out;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

function weekBuckets(min: string, max: string): Bucket[] {
  const out: Bucket[] = [];
  const first = time(min) - ((new Date(time(min)).getUTCDay() + 6) % 7) * DAY; // the Monday before
  for (let t = first; t <= time(max); t += 7 * DAY) out.push({ start: iso(t), end: iso(t + 6 * DAY), label: iso(t), count: 0 });
  return out;
}

/** Evidence counted per month or week between the earliest and the latest dated evidence. */
export function dateHistogram(graph: GraphLike): Bucket[] {
  const days: string[] = [];
  graph.forEachEdge((_k, attrs) => {
    for (const ev of evidenceList(attrs)) {
      const d = evidenceDate(ev);
      if (d) days.push(lowEnd(d));
    }
  });
  if (days.length === 0) return [];
  days.sort();
  const [min, max] = [days[0], days[days.length - 1]];
  const buckets = time(max) - time(min) > 183 * DAY ? monthBuckets(min, max) : weekBuckets(min, max);
  let i = 0;
  for (const d of days) {
    while (i < buckets.length - 1 && d > buckets[i].end) i++;
    buckets[i].count++;
  }
  return buckets;
}

/** Buckets covered by [from, to] as first and last index, or null when there is no range. */
export function bucketRange(buckets: Bucket[], from?: string, to?: string): [number, number] | null {
  if (!buckets.length || (!from && !to)) return null;
  const lo = buckets.findIndex((b) => !from || b.end >= lowEnd(from));
  const hi = buckets.length - 1 - [...buckets].reverse().findIndex((b) => !to || b.start <= highEnd(to));
  return lo < 0 || hi >= buckets.length || hi < lo ? null : [lo, hi];
}

/** The player's next window: the same width, one bucket later; null past the end. */
export function nextWindow(buckets: Bucket[], current: [number, number] | null): [number, number] | null {
  if (!current) return buckets.length ? [0, 0] : null;
  const [lo, hi] = current;
  return hi + 1 < buckets.length ? [lo + 1, hi + 1] : null;
}
