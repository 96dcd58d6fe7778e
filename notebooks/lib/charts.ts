/**
 * Charts for the notebooks as SVG strings: d3's scales, ticks and path generators compute the
 * geometry, and the markup is written as text (the kernel has no DOM). Pure functions.
 */
import * as d3 from 'd3';
import { escapeHtml } from './display';

export const PALETTE = d3.schemeTableau10;

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
const MARGIN = { top: 64, right: 24, bottom: 52, left: 64 };

export interface Marker {
  /** Position on the x axis (a value, or a category for bar charts). */
  at: number | string;
  label: string;
}

export interface Rule {
  y: number;
  label: string;
}

type LegendItem = { name: string; color: string; dashed?: boolean };

interface Frame {
  width: number;
  height: number;
  innerWidth: number;
  innerHeight: number;
  /** Where the plot starts: below the title and the legend's rows. */
  top: number;
  legend: string;
}

const LEGEND_ROW = 16;

/** The chart's box; the legend wraps onto more rows when it is wide, and the chart grows to fit. */
function frame(width = 720, height = 360, items: LegendItem[] = []): Frame {
  const parts: string[] = [];
  let x = MARGIN.left;
  let row = 0;
  for (const it of items) {
    const w = 30 + it.name.length * 6.6;
    if (x > MARGIN.left && x + w > width - MARGIN.right) {
      row++;
      x = MARGIN.left;
    }
    const y = 40 + row * LEGEND_ROW;
    const swatch = it.dashed
      ? `<line x1="${n(x)}" y1="${y - 4}" x2="${n(x + 14)}" y2="${y - 4}" stroke="${it.color}" stroke-width="2" stroke-dasharray="4 2"/>`
      : `<rect x="${n(x)}" y="${y - 10}" width="12" height="12" fill="${it.color}"/>`;
    parts.push(swatch + text(x + 18, y, it.name));
    x += w;
  }
  const extra = row * LEGEND_ROW;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  return { width, height: height + extra, innerWidth: width - MARGIN.left - MARGIN.right, innerHeight, top: MARGIN.top + extra, legend: parts.join('') };
}

function n(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${escapeHtml(s)}</text>`;
}

/** A whole chart: the title and legend, then its parts in order inside the plot area. */
function plot(f: Frame, title: string, parts: string[]): string {
  return svgOpen(f, title) + `<g transform="translate(${MARGIN.left},${f.top})">` + parts.join('') + '</g></svg>';
}

/** The x axis line at the bottom of the plot area. */
function baseline(f: Frame): string {
  return `<line x1="0" x2="${f.innerWidth}" y1="${f.innerHeight}" y2="${f.innerHeight}" stroke="#444"/>`;
}

/** Tick marks below the x axis, each with its label. */
function xTickMarks(f: Frame, ticks: { at: number; label: string }[]): string {
  return ticks
    .map(({ at, label }) => `<line x1="${n(at)}" x2="${n(at)}" y1="${f.innerHeight}" y2="${f.innerHeight + 5}" stroke="#444"/>` + text(at, f.innerHeight + 18, label, 'text-anchor="middle" fill="#444"'))
    .join('');
}

function svgOpen(f: Frame, title: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}" ${FONT} font-size="12">` +
    `<title>${escapeHtml(title)}</title><rect width="${f.width}" height="${f.height}" fill="white"/>` +
    text(MARGIN.left, 20, title, 'font-size="14" font-weight="600"') +
    f.legend
  );
}

function yAxis(f: Frame, y: d3.ScaleLinear<number, number>, format: (v: number) => string, label: string): string {
  const ticks = y.ticks(6);
  const grid = ticks
    .map((t) => `<line x1="0" x2="${f.innerWidth}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="#e5e5e5"/>` + text(-8, y(t) + 4, format(t), 'text-anchor="end" fill="#444"'))
    .join('');
  const title = text(-f.innerHeight / 2, -MARGIN.left + 16, label, 'transform="rotate(-90)" text-anchor="middle" fill="#222"');
  return grid + title;
}

function xAxisTitle(f: Frame, label: string): string {
  return text(f.innerWidth / 2, f.innerHeight + 42, label, 'text-anchor="middle" fill="#222"');
}

