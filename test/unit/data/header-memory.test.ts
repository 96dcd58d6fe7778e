/**
 * Header mappings chosen in the UI: a load that cannot match a header gives a question per file,
 * the answer remembered by table and folded header makes the same files load, the remembered
 * entries are named back, and the memory written as a --header-map file loads the files through
 * the command line's reader too.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHeaderMap } from '../../../src/cli/audit';
import { parseDataset, type InputFile } from '../../../src/lib/data';
import {
  forget,
  headerMapFile,
  mappingQuestions,
  readHeaderMemory,
  remember,
  rememberedChoices,
  tableHeaderMap,
  usedMappings,
  type HeaderMemory
} from '../../../src/lib/data/header-memory';
import { errorsOf, goodWith, textFile, warningsOf } from './helpers';

const LEVEL_HEADER = 'Kết quả phân loại cuối năm';

/** The good fixture with ratings.csv's "level" header written as `header`, plus an extra "Ý kiến chi ủy" column. */
async function ratingsHeadedBy(header: string): Promise<InputFile[]> {
  const good = await goodWith();
  const ratings = new TextDecoder().decode(good.find((f) => f.name === 'ratings.csv')!.bytes);
  const [head, ...rows] = ratings.split('\r\n');
  const text = [head.replace(',level,', `,${header},`) + ',Ý kiến chi ủy', ...rows.map((r) => (r ? `${r},` : r))].join('\r\n');
  return goodWith(textFile('ratings.csv', text));
}

