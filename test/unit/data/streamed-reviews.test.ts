import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '../../../src/lib/data/byte-source';
import { parseCsv, parseCsvChunk } from '../../../src/lib/data/csv';
import { csvRecordRanges } from '../../../src/lib/data/csv-records';
import { parseDataset } from '../../../src/lib/data/parse-dataset';
import { readReviewBack, readReviewsBack, streamedReviewsCsv, STREAMED_TEXT, type StreamedReview } from '../../../src/lib/data/streamed-reviews';
import type { InputFile } from '../../../src/lib/data';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The fields of every record, as parseCsv makes them of the whole text. */
function wholeParse(text: string): string[][] {
  const out: string[][] = [];
  parseCsv([text], (f) => out.push(f));
  return out;
}

/** The fields of every record, each record cut by csvRecordRanges and parsed on its own. */
async function rangeParse(bytes: Uint8Array, chunk: number): Promise<{ fields: string[][]; ranges: [number, number][] }> {
  const fields: string[][] = [];
  const ranges: [number, number][] = [];
  let record = 1;
  for await (const r of csvRecordRanges(memoryByteSource('t.csv', bytes), chunk)) {
    expect(r.bytes).toEqual(bytes.subarray(r.start, r.end));
    ranges.push([r.start, r.end]);
    record = parseCsvChunk(new TextDecoder().decode(r.bytes), true, record, (f) => fields.push(f), []).nextRecord;
  }
  return { fields, ranges };
}

const TRICKY = [
  'person_id,year,text\n',
  'P1,2021,"dòng một\ndòng hai, có dấu phẩy"\r\n',
  'P2,2022,"trích ""dẫn"" ở giữa\r\nvà CRLF bên trong"\r',
  'P3,2023,không ngoặc "ở giữa" ô\n',
  '\n',
  'P4,2024,"đóng rồi"còn chữ sau\r\n',
  ',,\n',
  'P5,2025,"Tiếng Việt có dấu: Đảng, ưu điểm, khuyết điểm"'
].join('');

describe('csvRecordRanges: records as byte ranges', () => {
  it('cuts a file where csv.ts ends its records, whatever the piece size', async () => {
    const bytes = utf8(TRICKY);
    const want = wholeParse(TRICKY);
    expect(want.length).toBe(8);
    for (const chunk of [1, 2, 3, 5, 7, 64, 1 << 20]) {
      const { fields, ranges } = await rangeParse(bytes, chunk);
      expect(fields).toEqual(want);
      // The ranges tile the file: nothing skipped, nothing read twice.
      expect(ranges[0][0]).toBe(0);
      expect(ranges.at(-1)![1]).toBe(bytes.length);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i][0]).toBe(ranges[i - 1][1]);
    }
  });

  it('keeps a quote never closed as one last record, as csv.ts does', async () => {
    const text = 'a,b\n1,"không đóng\n2,3\n';
    const { fields } = await rangeParse(utf8(text), 4);
    expect(fields).toEqual(wholeParse(text));
    expect(fields.length).toBe(2);
  });
});

describe('streamedReviewsCsv', () => {
  const csv = '\uFEFFperson_id,year,text\nP1,2021,"Bản kiểm điểm\nthứ nhất"\nP2,2021,  \nP3,2022,"Bản ""thứ ba"""\n';

  async function parseStreamed(text: string) {
    const source = memoryByteSource('reviews.csv', utf8(text));
    const seen: StreamedReview[] = [];
    const files: InputFile[] = [];
    const parsed = await parseDataset(files, { streamedSources: (problems) => [streamedReviewsCsv(source, problems, (r) => seen.push(r))] });
    return { source, seen, parsed };
  }

  it('gives each text to the sink with its place, keeps a stand-in, and reads it back from there', async () => {
    const { source, seen, parsed } = await parseStreamed(csv);
    expect(seen.map((r) => [r.personId, r.year, r.text])).toEqual([
      ['P1', 2021, 'Bản kiểm điểm\nthứ nhất'],
      ['P2', 2021, null],
      ['P3', 2022, 'Bản "thứ ba"']
    ]);
    const texts = parsed.tables.reviews!.map((r) => r.text);
    expect(texts).toEqual([STREAMED_TEXT, null, STREAMED_TEXT]);
    for (const r of seen) if (r.text !== null) expect(await readReviewBack(source, r)).toBe(r.text);
  });

  it('reports the same problems as the file read whole (an empty required text, the missing tables)', async () => {
    const { parsed } = await parseStreamed(csv);
    const whole = await parseDataset([{ name: 'reviews.csv', bytes: utf8(csv) }]);
    expect(parsed.problems).toEqual(whole.problems);
    expect(parsed.problems.some((p) => p.file === 'reviews.csv' && p.row === 3 && p.column === 'text')).toBe(true);
  });

  it('reads a file in a legacy encoding whole, with its texts in the table', async () => {
    // Windows-1258 bytes: not UTF-8, so no byte offsets; the table keeps the texts as before.
    const bytes = new Uint8Array([...utf8('person_id,year,text\nP1,2021,Ch'), 0xe0, ...utf8(' '), 0xf0, ...utf8('\n')]);
    const seen: StreamedReview[] = [];
    const parsed = await parseDataset([], { streamedSources: (problems) => [streamedReviewsCsv(memoryByteSource('reviews.csv', bytes), problems, (r) => seen.push(r))] });
    expect(seen).toEqual([]);
    expect(parsed.tables.reviews!.length).toBe(1);
    expect(parsed.tables.reviews![0].text).not.toBe(STREAMED_TEXT);
  });

  it('reads many texts back at once, in any order asked: quoted line breaks, doubled quotes, Vietnamese, records far apart', async () => {
    // Records close together are read in one piece, a record 200 kB further (past P4) in another.
    const far = 'x'.repeat(200_000);
    const text = csv + `P4,2023,"${far}"\nP5,2023,"Tự phê bình: ""chưa"" sâu sát,\r\nkhuyết điểm còn tồn tại"\n`;
    const { source, seen } = await parseStreamed(text);
    const kept = seen.filter((r) => r.text !== null);
    expect(kept.map((r) => r.personId)).toEqual(['P1', 'P3', 'P4', 'P5']);
    let reads = 0;
    const counted = { ...source, read: (start: number, end: number) => (reads++, source.read(start, end)) };
    const asked = [kept[3], kept[0], kept[1], kept[0]];
    expect(await readReviewsBack(counted, asked)).toEqual(asked.map((r) => r.text));
    expect(reads).toBe(2);
    expect(await readReviewsBack(counted, [kept[2], kept[3]])).toEqual([far, kept[3].text]);
    expect(await readReviewsBack(counted, [])).toEqual([]);
  });
});