/** A dashed vertical line with its label above the plot, where no bar or line can hide it. */
function verticalMarker(f: Frame, x: number, label: string): string {
  const nearRightEdge = x > f.innerWidth - label.length * 6;
  return (
    `<line x1="${n(x)}" x2="${n(x)}" y1="-4" y2="${f.innerHeight}" stroke="#b91c1c" stroke-dasharray="3 3"/>` +
    text(nearRightEdge ? x - 3 : x + 3, -6, label, `fill="#b91c1c" font-size="11"${nearRightEdge ? ' text-anchor="end"' : ''}`)
  );
}

function horizontalRule(f: Frame, y: number, label: string): string {
  return (
    `<line x1="0" x2="${f.innerWidth}" y1="${n(y)}" y2="${n(y)}" stroke="#b91c1c" stroke-width="1.5"/>` +
    text(f.innerWidth - 4, y - 5, label, 'text-anchor="end" fill="#b91c1c" font-size="11"')
  );
}

export interface LineSeries {
  name: string;
  points: { x: number; y: number }[];
  color?: string;
  dashed?: boolean;
  /** Draw a dot on every point (few points, e.g. one per year). */
  dots?: boolean;
  /** A thin grey line left out of the legend: context behind the series that matter. */
  muted?: boolean;
}

export interface LineChartSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  series: LineSeries[];
  xDomain?: [number, number];
  yDomain?: [number, number];
  /** Years: integer ticks without thousands separators. */
  xIsYear?: boolean;
  xFormat?: (v: number) => string;
  yFormat?: (v: number) => string;
  markers?: Marker[];
  rules?: Rule[];
  width?: number;
  height?: number;
}

export function lineChart(spec: LineChartSpec): string {
  let shown = 0;
  const colored = spec.series.map((s) => ({ ...s, color: s.muted ? '#c8c8c8' : (s.color ?? PALETTE[shown++ % PALETTE.length]) }));
  const f = frame(spec.width, spec.height, colored.filter((s) => !s.muted));
  const all = spec.series.flatMap((s) => s.points);
  const xExtent = spec.xDomain ?? (d3.extent(all, (p) => p.x) as [number, number]);
  const yExtent = spec.yDomain ?? [0, Math.max(d3.max(all, (p) => p.y) ?? 1, ...(spec.rules ?? []).map((r) => r.y))];
  const x = d3.scaleLinear().domain(xExtent).range([0, f.innerWidth]);
  const y = d3.scaleLinear().domain(yExtent).nice().range([f.innerHeight, 0]);
  const xFormat = spec.xFormat ?? (spec.xIsYear ? (v: number) => String(v) : d3.format('~g'));
  const yFormat = spec.yFormat ?? d3.format('~g');
  const xTicks = spec.xIsYear ? d3.range(Math.ceil(xExtent[0]), Math.floor(xExtent[1]) + 1) : x.ticks(8);

  const line = d3
    .line<{ x: number; y: number }>()
    .defined((p) => Number.isFinite(p.y))
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  // Muted lines first, so that the highlighted ones are drawn over them.
  const paths = [...colored.filter((s) => s.muted), ...colored.filter((s) => !s.muted)]
    .map(
      (s) =>
        `<path d="${line(s.points) ?? ''}" fill="none" stroke="${s.color}" stroke-width="${s.muted ? 1 : 2}"${s.dashed ? ' stroke-dasharray="5 3"' : ''}/>` +
        (s.dots ? s.points.filter((p) => Number.isFinite(p.y)).map((p) => `<circle cx="${n(x(p.x))}" cy="${n(y(p.y))}" r="3" fill="${s.color}"/>`).join('') : '')
    )
    .join('');
  return plot(f, spec.title, [
    yAxis(f, y, yFormat, spec.yLabel),
    baseline(f),
    xTickMarks(f, xTicks.map((t) => ({ at: x(t), label: xFormat(t) }))),
    xAxisTitle(f, spec.xLabel),
    (spec.rules ?? []).map((r) => horizontalRule(f, y(r.y), r.label)).join(''),
    paths,
    (spec.markers ?? []).map((m) => verticalMarker(f, x(Number(m.at)), m.label)).join('')
  ]);
}

export interface StackedBarSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  categories: string[];
  keys: { key: string; name: string; color: string }[];
  /** value(category, key): the bar segment's height. */
  value: (category: string, key: string) => number;
  yFormat?: (v: number) => string;
  yDomain?: [number, number];
  /** Markers sit at the left edge of their category's bar. */
  markers?: Marker[];
  rules?: Rule[];
  width?: number;
  height?: number;
}

