/**
 * Bounded decompression: a dataset's .zip, an .xlsx and a .docx are inflated within limits on the
 * entry, the archive and the ratio; a bomb is refused naming the archive and the entry, quickly and
 * without holding what it inflates to.
 */
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/data';
import { checkArchive, unzipWithin, ArchiveError } from '../../../src/lib/data/archive';
import { addBombEntry, zipBomb } from '../../../src/cli/hostile-corpus';
import { errorsOf, goodWith, goodWithout } from '../data/helpers';
import { docx } from '../data/variants';

const MIB = 1024 * 1024;

describe('a zip within the limits', () => {
  it('reads exactly as a plain unzip does: deflated and stored entries, UTF-8 names, folders skipped', () => {
    const files = { 'nam_2023/xếp_loại.csv': strToU8('year,level\n2023,HTTNV\n'.repeat(1000)), 'ghi chú.txt': strToU8('ok'), 'trống/': new Uint8Array(0) };
    const zip = zipSync({ ...files, 'stored.csv': [strToU8('a,b\n1,2\n'), { level: 0 }] });
    const plain = Object.entries(unzipSync(zip)).filter(([n]) => !n.endsWith('/'));
    expect(unzipWithin(zip, 'x.zip').map((e) => [e.name, Buffer.from(e.bytes).toString('hex')])).toEqual(plain.map(([n, b]) => [n, Buffer.from(b).toString('hex')]));
  });
});

describe('a zip bomb in a dataset (2 MB inflating to 2 GiB)', () => {
  it('is refused from its declared ratio before inflating, naming the archive and the entry; the other files are still read', async () => {
    const good = await goodWithout('reviews.csv');
    const bomb = { name: 'bo_du_lieu.zip', bytes: zipBomb('nam_2023/reviews.csv') };
    expect(bomb.bytes.length).toBeLessThan(3 * MIB);
    const t0 = performance.now();
    const { problems, tables } = await parseDataset([...good, bomb]);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(errorsOf(problems).map((p) => [p.file, p.message])).toEqual([['bo_du_lieu.zip/nam_2023/reviews.csv', expect.stringMatching(/tỷ lệ nén 1\d{3}:1, quá 100:1.*zip bomb/)]]);
    expect(tables.ratings?.length).toBeGreaterThan(0);
  });

  it('that lies about its size is stopped while inflating, past the size it declared', async () => {
    const bomb = { name: 'bo_du_lieu.zip', bytes: zipBomb('reviews.csv', 2 ** 31, {}, 10 * MIB) };
    const { problems } = await parseDataset([...(await goodWithout('reviews.csv')), bomb]);
    expect(errorsOf(problems).map((p) => [p.file, p.message])).toEqual([
      ['bo_du_lieu.zip/reviews.csv', expect.stringContaining('nhiều hơn kích thước khai báo 10485760 byte (inflates past its declared size)')]
    ]);
  });

  it('obeys configured limits: with the ratio allowed, inflating stops at the entry limit, and at the archive limit', async () => {
    const good = await goodWithout('reviews.csv');
    const bomb = { name: 'b.zip', bytes: zipBomb('reviews.csv', 2 ** 31) };
    const entry = await parseDataset([...good, bomb], { archiveLimits: { maxRatio: 1e9, maxEntryBytes: 64 * MIB } });
    expect(errorsOf(entry.problems).map((p) => [p.file, p.message])).toEqual([['b.zip/reviews.csv', expect.stringContaining('quá giới hạn 64 MiB một tệp')]]);

    const twoBombs = { name: 'b.zip', bytes: addBombEntry(zipBomb('a/reviews.csv', 48 * MIB), 'b/reviews.csv', 48 * MIB) };
    expect(() => checkArchive(twoBombs.bytes, 'b.zip', { maxRatio: 1e9, maxTotalBytes: 64 * MIB })).toThrow(ArchiveError);
    const total = await parseDataset([...good, twoBombs], { archiveLimits: { maxRatio: 1e9, maxTotalBytes: 64 * MIB } });
    // The first 48 MiB entry was read (its own content is another matter); the second passes the total.
    expect(errorsOf(total.problems).filter((p) => p.file.startsWith('b.zip/b/'))).toEqual([
      expect.objectContaining({ file: 'b.zip/b/reviews.csv', message: expect.stringContaining('cả tệp nén giải ra quá 64 MiB') })
    ]);
  });
});

describe('bombs inside documents', () => {
  it('an .xlsx holding a bomb is not handed to the workbook reader', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('people').addRow(['person_id', 'full_name']);
    const xlsx = { name: 'dang_vien.xlsx', bytes: addBombEntry(new Uint8Array(await wb.xlsx.writeBuffer()), 'xl/media/image1.png') };
    const { problems } = await parseDataset([...(await goodWithout('people.csv')), xlsx]);
    expect(errorsOf(problems)[0]).toMatchObject({ file: 'dang_vien.xlsx', message: expect.stringMatching(/^không mở \(not opened\): xl\/media\/image1\.png: tỷ lệ nén/) });
  });

  it('a .docx review holding a bomb is refused, naming it and its entry', async () => {
    const review = docx('P001_2023.docx', 'Bản kiểm điểm');
    const bombed = { name: review.name, bytes: addBombEntry(review.bytes, 'word/media/image1.png', 2 ** 31, 5 * MIB) };
    const { problems } = await parseDataset(await goodWith(bombed));
    expect(errorsOf(problems)).toEqual([
      expect.objectContaining({ file: 'P001_2023.docx', message: expect.stringContaining('word/media/image1.png: giải nén ra nhiều hơn kích thước khai báo') })
    ]);
  });
});
