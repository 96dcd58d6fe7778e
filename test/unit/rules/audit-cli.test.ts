import { describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXIT } from '../../../src/cli/audit';
import { runCli as run, withTempDir } from './cli';

const SMALL = path.resolve('test/fixtures/rules/audit-small');
const BROKEN = path.resolve('test/fixtures/rules/audit-broken');

describe('npm run audit', () => {
  it('writes flags.csv with a BOM and prints a summary per rule', withTempDir('audit-test', async (dir) => {
    const out = path.join(dir, 'flags.csv');
    const { code, stderr } = await run([SMALL, '--out', out]);
    expect(code).toBe(EXIT.ok);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFflag_id,rule,severity,year,subject_type,subject_id,unit_id,score,regulation,message,evidence,related\r\n')).toBe(true);
    const rules = text.trim().split('\r\n').slice(1).map((l) => l.split(',')[1]);
    expect(rules).toEqual(['disciplined_not_downgraded', 'head_above_collective', 'late_rating', 'quota_excellent_members']);
    expect(text).toContain('Năm 2021, Đảng bộ phường Quyết Thắng (G) có 4 đảng viên HTXSNV, bằng 26,7% số đảng viên HTTNV (15), vượt tỷ lệ 20%.');
    expect(stderr).toMatch(/quota_excellent_members\s+1 cờ \/ flags/);
    expect(stderr).toContain('Tổng cộng / total: 4 cờ / flags');
    expect(readdirSync(dir)).toEqual(['flags.csv']);
  }));

  it('says which rules did not run when a table is absent', withTempDir('audit-test', async (dir) => {
    cpSync(SMALL, path.join(dir, 'data'), { recursive: true });
    rmSync(path.join(dir, 'data', 'disciplines.csv'));
    const { code, stderr } = await run([path.join(dir, 'data'), '--out', path.join(dir, 'flags.csv')]);
    expect(code).toBe(EXIT.ok);
    for (const rule of ['disciplined_not_downgraded', 'rated_high_then_disciplined', 'unit_with_disciplined'])
      expect(stderr).toMatch(new RegExp(`${rule}\\s+không chạy / did not run: thiếu bảng disciplines`));
  }));

  it('takes a header map for a header it cannot match, and refuses without it', withTempDir('audit-test', async (dir) => {
    const data = path.join(dir, 'data');
    cpSync(SMALL, data, { recursive: true });
    const ratings = path.join(data, 'ratings.csv');
    const [header, ...rest] = readFileSync(ratings, 'utf8').split('\n');
    writeFileSync(ratings, [header.replace(',level,', ',Kết quả đánh giá cuối năm,'), ...rest].join('\n'));
    const out = path.join(dir, 'flags.csv');

    const refused = await run([data, '--out', out]);
    expect(refused.code).toBe(EXIT.dataErrors);
    expect(refused.stderr).toMatch(/ratings\.csv.*level/);

    const map = path.join(dir, 'headers.json');
    writeFileSync(map, JSON.stringify({ 'ratings.csv': { 'Kết quả đánh giá cuối năm': 'level' } }));
    const mapped = await run([data, '--out', out, '--header-map', map]);
    expect(mapped.code).toBe(EXIT.ok);
    expect(mapped.stderr).toContain('Tổng cộng / total: 4 cờ / flags');

    writeFileSync(map, JSON.stringify({ 'ratings.csv': { 'Kết quả đánh giá cuối năm': 7 } }));
    const bad = await run([data, '--out', out, '--header-map', map]);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toContain('sai ở / wrong at: ratings.csv');
  }));

  it('on bad data prints every problem with file, row and column, exits non-zero and leaves --out untouched', withTempDir('audit-test', async (dir) => {
    const out = path.join(dir, 'flags.csv');
    writeFileSync(out, 'the previous list\n');
    const { code, stderr } = await run([BROKEN, '--out', out]);
    expect(code).toBe(EXIT.dataErrors);
    expect(stderr).toContain('ratings.csv, dòng 2, cột level');
    expect(stderr).toContain('"Giỏi"');
    expect(stderr).toContain('units.csv, dòng 3, cột kind');
    expect(readFileSync(out, 'utf8')).toBe('the previous list\n');
    expect(readdirSync(dir)).toEqual(['flags.csv']);
  }));

  it('applies --config overrides and refuses an invalid config before reading the data', withTempDir('audit-test', async (dir) => {
    const out = path.join(dir, 'flags.csv');
    writeFileSync(path.join(dir, 'ok.json'), JSON.stringify({ quota_excellent_members: { ratio: 0.3 } }));
    expect((await run([SMALL, '--out', out, '--config', path.join(dir, 'ok.json')])).code).toBe(EXIT.ok);
    expect(readFileSync(out, 'utf8')).not.toContain('quota_excellent_members');

    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ quota_excellent_members: { ratio: 3 } }));
    writeFileSync(out, 'kept\n');
    const bad = await run([SMALL, '--out', out, '--config', path.join(dir, 'bad.json')]);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toContain('quota_excellent_members.ratio: phải ≤ 1');
    expect(readFileSync(out, 'utf8')).toBe('kept\n');
  }));

  it('writes nothing when a rule fails: the list would be incomplete', withTempDir('audit-test', async (dir) => {
    const out = path.join(dir, 'flags.csv');
    // Each threshold is valid alone; out of order together, the rule refuses to run.
    writeFileSync(path.join(dir, 'p.json'), JSON.stringify({ score_level_mismatch: { good: 95 } }));
    writeFileSync(out, 'kept\n');
    const { code, stderr } = await run([SMALL, '--out', out, '--config', path.join(dir, 'p.json')]);
    expect(code).toBe(EXIT.ruleFailed);
    expect(stderr).toMatch(/score_level_mismatch\s+LỖI \/ FAILED: ngưỡng điểm phải giảm dần/);
    expect(readFileSync(out, 'utf8')).toBe('kept\n');
  }));

  it('explains its usage when --out or the folder is missing', async () => {
    expect((await run([SMALL])).code).toBe(EXIT.usage);
    const missing = await run(['/nonexistent/folder', '--out', path.join(tmpdir(), 'x.csv')]);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toContain('Không tìm thấy thư mục dữ liệu');
  });
});
