import { describe, expect, it } from 'vitest';
import { loadDataset, parseDataset } from '../../../src/lib/data';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import { goodWith, textFile } from './helpers';

// Real spellings of the four levels (docs/data-format.md): codes, full names, short names, abbreviations,
// any case, and the same text in NFD (decomposed) as some Word/Mac exports write it.
const SPELLINGS: [string, string][] = [
  ['HTXSNV', 'HTXSNV'],
  ['Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV'],
  ['Xuất sắc', 'HTXSNV'],
  ['HT xuất sắc NV', 'HTXSNV'],
  ['hoàn thành xuất sắc nhiệm vụ'.normalize('NFD'), 'HTXSNV'],
  ['HOÀN THÀNH TỐT NHIỆM VỤ', 'HTTNV'],
  ['Hoàn thành tốt nhiệm vụ'.normalize('NFD'), 'HTTNV'],
  ['httnv', 'HTTNV'],
  ['Hoàn thành nhiệm vụ', 'HTNV'],
  ['  HTNV ', 'HTNV'],
  ['Không hoàn thành nhiệm vụ', 'KHTNV'],
  ['Không hoàn thành nhiệm vụ'.normalize('NFD'), 'KHTNV'],
  ['KHTNV', 'KHTNV']
];

describe('levels in many spellings load as codes', () => {
  it('every spelling in ratings.level and self_level becomes its code and rank in the engine', async () => {
    const lines = SPELLINGS.map(([s], i) => `${2000 + i},person,P001,C01,"${s}","${s}"`);
    const csv = ['Năm,Loại đối tượng,Mã đối tượng,Chi bộ,Mức xếp loại,Tự nhận xếp loại', ...lines].join('\r\n');
    const parsed = await parseDataset(await goodWith(textFile('ratings.csv', csv), textFile('reviews.csv', 'person_id,year,text\n')));
    expect(parsed.problems).toEqual([]);
    const engine = await createWasmNodeEngine();
    await loadDataset(engine, parsed);
    const rows = await engine.query<{ level: string; self_level: string; rank: number }>('SELECT level, self_level, rank FROM ratings ORDER BY year');
    expect(rows.map((r) => r.level)).toEqual(SPELLINGS.map(([, code]) => code));
    expect(rows.map((r) => r.self_level)).toEqual(SPELLINGS.map(([, code]) => code));
    expect(rows.map((r) => r.rank)).toEqual(SPELLINGS.map(([, code]) => ({ HTXSNV: 4, HTTNV: 3, HTNV: 2, KHTNV: 1 })[code]));
    await engine.close();
  });

  it('text is stored in NFC whatever the file used', async () => {
    const nfd = 'Nguyễn Thị Hường'.normalize('NFD');
    const parsed = await parseDataset(await goodWith(textFile('people.csv', `person_id,full_name\nP001,${nfd}\nP002,b\nP003,c\nP004,d\nP005,e\nP006,f\n`)));
    expect(parsed.tables.people?.[0].full_name).toBe('Nguyễn Thị Hường'.normalize('NFC'));
  });
});
