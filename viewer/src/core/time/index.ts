// The timeline: a histogram of evidence dates; drag across it to choose a date range
// (kept in the URL as from/to), play to step the range through the months or weeks.
import { byId, h } from "../../dom";
import { SETTINGS } from "../../settings";
import { recompute } from "../filters";
import { app, loadedGraph, updateApp, updateView } from "../store";
import { bucketRange, dateHistogram, nextWindow, type Bucket } from "./utils";

const fmt = (n: number) => n.toLocaleString("en");

/** Draw the bars for a newly loaded graph. */
export function buildTimeline(): void {
  const buckets = dateHistogram(loadedGraph());
  stopPlaying();
  updateApp({ timeline: { buckets, playTimer: undefined } });
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const bars = buckets.map((b, i) => {
    const bar = h("div", { cls: "bar", title: `${b.label}: ${fmt(b.count)} sentence${b.count === 1 ? "" : "s"}`, attrs: { "data-i": String(i) } });
    bar.style.setProperty("--h", `${Math.max(b.count ? 4 : 0, (100 * b.count) / max)}%`);
    return bar;
  });
  byId("timeline-bars").replaceChildren(...bars);
  byId("timeline").hidden = buckets.length === 0;
  byId("date-extent").textContent = buckets.length ? `Evidence from ${buckets[0].start} to ${buckets[buckets.length - 1].end}` : "No dated evidence.";
  updateBrush();
}

/** Show the view's range on the bars and in words. */
export function updateBrush(): void {
  const { view, timeline } = app();
  const range = bucketRange(timeline.buckets, view.from, view.to);
  for (const bar of byId("timeline-bars").children) {
    const i = Number((bar as HTMLElement).dataset.i);
    bar.classList.toggle("in-range", !!range && i >= range[0] && i <= range[1]);
  }
  const brush = byId("time-brush");
  brush.hidden = !range;
  if (range) {
    const n = timeline.buckets.length;
    brush.style.left = `${(100 * range[0]) / n}%`;
    brush.style.width = `${(100 * (range[1] - range[0] + 1)) / n}%`;
  }
  byId("time-range").textContent = view.from || view.to ? `${view.from ?? "…"} – ${view.to ?? "…"}` : "All dates";
}

function setRange(buckets: Bucket[], lo: number, hi: number): void {
  updateView({ from: buckets[Math.min(lo, hi)].start, to: buckets[Math.max(lo, hi)].end });
  updateBrush();
  recompute(true);
}

function clearRange(): void {
  stopPlaying();
  updateView({ from: undefined, to: undefined });
  updateBrush();
  recompute(true);
}

function stopPlaying(): void {
  const { timeline } = app();
  window.clearInterval(timeline.playTimer);
  updateApp({ timeline: { ...timeline, playTimer: undefined } });
  const btn = document.getElementById("time-play");
  if (btn) btn.textContent = "▶ Play";
}

function step(): void {
  const { buckets } = app().timeline;
  const next = nextWindow(buckets, bucketRange(buckets, app().view.from, app().view.to));
  if (!next) return stopPlaying();
  setRange(buckets, next[0], next[1]);
}

function togglePlay(): void {
  if (app().timeline.playTimer !== undefined) return stopPlaying();
  const { buckets } = app().timeline;
  const range = bucketRange(buckets, app().view.from, app().view.to);
  // from the start when nothing is chosen or the range is already at the end
  if (!range || range[1] === buckets.length - 1) setRange(buckets, 0, range ? range[1] - range[0] : 0);
  updateApp({ timeline: { buckets, playTimer: window.setInterval(step, SETTINGS.playStepMs) } });
  byId("time-play").textContent = "❚❚ Pause";
}

function bucketAt(e: PointerEvent): number {
  const box = byId("timeline-bars").getBoundingClientRect();
  const n = app().timeline.buckets.length;
  return Math.max(0, Math.min(n - 1, Math.floor(((e.clientX - box.left) / Math.max(1, box.width)) * n)));
}

/** Drag across the bars to brush a range; a click picks one bucket. */
export function wireTimeline(): void {
  const bars = byId("timeline-bars");
  const drag = { from: -1 };
  bars.addEventListener("pointerdown", (e) => {
    if (!app().timeline.buckets.length) return;
    stopPlaying();
    drag.from = bucketAt(e);
    bars.setPointerCapture(e.pointerId);
    setRange(app().timeline.buckets, drag.from, drag.from);
  });
  bars.addEventListener("pointermove", (e) => {
    if (drag.from >= 0) setRange(app().timeline.buckets, drag.from, bucketAt(e));
  });
  bars.addEventListener("pointerup", () => (drag.from = -1));
  byId("time-play").addEventListener("click", togglePlay);
  byId("date-clear").addEventListener("click", clearRange);
}