export function stackedBarChart(spec: StackedBarSpec): string {
  const f = frame(spec.width, spec.height, spec.keys);
  const x = d3.scaleBand().domain(spec.categories).range([0, f.innerWidth]).padding(0.2);
  const totals = spec.categories.map((c) => d3.sum(spec.keys, (k) => spec.value(c, k.key)));
  const y = d3
    .scaleLinear()
    .domain(spec.yDomain ?? [0, d3.max(totals) ?? 1])
    .nice()
    .range([f.innerHeight, 0]);
  const yFormat = spec.yFormat ?? d3.format('~g');
  const bars = spec.categories
    .map((c) => {
      let base = 0;
      return spec.keys
        .map((k) => {
          const v = spec.value(c, k.key);
          const rect = `<rect x="${n(x(c) ?? 0)}" y="${n(y(base + v))}" width="${n(x.bandwidth())}" height="${n(Math.max(0, y(base) - y(base + v)))}" fill="${k.color}"><title>${escapeHtml(`${c} · ${k.name}: ${yFormat(v)}`)}</title></rect>`;
          base += v;
          return rect;
        })
        .join('');
    })
    .join('');
  const labels = spec.categories.map((c) => text((x(c) ?? 0) + x.bandwidth() / 2, f.innerHeight + 18, c, 'text-anchor="middle" fill="#444"')).join('');
  const markerX = (at: number | string) => (x(String(at)) ?? 0) - (x.step() * x.paddingInner()) / 2;
  return plot(f, spec.title, [
    yAxis(f, y, yFormat, spec.yLabel),
    bars,
    baseline(f),
    labels,
    xAxisTitle(f, spec.xLabel),
    (spec.rules ?? []).map((r) => horizontalRule(f, y(r.y), r.label)).join(''),
    (spec.markers ?? []).filter((m) => spec.categories.includes(String(m.at))).map((m) => verticalMarker(f, markerX(m.at), m.label)).join('')
  ]);
}

export interface HistogramSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  groups: { name: string; values: number[]; color?: string }[];
  domain: [number, number];
  bins: number;
  /** Each group's bars as shares of its own count, so a small group stays visible beside a large one. */
  normalize?: boolean;
  markers?: Marker[];
  width?: number;
  height?: number;
}

export function histogram(spec: HistogramSpec): string {
  const colors = spec.groups.map((g, i) => g.color ?? PALETTE[i % PALETTE.length]);
  const f = frame(spec.width, spec.height, spec.groups.map((g, i) => ({ name: `${g.name} (${g.values.length})`, color: colors[i] })));
  const x = d3.scaleLinear().domain(spec.domain).range([0, f.innerWidth]);
  const thresholds = d3.range(spec.bins + 1).map((i) => spec.domain[0] + ((spec.domain[1] - spec.domain[0]) * i) / spec.bins);
  const bin = d3.bin().domain(spec.domain).thresholds(thresholds.slice(1, -1));
  const groups = spec.groups.map((g, i) => {
    const bins = bin(g.values);
    const total = g.values.length || 1;
    return { ...g, color: colors[i], bars: bins.map((b) => ({ x0: b.x0 ?? 0, x1: b.x1 ?? 0, v: spec.normalize ? b.length / total : b.length })) };
  });
  const y = d3
    .scaleLinear()
    .domain([0, d3.max(groups.flatMap((g) => g.bars.map((b) => b.v))) ?? 1])
    .nice()
    .range([f.innerHeight, 0]);
  const yFormat = spec.normalize ? d3.format('.0%') : d3.format('~s');
  const width = (b: { x0: number; x1: number }) => (x(b.x1) - x(b.x0)) / groups.length;
  const bars = groups
    .map((g, gi) =>
      g.bars
        .filter((b) => b.v > 0)
        .map((b) => `<rect x="${n(x(b.x0) + gi * width(b))}" y="${n(y(b.v))}" width="${n(Math.max(0.5, width(b) - 0.5))}" height="${n(f.innerHeight - y(b.v))}" fill="${g.color}"/>`)
        .join('')
    )
    .join('');
  return plot(f, spec.title, [
    yAxis(f, y, yFormat, spec.yLabel),
    bars,
    baseline(f),
    xTickMarks(f, x.ticks(10).map((t) => ({ at: x(t), label: d3.format('~g')(t) }))),
    xAxisTitle(f, spec.xLabel),
    (spec.markers ?? []).map((m) => verticalMarker(f, x(Number(m.at)), m.label)).join('')
  ]);
}
