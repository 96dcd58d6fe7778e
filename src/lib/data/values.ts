/**
 * One cell → one canonical value. A cell comes from CSV (string), a spreadsheet (number, boolean,
 * Date) or Parquet; every parser returns the canonical value, null for an empty cell, or Invalid
 * saying what was expected.
 */
import type { Label } from '../domain/label';
import { foldKey } from './aliases';

/** What a cell becomes once parsed: the one shape every engine's table is written from. */
export type CanonicalValue = string | number | boolean | null;
export type CanonicalRow = Record<string, CanonicalValue>;

export type RawCell = string | number | bigint | boolean | Date | null | undefined;

export class Invalid {
  constructor(
    readonly message: string,
    readonly expected: string
  ) {}
}

export type CellParser = (cell: RawCell) => CanonicalValue | Invalid;

const NON_ASCII = /[^\x00-\x7f]/;

/** NFC text, trimmed; empty → null. Numbers and dates from spreadsheets become their usual text. */
export function parseText(cell: RawCell): string | null {
  if (cell === null || cell === undefined) return null;
  let s: string;
  if (typeof cell === 'string') s = cell;
  else if (cell instanceof Date) s = isoDate(cell);
  else s = String(cell);
  s = s.trim();
  if (!s) return null;
  return NON_ASCII.test(s) ? s.normalize('NFC') : s;
}

export function isEmptyCell(cell: RawCell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A cell as a problem shows it ("found"). */
export function found(cell: RawCell): string {
  return cell instanceof Date ? isoDate(cell) : String(cell ?? '');
}

/** An integer in [min, max]; "2023", 2023, "2023.0" all pass. */
export function integerParser(min: number, max: number, what: Label): CellParser {
  const expected = `số nguyên ${min}–${max} (integer ${min}–${max})`;
  return (cell) => {
    const n = toNumber(cell);
    if (n === null) return null;
    if (!Number.isInteger(n) || n < min || n > max)
      return new Invalid(`${what.vi} không hợp lệ "${found(cell)}" (bad ${what.en})`, expected);
    return n;
  };
}

export const parseYear = integerParser(1990, 2100, { vi: 'năm', en: 'year' });
export const parseBirthYear = integerParser(1900, 2100, { vi: 'năm sinh', en: 'birth year' });

/** A number in [min, max]; a decimal comma ("85,5") is accepted, as Vietnamese writes it. */
export function numberParser(min: number, max: number, what: Label): CellParser {
  const expected = `số từ ${min} đến ${max} (number ${min}–${max})`;
  return (cell) => {
    const n = toNumber(cell);
    if (n === null) return null;
    if (Number.isNaN(n) || n < min || n > max) return new Invalid(`${what.vi} không hợp lệ "${found(cell)}" (bad ${what.en})`, expected);
    return n;
  };
}

/** null for empty, NaN for text that is not a number. */
function toNumber(cell: RawCell): number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'bigint') return Number(cell);
  if (typeof cell === 'boolean' || cell instanceof Date) return NaN;
  const s = cell.trim();
  if (!s) return null;
  if (/^[+-]?\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^[+-]?\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  return NaN;
}

/** 'YYYY-MM-DD' of a Date, in UTC (spreadsheet dates carry no zone). */
export function isoDate(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2100) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]);
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const DMY_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
// Excel's day 1 is 1900-01-01 and it counts a 29 Feb 1900 that never was: serial 25569 = 1970-01-01.
const EXCEL_EPOCH_SERIAL = 25569;

export const DATE_EXPECTED = 'ngày YYYY-MM-DD, DD/MM/YYYY hoặc số ngày của Excel (date YYYY-MM-DD, DD/MM/YYYY or an Excel serial)';

/** A calendar date as 'YYYY-MM-DD': ISO, DD/MM/YYYY (Vietnamese order), an Excel serial, or a Date. */
export function parseDate(cell: RawCell): string | null | Invalid {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? new Invalid('ngày không hợp lệ (bad date)', DATE_EXPECTED) : isoDate(cell);
  const bad = () => new Invalid(`ngày không hợp lệ "${found(cell)}" (bad date)`, DATE_EXPECTED);
  if (typeof cell === 'number' || typeof cell === 'bigint') return excelSerial(Number(cell)) ?? bad();
  if (typeof cell === 'boolean') return bad();
  const s = cell.trim();
  if (!s) return null;
  let m = ISO_DATE.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]) ?? bad();
  m = DMY_DATE.exec(s);
  if (m) return ymd(+m[3], +m[2], +m[1]) ?? bad();
  if (/^\d{4,5}(\.\d+)?$/.test(s)) return excelSerial(Number(s)) ?? bad();
  return bad();
}

function ymd(y: number, m: number, d: number): string | null {
  if (!validDay(y, m, d)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Excel serial day numbers from 1990 to 2100 (10958 … 73415); anything else is not a date here. */
function excelSerial(n: number): string | null {
  if (!Number.isFinite(n) || n < 10958 || n > 73415) return null;
  return isoDate(new Date(Math.round((Math.floor(n) - EXCEL_EPOCH_SERIAL) * 86400000)));
}

/** A choice among canonical values, each with its accepted spellings. */
export function choiceParser(lookup: Map<string, string>, what: Label): CellParser {
  const expected = [...new Set(lookup.values())].join(', ');
  return (cell) => {
    const s = parseText(cell);
    if (s === null) return null;
    const v = lookup.get(foldKey(s));
    if (v !== undefined) return v;
    return new Invalid(`không nhận ra ${what.vi} "${s}" (unknown ${what.en})`, expected);
  };
}

export function booleanParser(lookup: Map<string, string>): CellParser {
  return (cell) => {
    if (typeof cell === 'boolean') return cell;
    if (typeof cell === 'number') cell = String(cell);
    const s = parseText(cell);
    if (s === null) return null;
    const v = lookup.get(foldKey(s));
    if (v !== undefined) return v === 'true';
    return new Invalid(`giá trị đúng/sai không hợp lệ "${s}" (bad boolean)`, 'true/false, 1/0, có/không, x');
  };
}

/**
 * Remembers a parser's answer per distinct text: levels, kinds and dates repeat across a million
 * rows, and folding Vietnamese is the costly part. Bounded, so free text cannot grow it without end.
 */
export function memoized(parser: CellParser, limit = 65536): CellParser {
  const cache = new Map<string, CanonicalValue | Invalid>();
  return (cell) => {
    if (typeof cell !== 'string') return parser(cell);
    let v = cache.get(cell);
    if (v === undefined && !cache.has(cell)) {
      v = parser(cell);
      if (cache.size < limit) cache.set(cell, v);
    }
    return v as CanonicalValue | Invalid;
  };
}
