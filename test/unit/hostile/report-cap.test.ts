/** A report a person can read: at most 500 problems per file and severity, then a count; the command line prints 200, then a count. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditCommand, EXIT, MAX_REPORTED } from '../../../src/cli/audit';
import { parseDataset } from '../../../src/lib/data';
import { MAX_PROBLEMS_PER_FILE } from '../../../src/lib/data/problems';
import { readDatasetFolder } from '../../../src/lib/data/read-folder';

describe('every level of the demo unreadable in ratings.csv', () => {
  it('are 500 errors by row and one that counts the others, in the loader and on the command line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'soi-cap-'));
    for (const f of ['units', 'people', 'ratings']) cpSync(`data/demo/${f}.csv`, path.join(dir, `${f}.csv`));
    const ratings = path.join(dir, 'ratings.csv');
    // The demo's ratings.csv has no quoted field: a comma splits its cells; level is the sixth.
    const [header, ...rows] = readFileSync(ratings, 'utf8').trim().split('\n');
    expect(header.split(',')[5]).toBe('level');
    // Rows with a level get one it cannot read; not-rated rows (no level) stay valid.
    writeFileSync(ratings, [header, ...rows.map((r) => r.split(',').map((v, i) => (i === 5 && v !== '' ? 'Giỏi' : v)).join(','))].join('\n'));
    const unreadable = rows.filter((r) => r.split(',')[5] !== '').length;
    expect(unreadable).toBeGreaterThan(MAX_PROBLEMS_PER_FILE);
    const more = unreadable - MAX_PROBLEMS_PER_FILE;

    const { problems } = await parseDataset(await readDatasetFolder(dir));
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(errors.slice(0, 3).map((p) => [p.row, p.column])).toEqual([[2, 'level'], [3, 'level'], [4, 'level']]);
    expect(errors.at(-1)).toMatchObject({ file: 'ratings.csv', message: `và ${more} lỗi khác trong tệp này, không liệt kê (and ${more} more errors in this file, not listed)` });

    const lines: string[] = [];
    const code = await auditCommand([dir, '--out', path.join(dir, 'flags.csv')], { err: (l) => lines.push(l) });
    expect(code).toBe(EXIT.dataErrors);
    const listed = lines.filter((l) => l.startsWith('  '));
    expect(listed).toHaveLength(MAX_REPORTED + 1);
    expect(listed.at(-1)).toBe(`  … và ${MAX_PROBLEMS_PER_FILE + 1 - MAX_REPORTED} vấn đề khác / and ${MAX_PROBLEMS_PER_FILE + 1 - MAX_REPORTED} more`);
    rmSync(dir, { recursive: true });
  });
});
