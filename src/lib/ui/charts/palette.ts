/**
 * Colours that survive print and greyscale: every ordered palette runs from dark to light in
 * lightness as well as hue, so the order reads without colour; thin outlines keep light marks
 * visible on white paper. Text on a mark is chosen by the mark's lightness.
 */
import type { LevelCode } from '../../domain/levels';
import type { Severity } from '../../domain/rule-ids';

/** HTXSNV darkest → KHTNV lightest (a warm tint, so it also stands apart in colour). */
export const LEVEL_FILL: Record<LevelCode, string> = {
  HTXSNV: '#1b3a6b',
  HTTNV: '#4f7fbf',
  HTNV: '#a9c4e4',
  KHTNV: '#f6d3b8'
};

export const SEVERITY_FILL: Record<Severity, string> = {
  high: '#7a1616',
  medium: '#c7661c',
  low: '#f4d7a6'
};

/** Heat scale, lightest to darkest: below half the limit, up to the limit, up to 1.5 × the limit, above. */
export const HEAT_FILL = ['#eef3f8', '#b7cae0', '#e08a57', '#8f2a0c'] as const;

/** Bars within a limit, and over it. */
export const WITHIN_FILL = '#9fb6cf';
export const OVER_FILL = '#8f2a0c';
/** The highlighted unit, and the others. */
export const SELF_FILL = '#8f2a0c';
export const PEER_FILL = '#5b6f86';

export const OUTLINE = '#5b6470';
export const EMPTY_CELL = '#ffffff';

const INK = '#1d232b';

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The text colour, dark ink or white, that contrasts more with a fill. */
export function inkOn(fill: string): string {
  return contrast(fill, INK) >= contrast(fill, '#ffffff') ? INK : '#ffffff';
}