describe('header memory', () => {
  it('asks about each unmatched header with the missing columns first, and a remembered answer loads the same files', async () => {
    const files = await ratingsHeadedBy(LEVEL_HEADER);
    const baseline = await parseDataset(await goodWith());
    const refused = await parseDataset(files);
    expect(errorsOf(refused.problems)).toEqual([expect.objectContaining({ file: 'ratings.csv', column: 'level' })]);

    const questions = mappingQuestions(refused.headers, {});
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatchObject({ table: 'ratings', file: 'ratings.csv', headers: [LEVEL_HEADER, 'Ý kiến chi ủy'] });
    expect(questions[0].options).toEqual([
      { column: 'level', required: true },
      { column: 'not_rated', required: false },
      { column: 'note', required: false }
    ]);

    // The level mapped, the note ignored: nothing asked again, the tables are the good fixture's.
    const memory = remember({}, [
      { table: 'ratings', header: LEVEL_HEADER, column: 'level' },
      { table: 'ratings', header: 'Ý kiến chi ủy', column: null }
    ]);
    expect(tableHeaderMap(memory)).toEqual({ ratings: { [LEVEL_HEADER]: 'level' } });
    const loaded = await parseDataset(files, { tableHeaderMap: tableHeaderMap(memory) });
    expect(errorsOf(loaded.problems)).toEqual([]);
    expect(warningsOf(loaded.problems).map((p) => p.column)).toEqual(['Ý kiến chi ủy']);
    expect(loaded.tables).toEqual(baseline.tables);
    expect(mappingQuestions(loaded.headers, memory)).toEqual([]);
    expect(usedMappings(loaded.headers, memory)).toEqual([
      { table: 'ratings', header: LEVEL_HEADER, column: 'level' },
      { table: 'ratings', header: 'Ý kiến chi ủy', column: null }
    ]);
  });

  it('matches a remembered header in any case, with or without diacritics, and only in its own table', async () => {
    const memory = remember({}, [{ table: 'ratings', header: LEVEL_HEADER, column: 'level' }]);
    const shouted = await parseDataset(await ratingsHeadedBy('KET QUA PHAN LOAI CUOI NAM'), { tableHeaderMap: tableHeaderMap(memory) });
    expect(errorsOf(shouted.problems)).toEqual([]);
    expect(usedMappings(shouted.headers, memory)).toEqual([{ table: 'ratings', header: LEVEL_HEADER, column: 'level' }]);

    // The same header in people.csv is not a ratings header: still unmatched there, and asked about.
    const people = textFile('people.csv', `person_id,full_name,${LEVEL_HEADER}\nP001,A,x\nP002,B,\nP003,C,\nP004,D,\nP005,E,\nP006,F,\n`);
    const other = await parseDataset(await goodWith(people), { tableHeaderMap: tableHeaderMap(memory) });
    expect(errorsOf(other.problems)).toEqual([]);
    expect(mappingQuestions(other.headers, memory)).toEqual([
      { table: 'people', file: 'people.csv', headers: [LEVEL_HEADER], options: [
          { column: 'birth_year', required: false },
          { column: 'gender', required: false },
          { column: 'joined_on', required: false },
          { column: 'left_on', required: false }
        ]
      }
    ]);
    expect(usedMappings(other.headers, memory)).toEqual([]);
  });

  it('keeps only valid choices through storage, replaces an answer, and forgets one or all', () => {
    const memory = remember({}, [
      { table: 'ratings', header: LEVEL_HEADER, column: 'self_level' },
      { table: 'ratings', header: 'kết quả phân loại CUỐI năm', column: 'level' },
      { table: 'ratings', header: 'Ý kiến chi ủy', column: null },
      { table: 'people', header: 'Bí danh', column: 'no_such_column' },
      { table: 'units', header: 'Mã', column: 'unit_id' }
    ]);
    expect(rememberedChoices(memory)).toEqual([
      { table: 'units', header: 'Mã', column: 'unit_id' },
      { table: 'ratings', header: 'kết quả phân loại CUỐI năm', column: 'level' },
      { table: 'ratings', header: 'Ý kiến chi ủy', column: null }
    ]);
    expect(readHeaderMemory(JSON.stringify(memory))).toEqual(memory);
    const tampered = JSON.parse(JSON.stringify(memory)) as Record<string, unknown>;
    (tampered.ratings as Record<string, unknown>).x = { header: 'X', column: 'nope' };
    tampered.nope = { a: { header: 'a', column: 'b' } };
    expect(readHeaderMemory(JSON.stringify(tampered))).toEqual(memory);
    expect(readHeaderMemory('{not json')).toEqual({});
    expect(readHeaderMemory(null)).toEqual({});

    const fewer: HeaderMemory = forget(memory, [{ table: 'units', header: 'MÃ' }]);
    expect(rememberedChoices(fewer).map((c) => c.header)).toEqual(['kết quả phân loại CUỐI năm', 'Ý kiến chi ủy']);
    expect(fewer.units).toBeUndefined();
    expect(forget(memory)).toEqual({});
    expect(rememberedChoices(memory)).toHaveLength(3);
  });

  it('writes the memory as a --header-map file that the command line reads and the loader applies', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Đảng viên').addRows([['Mã thẻ', 'Họ và tên'], ['P001', 'A'], ['P002', 'B'], ['P003', 'C'], ['P004', 'D'], ['P005', 'E'], ['P006', 'F']]);
    const xlsx = { name: 'so_lieu.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
    const files = [...(await ratingsHeadedBy(LEVEL_HEADER)).filter((f) => f.name !== 'people.csv'), xlsx];

    const refused = await parseDataset(files);
    expect(mappingQuestions(refused.headers, {}).map((q) => [q.file, q.sheet, q.headers])).toEqual([
      ['ratings.csv', undefined, [LEVEL_HEADER, 'Ý kiến chi ủy']],
      ['so_lieu.xlsx', 'Đảng viên', ['Mã thẻ']]
    ]);
    const memory = remember({}, [
      { table: 'ratings', header: LEVEL_HEADER, column: 'level' },
      { table: 'people', header: 'Mã thẻ', column: 'person_id' },
      { table: 'disciplines', header: 'Số QĐ kỷ luật', column: 'decision_no' }
    ]);
    const file = headerMapFile(memory, refused.headers);
    expect(file).toEqual({
      'ratings.csv': { [LEVEL_HEADER]: 'level' },
      'so_lieu.xlsx#Đảng viên': { 'Mã thẻ': 'person_id' },
      'disciplines.csv': { 'Số QĐ kỷ luật': 'decision_no' }
    });

    const dir = mkdtempSync(path.join(tmpdir(), 'soi-header-map-'));
    try {
      const json = path.join(dir, 'headers.json');
      writeFileSync(json, JSON.stringify(file, null, 2));
      const lines: string[] = [];
      const headerMap = readHeaderMap(json, { err: (l) => lines.push(l) });
      expect(lines).toEqual([]);
      const loaded = await parseDataset(files, { headerMap: headerMap! });
      expect(errorsOf(loaded.problems)).toEqual([]);
      expect(loaded.tables).toEqual((await parseDataset(files, { tableHeaderMap: tableHeaderMap(memory) })).tables);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
